import InventoryIcon from '@mui/icons-material/Inventory2';
import { useState } from 'react';
import { Button, Confirm, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import type { CaseRecord } from '../common/records';
import { useAction } from '../common/useAction';

/** 立卷: the concluded case's file is compiled and ready to go to the archive. */
export const CompileButton = () => {
  const record = useRecordContext<CaseRecord>();
  const ability = useAppAbility();
  const [open, setOpen] = useState(false);
  const { execute, pending } = useAction(
    (dp, id: string) => dp.compileCase(id),
    'resources.cases.notifications.compiled',
  );
  if (!record || record.status !== 'CONCLUDED' || !ability.can('compile', asSubject('Case', record))) return null;
  return (
    <>
      <Button label="resources.cases.actions.compile" onClick={() => setOpen(true)} disabled={pending}>
        <InventoryIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="resources.cases.compile.title"
        content="resources.cases.compile.content"
        translateOptions={{ number: record.number }}
        confirm="resources.cases.actions.compile"
        onConfirm={async () => {
          if (await execute(record.id)) setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

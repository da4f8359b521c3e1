import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { ReasonDialog } from '../common/ReasonDialog';
import { useAction } from '../common/useAction';
import type { AccessGrantFieldsFragment } from '../gql/graphql';
import { revokeGrant } from './grantData';

/** 撤销授权: the grant stops at once, with the reason kept. */
export const RevokeGrantButton = ({ userId }: { userId: string }) => {
  const grant = useRecordContext<AccessGrantFieldsFragment>();
  const ability = useAppAbility();
  const [open, setOpen] = useState(false);
  const { submit } = useAction(
    (_dp, id: string, reason: string) => revokeGrant(id, reason),
    'resources.grants.notifications.revoked',
  );
  if (!grant || grant.revokedAt) return null;
  if (!ability.can('revoke', asSubject('AccessGrant', { ...grant, user: { id: userId } }))) return null;
  return (
    <>
      <Button label="resources.grants.actions.revoke" color="error" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={(reason) => submit(() => setOpen(false), grant.id, reason)}
        title="resources.grants.revoke.title"
        help="resources.grants.revoke.help"
        confirm="resources.grants.actions.revoke"
        icon={<BlockIcon />}
      />
    </>
  );
};

import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { Button, Link, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import type { CaseRecord } from '../common/records';

/** Opens the text-record form on this case, for those who may add records to it now. */
export const AddRecordButton = () => {
  const record = useRecordContext<CaseRecord>();
  const ability = useAppAbility();
  if (!record) return null;
  const draft = asSubject('Record', { case: record, unit: record.unit, secretRank: 0 });
  if (!ability.can('create', draft)) return null;
  return (
    <Button
      component={Link}
      to="/records/create"
      state={{ record: { caseId: record.id } }}
      label="resources.cases.actions.add_record"
    >
      <NoteAddIcon />
    </Button>
  );
};

import EditNoteIcon from '@mui/icons-material/EditNote';
import { EditButton, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import type { EnforcementRecord } from '../common/records';

/** 更正: opens the correction form, for those who may still change the record. */
export const CorrectButton = () => {
  const record = useRecordContext<EnforcementRecord>();
  const ability = useAppAbility();
  if (!record || !ability.can('update', asSubject('Record', record))) return null;
  return <EditButton label="resources.records.actions.correct" icon={<EditNoteIcon />} />;
};

import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { Button, Link, useRecordContext } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import type { CaseRecord } from '../common/records';

/** 上传证据 on a case the user may add records to: the upload page with this case filled in. */
export const UploadButton = () => {
  const record = useRecordContext<CaseRecord>();
  const ability = useAppAbility();
  if (!record) return null;
  const draft = asSubject('Record', { case: record, unit: record.unit, secretRank: 0 });
  if (!ability.can('create', 'Upload') || !ability.can('create', draft)) return null;
  return (
    <Button
      component={Link}
      to={`/uploads/create?caseId=${encodeURIComponent(record.id)}`}
      label="resources.uploads.menu"
    >
      <CloudUploadIcon />
    </Button>
  );
};

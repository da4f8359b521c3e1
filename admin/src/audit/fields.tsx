import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { AuditEventRecord } from '../common/records';

export const useActionLabel = () => {
  const translate = useTranslate();
  return (action: string) => translate(`er.audit.actions.${action}`, { _: action });
};

export const ActionField = (_: FieldProps) => {
  const record = useRecordContext<AuditEventRecord>();
  const label = useActionLabel();
  if (!record) return null;
  return (
    <Box>
      <Typography variant="body2">{label(record.action)}</Typography>
      <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
        {record.action}
      </Typography>
    </Box>
  );
};

export const SubjectField = (_: FieldProps) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record?.subjectType) return null;
  return (
    <Box>
      <Typography variant="body2">
        {translate(`er.audit.subjectTypes.${record.subjectType}`, { _: record.subjectType })}
      </Typography>
      {record.subjectId && (
        <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {record.subjectId}
        </Typography>
      )}
    </Box>
  );
};

export const DetailsField = (_: FieldProps) => {
  const record = useRecordContext<AuditEventRecord>();
  if (!record) return null;
  return (
    <Box
      component="pre"
      sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, fontSize: 13, overflowX: 'auto', maxWidth: '100%' }}
    >
      {JSON.stringify(record.details, null, 2)}
    </Box>
  );
};

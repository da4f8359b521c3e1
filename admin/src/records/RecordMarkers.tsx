import { Chip, Stack, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { EnforcementRecord } from '../common/records';
import { CaptureFlags } from '../files/CaptureFlags';

/** 未告知 (Art. 8), capture-time warnings, 长期保存 (Art. 15, with its reason), 法律保全, and the confidentiality when there is one. */
export const RecordMarkers = ({ record: given }: Partial<FieldProps> & { record?: EnforcementRecord }) => {
  const fromContext = useRecordContext<EnforcementRecord>();
  const translate = useTranslate();
  const record = given ?? fromContext;
  if (!record) return null;
  const activeHolds = record.holds.filter((hold) => !hold.releasedAt).length;
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {record.notNotified && <Chip size="small" color="error" label={translate('er.markers.notNotified')} />}
      <CaptureFlags flags={record.captureFlags} />
      {record.longTerm && (
        <Tooltip title={record.longTermReason ?? ''}>
          <Chip size="small" color="info" label={translate('er.markers.longTerm')} />
        </Tooltip>
      )}
      {activeHolds > 0 && (
        <Chip
          size="small"
          color="warning"
          label={translate('er.markers.held', { count: activeHolds > 1 ? `×${activeHolds}` : '' })}
        />
      )}
      {record.confidentiality !== 'NONE' && (
        <Chip
          size="small"
          variant="outlined"
          color={record.confidentiality === 'STATE_SECRET' ? 'error' : 'default'}
          label={
            translate(`er.confidentiality.${record.confidentiality}`) +
            (record.secretLevel ? `·${translate(`er.clearance.${record.secretLevel}`)}` : '')
          }
        />
      )}
    </Stack>
  );
};

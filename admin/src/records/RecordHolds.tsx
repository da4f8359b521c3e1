import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { useDateTimeFormat } from '../common/format';
import { Section } from '../common/layout';
import type { EnforcementRecord } from '../common/records';
import { PlaceHoldButton } from './PlaceHoldButton';
import { ReleaseHoldButton } from './ReleaseHoldButton';

const COLUMNS = ['status', 'placedAt', 'longTermReason', 'reason', 'releasedAt', 'releaseReason'];

/** 法律保全: the record's holds, active and released, with place and release for those allowed. */
export const RecordHolds = () => {
  const record = useRecordContext<EnforcementRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const format = useDateTimeFormat();
  if (!record) return null;
  const mayPlace = ability.can('placeHold', asSubject('Record', record));
  if (record.holds.length === 0 && !mayPlace) return null;
  return (
    <Section title="resources.records.sections.holds" action={<PlaceHoldButton />}>
      {record.holds.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.records.hold.none')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{translate(`resources.records.hold.${column}`)}</TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {record.holds.map((hold) => (
              <TableRow key={hold.id}>
                <TableCell>
                  <Chip
                    size="small"
                    color={hold.releasedAt ? 'default' : 'warning'}
                    label={translate(
                      hold.releasedAt ? 'resources.records.hold.released' : 'resources.records.hold.active',
                    )}
                  />
                </TableCell>
                <TableCell>{format(hold.placedAt)}</TableCell>
                <TableCell>
                  {hold.longTermReason ? translate(`er.longTermReason.${hold.longTermReason}`) : '—'}
                </TableCell>
                <TableCell>{hold.reason}</TableCell>
                <TableCell>{format(hold.releasedAt) || '—'}</TableCell>
                <TableCell>{hold.releaseReason ?? '—'}</TableCell>
                <TableCell align="right">
                  <ReleaseHoldButton hold={hold} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

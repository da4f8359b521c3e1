import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useGetMany, useRecordContext, useTranslate } from 'react-admin';
import { Section } from '../common/layout';
import { useDateTimeFormat } from '../common/format';
import type { EnforcementRecord } from '../common/records';
import type { RequestRecord } from './domain';

/** How many of the requested records are looked up and listed; the rest are counted. */
const SHOWN = 50;

/**
 * What a viewing request asks for: the actions, the period and the records, each with what the
 * caller may read of it (a record the caller may not see shows as its id only).
 */
export const RequestedRecords = () => {
  const request = useRecordContext<RequestRecord>();
  const translate = useTranslate();
  const format = useDateTimeFormat(true);
  const ids = request?.viewing?.recordIds ?? [];
  const shown = ids.slice(0, SHOWN);
  const { data = [], isPending } = useGetMany<EnforcementRecord>(
    'records',
    { ids: shown },
    { enabled: !!shown.length },
  );
  if (!request?.viewing) return null;
  const byId = new Map(data.map((r) => [String(r.id), r]));
  const { actions, validFrom, validUntil } = request.viewing;
  return (
    <Section title="resources.approvalRequests.sections.records">
      <Typography variant="body2" sx={{ mb: 1 }} data-testid="requested-scope">
        {translate('resources.approvalRequests.scope', {
          smart_count: ids.length,
          actions: actions.map((a) => translate(`er.grantAction.${a}`)).join('、'),
          from: format(validFrom),
          until: format(validUntil),
        })}
      </Typography>
      <Table size="small" data-testid="requested-records">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.records.fields.case.number')}</TableCell>
            <TableCell>{translate('resources.records.fields.title')}</TableCell>
            <TableCell>{translate('resources.records.fields.kind')}</TableCell>
            <TableCell>{translate('resources.records.fields.confidentiality')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((id) => {
            const record = byId.get(id);
            if (!record)
              return (
                <TableRow key={id}>
                  <TableCell colSpan={4}>
                    <Typography variant="body2" color="text.secondary">
                      {isPending ? id : translate('resources.approvalRequests.unreadable', { id })}
                    </Typography>
                  </TableCell>
                </TableRow>
              );
            return (
              <TableRow key={id}>
                <TableCell>{record.case.number}</TableCell>
                <TableCell>
                  <Link to={`/records/${id}/show`}>{record.title}</Link>
                </TableCell>
                <TableCell>{translate(`er.recordKind.${record.kind}`)}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={record.confidentiality === 'NONE' ? 'default' : 'warning'}
                    label={translate(`er.confidentiality.${record.confidentiality}`)}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {ids.length > SHOWN && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('resources.approvalRequests.more', { smart_count: ids.length - SHOWN })}
        </Typography>
      )}
    </Section>
  );
};

import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Role } from '../gql/graphql';
import { isLocked } from './records';
import { useDateFormat, useDateTimeFormat } from './format';

type Props = FieldProps & { source: string };

const valueOf = (record: Record<string, unknown> | undefined, source: string): unknown =>
  source
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      record,
    );

export const DateTimeField = ({ source, emptyText = '', short }: Props & { emptyText?: string; short?: boolean }) => {
  const record = useRecordContext();
  const format = useDateTimeFormat(short);
  const value = valueOf(record, source);
  return <Typography variant="body2">{typeof value === 'string' ? format(value) : emptyText}</Typography>;
};

/** A calendar date (YYYY-MM-DD), or a dash when there is none. */
export const DayField = ({ source }: Props) => {
  const record = useRecordContext();
  const format = useDateFormat();
  const value = valueOf(record, source);
  return <Typography variant="body2">{typeof value === 'string' ? format(value) : '—'}</Typography>;
};

/** An enum value shown through its translation under `prefix` (er.clearance, er.unitKind…). */
export const EnumField = ({ source, prefix }: Props & { prefix: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = valueOf(record, source);
  if (typeof value !== 'string') return null;
  return <Typography variant="body2">{translate(`${prefix}.${value}`, { _: value })}</Typography>;
};

export const RolesField = ({ source = 'roles' }: Partial<Props>) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const roles = (valueOf(record, source) ?? []) as Role[];
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {roles.map((role) => (
        <Chip key={role} size="small" label={translate(`er.roles.${role}`)} />
      ))}
    </Stack>
  );
};

export const UserStatusField = (_props: Partial<Props>) => {
  const record = useRecordContext<{ active: boolean; lockedUntil: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const locked = isLocked(record);
  return (
    <Stack direction="row" spacing={0.5}>
      <Chip
        size="small"
        color={record.active ? 'success' : 'default'}
        variant={record.active ? 'filled' : 'outlined'}
        label={translate(record.active ? 'er.status.active' : 'er.status.disabled')}
      />
      {locked && <Chip size="small" color="warning" label={translate('er.status.locked')} />}
    </Stack>
  );
};

export const OutcomeField = ({ source = 'outcome' }: Partial<Props>) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = valueOf(record, source);
  if (typeof value !== 'string') return null;
  return (
    <Chip
      size="small"
      color={value === 'DENIED' ? 'error' : 'success'}
      variant="outlined"
      label={translate(`er.outcome.${value}`, { _: value })}
    />
  );
};

export const HashField = ({ source, length = 12 }: Props & { length?: number }) => {
  const record = useRecordContext();
  const value = valueOf(record, source);
  if (typeof value !== 'string') return null;
  return (
    <Tooltip title={value}>
      <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
        {value.length > length ? `${value.slice(0, length)}…` : value}
      </Typography>
    </Tooltip>
  );
};

import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Divider, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  Datagrid,
  DateInput,
  FilterButton,
  FunctionField,
  Link,
  List,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextField,
  TopToolbar,
  useGetOne,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../common/fields';
import { useDateFormat, useDateTimeFormat, userOption } from '../common/format';
import { oneLineCells } from '../common/layout';
import type { ComplianceKind } from '../gql/graphql';
import type { Values } from '../graphql/args';
import { ComplianceCharts, KindFigures, OfficerTable } from './ComplianceCharts';
import {
  complianceFilter,
  defaultPeriod,
  reportUrl,
  type ComplianceItem,
  type ComplianceSummary,
} from './complianceData';
import { COMPLIANCE_KINDS, KIND_COLOURS } from './domain';

const useFilters = () => {
  const translate = useTranslate();
  return [
    <DateInput key="from" source="from" alwaysOn />,
    <DateInput key="to" source="to" alwaysOn />,
    <ReferenceInput
      key="unitId"
      source="unitId"
      reference="units"
      perPage={200}
      sort={{ field: 'code', order: 'ASC' }}
      alwaysOn
    >
      <SelectInput optionText="name" sx={{ minWidth: 160 }} />
    </ReferenceInput>,
    <ReferenceInput key="officerId" source="officerId" reference="users" sort={{ field: 'username', order: 'ASC' }}>
      <AutocompleteInput optionText={userOption} sx={{ minWidth: 240 }} />
    </ReferenceInput>,
    <SelectArrayInput
      key="kinds"
      source="kinds"
      choices={COMPLIANCE_KINDS.map((id) => ({ id, name: translate(`resources.complianceItems.kinds.${id}`) }))}
      translateChoice={false}
      sx={{ minWidth: 200 }}
    />,
  ];
};

/** CSV and printable PDF of exactly what the page shows (the findings of its filter). */
const ReportActions = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const filter = complianceFilter(filterValues as Values);
  return (
    <TopToolbar>
      <FilterButton />
      <Button size="small" startIcon={<DownloadIcon />} href={reportUrl('csv', filter)} download>
        {translate('resources.complianceItems.export_csv')}
      </Button>
      <Button size="small" startIcon={<PrintIcon />} href={reportUrl('pdf', filter)} target="_blank" rel="noopener">
        {translate('resources.complianceItems.export_pdf')}
      </Button>
    </TopToolbar>
  );
};

/** The figures and charts of the filter (all kinds: the figures pick the kind the list shows). */
const SummaryPanel = () => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const filter = complianceFilter(filterValues as Values);
  const id = JSON.stringify({ ...filter, kinds: null });
  const { data, error } = useGetOne<ComplianceSummary>('complianceSummary', { id });
  if (error) return <Alert severity="error">{translate(error.message)}</Alert>;
  if (!data) return null;
  const selectKind = (kind: ComplianceKind) => {
    const same = filter.kinds?.length === 1 && filter.kinds[0] === kind;
    setFilters({ ...filterValues, kinds: same ? undefined : [kind] }, displayedFilters);
  };
  const selectOfficer = (officerId: string) =>
    setFilters({ ...filterValues, officerId }, { ...displayedFilters, officerId: true });
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.complianceItems.help')}
      </Typography>
      <KindFigures summary={data} selected={filter.kinds} onSelect={selectKind} />
      <ComplianceCharts summary={data} />
      <OfficerTable summary={data} onSelect={selectOfficer} />
      <Divider />
      <Typography variant="subtitle1" component="h2">
        {filter.kinds?.length
          ? filter.kinds.map((k) => translate(`resources.complianceItems.kinds.${k}`)).join('、')
          : translate('resources.complianceItems.all_kinds')}
      </Typography>
    </Stack>
  );
};

const KindField = () => {
  const item = useRecordContext<ComplianceItem>();
  const translate = useTranslate();
  if (!item) return null;
  return (
    <Box component="span" sx={{ color: KIND_COLOURS[item.kind], fontWeight: 500 }}>
      {translate(`resources.complianceItems.kinds.${item.kind}`)}
    </Box>
  );
};

/** The finding in a sentence, from the kind's own facts. */
export const useDescribe = () => {
  const translate = useTranslate();
  const dateTime = useDateTimeFormat(true);
  const date = useDateFormat();
  const at = (v: unknown) => (typeof v === 'string' ? dateTime(v) : '—');
  const day = (v: unknown) => (typeof v === 'string' ? date(v) : '—');
  return (item: ComplianceItem) => {
    const d = item.detail as Record<string, unknown>;
    const t = (key: string, values: Record<string, unknown>) =>
      translate(`resources.complianceItems.describe.${key}`, { _: key, ...values });
    switch (item.kind) {
      case 'MISSING_RECORDING':
        return t(item.kind, { stage: translate(`er.stage.${item.stage}`), records: d.records });
      case 'NO_NOTICE':
        return t(item.kind, {
          recordKind: translate(`er.recordKind.${String(d.kind)}`),
          deviceNumber: d.deviceNumber ?? '—',
        });
      case 'LATE_UPLOAD':
        return t(item.kind, { dueAt: at(d.dueAt), uploadedAt: at(d.uploadedAt), hoursLate: d.hoursLate });
      case 'MISSING_OFFLOAD':
        return t(item.kind, { deviceNumber: d.deviceNumber, day: day(d.day), dueAt: at(d.dueAt) });
      case 'OVERDUE_TRANSFER':
        return t(d.sentAt ? 'OVERDUE_TRANSFER_SENT' : item.kind, {
          deadline: day(d.deadline),
          sentAt: at(d.sentAt),
          daysLate: d.daysLate,
        });
      case 'DENIED_ACCESS':
        return t(item.kind, {
          action: translate(`er.audit.actions.${String(d.action)}`, { _: String(d.action) }),
          reason: d.reason ?? '—',
          seq: d.seq,
        });
      case 'UNUSUAL_ACCESS':
        return t(item.kind, { day: day(d.day), total: d.total, peak: d.peak, windowMinutes: d.windowMinutes });
      case 'FIXITY_FAILURE':
        return t(d.status === 'MISSING' ? 'FIXITY_FAILURE_MISSING' : item.kind, { sha256: String(d.sha256 ?? '') });
      case 'OVERDUE_REQUEST':
        return t(item.kind, { number: d.number, dueAt: at(d.dueAt), daysLate: d.daysLate });
    }
  };
};

const DetailField = () => {
  const describe = useDescribe();
  const item = useRecordContext<ComplianceItem>();
  return item ? <span>{describe(item)}</span> : null;
};

const ExplanationField = () => {
  const translate = useTranslate();
  const format = useDateTimeFormat(true);
  const item = useRecordContext<ComplianceItem>();
  if (!item || item.kind !== 'MISSING_RECORDING') return null;
  if (!item.explanation)
    return (
      <Typography variant="body2" color="error">
        {translate('resources.complianceItems.unexplained')}
      </Typography>
    );
  return (
    <span title={`${item.explanation.author?.displayName ?? ''} ${format(item.explanation.createdAt)}`}>
      {item.explanation.text}
    </span>
  );
};

/** Where the finding is: the case or record page, or the audit event of a refusal. */
const SubjectLinks = () => {
  const item = useRecordContext<ComplianceItem>();
  if (!item) return null;
  return (
    <Stack spacing={0.25}>
      {item.case && <Link to={`/cases/${item.case.id}/show`}>{item.case.number}</Link>}
      {item.record && <Link to={`/records/${item.record.id}/show`}>{item.record.title}</Link>}
      {item.subjectType === 'AuditEvent' && <Link to={`/auditEvents/${item.subjectId}/show`}>#{item.subjectId}</Link>}
      {item.subjectType === 'Disclosure' && <span>{String((item.detail as { number?: string }).number ?? '')}</span>}
      {item.subjectType === 'DeviceCheckout' && (
        <span>{String((item.detail as { deviceNumber?: string }).deviceNumber ?? '')}</span>
      )}
    </Stack>
  );
};

/**
 * 合规报告: the supervision reports of a period — figures per kind, trend per month, per unit and
 * per person — down to each finding, with its CSV and printable PDF. The filter is in the URL.
 */
export const ComplianceReport = () => {
  const translate = useTranslate();
  const filters = useFilters();
  return (
    <List
      title={translate('resources.complianceItems.title')}
      filters={filters}
      filterDefaultValues={defaultPeriod()}
      sort={{ field: 'at', order: 'DESC' }}
      actions={<ReportActions />}
      perPage={25}
    >
      <SummaryPanel />
      <Datagrid bulkActionButtons={false} rowClick={false} sx={oneLineCells('detail', 'explanation')}>
        <FunctionField source="kind" sortable={false} render={() => <KindField />} />
        <DateTimeField source="at" short />
        <TextField source="unit.name" label="resources.complianceItems.fields.unit" sortable={false} />
        <TextField source="officer.displayName" label="resources.complianceItems.fields.officer" sortable={false} />
        <FunctionField label="resources.complianceItems.fields.case" render={() => <SubjectLinks />} />
        <FunctionField source="detail" sortable={false} render={() => <DetailField />} />
        <FunctionField source="explanation" sortable={false} render={() => <ExplanationField />} />
      </Datagrid>
    </List>
  );
};

import { Box, Grid, Typography } from '@mui/material';
import {
  Datagrid,
  ReferenceManyField,
  TextField,
  useListContext,
  useRecordContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import { DateTimeField, EnumField } from '../common/fields';
import { Cell, Section } from '../common/layout';
import type { EnforcementRecord, RecordVersionRecord } from '../common/records';
import { asSubject, useAppAbility } from '../auth/ability';
import { VersionFile } from '../files/VersionFile';

const COMPARED = [
  'title',
  'stage',
  'capturedFrom',
  'capturedTo',
  'location',
  'deviceNumber',
  'documentNumber',
  'issuedTo',
  'confidentiality',
  'secretLevel',
  'longTerm',
  'longTermReason',
  'partyNotified',
  'fileId',
] as const;

/** What a version changed from the one before it, as field names; the first version is the entry itself. */
const ChangesField = (_: FieldProps) => {
  const version = useRecordContext<RecordVersionRecord>();
  const { data = [] } = useListContext<RecordVersionRecord>();
  const translate = useTranslate();
  if (!version) return null;
  const before = data.find((v) => v.version === version.version - 1);
  if (!before) return <Typography variant="body2">{translate('resources.recordVersions.initial')}</Typography>;
  const changed = COMPARED.filter((key) => version[key] !== before[key]);
  return (
    <Typography variant="body2">
      {changed.map((key) => translate(`resources.recordVersions.fields.${key}`)).join('、') || '—'}
    </Typography>
  );
};

type FileRights = {
  recordId: string;
  mayView: boolean;
  mayDownload: boolean;
  mediaType?: string;
  currentFileId?: string | null;
};

const VersionDetails = ({ rights }: { rights: FileRights | null }) => (
  <Box sx={{ py: 1 }}>
    <Grid container spacing={2}>
      {(['title', 'documentNumber', 'issuedTo', 'location', 'deviceNumber', 'longTermReason'] as const).map((key) => (
        <Cell key={key}>
          <TextField source={key} emptyText="—" />
        </Cell>
      ))}
      <Cell>
        <EnumField source="stage" prefix="er.stage" />
      </Cell>
      <Cell>
        <EnumField source="confidentiality" prefix="er.confidentiality" />
      </Cell>
      <Cell>
        <EnumField source="secretLevel" prefix="er.clearance" />
      </Cell>
      <Cell>
        <DateTimeField source="capturedFrom" emptyText="—" />
      </Cell>
      <Cell>
        <DateTimeField source="capturedTo" emptyText="—" />
      </Cell>
    </Grid>
    {rights && <VersionFile {...rights} />}
  </Box>
);

/** 版本记录: every version, newest first, with who made it, when and why, and the file each carried (Art. 21). */
export const RecordHistory = () => {
  const record = useRecordContext<EnforcementRecord>();
  const ability = useAppAbility();
  const subject = record && asSubject('Record', record);
  const rights: FileRights | null = subject
    ? {
        recordId: String(record.id),
        mayView: ability.can('view', subject),
        mayDownload: ability.can('download', subject),
        mediaType: record.file?.mediaType,
        currentFileId: record.fileId,
      }
    : null;
  return (
    <Section title="resources.records.sections.history">
      <ReferenceManyField reference="recordVersions" target="recordId" perPage={200}>
        <Datagrid
          bulkActionButtons={false}
          expand={<VersionDetails rights={rights} />}
          rowClick={false}
          data-testid="record-history"
        >
          <TextField source="version" sortable={false} />
          <DateTimeField source="createdAt" sortable={false} />
          <TextField source="createdByName" sortable={false} />
          <TextField source="reason" sortable={false} emptyText="—" />
          <ChangesField source="changes" sortable={false} />
          <TextField source="title" sortable={false} />
          <EnumField source="confidentiality" prefix="er.confidentiality" sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </Section>
  );
};

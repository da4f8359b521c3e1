import { Grid, Typography } from '@mui/material';
import { Link, NumberField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { AV_KINDS } from '../common/domain';
import { DateTimeField, EnumField } from '../common/fields';
import { Cell, Section } from '../common/layout';
import type { EnforcementRecord } from '../common/records';
import { RecordMarkers } from './RecordMarkers';

const CaseLink = (_: { source: string }) => {
  const record = useRecordContext<EnforcementRecord>();
  if (!record) return null;
  return (
    <Link to={`/cases/${record.case.id}/show`} variant="body2">
      {record.case.number}
    </Link>
  );
};

const ConfidentialityField = (_: { source: string }) => {
  const record = useRecordContext<EnforcementRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const level = record.secretLevel ? `（${translate(`er.clearance.${record.secretLevel}`)}）` : '';
  return <Typography variant="body2">{translate(`er.confidentiality.${record.confidentiality}`) + level}</Typography>;
};

const YesNoField = ({ source }: { source: 'partyNotified' | 'longTerm' }) => {
  const record = useRecordContext<EnforcementRecord>();
  const translate = useTranslate();
  const value = record?.[source];
  if (value === null || value === undefined) return <Typography variant="body2">—</Typography>;
  return <Typography variant="body2">{translate(value ? 'er.yes' : 'er.no')}</Typography>;
};

/** All metadata of a record, with the fields of its kind (text or audio/video). */
export const RecordDetails = () => {
  const record = useRecordContext<EnforcementRecord>();
  if (!record) return null;
  const av = AV_KINDS.includes(record.kind);
  return (
    <Section title="resources.records.sections.metadata" action={<RecordMarkers />}>
      <Grid container spacing={2}>
        <Cell label="resources.records.fields.case.number">
          <CaseLink source="case" />
        </Cell>
        <Cell>
          <TextField source="case.cause" />
        </Cell>
        <Cell>
          <TextField source="case.unit.name" />
        </Cell>
        <Cell>
          <EnumField source="kind" prefix="er.recordKind" />
        </Cell>
        <Cell>
          <TextField source="title" />
        </Cell>
        <Cell>
          <EnumField source="stage" prefix="er.stage" />
        </Cell>
        {!av && (
          <Cell>
            <TextField source="documentNumber" emptyText="—" />
          </Cell>
        )}
        {!av && (
          <Cell>
            <TextField source="issuedTo" emptyText="—" />
          </Cell>
        )}
        {(av || record.capturedFrom) && (
          <Cell>
            <DateTimeField source="capturedFrom" emptyText="—" />
          </Cell>
        )}
        {(av || record.capturedTo) && (
          <Cell>
            <DateTimeField source="capturedTo" emptyText="—" />
          </Cell>
        )}
        {(av || record.location) && (
          <Cell>
            <TextField source="location" emptyText="—" />
          </Cell>
        )}
        {av && (
          <Cell>
            <TextField source="deviceNumber" emptyText="—" />
          </Cell>
        )}
        {av && (
          <Cell>
            <TextField source="officer.displayName" emptyText="—" />
          </Cell>
        )}
        {av && (
          <Cell>
            <YesNoField source="partyNotified" />
          </Cell>
        )}
        <Cell>
          <ConfidentialityField source="confidentiality" />
        </Cell>
        <Cell>
          <YesNoField source="longTerm" />
        </Cell>
        {record.longTerm && (
          <Cell>
            <TextField source="longTermReason" />
          </Cell>
        )}
        <Cell>
          <NumberField source="version" />
        </Cell>
        <Cell>
          <DateTimeField source="createdAt" />
        </Cell>
        <Cell>
          <DateTimeField source="updatedAt" />
        </Cell>
      </Grid>
    </Section>
  );
};

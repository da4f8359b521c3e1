import { Datagrid, FunctionField, List, TextField, type RaRecord } from 'react-admin';
import { DateTimeField, DayField } from '../common/fields';
import { oneLineCells } from '../common/layout';
import { VerificationChip } from './mediaFields';

interface Row {
  id: string;
  seq: number;
  lastVerificationOk?: boolean | null;
  set: { id: string; number: string; volumeCount?: number | null };
}

/** 待复检介质: media whose yearly re-check has come (today or earlier); a row opens its set. */
export const MediaRecheckList = () => (
  <List exporter={false} pagination={false} title="resources.mediaRechecks.name">
    <Datagrid
      rowClick={(_id, _resource, record: RaRecord) => `/mediaSets/${(record as Row).set.id}/show`}
      bulkActionButtons={false}
      sx={oneLineCells('location')}
    >
      <TextField source="set.number" label="resources.mediaRechecks.fields.set" sortable={false} />
      <FunctionField<Row>
        label="resources.mediaRechecks.fields.seq"
        render={(r) => `${r.seq} / ${r.set.volumeCount ?? '?'}`}
      />
      <TextField source="label" emptyText="—" sortable={false} />
      <TextField source="location" emptyText="—" sortable={false} />
      <DayField source="recheckDue" />
      <DateTimeField source="lastVerifiedAt" emptyText="—" />
      <FunctionField<Row>
        label="resources.mediaRechecks.fields.lastVerificationOk"
        render={(r) => <VerificationChip ok={r.lastVerificationOk} />}
      />
    </Datagrid>
  </List>
);

import { Typography } from '@mui/material';
import { Datagrid, List, NumberField, Pagination, TextField, useTranslate } from 'react-admin';
import { DateTimeField, DayField } from '../common/fields';
import { oneLineCells } from '../common/layout';
import { KindField, ViolationOutcomeField } from './fields';

const label = (field: string) => `resources.violations.fields.${field}`;

const NoEntries = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ p: 2 }}>
      {translate('resources.myViolations.empty')}
    </Typography>
  );
};

/** 我的违规登记: the register's entries about the caller, once an outcome is recorded on them. */
export const MyViolationList = () => (
  <List
    actions={false}
    sort={{ field: 'occurredOn', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
    exporter={false}
    empty={false}
    title="resources.myViolations.title"
  >
    <Datagrid rowClick="show" bulkActionButtons={false} empty={<NoEntries />} sx={oneLineCells('finding')}>
      <DayField source="occurredOn" label={label('occurredOn')} />
      <KindField source="kind" sortable={false} label={label('kind')} />
      <TextField source="finding" sortable={false} label={label('finding')} />
      <ViolationOutcomeField source="outcome" sortable={false} label={label('outcome')} />
      <NumberField source="version" sortable={false} label={label('version')} />
      <DateTimeField source="createdAt" label={label('createdAt')} />
    </Datagrid>
  </List>
);

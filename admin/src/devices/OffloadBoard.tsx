import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  AutocompleteInput,
  DateInput,
  Link,
  List,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  useListContext,
  useTranslate,
} from 'react-admin';
import { useDateFormat, userOption } from '../common/format';
import { defaultOffloadRange } from './deviceData';
import { OFFLOAD_STATES, type OffloadRecord } from './domain';
import { OffloadStateChip } from './fields';
import { buildBoard, countStates, daysOf } from './offloadBoard';
import { OffloadCell } from './OffloadCell';

const stateChoices = OFFLOAD_STATES.map((state) => ({ id: state, name: `er.offloadState.${state}` }));

const filters = [
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" perPage={200} sort={{ field: 'code', order: 'ASC' }}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectArrayInput key="states" source="states" choices={stateChoices} sx={{ minWidth: 200 }} />,
  <ReferenceInput key="officerId" source="officerId" reference="users" sort={{ field: 'username', order: 'ASC' }}>
    <AutocompleteInput optionText={userOption} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

const Legend = ({ offloads }: { offloads: OffloadRecord[] }) => {
  const counts = countStates(offloads);
  return (
    <Stack direction="row" spacing={1} sx={{ my: 1 }} data-testid="offload-legend">
      {OFFLOAD_STATES.map((state) => (
        <OffloadStateChip key={state} state={state} count={counts[state]} />
      ))}
    </Stack>
  );
};

const Board = () => {
  const { data = [], filterValues, isPending, error } = useListContext<OffloadRecord>();
  const translate = useTranslate();
  const formatDay = useDateFormat();
  const range = defaultOffloadRange();
  const days = daysOf(String(filterValues.from ?? range.from), String(filterValues.to ?? range.to));
  if (isPending) return <Typography sx={{ p: 2 }}>{translate('ra.page.loading')}</Typography>;
  if (error) return <Alert severity="error">{translate(error.message)}</Alert>;
  const rows = buildBoard(data);
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.offloads.help')}
      </Typography>
      <Legend offloads={data} />
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.offloads.empty')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="offload-board" sx={{ '& td, & th': { px: 0.5, whiteSpace: 'nowrap' } }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.offloads.device')}</TableCell>
                {days.map((day) => (
                  <TableCell key={day} align="center" title={formatDay(day)}>
                    {day.slice(5)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.deviceId} data-testid={`offload-row-${row.number}`}>
                  <TableCell component="th" scope="row">
                    <Link to={`/devices/${row.deviceId}/show`}>{row.number}</Link>
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {row.unitName}
                    </Typography>
                  </TableCell>
                  {days.map((day) => (
                    <TableCell key={day} align="center">
                      <OffloadCell number={row.number} day={day} cell={row.cells[day]} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};

/** 每日导出看板 (Art. 13): devices × days, red where a day's recordings were not uploaded in time. */
export const OffloadBoard = () => (
  <List
    resource="offloads"
    filters={filters}
    filterDefaultValues={defaultOffloadRange()}
    perPage={10_000}
    pagination={false}
    exporter={false}
    empty={false}
    sort={{ field: 'day', order: 'ASC' }}
  >
    <Board />
  </List>
);

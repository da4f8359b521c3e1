import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import SaveIcon from '@mui/icons-material/Save';
import {
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { Section } from '../common/layout';
import type { EnforcementRecord } from '../common/records';
import { useStep } from '../disclosures/useStep';
import { type CatalogueLine, EDITABLE, saveCatalogue, toEntryInput, type TransferRecord } from './archiveData';
import { useCaseRecords } from '../records/useCaseRecords';

const F = 'resources.transfers.catalogue';

const duration = (seconds: number | null | undefined) => {
  if (!seconds) return '';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The catalogue as a read-only table (after submission, or for readers who do not compile it). */
const CatalogueTable = ({ lines }: { lines: CatalogueLine[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate(`${F}.title`)}>
      <TableHead>
        <TableRow>
          {['seq', 'documentNumber', 'entryTitle', 'date', 'pages', 'remarks'].map((c) => (
            <TableCell key={c}>{translate(`${F}.${c}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((e) => (
          <TableRow key={e.recordId}>
            <TableCell>{e.seq}</TableCell>
            <TableCell>{e.documentNumber ?? ''}</TableCell>
            <TableCell>
              {e.title}
              {e.record && (
                <Typography variant="caption" color="text.secondary" component="div">
                  {translate(`er.recordKind.${e.record.kind}`)}
                </Typography>
              )}
            </TableCell>
            <TableCell>{e.date ?? ''}</TableCell>
            <TableCell>{e.pages ?? duration(e.durationSeconds)}</TableCell>
            <TableCell>{e.remarks ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** 卷内目录: the clerk orders, numbers and annotates the lines and can take records in or out (starts afresh when the saved transfer changes). */
const Editor = ({ transfer }: { transfer: TransferRecord }) => {
  const translate = useTranslate();
  const { run, pending } = useStep();
  const [lines, setLines] = useState<CatalogueLine[]>(transfer.catalogue);
  const [dirty, setDirty] = useState(false);
  const { data: records } = useCaseRecords(transfer.case.id);
  const unlisted = useMemo(
    () => (records ?? []).filter((r) => !lines.some((l) => l.recordId === r.id)),
    [records, lines],
  );
  const change = (next: CatalogueLine[]) => {
    setLines(next.map((l, i) => ({ ...l, seq: i + 1 })));
    setDirty(true);
  };
  const edit = (i: number, field: 'documentNumber' | 'title' | 'date' | 'pages' | 'remarks', value: string) =>
    change(
      lines.map((l, j) =>
        j !== i ? l : { ...l, [field]: field === 'pages' ? (value ? Number(value) : null) : value || null },
      ),
    );
  const move = (i: number, by: number) => {
    const next = [...lines];
    const [line] = next.splice(i, 1);
    next.splice(i + by, 0, line!);
    change(next);
  };
  const add = (r: EnforcementRecord) =>
    change([
      ...lines,
      {
        seq: lines.length + 1,
        recordId: String(r.id),
        documentNumber: r.documentNumber ?? null,
        title: r.title,
        date: (r.capturedFrom ?? r.createdAt)?.slice(0, 10) ?? null,
        pages: null,
        durationSeconds: null,
        remarks: null,
        record: {
          __typename: 'Record',
          id: String(r.id),
          kind: r.kind,
          title: r.title,
          stage: r.stage ?? null,
          confidentiality: r.confidentiality,
        },
      },
    ]);
  const save = () =>
    run(() => saveCatalogue(transfer.id, lines.map(toEntryInput)), 'resources.transfers.notifications.saved');
  const cell = (i: number, field: 'documentNumber' | 'title' | 'date' | 'remarks', width: number) => (
    <MuiTextField
      size="small"
      variant="standard"
      value={(lines[i]![field] as string | null) ?? ''}
      onChange={(e) => edit(i, field, e.target.value)}
      slotProps={{
        htmlInput: { 'aria-label': `${translate(`${F}.${field === 'title' ? 'entryTitle' : field}`)} ${i + 1}` },
      }}
      placeholder={field === 'date' ? 'YYYY-MM-DD' : undefined}
      sx={{ minWidth: width }}
      fullWidth={field === 'title'}
    />
  );
  return (
    <Stack spacing={2}>
      <Table size="small" aria-label={translate(`${F}.title`)}>
        <TableHead>
          <TableRow>
            {['seq', 'documentNumber', 'entryTitle', 'date', 'pages', 'remarks', 'order'].map((c) => (
              <TableCell key={c}>{translate(`${F}.${c}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((l, i) => (
            <TableRow key={l.recordId} data-testid="catalogue-line">
              <TableCell>{l.seq}</TableCell>
              <TableCell>{cell(i, 'documentNumber', 120)}</TableCell>
              <TableCell sx={{ minWidth: 220 }}>
                {cell(i, 'title', 200)}
                {l.record && (
                  <Typography variant="caption" color="text.secondary">
                    {translate(`er.recordKind.${l.record.kind}`)}
                    {l.record.stage ? ` · ${translate(`er.stage.${l.record.stage}`)}` : ''}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{cell(i, 'date', 110)}</TableCell>
              <TableCell>
                {l.durationSeconds ? (
                  duration(l.durationSeconds)
                ) : (
                  <MuiTextField
                    size="small"
                    variant="standard"
                    type="number"
                    value={l.pages ?? ''}
                    onChange={(e) => edit(i, 'pages', e.target.value)}
                    slotProps={{ htmlInput: { min: 1, 'aria-label': `${translate(`${F}.pages`)} ${i + 1}` } }}
                    sx={{ width: 64 }}
                  />
                )}
              </TableCell>
              <TableCell>{cell(i, 'remarks', 100)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Tooltip title={translate(`${F}.up`)}>
                  <span>
                    <IconButton
                      size="small"
                      aria-label={`${translate(`${F}.up`)} ${i + 1}`}
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                    >
                      <ArrowUpwardIcon fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title={translate(`${F}.down`)}>
                  <span>
                    <IconButton
                      size="small"
                      aria-label={`${translate(`${F}.down`)} ${i + 1}`}
                      disabled={i === lines.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      <ArrowDownwardIcon fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title={translate(`${F}.remove`)}>
                  <IconButton
                    size="small"
                    aria-label={`${translate(`${F}.remove`)} ${i + 1}`}
                    onClick={() => change(lines.filter((_, j) => j !== i))}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {unlisted.length > 0 && (
        <Stack spacing={1}>
          <Typography variant="subtitle2">{translate(`${F}.unlisted`)}</Typography>
          {unlisted.map((r) => (
            <Stack key={r.id} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="unlisted-record">
              <Typography variant="body2">
                {r.title}（{translate(`er.recordKind.${r.kind}`)}）
              </Typography>
              <Button label={`${F}.add`} onClick={() => add(r)}>
                <AddIcon />
              </Button>
            </Stack>
          ))}
        </Stack>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button label={`${F}.save`} variant="contained" onClick={save} disabled={!dirty || pending}>
          <SaveIcon />
        </Button>
        {dirty && (
          <Typography variant="body2" color="warning.main">
            {translate(`${F}.unsaved`)}
          </Typography>
        )}
      </Stack>
    </Stack>
  );
};

export const CatalogueSection = () => {
  const record = useRecordContext<TransferRecord>();
  const ability = useAppAbility();
  if (!record) return null;
  const editable = EDITABLE.includes(record.status) && ability.can('update', asSubject('Transfer', record));
  return (
    <Section title={`${F}.title`}>
      {editable ? (
        <Editor key={`${record.id}-${record.updatedAt}`} transfer={record} />
      ) : (
        <CatalogueTable lines={record.catalogue} />
      )}
    </Section>
  );
};

import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import {
  Alert,
  Chip,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, Link, useRecordContext, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { Section } from '../common/layout';
import type { ExclusionReason, ItemDecision } from '../gql/graphql';
import { decideItems, submitDisclosure, type DecisionInput } from './disclosureData';
import { EDITABLE, REASONS, type DisclosureItemRecord, type DisclosureRecord } from './domain';
import { AttachmentLink } from './fields';
import { RedactedUpload } from './RedactedUpload';
import { useStep } from './useStep';

interface Draft {
  decision: ItemDecision | null;
  reason: ExclusionReason | '';
  note: string;
  redactedId: string | null;
  redactedName: string | null;
}

const isStateSecret = (item: DisclosureItemRecord) => item.record?.confidentiality === 'STATE_SECRET';

function draftOf(item: DisclosureItemRecord, partyCopy: boolean): Draft {
  // Art. 20: a state secret never goes into a party's copy; the ground is set for the legal staff.
  if (partyCopy && isStateSecret(item))
    return { decision: 'EXCLUDE', reason: 'STATE_SECRET', note: item.note ?? '', redactedId: null, redactedName: null };
  return {
    decision: item.decision ?? null,
    reason: item.reason ?? '',
    note: item.note ?? '',
    redactedId: item.redacted?.id ?? null,
    redactedName: item.redacted?.fileName ?? null,
  };
}

const same = (a: Draft, item: DisclosureItemRecord) =>
  a.decision === (item.decision ?? null) &&
  (a.reason || null) === (item.reason ?? null) &&
  (a.note.trim() || null) === (item.note ?? null) &&
  a.redactedId === (item.redacted?.id ?? null);

/** What is missing before a draft can be sent, as an i18n key. */
const problemOf = (d: Draft) =>
  !d.decision
    ? 'resources.disclosures.errors.undecided'
    : d.decision === 'EXCLUDE' && !d.reason
      ? 'resources.disclosures.errors.reason'
      : d.decision === 'INCLUDE_REDACTED' && !d.redactedId
        ? 'resources.disclosures.errors.redactedId'
        : null;

const DecisionChip = ({ item }: { item: DisclosureItemRecord }) => {
  const translate = useTranslate();
  if (!item.decision)
    return <Chip size="small" variant="outlined" label={translate('resources.disclosures.decisions.none')} />;
  return (
    <Stack spacing={0.5}>
      <Chip
        size="small"
        color={item.decision === 'EXCLUDE' ? 'error' : item.decision === 'INCLUDE' ? 'success' : 'warning'}
        label={translate(`resources.disclosures.decisions.${item.decision}`)}
        sx={{ alignSelf: 'flex-start' }}
      />
      {item.reason && (
        <Typography variant="body2">{translate(`resources.disclosures.reasons.${item.reason}`)}</Typography>
      )}
      {item.note && (
        <Typography variant="caption" color="text.secondary">
          {item.note}
        </Typography>
      )}
      {item.redacted && <AttachmentLink attachment={item.redacted} />}
    </Stack>
  );
};

/** The decision controls of one record while it can still be decided. */
const DecisionEditor = ({
  item,
  draft,
  partyCopy,
  onChange,
}: {
  item: DisclosureItemRecord;
  draft: Draft;
  partyCopy: boolean;
  onChange: (d: Draft) => void;
}) => {
  const translate = useTranslate();
  if (partyCopy && isStateSecret(item))
    return (
      <Alert severity="error" sx={{ py: 0 }} data-testid="state-secret">
        {translate('resources.disclosures.state_secret')}
      </Alert>
    );
  const options: ItemDecision[] = partyCopy ? ['INCLUDE', 'EXCLUDE', 'INCLUDE_REDACTED'] : ['INCLUDE', 'EXCLUDE'];
  const problem = problemOf(draft);
  return (
    <Stack spacing={1}>
      <RadioGroup
        row
        value={draft.decision ?? ''}
        onChange={(e) => onChange({ ...draft, decision: e.target.value as ItemDecision })}
      >
        {options.map((o) => (
          <FormControlLabel
            key={o}
            value={o}
            control={<Radio size="small" />}
            label={translate(`resources.disclosures.decisions.${o}`)}
          />
        ))}
      </RadioGroup>
      {draft.decision === 'EXCLUDE' && (
        <TextField
          select
          size="small"
          label={translate('resources.disclosures.fields.reason')}
          value={draft.reason}
          onChange={(e) => onChange({ ...draft, reason: e.target.value as ExclusionReason })}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          error={!draft.reason}
        >
          <option value="" />
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {translate(`resources.disclosures.reasons.${r}`)}
            </option>
          ))}
        </TextField>
      )}
      {draft.decision === 'INCLUDE_REDACTED' && (
        <RedactedUpload
          name={draft.redactedName}
          onStored={(a) => onChange({ ...draft, redactedId: a.id, redactedName: a.fileName })}
        />
      )}
      {draft.decision && (
        <TextField
          size="small"
          label={translate('resources.disclosures.fields.note')}
          value={draft.note}
          onChange={(e) => onChange({ ...draft, note: e.target.value })}
        />
      )}
      {problem && draft.decision && (
        <Typography variant="caption" color="error">
          {translate(problem)}
        </Typography>
      )}
    </Stack>
  );
};

/**
 * The records asked for and what is decided for each. While the request is registered or
 * returned, its handler includes or excludes each (with the ground), then submits it for approval.
 */
export const ItemsSection = () => {
  const record = useRecordContext<DisclosureRecord>();
  const translate = useTranslate();
  const ability = useAppAbility();
  const { run, pending } = useStep();
  const partyCopy = record?.type === 'PARTY_COPY';
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  if (!record) return null;
  const editable = EDITABLE.includes(record.status) && ability.can('update', asSubject('Disclosure', record));
  const draftFor = (item: DisclosureItemRecord) => drafts[item.recordId] ?? draftOf(item, partyCopy);
  const changed = record.items.filter((item) => !same(draftFor(item), item));
  const decisions = (): DecisionInput[] =>
    changed.map((item) => {
      const d = draftFor(item);
      return {
        recordId: item.recordId,
        decision: d.decision!,
        reason: d.decision === 'EXCLUDE' ? (d.reason as ExclusionReason) : null,
        note: d.note.trim() || null,
        redactedId: d.decision === 'INCLUDE_REDACTED' ? d.redactedId : null,
      };
    });
  const ready = changed.every((item) => !problemOf(draftFor(item)));
  const save = () =>
    run(async () => {
      await decideItems(record.id, decisions());
      setDrafts({});
    }, 'resources.disclosures.notifications.decided');
  const submit = () =>
    run(async () => {
      if (changed.length) await decideItems(record.id, decisions());
      setDrafts({});
      await submitDisclosure(record.id);
    }, 'resources.disclosures.notifications.submitted');
  const allDecided = record.items.every((item) => !problemOf(draftFor(item)));
  const actions = editable ? (
    <Stack direction="row" spacing={1}>
      <Button
        label="resources.disclosures.actions.save_decisions"
        onClick={save}
        disabled={pending || !changed.length || !ready}
        variant="outlined"
      >
        <SaveIcon />
      </Button>
      <Button
        label="resources.disclosures.actions.submit"
        onClick={submit}
        disabled={pending || !allDecided}
        variant="contained"
      >
        <SendIcon />
      </Button>
    </Stack>
  ) : undefined;
  return (
    <Section title="resources.disclosures.sections.items" action={actions}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('resources.disclosures.items_count', {
          smart_count: record.items.length,
          included: record.includedCount,
        })}
      </Typography>
      <Table size="small" data-testid="disclosure-items">
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            <TableCell>{translate('resources.records.fields.title')}</TableCell>
            <TableCell>{translate('resources.records.fields.kind')}</TableCell>
            <TableCell>{translate('resources.records.fields.confidentiality')}</TableCell>
            <TableCell sx={{ minWidth: 320 }}>{translate('resources.disclosures.fields.decision')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.items.map((item) => (
            <TableRow key={item.id} data-testid="disclosure-item">
              <TableCell>{item.seq}</TableCell>
              <TableCell>
                {item.record ? (
                  <Link to={`/records/${item.recordId}/show`}>{item.record.title}</Link>
                ) : (
                  <Typography variant="body2" color="text.secondary">
                    {translate('resources.disclosures.unreadable', { id: item.recordId })}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{item.record ? translate(`er.recordKind.${item.record.kind}`) : ''}</TableCell>
              <TableCell>
                {item.record && (
                  <Chip
                    size="small"
                    variant="outlined"
                    color={item.record.confidentiality === 'NONE' ? 'default' : 'warning'}
                    label={translate(`er.confidentiality.${item.record.confidentiality}`)}
                  />
                )}
              </TableCell>
              <TableCell>
                {editable ? (
                  <DecisionEditor
                    item={item}
                    draft={draftFor(item)}
                    partyCopy={partyCopy}
                    onChange={(d) => setDrafts((all) => ({ ...all, [item.recordId]: d }))}
                  />
                ) : (
                  <DecisionChip item={item} />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

import GppGoodIcon from '@mui/icons-material/GppGood';
import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, HttpError, useGetOne, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { useDateTimeFormat } from '../common/format';
import { HoldDialog } from '../common/HoldDialog';
import { Section } from '../common/layout';
import { ReasonDialog } from '../common/ReasonDialog';
import type { CaseRecord } from '../common/records';
import { messageOf } from '../disclosures/useStep';
import type { LongTermReason } from '../gql/graphql';
import { type CaseHold, placeCaseHold, releaseCaseHold } from './disposalData';

const H = 'resources.caseHolds';
const COLUMNS = ['status', 'placedAt', 'placedByName', 'longTermReason', 'reason', 'released'];

/** Runs a hold step from a dialog: tells the user, reloads, and gives a refused field's error back to the form. */
function useHoldStep() {
  const notify = useNotify();
  const refresh = useRefresh();
  return async (step: () => Promise<unknown>, successKey: string, done: () => void) => {
    try {
      await step();
      notify(successKey, { type: 'success' });
      done();
      refresh();
      return undefined;
    } catch (error) {
      if (error instanceof HttpError && error.body?.errors) return error.body.errors as Record<string, unknown>;
      notify(messageOf(error), { type: 'error' });
      return undefined;
    }
  };
}

const PlaceCaseHoldButtons = ({ record }: { record: CaseRecord }) => {
  const [open, setOpen] = useState<'hold' | 'longTerm' | null>(null);
  const run = useHoldStep();
  const longTerm = open === 'longTerm';
  return (
    <Stack direction="row" spacing={1}>
      <Button label={`${H}.actions.place`} onClick={() => setOpen('hold')}>
        <GppGoodIcon />
      </Button>
      <Button label={`${H}.actions.mark_long_term`} onClick={() => setOpen('longTerm')}>
        <HistoryEduIcon />
      </Button>
      <HoldDialog
        open={open !== null}
        longTerm={longTerm}
        onClose={() => setOpen(null)}
        onSubmit={(reason, longTermReason: LongTermReason | null) =>
          run(
            () => placeCaseHold(String(record.id), reason, longTermReason),
            longTerm ? `${H}.notifications.marked` : `${H}.notifications.held`,
            () => setOpen(null),
          )
        }
        title={longTerm ? `${H}.long_term_title` : `${H}.title`}
        confirm={longTerm ? `${H}.actions.mark_long_term` : `${H}.actions.place`}
        icon={longTerm ? <HistoryEduIcon /> : <GppGoodIcon />}
        translateOptions={{ number: record.number }}
      />
    </Stack>
  );
};

const ReleaseCaseHoldButton = ({ hold }: { hold: CaseHold }) => {
  const [open, setOpen] = useState(false);
  const run = useHoldStep();
  return (
    <>
      <Button label={`${H}.actions.release`} onClick={() => setOpen(true)} size="small">
        <LockOpenIcon />
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={(reason) =>
          run(
            () => releaseCaseHold(hold.id, reason),
            `${H}.notifications.released`,
            () => setOpen(false),
          )
        }
        title={`${H}.release.title`}
        help={`${H}.release.help`}
        confirm={`${H}.actions.release`}
        icon={<LockOpenIcon />}
        translateOptions={{ reason: hold.reason }}
      />
    </>
  );
};

/** 保全与长期保存: the case file's holds and Art. 15 marks, with place and release for those the rules allow. */
export const CaseHolds = () => {
  const record = useRecordContext<CaseRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const format = useDateTimeFormat();
  const mayRead = !!record && ability.can('read', 'CaseHold');
  const { data } = useGetOne<{ id: string; holds: CaseHold[] }>(
    'caseHolds',
    { id: String(record?.id) },
    { enabled: mayRead },
  );
  if (!record || !mayRead) return null;
  const mayPlace = ability.can('placeHold', asSubject('Case', record));
  const mayRelease = ability.can('releaseHold', asSubject('Case', record));
  const holds = data?.holds ?? [];
  return (
    <Section title={`${H}.name`} action={mayPlace ? <PlaceCaseHoldButtons record={record} /> : undefined}>
      {holds.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate(`${H}.none`)}
        </Typography>
      ) : (
        <Table size="small" data-testid="case-holds">
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{translate(`${H}.fields.${column}`)}</TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {holds.map((hold) => (
              <TableRow key={hold.id} data-testid="case-hold">
                <TableCell>
                  <Chip
                    size="small"
                    color={hold.releasedAt ? 'default' : hold.longTermReason ? 'info' : 'warning'}
                    label={translate(
                      hold.releasedAt ? `${H}.released` : hold.longTermReason ? `${H}.long_term` : `${H}.active`,
                    )}
                  />
                </TableCell>
                <TableCell>{format(hold.placedAt)}</TableCell>
                <TableCell>{hold.placedByName}</TableCell>
                <TableCell>
                  {hold.longTermReason ? translate(`er.longTermReason.${hold.longTermReason}`) : '—'}
                </TableCell>
                <TableCell>{hold.reason}</TableCell>
                <TableCell>
                  {hold.releasedAt
                    ? translate(`${H}.released_by`, {
                        at: format(hold.releasedAt),
                        name: hold.releasedByName ?? '',
                        reason: hold.releaseReason ?? '',
                      })
                    : '—'}
                </TableCell>
                <TableCell align="right">
                  {!hold.releasedAt && mayRelease && <ReleaseCaseHoldButton hold={hold} />}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

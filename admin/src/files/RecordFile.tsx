import DownloadIcon from '@mui/icons-material/Download';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Alert, Box, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { Section } from '../common/layout';
import type { EnforcementRecord } from '../common/records';
import type { AppDataProvider } from '../dataProvider';
import { isApiError } from '../graphql/client';
import { CaptureFlags } from './CaptureFlags';
import { FileFacts } from './FileFacts';
import type { FileTicket } from './fileData';
import { FilePlayer } from './FilePlayer';

type Opened = { key: string; ticket: FileTicket; broken: boolean };

const playable = (type: string | undefined) => !!type && (type.startsWith('video/') || type.startsWith('audio/'));

/** The record's file: its facts, and (with `view`) playing it in the page, (with `download`) saving it. Both audited. */
export const RecordFile = () => {
  const record = useRecordContext<EnforcementRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (!record?.fileId) return null;
  const key = `${record.id}:${record.version}`;
  const subject = asSubject('Record', record);
  const mayView = ability.can('view', subject) && refused !== key;
  const mayDownload = ability.can('download', subject);
  const shown = opened?.key === key ? opened : null;

  const open = async (mode: 'VIEW' | 'DOWNLOAD') => {
    setPending(true);
    try {
      const ticket = await dataProvider.openRecordFile(record.id, mode);
      if (mode === 'VIEW') setOpened({ key, ticket, broken: false });
      else {
        const link = Object.assign(document.createElement('a'), { href: ticket.url, download: ticket.fileName });
        link.click();
      }
    } catch (error) {
      if (isApiError(error, 'FORBIDDEN') && mode === 'VIEW') setRefused(key);
      else notify(error instanceof Error ? error.message : 'er.error.INTERNAL_SERVER_ERROR', { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  const label = playable(record.file?.mediaType) ? 'er.file.play' : 'er.file.show';
  const action = (
    <Stack direction="row" spacing={1}>
      {mayView && (!shown || shown.broken) && (
        <Button
          label={shown?.broken ? 'er.file.reopen' : label}
          onClick={() => void open('VIEW')}
          disabled={pending}
          variant="contained"
        >
          <PlayArrowIcon />
        </Button>
      )}
      {mayDownload && (
        <Button label="er.file.download" onClick={() => void open('DOWNLOAD')} disabled={pending}>
          <DownloadIcon />
        </Button>
      )}
    </Stack>
  );

  return (
    <Section title="er.file.section" action={action}>
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mb: record.captureFlags.length ? 2 : 0 }}>
        <CaptureFlags flags={record.captureFlags} />
      </Stack>
      <FileFacts record={record} />
      <Box sx={{ mt: 2 }}>
        {!mayView && <Alert severity="warning">{translate('er.file.forbidden')}</Alert>}
        {mayView && !shown && (
          <Typography variant="body2" color="text.secondary">
            {translate('er.file.audited')}
          </Typography>
        )}
        {mayView && shown?.broken && <Alert severity="warning">{translate('er.file.broken')}</Alert>}
        {mayView && shown && !shown.broken && (
          <FilePlayer ticket={shown.ticket} onBroken={() => setOpened({ ...shown, broken: true })} />
        )}
      </Box>
    </Section>
  );
};

import DownloadIcon from '@mui/icons-material/Download';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Alert, Box, Stack, Typography } from '@mui/material';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { Section } from '../common/layout';
import type { EnforcementRecord } from '../common/records';
import { CaptureFlags } from './CaptureFlags';
import { FileFacts } from './FileFacts';
import { FilePlayer } from './FilePlayer';
import { playable, useFileOpener } from './useFileOpener';

/** The record's file: its facts, and (with `view`) playing it in the page, (with `download`) saving it. Both audited. */
export const RecordFile = () => {
  const record = useRecordContext<EnforcementRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const key = `${record?.id}:${record?.version}`;
  const { shown, refused, pending, open, markBroken } = useFileOpener(record?.id, key);
  if (!record?.fileId) return null;
  const subject = asSubject('Record', record);
  const mayView = ability.can('view', subject) && !refused;
  const mayDownload = ability.can('download', subject);

  const label = playable(record.file?.mediaType) ? 'er.file.play' : 'er.file.show';
  const action = (
    <Stack direction="row" spacing={1}>
      {mayView && (!shown || shown.broken) && (
        <Button
          label={shown?.broken ? 'er.file.reopen' : label}
          onClick={() => open('VIEW')}
          disabled={pending}
          variant="contained"
        >
          <PlayArrowIcon />
        </Button>
      )}
      {mayDownload && (
        <Button label="er.file.download" onClick={() => open('DOWNLOAD')} disabled={pending}>
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
        {mayView && shown && !shown.broken && <FilePlayer ticket={shown.ticket} onBroken={markBroken} />}
      </Box>
    </Section>
  );
};

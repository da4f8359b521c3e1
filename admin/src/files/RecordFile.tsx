import { Box, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { Section } from '../common/layout';
import type { EnforcementRecord } from '../common/records';
import { CaptureFlags } from './CaptureFlags';
import { FileFacts } from './FileFacts';
import { FileOpenButtons, OpenedFile } from './FileOpening';
import { useFileOpener } from './useFileOpener';

/** The record's file: its facts, and (with `view`) playing it in the page, (with `download`) saving it. Both audited. */
export const RecordFile = () => {
  const record = useRecordContext<EnforcementRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const opener = useFileOpener(record?.id, `${record?.id}:${record?.version}`);
  if (!record?.fileId) return null;
  const subject = asSubject('Record', record);
  const mayView = ability.can('view', subject) && !opener.refused;
  const mayDownload = ability.can('download', subject);

  const action = (
    <Stack direction="row" spacing={1}>
      <FileOpenButtons
        opener={opener}
        mayView={mayView}
        mayDownload={mayDownload}
        mediaType={record.file?.mediaType}
        contained
      />
    </Stack>
  );

  return (
    <Section title="er.file.section" action={action}>
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mb: record.captureFlags.length ? 2 : 0 }}>
        <CaptureFlags flags={record.captureFlags} />
      </Stack>
      <FileFacts record={record} />
      <Box sx={{ mt: 2 }}>
        {mayView && !opener.shown && (
          <Typography variant="body2" color="text.secondary">
            {translate('er.file.audited')}
          </Typography>
        )}
        <OpenedFile opener={opener} mayView={mayView} />
      </Box>
    </Section>
  );
};

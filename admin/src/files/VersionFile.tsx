import DownloadIcon from '@mui/icons-material/Download';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Alert, Box, Stack, Typography } from '@mui/material';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { RecordVersionRecord } from '../common/records';
import { FilePlayer } from './FilePlayer';
import { playable, useFileOpener } from './useFileOpener';

/**
 * The file an earlier (or the present) version of a record carried, in the version history: shown
 * or played in the page and saved like the current one, with the same rights, watermark and audit
 * (Art. 21: a new file version never replaces the old one's bytes).
 */
export const VersionFile = ({
  recordId,
  mayView,
  mayDownload,
  mediaType,
  currentFileId,
}: {
  recordId: string;
  mayView: boolean;
  mayDownload: boolean;
  /** The present file's type: it names the button only for a version carrying that same file. */
  mediaType?: string;
  currentFileId?: string | null;
}) => {
  const version = useRecordContext<RecordVersionRecord>();
  const translate = useTranslate();
  const { shown, refused, pending, open, markBroken } = useFileOpener(
    recordId,
    `${recordId}:v${version?.version}`,
    version?.version,
  );
  if (!version?.fileId) return null;
  const viewable = mayView && !refused;
  return (
    <Box data-testid="version-file" sx={{ mt: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="body2">
          {translate('er.file.version_file', { version: version.version, name: version.fileName ?? '—' })}
        </Typography>
        {viewable && (!shown || shown.broken) && (
          <Button
            label={
              shown?.broken
                ? 'er.file.reopen'
                : playable(version.fileId === currentFileId ? mediaType : undefined)
                  ? 'er.file.play'
                  : 'er.file.show'
            }
            onClick={() => open('VIEW')}
            disabled={pending}
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
      {!viewable && <Alert severity="warning">{translate('er.file.forbidden')}</Alert>}
      {viewable && shown?.broken && <Alert severity="warning">{translate('er.file.broken')}</Alert>}
      {viewable && shown && !shown.broken && (
        <Box sx={{ mt: 1 }}>
          <FilePlayer ticket={shown.ticket} onBroken={markBroken} />
        </Box>
      )}
    </Box>
  );
};

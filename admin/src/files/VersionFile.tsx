import { Box, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { RecordVersionRecord } from '../common/records';
import { FileOpenButtons, OpenedFile } from './FileOpening';
import { useFileOpener } from './useFileOpener';

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
  const opener = useFileOpener(recordId, `${recordId}:v${version?.version}`, version?.version);
  if (!version?.fileId) return null;
  const viewable = mayView && !opener.refused;
  return (
    <Box data-testid="version-file" sx={{ mt: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="body2">
          {translate('er.file.version_file', { version: version.version, name: version.fileName ?? '—' })}
        </Typography>
        <FileOpenButtons
          opener={opener}
          mayView={viewable}
          mayDownload={mayDownload}
          mediaType={version.fileId === currentFileId ? mediaType : undefined}
        />
      </Stack>
      <Box sx={{ mt: 1 }}>
        <OpenedFile opener={opener} mayView={viewable} />
      </Box>
    </Box>
  );
};

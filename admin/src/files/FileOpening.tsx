import DownloadIcon from '@mui/icons-material/Download';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Alert } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { FilePlayer } from './FilePlayer';
import { playable, type useFileOpener } from './useFileOpener';

type Opener = ReturnType<typeof useFileOpener>;

/** 播放/查看文件 (or 重新打开 after a broken link) and 下载, each shown only with its right. */
export const FileOpenButtons = ({
  opener,
  mayView,
  mayDownload,
  mediaType,
  contained = false,
}: {
  opener: Opener;
  mayView: boolean;
  mayDownload: boolean;
  /** Names the open button: play for audio/video, show for the rest (or an unknown type). */
  mediaType?: string;
  contained?: boolean;
}) => {
  const { shown, pending, open } = opener;
  return (
    <>
      {mayView && (!shown || shown.broken) && (
        <Button
          label={shown?.broken ? 'er.file.reopen' : playable(mediaType) ? 'er.file.play' : 'er.file.show'}
          onClick={() => open('VIEW')}
          disabled={pending}
          variant={contained ? 'contained' : 'text'}
        >
          <PlayArrowIcon />
        </Button>
      )}
      {mayDownload && (
        <Button label="er.file.download" onClick={() => open('DOWNLOAD')} disabled={pending}>
          <DownloadIcon />
        </Button>
      )}
    </>
  );
};

/** What was opened: the refusal, a link that no longer plays, or the player under the viewer's watermark. */
export const OpenedFile = ({ opener, mayView }: { opener: Opener; mayView: boolean }) => {
  const translate = useTranslate();
  const { shown, markBroken } = opener;
  if (!mayView) return <Alert severity="warning">{translate('er.file.forbidden')}</Alert>;
  if (shown?.broken) return <Alert severity="warning">{translate('er.file.broken')}</Alert>;
  return shown ? <FilePlayer ticket={shown.ticket} onBroken={markBroken} /> : null;
};

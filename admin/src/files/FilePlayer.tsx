import FullscreenIcon from '@mui/icons-material/Fullscreen';
import { Alert, Box, Button, Link, Stack } from '@mui/material';
import { useRef } from 'react';
import { useTranslate } from 'react-admin';
import { useDateTimeFormat } from '../common/format';
import type { FileTicket } from './fileData';
import { Watermark } from './Watermark';

const fill = { display: 'block', width: '100%', maxHeight: '70vh' } as const;

/** The element that shows this type in the page, or null for types a browser cannot show. */
function mediaFor(ticket: FileTicket, onBroken: () => void) {
  const type = ticket.mediaType;
  if (type.startsWith('video/'))
    return (
      <video
        src={ticket.url}
        controls
        controlsList="nodownload nofullscreen noremoteplayback"
        disablePictureInPicture
        playsInline
        preload="metadata"
        onError={onBroken}
        style={{ ...fill, background: '#000' }}
      />
    );
  if (type.startsWith('audio/'))
    return (
      <Box sx={{ p: 6, bgcolor: 'grey.800' }}>
        <audio src={ticket.url} controls controlsList="nodownload" onError={onBroken} style={{ width: '100%' }} />
      </Box>
    );
  if (type.startsWith('image/'))
    return <img src={ticket.url} alt={ticket.fileName} onError={onBroken} style={{ ...fill, objectFit: 'contain' }} />;
  if (type === 'application/pdf')
    return <iframe src={ticket.url} title={ticket.fileName} style={{ ...fill, height: '70vh', border: 0 }} />;
  return null;
}

/** Plays or shows an opened file inline, under the viewer's watermark; full screen keeps the watermark. */
export const FilePlayer = ({ ticket, onBroken }: { ticket: FileTicket; onBroken: () => void }) => {
  const translate = useTranslate();
  const format = useDateTimeFormat();
  const frame = useRef<HTMLDivElement>(null);
  const media = mediaFor(ticket, onBroken);
  if (!media)
    return (
      <Alert severity="info">
        {translate('er.file.no_preview')}{' '}
        <Link href={ticket.url} target="_blank" rel="noopener">
          {translate('er.file.open_in_tab')}
        </Link>
      </Alert>
    );
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Box
        ref={frame}
        data-testid="file-player"
        onContextMenu={(event) => event.preventDefault()}
        sx={{ position: 'relative', width: '100%', bgcolor: 'grey.900', borderRadius: 1, overflow: 'hidden' }}
      >
        {media}
        <Watermark text={translate('er.file.watermark', { name: ticket.viewerName, time: format(ticket.openedAt) })} />
      </Box>
      <Button size="small" startIcon={<FullscreenIcon />} onClick={() => void frame.current?.requestFullscreen()}>
        {translate('er.file.fullscreen')}
      </Button>
    </Stack>
  );
};

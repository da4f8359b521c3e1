import { Box } from '@mui/material';

const COPIES = 60;

/**
 * The viewer's name and the time, repeated diagonally over the media: a photographed or
 * screen-recorded copy still says who opened it and when. It lets clicks through to the player.
 */
export const Watermark = ({ text }: { text: string }) => (
  <Box
    data-testid="watermark"
    aria-hidden
    sx={{ position: 'absolute', inset: 0, overflow: 'hidden', pointerEvents: 'none', userSelect: 'none', zIndex: 2 }}
  >
    <Box
      sx={{
        position: 'absolute',
        top: '-50%',
        left: '-50%',
        width: '200%',
        height: '200%',
        transform: 'rotate(-30deg)',
        display: 'flex',
        flexWrap: 'wrap',
        alignContent: 'space-around',
        justifyContent: 'space-around',
        gap: '56px 96px',
      }}
    >
      {Array.from({ length: COPIES }, (_, i) => (
        <Box
          key={i}
          component="span"
          sx={{
            color: 'rgba(255, 255, 255, 0.4)',
            textShadow: '0 0 2px rgba(0, 0, 0, 0.5)',
            fontSize: 16,
            whiteSpace: 'nowrap',
          }}
        >
          {text}
        </Box>
      ))}
    </Box>
  </Box>
);

import { Box, Tooltip, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { useDateTimeFormat } from '../common/format';
import type { BoardCell } from './offloadBoard';

const BG = { UPLOADED: 'success.light', LATE: 'warning.light', PENDING: 'info.light', MISSING: 'error.main' };
const FG = {
  UPLOADED: 'success.contrastText',
  LATE: 'warning.contrastText',
  PENDING: 'info.contrastText',
  MISSING: 'error.contrastText',
};

/** The records of a device captured on a bureau day (UTC+8), in the records list. */
const recordsLink = (number: string, day: string) => {
  const filter = {
    deviceNumber: number,
    capturedFrom: new Date(`${day}T00:00:00+08:00`).toISOString(),
    capturedTo: new Date(`${day}T23:59:59+08:00`).toISOString(),
  };
  return `/records?filter=${encodeURIComponent(JSON.stringify(filter))}`;
};

/** One day of one device: its offload state in colour; the tooltip tells who, how much and by when. */
export const OffloadCell = ({ number, day, cell }: { number: string; day: string; cell?: BoardCell }) => {
  const translate = useTranslate();
  const format = useDateTimeFormat(true);
  const testId = `offload-${number}-${day}`;
  if (!cell) return <Box sx={{ width: 44, height: 24 }} data-testid={testId} data-state="NONE" />;
  const minutes = Math.round(cell.totalSeconds / 60);
  const title = translate('resources.offloads.cell', {
    officers: cell.officers.join('、') || '—',
    uploads: cell.uploads,
    minutes,
    due: format(cell.dueAt),
  });
  const box = (
    <Box
      data-testid={testId}
      data-state={cell.state}
      sx={{ width: 44, height: 24, borderRadius: 1, bgcolor: BG[cell.state], color: FG[cell.state], mx: 'auto' }}
    >
      <Typography variant="caption" sx={{ lineHeight: '24px', fontWeight: 600 }}>
        {translate(`resources.offloads.short.${cell.state}`)}
      </Typography>
    </Box>
  );
  return (
    <Tooltip title={title}>
      {cell.uploads > 0 ? (
        <Link to={recordsLink(number, day)} underline="none">
          {box}
        </Link>
      ) : (
        <span>{box}</span>
      )}
    </Tooltip>
  );
};

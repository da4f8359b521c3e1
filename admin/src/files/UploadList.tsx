import { Box, Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { UploadItem } from './uploadItem';
import { uploadQueue } from './uploadQueue';
import { UploadRow } from './UploadRow';

/** The files of this page session, each with its own progress. */
export const UploadList = ({ items }: { items: UploadItem[] }) => {
  const translate = useTranslate();
  const done = items.filter((item) => item.phase === 'done').length;
  return (
    <Box>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {translate('resources.uploads.list.title')}
        </Typography>
        {items.length > 0 && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2" color="text.secondary">
              {translate('resources.uploads.list.summary', { count: items.length, done })}
            </Typography>
            {done > 0 && (
              <Button size="small" onClick={() => uploadQueue.clearFinished()}>
                {translate('resources.uploads.actions.clear_done')}
              </Button>
            )}
          </Stack>
        )}
      </Stack>
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {translate('resources.uploads.list.empty')}
        </Typography>
      ) : (
        <Box component="ul" aria-label={translate('resources.uploads.list.title')} sx={{ p: 0, m: 0 }}>
          {items.map((item) => (
            <UploadRow key={item.key} item={item} />
          ))}
        </Box>
      )}
    </Box>
  );
};

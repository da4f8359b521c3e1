import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Upload, type PreviousUpload } from 'tus-js-client';
import { useDateTimeFormat } from '../common/format';
import { forget, unfinishedUploads } from './tusOptions';
import type { UploadItem } from './uploadItem';

const nameOf = (upload: PreviousUpload) => upload.metadata?.filename ?? upload.metadata?.name ?? '';

/**
 * Uploads this browser began and did not finish (the page was reloaded or closed, the network
 * dropped): a browser cannot read a file again by itself, so the user adds it once more.
 */
export const UnfinishedUploads = ({ items }: { items: UploadItem[] }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const format = useDateTimeFormat();
  const [found, setFound] = useState<PreviousUpload[]>([]);
  const [version, setVersion] = useState(0);
  const listed = new Set(items.map((item) => item.file.name));
  const activity = items.map((item) => `${item.key}:${item.phase}`).join(',');

  useEffect(() => {
    let live = true;
    void unfinishedUploads().then((uploads) => live && setFound(uploads));
    return () => {
      live = false;
    };
  }, [activity, version]);

  const shown = found.filter((upload) => !listed.has(nameOf(upload)));
  if (!shown.length) return null;

  const discard = async (upload: PreviousUpload) => {
    await Upload.terminate(upload.uploadUrl!).catch(() => undefined);
    await forget([upload.urlStorageKey]);
    notify('resources.uploads.notifications.discarded');
    setVersion((v) => v + 1);
  };

  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="unfinished-uploads">
      <AlertTitle>{translate('resources.uploads.unfinished.title', { smart_count: shown.length })}</AlertTitle>
      <Typography variant="body2">{translate('resources.uploads.unfinished.help')}</Typography>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {shown.map((upload) => (
          <li key={upload.urlStorageKey}>
            {translate('resources.uploads.unfinished.item', {
              file: nameOf(upload),
              title: upload.metadata?.title ?? '',
              time: format(new Date(upload.creationTime).toISOString()),
            })}
            <Button size="small" onClick={() => void discard(upload)}>
              {translate('resources.uploads.actions.discard')}
            </Button>
          </li>
        ))}
      </Box>
    </Alert>
  );
};

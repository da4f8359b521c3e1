import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { Box, Button, Typography } from '@mui/material';
import { useId, useState, type DragEvent } from 'react';
import { useTranslate } from 'react-admin';

const ACCEPT_AV = 'video/*,audio/*,image/*,.mkv,.flv,.ts,.3gp,.amr,.heic';
const ACCEPT_TEXT = '.pdf,.ofd,.doc,.docx,.xls,.xlsx,image/*';

/** A drop zone with a file input beside it; both take many files at once. */
export const FileDrop = ({ onFiles, av }: { onFiles: (files: File[]) => void; av: boolean }) => {
  const translate = useTranslate();
  const inputId = useId();
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length) onFiles(files);
  };

  return (
    <Box
      data-testid="file-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      sx={{
        my: 2,
        p: 3,
        border: 2,
        borderStyle: 'dashed',
        borderRadius: 2,
        borderColor: over ? 'primary.main' : 'divider',
        bgcolor: over ? 'action.hover' : 'transparent',
        textAlign: 'center',
      }}
    >
      <CloudUploadIcon color="action" sx={{ fontSize: 40 }} />
      <Typography variant="subtitle1">{translate('resources.uploads.drop.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
        {translate('resources.uploads.drop.or')}
      </Typography>
      <Button component="label" htmlFor={inputId} variant="outlined">
        {translate('resources.uploads.drop.choose')}
      </Button>
      <input
        id={inputId}
        type="file"
        multiple
        accept={av ? ACCEPT_AV : ACCEPT_TEXT}
        aria-label={translate('resources.uploads.drop.choose')}
        style={{ display: 'none' }}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {translate('resources.uploads.drop.hint')}
      </Typography>
    </Box>
  );
};

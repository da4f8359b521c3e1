import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { useTranslate } from 'react-admin';
import { uploadAttachment, UploadError, type StoredAttachment } from './attachments';

/** The redacted copy of one record (purpose REDACTED_COPY), uploaded as soon as it is chosen. */
export const RedactedUpload = ({
  name,
  onStored,
}: {
  name: string | null;
  onStored: (a: StoredAttachment) => void;
}) => {
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [hash, setHash] = useState<string | null>(null);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setRefusal(null);
    try {
      const stored = await uploadAttachment(file, 'REDACTED_COPY');
      setHash(stored.sha256);
      onStored(stored);
    } catch (error) {
      setRefusal(error instanceof UploadError ? error.message : 'er.error.NETWORK');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={0.5}>
      <Button
        component="label"
        size="small"
        variant="outlined"
        startIcon={busy ? <CircularProgress size={16} /> : <AttachFileIcon />}
        disabled={busy}
        sx={{ alignSelf: 'flex-start' }}
      >
        {translate('resources.disclosures.upload.redacted')}
        <input type="file" hidden aria-label={translate('resources.disclosures.upload.redacted')} onChange={choose} />
      </Button>
      {name && (
        <Typography variant="body2">
          {name}
          {hash && (
            <Typography component="span" variant="caption" sx={{ fontFamily: 'monospace', ml: 1 }}>
              SHA-256 {hash.slice(0, 16)}…
            </Typography>
          )}
        </Typography>
      )}
      {refusal && (
        <Typography variant="caption" color="error" role="alert">
          {translate(refusal)}
        </Typography>
      )}
    </Stack>
  );
};

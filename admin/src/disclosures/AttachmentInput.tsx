import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Button, CircularProgress, FormHelperText, Stack, Typography } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { InputHelperText, useInput, useTranslate, type Validator } from 'react-admin';
import { formatBytes } from '../files/format';
import type { AttachmentPurpose } from '../gql/graphql';
import { uploadAttachment, UploadError, type StoredAttachment } from './attachments';

interface Props {
  source: string;
  purpose: AttachmentPurpose;
  label: string;
  validate?: Validator | Validator[];
  helperText?: string;
}

/**
 * A scanned paper: the chosen file is uploaded at once; the field holds the attachment's id, and
 * the page shows the name and SHA-256 the server stored it under, or why it refused it.
 */
export const AttachmentInput = ({ source, purpose, label, validate, helperText }: Props) => {
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput({ source, validate });
  const [stored, setStored] = useState<StoredAttachment | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = `attachment-${source.replace(/\W/g, '-')}`;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setRefusal(null);
    try {
      const attachment = await uploadAttachment(file, purpose);
      setStored(attachment);
      field.onChange(attachment.id);
    } catch (error) {
      setStored(null);
      field.onChange(null);
      setRefusal(error instanceof UploadError ? error.message : 'er.error.NETWORK');
    } finally {
      setBusy(false);
    }
  };

  const error = fieldState.invalid && fieldState.error?.message;
  return (
    <Stack spacing={0.5} sx={{ mb: 2 }} data-testid={`upload-${source}`}>
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
        {isRequired ? ' *' : ''}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button
          component="label"
          htmlFor={inputId}
          variant="outlined"
          size="small"
          startIcon={busy ? <CircularProgress size={16} /> : <AttachFileIcon />}
          disabled={busy}
        >
          {translate(stored ? 'resources.disclosures.upload.replace' : 'resources.disclosures.upload.choose')}
          <input
            id={inputId}
            type="file"
            hidden
            accept="application/pdf,image/*"
            aria-label={translate(label)}
            onChange={choose}
          />
        </Button>
        {stored && (
          <Stack spacing={0} data-testid={`stored-${source}`}>
            <Typography variant="body2">
              {stored.fileName}（{formatBytes(stored.size)}）
            </Typography>
            <Typography variant="caption" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
              SHA-256 {stored.sha256}
            </Typography>
          </Stack>
        )}
      </Stack>
      {refusal && (
        <FormHelperText error role="alert">
          {translate(refusal)}
        </FormHelperText>
      )}
      {!refusal && (error || helperText) && (
        <FormHelperText error={!!error}>
          <InputHelperText error={error || undefined} helperText={helperText} />
        </FormHelperText>
      )}
    </Stack>
  );
};

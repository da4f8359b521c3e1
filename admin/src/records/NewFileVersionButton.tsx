import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Upload } from 'tus-js-client';
import { asSubject, useAppAbility } from '../auth/ability';
import { AV_KINDS } from '../common/domain';
import type { EnforcementRecord } from '../common/records';
import { refusalOf } from '../files/refusal';
import { useRefusalText } from '../files/useRefusalText';
import { baseOptions } from '../files/tusOptions';

/**
 * 上传新版本: a text record's scanned document replaced by a new file (Art. 21: a new version, the
 * old one kept), with the reason; uploaded resumably like any evidence, the server checks its type.
 */
export const NewFileVersionButton = () => {
  const record = useRecordContext<EnforcementRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const refusalText = useRefusalText();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!record || AV_KINDS.includes(record.kind) || !ability.can('update', asSubject('Record', record))) return null;

  const close = () => {
    if (progress !== null) return;
    setOpen(false);
    setFile(null);
    setReason('');
    setError(null);
  };
  const start = () => {
    if (!file || reason.trim().length < 2) return;
    setError(null);
    setProgress(0);
    const upload = new Upload(file, {
      ...baseOptions,
      metadata: { filename: file.name, recordId: String(record.id), reason: reason.trim() },
      onProgress: (sent, total) => setProgress(total ? Math.round((sent / total) * 100) : 0),
      onError: (e) => {
        setProgress(null);
        setError(refusalText(refusalOf(e), record.kind));
      },
      onSuccess: () => {
        setProgress(null);
        setOpen(false);
        setFile(null);
        setReason('');
        notify('resources.records.new_version.done', { type: 'success' });
        refresh();
      },
    });
    upload.start();
  };
  return (
    <>
      <Button label="resources.records.new_version.action" onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="new-version-title">
        <DialogTitle id="new-version-title">{translate('resources.records.new_version.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('resources.records.new_version.help')}</DialogContentText>
          <Button component="label" label="resources.records.new_version.choose" variant="outlined">
            <input
              hidden
              type="file"
              aria-label={translate('resources.records.new_version.choose')}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </Button>
          {file && (
            <DialogContentText sx={{ mt: 1 }} data-testid="new-version-file">
              {file.name}
            </DialogContentText>
          )}
          <TextField
            label={translate('er.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            multiline
            minRows={2}
            fullWidth
            required
            sx={{ mt: 2 }}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
          {progress !== null && <LinearProgress variant="determinate" value={progress} sx={{ mt: 2 }} />}
          {error && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} disabled={progress !== null} />
          <Button
            label="resources.records.new_version.start"
            variant="contained"
            onClick={start}
            disabled={!file || reason.trim().length < 2 || progress !== null}
          >
            <UploadFileIcon />
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

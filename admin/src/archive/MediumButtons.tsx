import FactCheckIcon from '@mui/icons-material/FactCheck';
import SaveIcon from '@mui/icons-material/Save';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Button as MuiButton,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import {
  Button,
  Form,
  HttpError,
  SaveButton,
  TextInput,
  maxLength,
  required,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useDateFormat } from '../common/format';
import { formatBytes } from '../files/format';
import type { VerificationKind } from '../gql/graphql';
import { readBack, ReadBackError, registerMedium, type MediaVolumeRecord, type ReadBackResult } from './mediaData';

const M = 'resources.mediaSets';

/** 登记介质: the label written on the burnt medium and where it is kept. */
export const RegisterMediumButton = ({ volume, label }: { volume: MediaVolumeRecord; label: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const submit = async (values: { label?: string; location?: string }) => {
    try {
      await registerMedium(volume.id, String(values.label ?? '').trim(), String(values.location ?? '').trim());
      notify(`${M}.notifications.registered`, { type: 'success' });
      setOpen(false);
      refresh();
      return undefined;
    } catch (error) {
      if (error instanceof HttpError && error.body?.errors) return error.body.errors as Record<string, unknown>;
      notify(error instanceof Error ? error.message : 'er.error.INTERNAL_SERVER_ERROR', { type: 'error' });
      return undefined;
    }
  };
  return (
    <>
      <Button label={`${M}.actions.register`} onClick={() => setOpen(true)}>
        <SaveIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="register-title">
        <Form
          onSubmit={submit}
          record={{ label: volume.label ?? label, location: volume.location ?? '' }}
          key={String(open)}
        >
          <DialogTitle id="register-title">{translate(`${M}.register.title`, { seq: volume.seq })}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate(`${M}.register.help`)}</DialogContentText>
            <TextInput source="label" label={`${M}.fields.label`} validate={[required(), maxLength(100)]} fullWidth />
            <TextInput
              source="location"
              label={`${M}.fields.location`}
              helperText={`${M}.fields.location_help`}
              validate={[required(), maxLength(200)]}
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label={`${M}.actions.register`} icon={<SaveIcon />} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

/** Until a read-back has matched, the medium is still being written: a read-back; after, a re-check. */
const firstKind = (volume: MediaVolumeRecord): VerificationKind =>
  volume.verifications.some((v) => v.ok) ? 'RECHECK' : 'READBACK';

/**
 * 读取校验: the archivist picks the file read from the medium; it goes to the server as is, which
 * compares its SHA-256 with the volume's and keeps the result (a first read-back or the yearly re-check).
 */
export const ReadBackButton = ({ volume }: { volume: MediaVolumeRecord }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const day = useDateFormat();
  const [kind, setKind] = useState<VerificationKind>(firstKind(volume));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReadBackResult | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const inputId = `readback-${volume.id}`;
  if (!volume.verifyUrl) return null;
  const verifyUrl = volume.verifyUrl;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setResult(null);
    setRefusal(null);
    try {
      setResult(await readBack(verifyUrl, file, kind));
      refresh();
    } catch (error) {
      setRefusal(error instanceof ReadBackError ? error.message : 'er.error.NETWORK');
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setOpen(false);
    setResult(null);
    setRefusal(null);
  };
  return (
    <>
      <Button
        label={`${M}.actions.read_back`}
        onClick={() => {
          setKind(firstKind(volume));
          setOpen(true);
        }}
      >
        <FactCheckIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby={`${inputId}-title`}>
        <DialogTitle id={`${inputId}-title`}>{translate(`${M}.verify.title`, { seq: volume.seq })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{translate(`${M}.verify.help`)}</DialogContentText>
            <RadioGroup row value={kind} onChange={(e) => setKind(e.target.value as VerificationKind)}>
              {(['READBACK', 'RECHECK'] as const).map((k) => (
                <FormControlLabel
                  key={k}
                  value={k}
                  control={<Radio />}
                  label={translate(`er.verificationKind.${k}`)}
                  disabled={busy}
                />
              ))}
            </RadioGroup>
            <MuiButton
              component="label"
              htmlFor={inputId}
              variant="outlined"
              startIcon={busy ? <CircularProgress size={16} /> : <UploadFileIcon />}
              disabled={busy}
              sx={{ alignSelf: 'flex-start' }}
            >
              {translate(`${M}.verify.choose`)}
              <input id={inputId} type="file" hidden aria-label={translate(`${M}.verify.file`)} onChange={choose} />
            </MuiButton>
            {result && (
              <Alert severity={result.ok ? 'success' : 'error'} data-testid="readback-result">
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {translate(result.ok ? `${M}.verify.matched` : `${M}.verify.mismatched`)}
                </Typography>
                <Typography variant="caption" component="div" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
                  {translate(`${M}.verify.read`, { sha256: result.sha256, size: formatBytes(result.size) })}
                </Typography>
                {!result.ok && (
                  <Typography
                    variant="caption"
                    component="div"
                    sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
                  >
                    {translate(`${M}.verify.expected`, {
                      sha256: result.expectedSha256,
                      size: formatBytes(result.expectedSize),
                    })}
                  </Typography>
                )}
                {result.ok && result.recheckDue && (
                  <Typography variant="caption" component="div">
                    {translate(`${M}.verify.next`, { date: day(result.recheckDue) })}
                  </Typography>
                )}
              </Alert>
            )}
            {refusal && (
              <Alert severity="warning" role="alert">
                {translate(refusal)}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={close} />
        </DialogActions>
      </Dialog>
    </>
  );
};

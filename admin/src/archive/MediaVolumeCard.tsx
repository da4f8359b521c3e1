import DownloadIcon from '@mui/icons-material/Download';
import {
  Button as MuiButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { useDateFormat, useDateTimeFormat } from '../common/format';
import { Section } from '../common/layout';
import { formatBytes } from '../files/format';
import type { MediaSetRecord, MediaVolumeRecord } from './mediaData';
import { VerificationChip } from './mediaFields';
import { ReadBackButton, RegisterMediumButton } from './MediumButtons';

const M = 'resources.mediaSets';

const Fact = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 120 }}>
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div" data-testid={testId} sx={{ wordBreak: 'break-all' }}>
        {children}
      </Typography>
    </Stack>
  );
};

const History = ({ volume }: { volume: MediaVolumeRecord }) => {
  const translate = useTranslate();
  const format = useDateTimeFormat();
  if (!volume.verifications.length) return <Typography variant="body2">{translate(`${M}.verify.none`)}</Typography>;
  return (
    <Table size="small" aria-label={translate(`${M}.verify.history`)} data-testid="verification-history">
      <TableHead>
        <TableRow>
          <TableCell>{translate(`${M}.verify.at`)}</TableCell>
          <TableCell>{translate(`${M}.verify.kind`)}</TableCell>
          <TableCell>{translate(`${M}.verify.result`)}</TableCell>
          <TableCell>{translate(`${M}.verify.sha256`)}</TableCell>
          <TableCell>{translate(`${M}.verify.by`)}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {volume.verifications.map((v) => (
          <TableRow key={v.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{format(v.verifiedAt)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`er.verificationKind.${v.kind}`)}</TableCell>
            <TableCell>
              <VerificationChip ok={v.ok} />
            </TableCell>
            <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
              {v.sha256}（{formatBytes(v.size)}）
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{v.verifiedBy?.displayName ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** One medium of a set: the volume to burn, its registration, its read-backs and re-checks. */
export const MediaVolumeCard = ({
  set,
  volume,
  count,
}: {
  set: MediaSetRecord;
  volume: MediaVolumeRecord;
  count: number;
}) => {
  const translate = useTranslate();
  const ability = useAppAbility();
  const day = useDateFormat();
  const format = useDateTimeFormat();
  const fileName = `${set.number}-${volume.seq}.zip`;
  const canRegister = ability.can('update', asSubject('MediaVolume', volume));
  return (
    <div data-testid="media-volume" aria-label={translate(`${M}.volume`, { seq: volume.seq, count })}>
      <Section
        title={translate(`${M}.volume`, { seq: volume.seq, count })}
        action={
          <Stack direction="row" spacing={1}>
            {canRegister && <RegisterMediumButton volume={volume} label={`${set.number}-${volume.seq}/${count}`} />}
            <ReadBackButton volume={volume} />
          </Stack>
        }
      >
        <Stack spacing={1}>
          {volume.downloadUrl && (
            <MuiButton
              href={volume.downloadUrl}
              download={fileName}
              variant="outlined"
              startIcon={<DownloadIcon />}
              sx={{ alignSelf: 'flex-start', textTransform: 'none' }}
            >
              {translate(`${M}.actions.download`, { name: fileName })}
            </MuiButton>
          )}
          <Fact label={`${M}.fields.size`}>
            {volume.size != null
              ? translate('er.file.bytes', {
                  size: formatBytes(volume.size),
                  bytes: volume.size.toLocaleString('en-US'),
                })
              : '—'}
          </Fact>
          <Fact label={`${M}.fields.sha256`} testId="volume-sha256">
            <span style={{ fontFamily: 'monospace' }}>{volume.sha256 ?? '—'}</span>
          </Fact>
          <Fact label={`${M}.fields.label`} testId="volume-label">
            {volume.label ?? translate(`${M}.unregistered`)}
          </Fact>
          <Fact label={`${M}.fields.location`} testId="volume-location">
            {volume.location ?? '—'}
          </Fact>
          {volume.registeredAt && (
            <Fact label={`${M}.fields.registeredAt`}>
              {format(volume.registeredAt)} · {volume.registeredBy?.displayName ?? ''}
            </Fact>
          )}
          <Fact label={`${M}.fields.lastVerification`} testId="volume-last-verification">
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <VerificationChip ok={volume.lastVerificationOk} />
              {volume.lastVerifiedAt && <span>{format(volume.lastVerifiedAt)}</span>}
            </Stack>
          </Fact>
          <Fact label={`${M}.fields.recheckDue`}>{volume.recheckDue ? day(volume.recheckDue) : '—'}</Fact>
          <Typography variant="subtitle2" sx={{ pt: 1 }}>
            {translate(`${M}.verify.history`)}
          </Typography>
          <History volume={volume} />
        </Stack>
      </Section>
    </div>
  );
};

import ArchiveIcon from '@mui/icons-material/Archive';
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button as MuiButton, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { Button, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { useDateTimeFormat } from '../common/format';
import { Section } from '../common/layout';
import { formatBytes } from '../files/format';
import { buildPackage, getPackage } from './disclosureData';
import { APPROVED_ON, BUILDING, isIncluded, isWatermarked, type DisclosureRecord, type PackageRecord } from './domain';
import { useStep } from './useStep';

/** Polls a package being built once a second until it is READY or FAILED, then reloads the page. */
function useLivePackage(initial: PackageRecord | undefined) {
  const [polled, setPolled] = useState<PackageRecord>();
  const refresh = useRefresh();
  const id = initial?.id;
  const building = !!initial && BUILDING.includes(initial.status);
  useEffect(() => {
    if (!id || !building) return;
    const controller = new AbortController();
    const timer = setInterval(async () => {
      try {
        const p = await getPackage(id, controller.signal);
        setPolled(p);
        if (!BUILDING.includes(p.status)) {
          clearInterval(timer);
          refresh();
        }
      } catch {
        // The next tick tries again; an aborted poll ends with the page.
      }
    }, 1000);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [id, building, refresh]);
  return building && polled?.id === id ? polled : initial;
}

const Fact = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 120 }}>
        {translate(label)}
      </Typography>
      <Typography
        variant="body2"
        component="div"
        data-testid={testId}
        sx={{ fontFamily: testId ? 'monospace' : undefined, wordBreak: 'break-all' }}
      >
        {children}
      </Typography>
    </Stack>
  );
};

/** The export package of an approved request: build it, follow the build, download it with its hash. */
export const PackageSection = () => {
  const record = useRecordContext<DisclosureRecord>();
  const translate = useTranslate();
  const format = useDateTimeFormat();
  const ability = useAppAbility();
  const { run, pending } = useStep();
  const latest = useLivePackage(record?.packages[0]);
  if (!record || !APPROVED_ON.includes(record.status)) return null;
  const canBuild =
    record.status === 'APPROVED' &&
    ability.can('export', asSubject('Disclosure', record)) &&
    (!latest || latest.status === 'FAILED');
  const build = () => run(() => buildPackage(record.id), 'resources.disclosures.notifications.building');
  // Once built, the package says which files carry the watermark; before, the rule tells which will.
  const titleOf = (recordId: string) => record.items.find((i) => i.recordId === recordId)?.record?.title ?? recordId;
  const watermarked = latest?.contents
    ? latest.contents.filter((f) => f.watermarked).map((f) => titleOf(f.recordId))
    : record.items.filter((i) => isIncluded(i) && isWatermarked(i)).map((i) => titleOf(i.recordId));
  return (
    <Section
      title="resources.disclosures.sections.package"
      action={
        canBuild ? (
          <Button label="resources.disclosures.actions.build" onClick={build} disabled={pending} variant="contained">
            <ArchiveIcon />
          </Button>
        ) : undefined
      }
    >
      <Stack spacing={1.5} data-testid="package">
        {record.type === 'PARTY_COPY' && (
          <Alert severity="info" data-testid="watermark-note">
            {translate('resources.disclosures.watermark_note')}
            {watermarked.length > 0 &&
              ` ${translate('resources.disclosures.watermarked_items', {
                titles: watermarked.join('、'),
              })}`}
          </Alert>
        )}
        {!latest && <Typography variant="body2">{translate('resources.disclosures.package.none')}</Typography>}
        {latest && BUILDING.includes(latest.status) && (
          <Box data-testid="package-progress">
            <Typography variant="body2" sx={{ mb: 0.5 }}>
              {translate(`resources.disclosures.package.${latest.status}`)} · {Math.round(latest.progress * 100)}%
            </Typography>
            <LinearProgress
              variant={latest.status === 'QUEUED' ? 'indeterminate' : 'determinate'}
              value={Math.round(latest.progress * 100)}
              aria-label={translate('resources.disclosures.package.progress')}
            />
          </Box>
        )}
        {latest?.status === 'FAILED' && (
          <Alert severity="error">
            {translate('resources.disclosures.package.FAILED')}
            {latest.error ? `：${latest.error}` : ''}
          </Alert>
        )}
        {latest?.status === 'READY' && (
          <>
            {(latest.fixityStatus === 'MISMATCH' || latest.fixityStatus === 'MISSING') && (
              <Alert severity="error" data-testid="package-fixity-failed">
                {translate('resources.disclosures.package.fixityFailed', {
                  status: translate(`er.file.fixity.${latest.fixityStatus}`),
                })}
              </Alert>
            )}
            {latest.downloadUrl && (
              <MuiButton
                href={latest.downloadUrl}
                download={latest.fileName}
                variant="outlined"
                startIcon={<DownloadIcon />}
                sx={{ alignSelf: 'flex-start' }}
              >
                {translate('resources.disclosures.actions.download')}
              </MuiButton>
            )}
            <Fact label="resources.disclosures.package.fileName">{latest.fileName}</Fact>
            <Fact label="resources.disclosures.package.sha256" testId="package-sha256">
              {latest.sha256}
            </Fact>
            {latest.sm3 && (
              <Fact label="resources.disclosures.package.sm3" testId="package-sm3">
                {latest.sm3}
              </Fact>
            )}
            <Fact label="resources.disclosures.package.size">
              {latest.size != null
                ? translate('er.file.bytes', {
                    size: formatBytes(latest.size),
                    bytes: latest.size.toLocaleString('en-US'),
                  })
                : '—'}
            </Fact>
            <Fact label="resources.disclosures.package.files">
              {translate('resources.disclosures.package.files_value', {
                count: latest.fileCount,
                oxum: latest.payloadOxum ?? '—',
              })}
            </Fact>
            <Fact label="resources.disclosures.package.finishedAt">{format(latest.finishedAt)}</Fact>
            <Fact label="resources.disclosures.package.fixity" testId="package-fixity">
              {translate(`er.file.fixity.${latest.fixityStatus ?? 'UNCHECKED'}`)}
            </Fact>
          </>
        )}
      </Stack>
    </Section>
  );
};

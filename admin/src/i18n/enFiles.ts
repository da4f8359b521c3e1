import type { zhFile } from './zhFiles';

/** er.file (English). */
export const enFile: typeof zhFile = {
  section: 'File',
  play: 'Play',
  show: 'Show file',
  download: 'Download',
  reopen: 'Open again',
  fullscreen: 'Full screen (keeps the watermark)',
  audited: 'Opening or downloading the file is audited; the player shows your name and the time as a watermark.',
  forbidden: 'You may not view this file',
  no_preview: 'This kind of file cannot be shown in the browser; download it to read it.',
  open_in_tab: 'Open in a new tab',
  broken: 'The file did not play: the link may have expired; open it again',
  watermark: '%{name} %{time}',
  fields: {
    fileName: 'File name',
    size: 'Size',
    mediaType: 'Type',
    durationSeconds: 'Duration',
    dimensions: 'Resolution',
    recordedAt: 'Device time',
    sha256: 'SHA-256',
    sm3: 'SM3',
    storedAt: 'Stored',
    fixityStatus: 'Fixity',
  },
  bytes: '%{size} (%{bytes} bytes)',
  fixity: { OK: 'Intact', UNCHECKED: 'Not checked yet', MISMATCH: 'Mismatch', MISSING: 'Missing' },
  fixity_checked: '%{status} (%{time})',
  flags: {
    RECORDED_TIME: 'Device time differs from capture time',
    DURATION: 'Duration differs from capture period',
    RECORDED_TIME_help:
      "The file's own device time is far from the entered capture time: check the device clock or the time",
    DURATION_help: "The file's duration does not match the entered capture period: check it",
  },
};

import { execFile } from 'node:child_process';
import { fileTypeFromBuffer } from 'file-type';
import exifr from 'exifr';
import { RecordKind } from '../records/record.enums.js';

/** Bytes at the start of a file that are enough to tell its type. */
export const HEAD_BYTES = 64 * 1024;

const VIDEO = [
  'video/mp4',
  'video/quicktime',
  'video/x-msvideo',
  'video/vnd.avi',
  'video/x-matroska',
  'video/webm',
  'video/mpeg',
  'video/mp2t',
  'video/3gpp',
  'video/x-flv',
];
const AUDIO = [
  'audio/mpeg',
  'audio/wav',
  'audio/x-wav',
  'audio/vnd.wave',
  'audio/aac',
  'audio/x-m4a',
  'audio/mp4',
  'audio/amr',
  'audio/ogg',
  'audio/opus',
  'audio/flac',
  'audio/x-flac',
  'audio/webm',
];
const IMAGE = ['image/jpeg', 'image/png', 'image/heic', 'image/heif', 'image/tiff', 'image/webp', 'image/bmp'];
/** Text records: PDF, OFD (a zip with OFD.xml), Word/Excel, and scans of paper documents. */
const DOCUMENT = [
  'application/pdf',
  'application/ofd',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/x-cfb',
  'application/msword',
  'application/vnd.ms-excel',
  ...IMAGE,
];

/** Media types accepted for each kind of record (Art. 3). */
export function allowedTypes(kind: RecordKind): readonly string[] {
  switch (kind) {
    case RecordKind.VIDEO:
    case RecordKind.SURVEILLANCE:
      return VIDEO;
    case RecordKind.AUDIO:
      return AUDIO;
    case RecordKind.PHOTO:
      return IMAGE;
    default:
      return DOCUMENT;
  }
}

export interface DetectedType {
  mediaType: string;
  extension: string;
}

/** The real type of a file from its first bytes; null when the bytes match nothing known. */
export async function detectType(head: Uint8Array, fileName: string): Promise<DetectedType | null> {
  const found = await fileTypeFromBuffer(head);
  if (!found) return null;
  // OFD (GB/T 33190) is a zip package whose root names OFD.xml.
  if (found.mime === 'application/zip' && /\.ofd$/i.test(fileName) && Buffer.from(head).includes('OFD.xml'))
    return { mediaType: 'application/ofd', extension: 'ofd' };
  return { mediaType: found.mime, extension: found.ext };
}

export interface MediaFacts {
  durationSeconds: number | null;
  width: number | null;
  height: number | null;
  recordedAt: Date | null;
}

/** Facts of a file that is not audio, video or a photo. */
export const NO_MEDIA_FACTS: MediaFacts = { durationSeconds: null, width: null, height: null, recordedAt: null };

interface FfprobeOutput {
  format?: { duration?: string; tags?: Record<string, string> };
  streams?: {
    codec_type?: string;
    width?: number;
    height?: number;
    duration?: string;
    tags?: Record<string, string>;
  }[];
}

function ffprobe(file: string): Promise<FfprobeOutput | null> {
  return new Promise((resolve) => {
    execFile(
      'ffprobe',
      ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file],
      { timeout: 30_000, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout) => {
        if (error) return resolve(null); // not installed, or not readable as media
        try {
          resolve(JSON.parse(stdout) as FfprobeOutput);
        } catch {
          resolve(null);
        }
      },
    );
  });
}

const finite = (v: unknown): number | null => {
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? n : null;
};

const validDate = (d: Date) => (Number.isNaN(d.getTime()) ? null : d);

/** EXIF times carry no zone unless OffsetTime* says so; devices here keep China time (UTC+8). */
function exifTime(raw: unknown, offset: unknown): Date | null {
  if (typeof raw !== 'string') return raw instanceof Date ? validDate(raw) : null;
  const m = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(raw);
  if (!m) return null;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '+08:00';
  return validDate(new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`));
}

/**
 * Duration, picture size and the recording's own time, read from the stored file: ffprobe for
 * audio/video (where installed), EXIF for photos. Missing tools or tags give nulls, never an error.
 */
export async function probeMedia(file: string, mediaType: string): Promise<MediaFacts> {
  const facts: MediaFacts = { ...NO_MEDIA_FACTS };
  if (mediaType.startsWith('video/') || mediaType.startsWith('audio/') || mediaType.startsWith('image/')) {
    const out = await ffprobe(file);
    if (out) {
      const picture = out.streams?.find((s) => s.codec_type === 'video' && s.width && s.height);
      facts.width = picture?.width ?? null;
      facts.height = picture?.height ?? null;
      if (!mediaType.startsWith('image/')) {
        facts.durationSeconds = finite(out.format?.duration) ?? finite(out.streams?.[0]?.duration);
        const created =
          out.format?.tags?.creation_time ?? out.streams?.find((s) => s.tags?.creation_time)?.tags?.creation_time;
        if (created) facts.recordedAt = validDate(new Date(created));
      }
    }
  }
  if (mediaType.startsWith('image/')) {
    try {
      const exif = (await exifr.parse(file, {
        reviveValues: false,
        pick: ['DateTimeOriginal', 'CreateDate', 'OffsetTimeOriginal', 'ExifImageWidth', 'ExifImageHeight'],
      })) as Record<string, unknown> | undefined;
      if (exif) {
        facts.recordedAt = exifTime(exif.DateTimeOriginal ?? exif.CreateDate, exif.OffsetTimeOriginal);
        facts.width ??= finite(exif.ExifImageWidth);
        facts.height ??= finite(exif.ExifImageHeight);
      }
    } catch {
      // No EXIF block: nothing to add.
    }
  }
  return facts;
}

/**
 * Where the file's own facts disagree with what the officer entered: the recording's time outside
 * the entered capture period by more than the tolerance (RECORDED_TIME), or a clip that cannot have
 * been captured within that period (DURATION): longer than it, or — its own time known — running
 * past either end, whether that time is the clip's start or its end. A clip shorter than the period
 * fits it: a day's camera card is uploaded at once, every clip with the one period entered for them.
 */
export function captureDisagreements(
  entered: { capturedFrom?: Date | null; capturedTo?: Date | null },
  file: { recordedAt?: Date | null; durationSeconds?: number | null },
  toleranceMinutes: number,
): string[] {
  const flags: string[] = [];
  const tolerance = toleranceMinutes * 60_000;
  if (file.recordedAt && entered.capturedFrom) {
    const from = entered.capturedFrom.getTime();
    const to = (entered.capturedTo ?? entered.capturedFrom).getTime();
    const t = file.recordedAt.getTime();
    // Cameras stamp either the start or the end of a clip: both lie within the entered period.
    if (t < from - tolerance || t > to + tolerance) flags.push('RECORDED_TIME');
  }
  if (file.durationSeconds && entered.capturedFrom && entered.capturedTo) {
    const from = entered.capturedFrom.getTime() - tolerance;
    const to = entered.capturedTo.getTime() + tolerance;
    const length = file.durationSeconds * 1000;
    const t = file.recordedAt?.getTime();
    // Longer than the period; or, its own time inside the period (outside is RECORDED_TIME), running
    // out of it whether the camera stamped the clip's start or its end.
    const inside = t !== undefined && t >= from && t <= to;
    const fits = length <= to - from && (!inside || t + length <= to || t - length >= from);
    if (!fits) flags.push('DURATION');
  }
  return flags;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** 1536 → "1.5 KB" (binary multiples, as file managers show them). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${UNITS[unit]}`;
}

/** Whole hours, minutes and seconds of a duration, for a translated "1 分 3 秒". */
export function splitSeconds(total: number): { h: number; m: number; s: number } {
  const rounded = Math.max(0, Math.round(total));
  return { h: Math.floor(rounded / 3600), m: Math.floor((rounded % 3600) / 60), s: rounded % 60 };
}

/** 83.4 → "1:23", 3723 → "1:02:03" (a media duration). */
export function formatDuration(seconds: number): string {
  const { h, m, s } = splitSeconds(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** The file name without its last extension: "现场检查.mp4" → "现场检查". */
export const baseName = (fileName: string) => fileName.replace(/\.[^.]*$/, '') || fileName;

/**
 * A datetime-local value ("2026-11-20T10:00") as ISO 8601 with the browser's own offset
 * ("2026-11-20T10:00:00+08:00"), the form the upload metadata takes.
 */
export function withOffset(local: unknown): string | undefined {
  if (!(typeof local === 'string' || local instanceof Date) || local === '') return undefined;
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return undefined;
  const two = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}` +
    `T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}` +
    `${sign}${two(Math.trunc(offset / 60))}:${two(offset % 60)}`
  );
}

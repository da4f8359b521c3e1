/** The bureau's calendar: a date (YYYY-MM-DD) is a day in this time zone, as on the server. */
const BUREAU_TIME_ZONE = 'Asia/Shanghai';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Today's date in the bureau's time zone. */
export const today = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: BUREAU_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export type DeadlineState = 'overdue' | 'soon' | 'pending' | 'met';

/** Where a transfer deadline stands today: past (red), within 7 days (orange), later, or no longer running. */
export function deadlineState(deadline: string, transferred: boolean, on = today()): DeadlineState {
  if (transferred) return 'met';
  const left = daysBetween(on, deadline);
  if (left < 0) return 'overdue';
  return left <= 7 ? 'soon' : 'pending';
}

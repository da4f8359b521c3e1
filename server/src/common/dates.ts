/** The bureau's calendar: dates (YYYY-MM-DD) are days in this time zone. */
export const BUREAU_TIME_ZONE = 'Asia/Shanghai';

/** Today's date in the bureau's time zone. */
export const today = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: BUREAU_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

/** A real calendar date in YYYY-MM-DD form? */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

import { useLocaleState } from 'react-admin';

const intlLocale = (locale: string) => (locale === 'zh' ? 'zh-CN' : 'en-GB');

/** Formats an ISO timestamp for the current console language (local time); `short` for dense tables. */
export function useDateTimeFormat(short = false) {
  const [locale] = useLocaleState();
  const style = short ? 'short' : 'medium';
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeStyle: style });
  return (value: string | null | undefined) => (value ? format.format(new Date(value)) : '');
}

/** Formats a calendar date (YYYY-MM-DD, a day of the bureau) for the current console language. */
export function useDateFormat() {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' });
  return (value: string | null | undefined) => (value ? format.format(new Date(`${value}T00:00:00Z`)) : '');
}

/** A person in a picker: name and sign-in name, e.g. 吴浩（zhzf.officer1）. */
export const userOption = (user: { displayName: string; username: string }) =>
  `${user.displayName}（${user.username}）`;

import { useLocaleState } from 'react-admin';

const intlLocale = (locale: string) => (locale === 'zh' ? 'zh-CN' : 'en-GB');

/** Formats an ISO timestamp for the current console language (local time). */
export function useDateTimeFormat() {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'medium' });
  return (value: string | null | undefined) => (value ? format.format(new Date(value)) : '');
}

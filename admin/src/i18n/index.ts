import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import chineseMessages from 'ra-language-chinese';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';
import { raChinese } from './raChinese';
import { zh } from './zh';

type Tree = { [key: string]: unknown };

const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Merges `over` into `base` key by key, so a language pack missing keys falls back to English. */
export function deepMerge(base: Tree, ...overs: Tree[]): Tree {
  const out: Tree = { ...base };
  for (const over of overs) {
    for (const [key, value] of Object.entries(over)) {
      out[key] = isTree(value) && isTree(out[key]) ? deepMerge(out[key] as Tree, value) : value;
    }
  }
  return out;
}

export const messages = {
  zh: deepMerge(englishMessages, chineseMessages, raChinese, zh) as unknown as TranslationMessages,
  en: deepMerge(englishMessages, en) as unknown as TranslationMessages,
};

export type Locale = keyof typeof messages;

export const i18nProvider = polyglotI18nProvider((locale) => messages[locale as Locale] ?? messages.zh, 'zh', [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
]);

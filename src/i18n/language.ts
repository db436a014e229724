/** The languages qms speaks. */
export type Language = 'vi' | 'en';

/** A message in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

/**
 * The language of messages: `--lang`, else QMS_LANG, else the repository's `language`, else
 * LANG/LC_ALL starting with "vi", else Vietnamese (the users qms is built for).
 */
export function resolveLanguage(flag: string | undefined, configLanguage: Language | undefined, env: Record<string, string | undefined>): Language {
  for (const candidate of [flag, env.QMS_LANG]) {
    if (candidate === 'vi' || candidate === 'en') return candidate;
  }
  if (configLanguage) return configLanguage;
  const locale = env.LC_ALL || env.LANG || '';
  if (locale.startsWith('en')) return 'en';
  return 'vi';
}

/** Picks the message of a language. */
export function say(language: Language, message: Bilingual): string {
  return message[language];
}

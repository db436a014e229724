/** The languages of messages (vi, en): choosing one from flag, env, config and locale; a catalogue message in both languages (Bilingual). */
import { parseConfigDocument } from '../config/config-document.js';
import type { LoadedConfig } from '../config/types.js';
import { joined } from './catalogue.js';

/** The languages qms speaks. */
export type Language = 'vi' | 'en';

/** A message in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
  /** The catalogue message it was rendered from (both()), for `--json` refusals: scripts read the id and data, not the wording. */
  id?: string;
  data?: Readonly<Record<string, unknown>>;
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

/** The message of a language. */
export function tr(language: Language, message: Bilingual): string {
  return message[language];
}

/** The `language` the config file itself sets, or undefined when it sets none (the default is not a choice). */
export function configuredLanguage(loaded: LoadedConfig): Language | undefined {
  return loaded.path === null ? undefined : languageOfConfigText(loaded.source);
}

/** The `language` a config file's text sets, or undefined (none, another value, or text that is not YAML). */
export function languageOfConfigText(source: string): Language | undefined {
  try {
    const value = parseConfigDocument(source).doc.get('language');
    return value === 'vi' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** "A, B và C" / "A, B and C" (the catalogue's joined). */
export function list(language: Language, items: readonly string[]): string {
  return joined(language, items);
}

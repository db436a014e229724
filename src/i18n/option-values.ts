/** Values of command-line options read in the language of the run: dates and one-line texts. */
import { readDateOption } from './date-option.js';
import { resolveLanguage, type Language } from './language.js';
import { refuse } from '../util/errors.js';
import { both } from './messages/index.js';

/** The language before the config is read: `--lang`, else QMS_LANG, else the locale. A `--lang` other than vi or en is refused. */
export function earlyLanguage(flag: string | undefined, env: Record<string, string | undefined>): Language {
  if (flag !== undefined && flag !== 'vi' && flag !== 'en') {
    // No language is chosen yet: the English text also says it in Vietnamese.
    refuse('en', 'usage', both('option-values.lang', { flag }));
  }
  return resolveLanguage(flag, undefined, env);
}

/** A date option as an ISO date (`fallback` when absent); a Vietnamese-order date is refused with its ISO spelling. */
export function parseDateOption(value: string | undefined, option: string, language: Language, fallback = ''): string {
  if (value === undefined) return fallback;
  const reading = readDateOption(value, option);
  return 'date' in reading ? reading.date : refuse(language, 'usage', reading.problem);
}

/** A required text option: trimmed, one line, not empty. */
export function textOption(value: string | undefined, option: string, language: Language): string {
  const text = (value ?? '').normalize('NFC').trim();
  if (text === '') refuse(language, 'usage', both('option-values.must-empty', { option }));
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text)) refuse(language, 'usage', both('option-values.must-one-line-text', { option }));
  return text;
}

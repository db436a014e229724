/** Values of command-line options read in the language of the run: dates and one-line texts. */
import { readDateOption } from './date-option.js';
import { bi, resolveLanguage, type Language } from './language.js';
import { refuse } from '../util/errors.js';

/** The language before the config is read: `--lang`, else QMS_LANG, else the locale. A `--lang` other than vi or en is refused. */
export function earlyLanguage(flag: string | undefined, env: Record<string, string | undefined>): Language {
  if (flag !== undefined && flag !== 'vi' && flag !== 'en') {
    const message = `--lang takes vi or en, not "${flag}" (--lang nhận vi hoặc en)`;
    refuse('en', 'usage', bi(message, message));
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
  if (text === '') refuse(language, 'usage', bi(`${option} không được để trống`, `${option} must not be empty`));
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text)) refuse(language, 'usage', bi(`${option} phải là một dòng văn bản, không có ký tự điều khiển`, `${option} must be one line of text, without control characters`));
  return text;
}

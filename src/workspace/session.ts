import { configuredLanguage } from '../i18n/language.js';
/**
 * What every lifecycle command starts with: the repository root, its config, the language of the
 * messages, the day of the run and the repository read.
 */
import { join, resolve } from 'node:path';
import { DEFAULT_CACHE_LOCATION } from './cache.js';
import { openRepository } from './read-indexed.js';
import { loadConfig } from '../config/load.js';
import type { LoadedConfig, QmsConfig } from '../config/types.js';
import { resolveLanguage, type Language } from '../i18n/language.js';
import { findRoot } from './root.js';
import type { RepositoryIndex } from '../model/repository.js';
import { readDateOption } from '../i18n/date-option.js';
import { localToday } from '../util/dates.js';
import { bi, refuse } from '../lifecycle/messages.js';

/** Options every lifecycle command takes. */
export interface CommonOptions {
  /** `-C, --root`: the repository (default: the one holding the current folder). */
  root?: string;
  /** `--lang vi|en`: the language of the messages. */
  lang?: string;
  /** `--today`: the day the result is checked against (default: the local date). */
  today?: string;
  /** `--json`: print a machine-readable result. */
  json?: boolean;
  /** `--no-cache`. */
  cache?: boolean;
}

/** An opened repository. */
export interface Session {
  root: string;
  loaded: LoadedConfig;
  config: QmsConfig;
  /** The language of messages. */
  language: Language;
  today: string;
  /** Every document summarised (through the cache); full readings on request. */
  repository: RepositoryIndex;
}

/** The language before the config is read: `--lang`, else QMS_LANG, else the locale. A `--lang` other than vi or en is refused. */
export function earlyLanguage(flag: string | undefined, env: Record<string, string | undefined>): Language {
  if (flag !== undefined && flag !== 'vi' && flag !== 'en') {
    const message = `--lang takes vi or en, not "${flag}" (--lang nhận vi hoặc en)`;
    refuse('en', 'usage', bi(message, message));
  }
  return resolveLanguage(flag, undefined, env);
}


/** A date option as an ISO date; a Vietnamese-order date is refused with its ISO spelling. */
export function parseDateOption(value: string | undefined, option: string, language: Language, fallback: string): string {
  if (value === undefined) return fallback;
  const reading = readDateOption(value, option);
  return 'date' in reading ? reading.date : refuse(language, 'usage', reading.problem);
}

/** Finds the repository, reads its config and documents and decides the language. */
export function openSession(cwd: string, env: Record<string, string | undefined>, options: CommonOptions): Session {
  const early = earlyLanguage(options.lang, env);
  const today = parseDateOption(options.today, '--today', early, localToday());
  const root = findRoot(resolve(cwd, options.root ?? '.'));
  const loaded = loadConfig(root);
  const language = resolveLanguage(options.lang, configuredLanguage(loaded), env);
  const opened = openRepository(root, loaded, today, undefined, { findings: 'none', ...(options.cache === false ? {} : { cacheFolder: join(root, DEFAULT_CACHE_LOCATION) }) });
  opened.saveCache();
  const repository = opened.index;
  return { root, loaded, config: loaded.config, language, today, repository };
}

/** A required text option: trimmed, one line, not empty. */
export function textOption(value: string | undefined, option: string, language: Language): string {
  const text = (value ?? '').normalize('NFC').trim();
  if (text === '') refuse(language, 'usage', bi(`${option} không được để trống`, `${option} must not be empty`));
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text)) refuse(language, 'usage', bi(`${option} phải là một dòng văn bản, không có ký tự điều khiển`, `${option} must be one line of text, without control characters`));
  return text;
}

import { configuredLanguage } from '../i18n/language.js';
/**
 * What every registry command starts with: the repository root, its config, the language of the
 * messages and the repository read (with or without its controlled documents).
 */
import { join, resolve } from 'node:path';
import { loadRepository } from './read-full.js';
import { loadConfig } from '../config/load.js';
import type { LoadedConfig } from '../config/types.js';
import { resolveLanguage, type Language } from '../i18n/language.js';
import { classifyFiles } from './files.js';
import { findRoot } from './root.js';
import { workTreeSource, type FileSource } from './source.js';
import type { Repository, RepositoryIndex } from '../model/repository.js';
import { DEFAULT_CACHE_LOCATION } from './cache.js';
import { openRepository as openCheckedRepository } from './read-indexed.js';
import { readDateOption } from '../i18n/date-option.js';
import { localToday } from '../util/dates.js';
import { QmsError } from '../util/errors.js';
import { tr } from '../i18n/labels.js';

/** Options every registry command takes. */
export interface CommonOptions {
  root?: string;
  lang?: string;
  today?: string;
  /** `--no-cache`. */
  cache?: boolean;
}

/** An opened repository with the language its messages are written in. */
export interface Opened {
  root: string;
  loaded: LoadedConfig;
  language: Language;
  today: string;
  /** Every document summarised (through the cache), full readings on request; or the register alone. */
  repository: RepositoryIndex;
}

/** The register opened alone: no documents, every entry read. */
export interface OpenedRegister extends Opened {
  repository: Repository;
}

/**
 * The language before the config is read: `--lang`, else QMS_LANG, else the locale. A `--lang` other
 * than vi or en is refused.
 */
export function earlyLanguage(flag: string | undefined, env: Record<string, string | undefined>): Language {
  if (flag !== undefined && flag !== 'vi' && flag !== 'en') throw new QmsError(`--lang takes vi or en, not "${flag}" (--lang nhận vi hoặc en)`);
  return resolveLanguage(flag, undefined, env);
}


/** A date option (`--today`, `--signed` …) as an ISO date; a Vietnamese-order date is refused with its ISO spelling. */
export function parseDateOption(value: string, option: string, language: Language): string {
  const reading = readDateOption(value, option);
  if ('date' in reading) return reading.date;
  throw new QmsError(tr(language, reading.problem));
}

/**
 * Finds the repository from `--root` (or the current folder), reads its config and decides the
 * language. `documents: false` reads the register only (the register commands need no documents).
 */
export function openRepository(cwd: string, env: Record<string, string | undefined>, options: CommonOptions): Opened {
  const { root, loaded, language, today } = openPlace(cwd, env, options);
  const cacheFolder = options.cache === false ? undefined : join(root, DEFAULT_CACHE_LOCATION);
  return { root, loaded, language, today, repository: openThroughCache(root, loaded, today, cacheFolder) };
}

/** The register alone, read in full (the register commands need no documents). */
export function openRegister(cwd: string, env: Record<string, string | undefined>, options: CommonOptions): OpenedRegister {
  const { root, loaded, language, today } = openPlace(cwd, env, options);
  return { root, loaded, language, today, repository: loadRepository(root, loaded, today, registerOnlySource(root)) };
}

/** The repository's root and config, the day and the language of messages. */
function openPlace(cwd: string, env: Record<string, string | undefined>, options: CommonOptions): Omit<Opened, 'repository'> {
  const early = earlyLanguage(options.lang, env);
  const today = options.today !== undefined ? parseDateOption(options.today, '--today', early) : localToday();
  const root = findRoot(resolve(cwd, options.root ?? '.'));
  const loaded = loadConfig(root);
  return { root, loaded, language: resolveLanguage(options.lang, configuredLanguage(loaded), env), today };
}

/** The documents summarised through the cache, as `qms impact` reads them. */
function openThroughCache(root: string, loaded: LoadedConfig, today: string, cacheFolder: string | undefined): RepositoryIndex {
  const opened = openCheckedRepository(root, loaded, today, undefined, { findings: 'none', ...(cacheFolder ? { cacheFolder } : {}) });
  opened.saveCache();
  return opened.index;
}

/** The work tree with its register entries only. */
export function registerOnlySource(root: string): FileSource {
  const base = workTreeSource(root);
  return {
    label: base.label,
    list: (documents, legal) => ({ documents: [], legal: base.list(documents, legal).legal }),
    readAll: (files) => base.readAll(files),
  };
}

/**
 * The work tree's register as it would be with some files replaced or added (`texts`: path relative
 * to the root → text), without touching the disk. New paths count only where the config's `legal`
 * globs take them.
 */
export function overlaySource(root: string, texts: ReadonlyMap<string, string>): FileSource {
  const base = workTreeSource(root);
  return {
    label: 'the work tree with the new register text',
    list: (documents, legal) => {
      const listed = base.list(documents, legal).legal;
      const known = new Set(listed);
      const added = classifyFiles([...texts.keys()].filter((file) => !known.has(file)), documents, legal).legal;
      return { documents: [], legal: [...listed, ...added].sort() };
    },
    readAll: (files) => {
      const inner = base.readAll(files);
      return { get: (file) => texts.get(file) ?? inner.get(file) };
    },
  };
}

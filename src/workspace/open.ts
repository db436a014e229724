/**
 * The one way in: every command opens its workspace here — the repository root, its config, the
 * language of messages, the day of the run, the register, the documents (summarised through the
 * cache, read in full, or none) and the section templates. Nothing below the commands finds a
 * root, reads the config or picks a language on its own.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import type { LoadedConfig, QmsConfig } from '../config/types.js';
import { configuredLanguage, resolveLanguage, type Language } from '../i18n/language.js';
import { earlyLanguage, parseDateOption } from '../i18n/option-values.js';
import type { Repository, RepositoryIndex } from '../model/repository.js';
import { type SectionTemplates } from '../sections/templates.js';
import { lazyTemplates } from './templates.js';
import { findTemplate } from './document-templates.js';
import type { DocumentTemplate } from '../lifecycle/templates.js';
import { localToday } from '../util/dates.js';
import { notUtf8Error, QmsError } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';
import { DEFAULT_CACHE_LOCATION } from './cache.js';
import { classifyFiles } from '../config/file-sets.js';
import { requireSharedFolders } from './files.js';
import { loadRepository } from './read-full.js';
import { openRepository, type OpenedRepository, type OpenOptions } from './read-indexed.js';
import { findRoot } from './root.js';
import { readWorkTreeBytes, workTreeSource, type FileSource } from './source.js';

/** The options every command shares (those it does not offer stay undefined). */
export interface CommonOptions {
  /** `-C, --root`: the repository (default: the one holding the current folder). */
  root?: string;
  /** `--lang vi|en`. */
  lang?: string;
  /** `--today`: the day of the run (default: the local date). */
  today?: string;
  /** `--json`: print a machine-readable result. */
  json?: boolean;
  /** `--no-cache`. */
  cache?: boolean;
  /** `--cache-location <folder>` (relative to the current folder). */
  cacheLocation?: string;
  /** `--cache-strategy metadata|content`. */
  cacheStrategy?: string;
}

/** What a command needs read. */
export interface WorkspaceRequest {
  /**
   * `summaries`: every document summarised through the cache, full readings on request (check,
   * impact, the lifecycle, list, show …); `full`: every document read in full (render); `register`:
   * the register alone, no documents (the legal commands).
   */
  documents: 'summaries' | 'full' | 'register';
  /** Where to look for the root when `--root` is not given (default: the current folder). */
  from?: string;
  /** Where the files come from (default: the work tree); made once the root is known. */
  source?: (root: string) => FileSource | undefined;
  /** With `summaries`: which documents get the document rules' findings while they are read. */
  findings?: OpenOptions['findings'];
  /**
   * With `summaries`: what to read, decided once the root and the config are known (a scoped check
   * asks git what changed first); overrides `findings`.
   */
  reading?: (root: string, config: QmsConfig) => Pick<OpenOptions, 'findings' | 'frontMatterOnly'> | undefined;
  onProgress?: OpenOptions['onProgress'];
  /** With `summaries`: the command runs the repository rules (see OpenOptions.repositoryRules). */
  repositoryRules?: boolean;
  workers?: number;
  workerHeapMb?: number;
}

/** An opened workspace. */
export interface Workspace {
  root: string;
  loaded: LoadedConfig;
  config: QmsConfig;
  /** The language of messages. */
  language: Language;
  /** The day of the run, as an ISO date. */
  today: string;
  /** The documents (as requested) and the register. */
  repository: RepositoryIndex;
  /** With `summaries`: the opened repository, for the document rules' findings and the cache. */
  opened?: OpenedRepository;
  /** The section templates of the config's language (the repository's own, else the built-in ones), loaded once. */
  templates(): SectionTemplates;
  /**
   * A file's text as it is on disk now (a command edits from it; the writer refuses it if it changes
   * meanwhile). Refused (reason `not-utf8`) when its bytes are not UTF-8: they would not survive a rewrite.
   */
  readText(file: string): string;
  /** Whether a file (path from the root) exists now. */
  exists(file: string): boolean;
  /** The skeleton of a document type for `qms new`, in a language (see workspace/document-templates.ts). */
  documentTemplate(type: string, templateLanguage: Language): DocumentTemplate;
}

/** A workspace read in full: every document (`full`) or none (`register`), and every register entry. */
export interface FullWorkspace extends Workspace {
  repository: Repository;
  /** The register as it would be with these files (path → text) replaced or added, read in memory. */
  registerWith(texts: ReadonlyMap<string, string>): Repository;
}

/** Opens the workspace of a command. */
export function openWorkspace(io: { cwd: string; env: Record<string, string | undefined> }, options: CommonOptions, request: WorkspaceRequest & { documents: 'register' | 'full' }): FullWorkspace;
export function openWorkspace(io: { cwd: string; env: Record<string, string | undefined> }, options: CommonOptions, request: WorkspaceRequest): Workspace;
export function openWorkspace(io: { cwd: string; env: Record<string, string | undefined> }, options: CommonOptions, request: WorkspaceRequest): Workspace {
  const early = earlyLanguage(options.lang, io.env);
  const today = parseDateOption(options.today, '--today', early, localToday());
  const root = findRoot(resolve(io.cwd, options.root ?? request.from ?? '.'));
  const loaded = loadConfig(root);
  const language = resolveLanguage(options.lang, configuredLanguage(loaded), io.env);
  requireSharedFolders(root, loaded.config.legal.shared, language);
  const base = {
    root,
    loaded,
    config: loaded.config,
    language,
    today,
    templates: lazyTemplates(root, loaded.config.language),
    readText: (file: string) => readUtf8(root, file),
    exists: (file: string) => existsSync(join(root, file)),
    documentTemplate: (type: string, templateLanguage: Language) => findTemplate(root, type, templateLanguage, language),
  };
  const source = request.source?.(root);
  const registerWith = (texts: ReadonlyMap<string, string>): Repository => loadRepository(root, loaded, today, overlaySource(root, texts));
  if (request.documents === 'register') {
    const workspace: FullWorkspace = { ...base, registerWith, repository: loadRepository(root, loaded, today, registerOnlySource(root)) };
    return workspace;
  }
  if (request.documents === 'full') {
    const workspace: FullWorkspace = { ...base, registerWith, repository: loadRepository(root, loaded, today, source, { ...optional('onProgress', request.onProgress), ...optional('workers', request.workers), ...optional('workerHeapMb', request.workerHeapMb) }) };
    return workspace;
  }
  const cacheFolder = cacheFolderOf(root, options, io.cwd);
  const opened = openRepository(root, loaded, today, source, {
    ...(cacheFolder ? { cacheFolder } : {}),
    cacheStrategy: cacheStrategyOf(options.cacheStrategy),
    findings: request.findings ?? 'none',
    ...request.reading?.(root, loaded.config),
    ...optional('onProgress', request.onProgress),
    ...optional('repositoryRules', request.repositoryRules),
    ...optional('workers', request.workers),
    ...optional('workerHeapMb', request.workerHeapMb),
  });
  return { ...base, repository: opened.index, opened };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The cache folder for `--cache-location` / `--no-cache` (docs/cache.md), or undefined for none. */
export function cacheFolderOf(root: string, options: Pick<CommonOptions, 'cache' | 'cacheLocation'>, cwd: string): string | undefined {
  if (options.cache === false) return undefined;
  return options.cacheLocation !== undefined ? resolve(cwd, options.cacheLocation) : join(root, DEFAULT_CACHE_LOCATION);
}

/** `--cache-strategy`: metadata (the default) or content. */
export function cacheStrategyOf(value: string | undefined): 'metadata' | 'content' {
  if (value === undefined || value === 'metadata' || value === 'content') return value ?? 'metadata';
  throw new QmsError(both('usage.cache-strategy', { value }), { reason: 'usage' });
}

/** The work tree with its register entries only. */
export function registerOnlySource(root: string): FileSource {
  const base = workTreeSource(root);
  return {
    label: base.label,
    list: (documents, legal) => {
      const listed = base.list(documents, legal);
      return { documents: [], legal: listed.legal, tthc: listed.tthc };
    },
    readAll: (files) => base.readAll(files),
  };
}

/**
 * The work tree's register (and TTHC records) as it would be with some files replaced or added
 * (`texts`: path relative to the root → text), without touching the disk. New paths count only
 * where the config's `legal` globs or the TTHC folder take them.
 */
export function overlaySource(root: string, texts: ReadonlyMap<string, string>): FileSource {
  const base = workTreeSource(root);
  return {
    label: 'the work tree with the new register text',
    list: (documents, legal) => {
      const listed = base.list(documents, legal);
      const known = new Set([...listed.legal, ...listed.tthc]);
      const added = [...texts.keys()].filter((file) => !known.has(file));
      // Classified again together: the agency's own entries before the shared registers'.
      const classified = classifyFiles([...listed.legal, ...listed.tthc, ...added], documents, legal);
      return { documents: [], legal: classified.legal, tthc: classified.tthc };
    },
    readAll: (files) => {
      const inner = base.readAll(files);
      return { get: (file) => texts.get(file) ?? inner.get(file) };
    },
  };
}

/** A work tree file's text, refused when it is not UTF-8. */
function readUtf8(root: string, file: string): string {
  const bytes = readWorkTreeBytes(root, file);
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) throw notUtf8Error(file);
  return text;
}

/** Opening a repository for checking: every document summarised from the cache or read afresh, findings and full readings on demand, cache keys. */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_FORMAT, contentHash, currentSignature, DocumentCache, statSignature, type CachedDocument } from './cache.js';
import type { LoadedConfig } from '../config/types.js';
import type { ControlledDocument } from '../model/document.js';
import { readControlledDocument } from '../document/read-document.js';
import { readWorkTreeFile, workTreeSource, type FileSource } from './source.js';
import type { Finding, ReadingOptions, RepositoryIndex } from '../model/repository.js';
import { repositoryTemplatesText } from './templates.js';
import { qmsVersion } from '../version.js';
import { readRegister } from './read-full.js';
import { registerFilesOf } from '../config/file-sets.js';
import { type LoadStats } from '../model/repository.js';
import { documentReadContext, indexByCode } from '../model/reading.js';
import { readInParallel, workerCount, type WorkItem } from './parallel.js';
import { enabledRules } from '../lint/run.js';
import { readWithStat, scanDocument, type ScanContext } from './scan.js';
import { documentFindings } from '../lint/run.js';
import { lazyTemplates } from './templates.js';

export interface OpenOptions {
  /** Folder of the cache; no cache when absent. */
  cacheFolder?: string;
  /**
   * `metadata` (the default): a file whose size, times and inode are those the cache recorded is
   * not read again. `content`: every file is read and hashed.
   */
  cacheStrategy?: 'metadata' | 'content';
  /** Which documents get the document rules' findings while they are read (others: on demand). */
  findings?: 'all' | 'none' | ((file: string) => boolean);
  /** Called as documents are read (for a progress line). */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads to read with (0: this thread); decided by the count and the cores when absent. */
  workers?: number;
}

/** A repository opened for checking: every document summarised, full readings on demand. */
export interface OpenedRepository {
  index: RepositoryIndex;
  /** The document rules' findings on these documents: from the cache, from the reading, or computed now. */
  documentFindings(files: readonly string[]): Finding[];
  /** Keeps what this run made for the next (call after `documentFindings`, whose findings it keeps too). */
  saveCache(): void;
}

/**
 * Opens a repository for `qms check`, `qms impact`, the lookup and the lifecycle commands: reads
 * the register, then summarises every
 * controlled document — from the cache when the file is unchanged, else by reading it (on worker
 * threads when there are many), running the document rules on it at the same time when asked.
 */
export function openRepository(root: string, loaded: LoadedConfig, today: string, source: FileSource = workTreeSource(root), options: OpenOptions = {}): OpenedRepository {
  const { config } = loaded;
  const files = source.list(config.documents, registerFilesOf(config));
  const { legal, legalTexts, tthcRecords, register, registerHash } = readRegister(source, files.legal, config.legal.shared, files.tthc);
  const context: ScanContext = { read: documentReadContext(config, register), root, config, today, register, rules: enabledRules(config), templates: lazyTemplates(root, config.language) };
  const keys = cacheKeys(loaded, registerHash, root, today);
  const cache = options.cacheFolder ? DocumentCache.open(options.cacheFolder, keys.model, keys.findings) : undefined;
  const wantsFindings = options.findings === 'all' ? () => true : options.findings === undefined || options.findings === 'none' ? () => false : options.findings;
  const started = performance.now();

  const entries = new Map<string, CachedDocument>();
  const readings = new Map<string, ControlledDocument>();
  let hits = 0;
  const fromCache = (file: string, stat: string | null): void => {
    hits++;
    const cached = cache!.peek(file)!;
    if (cached.stat === stat) cache!.keep(file);
    else cache!.set(file, { ...cached, stat });
    entries.set(file, cached);
  };
  const fresh = (file: string, entry: CachedDocument): void => {
    entries.set(file, entry);
    cache?.set(file, entry);
  };

  // What the cache proves unchanged without reading; the rest is read.
  const pending: WorkItem[] = [];
  const checkStat = source.workTree !== undefined && options.cacheStrategy !== 'content';
  for (const file of files.documents) {
    const cached = cache?.peek(file);
    const findings = wantsFindings(file);
    const usable = cached !== undefined && (!findings || cached.findings !== undefined);
    if (usable && checkStat && cached.stat !== null && cached.stat === signatureNow(root, file)) fromCache(file, cached.stat);
    else pending.push({ file, findings, ...(usable ? { cachedHash: cached.hash } : {}) });
  }

  const workers = source.workTree === undefined ? 0 : workerCount(pending.length, options.workers);
  const parallel = workers > 0;
  let texts: { get(file: string): string | undefined } | undefined;
  if (parallel) {
    const results = readInParallel({ root, config, legal: legalTexts, tthc: tthcRecords, today, keepDocuments: false, cache: cache !== undefined }, pending, workers, options.onProgress);
    for (const result of results) {
      if (result.hit) fromCache(result.file, result.stat);
      else fresh(result.file, result.entry);
    }
  } else {
    // Git sources read every blob in one batch, and keep them for full readings later.
    texts = source.workTree === undefined ? source.readAll(pending.map((item) => item.file)) : undefined;
    pending.forEach((item, done) => {
      options.onProgress?.(done, pending.length);
      const read = texts ? { text: texts.get(item.file)! } : readWithStat(root, item.file);
      if (item.cachedHash !== undefined && item.cachedHash === contentHash(read.text)) {
        fromCache(item.file, 'stats' in read ? statSignature(read.stats, read.readAt) : null);
        return;
      }
      // Small repositories and git sources: the reading is kept (read() returns it later).
      const scanned = scanDocument(item.file, read.text, context, { findings: item.findings, keepReading: true, cache: cache !== undefined, stat: 'stats' in read ? read : undefined });
      readings.set(item.file, scanned.document);
      fresh(item.file, scanned.entry);
    });
  }

  const textOf = (file: string): string => texts?.get(file) ?? readWorkTreeFile(root, file);
  // Readings without content hashes serve callers that never compare content (qms impact).
  const lightReadings = new Map<string, ControlledDocument>();
  const read = (file: string, options: ReadingOptions = {}): ControlledDocument | undefined => {
    if (!entries.has(file)) return undefined;
    const light = options.contentHashes === false;
    let document = readings.get(file) ?? (light ? lightReadings.get(file) : undefined);
    if (!document) {
      document = readControlledDocument(file, textOf(file), context.read, { contentHashes: !light });
      (light ? lightReadings : readings).set(file, document);
    }
    return document;
  };
  // Measured: for the few hundred documents qms impact reads, starting workers costs more than it saves.
  const readMany = (wanted: readonly string[], options: ReadingOptions = {}): ControlledDocument[] =>
    wanted.map((file) => read(file, options)).filter((d) => d !== undefined);
  const summaries = files.documents.map((file) => entries.get(file)!.summary);
  const stats: LoadStats = { documents: summaries.length, legal: legal.length, parallel, cacheHits: hits, filesRead: pending.length, milliseconds: Math.round(performance.now() - started) };
  const index: RepositoryIndex = { root, config, today, documents: summaries, legal, register, byCode: indexByCode(summaries), read, readMany, stats };

  return {
    index,
    documentFindings(wanted) {
      const findings: Finding[] = [];
      for (const file of wanted) {
        const entry = entries.get(file);
        if (!entry) continue;
        if (!entry.findings) {
          const completed = { ...entry, findings: documentFindings(read(file)!, textOf(file), context) };
          entries.set(file, completed);
          cache?.set(file, completed);
        }
        findings.push(...entries.get(file)!.findings!);
      }
      return findings;
    },
    saveCache: () => cache?.save(),
  };
}

/** The file's size, times and inode now; null when it cannot be seen (it will be read, and fail clearly). */
function signatureNow(root: string, file: string): string | null {
  try {
    return currentSignature(statSync(join(root, file)));
  } catch {
    return null;
  }
}

/**
 * What the cache depends on besides each file: summaries on qms itself, the config text and the
 * register's texts; the document rules' findings also on the day and the section templates.
 */
export function cacheKeys(loaded: LoadedConfig, registerHash: string, root: string, today: string, version = qmsVersion()): { model: string; findings: string } {
  const model = createHash('sha1').update(`${version}\0${CACHE_FORMAT}\0${loaded.source}\0${registerHash}`).digest('hex');
  let templates = '';
  try {
    templates = repositoryTemplatesText(root, loaded.config.language) ?? '';
  } catch {
    // no templates of the repository's own: the built-in ones, part of the version
  }
  return { model, findings: createHash('sha1').update(`${model}\0${today}\0${templates}`).digest('hex') };
}

/** Opening a repository for checking: every document summarised from the cache or read afresh, findings and full readings on demand, cache keys. */
import { createHash } from 'node:crypto';
import { CACHE_FORMAT, contentHash, currentSignature, DocumentCache, statSignature, type CachedDocument, type DerivedPart } from './cache.js';
import type { LoadedConfig } from '../config/types.js';
import type { ControlledDocument, DocumentSummary } from '../model/document.js';
import { readControlledDocument } from '../document/read-document.js';
import { compactFindings, compactSummary, CompactPool } from '../model/compact.js';
import { readListedDocument, readListedFrontMatter, workTreeSource, type FileSource } from './source.js';
import type { Finding, ReadingOptions, RepositoryIndex } from '../model/repository.js';
import { repositoryTemplatesText } from './templates.js';
import { qmsVersion } from '../version.js';
import { registerState, type RegisterState } from './register-state.js';
import { statAhead } from './stat-ahead.js';
import type { FileState } from './signature.js';
import { registerFilesOf, type RepositoryFiles } from '../config/file-sets.js';
import { type LoadStats } from '../model/repository.js';
import { documentReadContext, indexByCode } from '../model/reading.js';
import { PARALLEL_THRESHOLD, readInParallel, workerCount, type RegisterForWorkers, type WorkerResult, type WorkItem } from './parallel.js';
import { enabledRules } from '../lint/run.js';
import { scanDocument, type ScanContext } from './scan.js';
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
  /**
   * Documents read for their front matter only (outside a scoped check's report, when every
   * repository rule says that is all it needs of them: RuleMeta.outOfScope). Without a cache only:
   * a cache keeps whole summaries.
   */
  frontMatterOnly?: (file: string) => boolean;
  /** Called as documents are read (for a progress line). */
  onProgress?: (done: number, total: number) => void;
  /** The run asks for the repository rules' findings (qms check): the cache's record of them is parsed as it opens. */
  repositoryRules?: boolean;
  /** Worker threads to read with (0: this thread); decided by the count and the cores when absent. */
  workers?: number;
  /** Each worker thread's heap limit in MB (WORKER_HEAP_MB when absent). */
  workerHeapMb?: number;
}

/** A repository opened for checking: every document summarised, full readings on demand. */
export interface OpenedRepository {
  index: RepositoryIndex;
  /** The repository's files: controlled documents, register entries and TTHC records (paths from the root). */
  files: RepositoryFiles;
  /** The document rules' findings on these documents: from the cache, from the reading, or computed now. */
  documentFindings(files: readonly string[]): Finding[];
  /**
   * The findings of the repository rules that see the repository alone (not a base: not change/*),
   * on the whole repository: those the cache recorded when none of their inputs changed, else
   * `compute()`'s (recorded for the next run). A run that reports on some files (`only`) is given
   * theirs when recalled, else all, which it narrows after; without a cache to record them in, it
   * computes them for those files alone (`compute(only)`).
   */
  repositoryFindings(compute: (only?: (file: string) => boolean) => Finding[], only?: (file: string) => boolean): Finding[];
  /**
   * A JSON value made from every document's summary alone (`qms impact`'s look-up index): the one
   * the cache recorded under the same summaries (same keys, every document's content; `format`
   * names what `build` makes), else `build()`'s, recorded for the next run. `part`: the cache part
   * it is kept in (one value each).
   */
  summariesIndex<T>(format: string, build: () => T, part?: DerivedPart): T;
  /** Keeps what this run made for the next (call after `documentFindings`, whose findings it keeps too). */
  saveCache(): void;
}

/**
 * Opens a repository for `qms check`, `qms impact`, the lookup and the lifecycle commands: reads
 * the register (or, unchanged, only its hash), then summarises every controlled document — from
 * the cache when the file is unchanged, else by reading it (on worker threads when there are
 * many), running the document rules on it at the same time when asked. Summaries, the register
 * and the readings are made on first use: a check that finds nothing changed parses none of them.
 */
export function openRepository(root: string, loaded: LoadedConfig, today: string, source: FileSource = workTreeSource(root), options: OpenOptions = {}): OpenedRepository {
  const { config } = loaded;
  const files = source.list(config.documents, registerFilesOf(config));
  const cache = options.cacheFolder ? DocumentCache.open(options.cacheFolder) : undefined;
  const checkStat = source.workTree !== undefined && options.cacheStrategy !== 'content';
  // The documents' states, which prove them unchanged, taken on another thread while this one
  // stats the register's files and parses the cache's index.
  const documentStates = cache?.hasRecord() && checkStat ? statAhead(root, files.documents).stateOf : undefined;
  // With a cache, the register's hash is part of its keys; without one, the register is read when
  // first needed (with workers: while they start on the documents).
  let registerRead: RegisterState | undefined;
  const registerNow = (): RegisterState => (registerRead ??= registerState(source, files, config.legal.shared, cache ? { recorded: cache.recordedRegister() } : undefined));
  const keys = cache ? cacheKeys(loaded, registerNow().hash, root, today) : NO_CACHE_KEYS;
  cache?.use(keys.model, keys.findings, options.repositoryRules ? 'now' : 'when-asked');
  let context: ScanContext | undefined;
  const contextNow = (): ScanContext => {
    const { register } = registerNow().read();
    return (context ??= { read: documentReadContext(config, register), root, config, today, register, rules: enabledRules(config), templates: lazyTemplates(root, config.language) });
  };
  const frontMatterOnly = cache === undefined ? options.frontMatterOnly : undefined;
  const wantsFindings = options.findings === 'all' ? () => true : options.findings === undefined || options.findings === 'none' ? () => false : options.findings;
  const started = performance.now();

  // What this run made; every other document is as the cache recorded it.
  const made = new Map<string, CachedDocument>();
  const hashes = new Map<string, string>();
  const signatures = new Map<string, string | null>();
  const readings = new Map<string, ControlledDocument>();
  let hits = 0;
  const fromCache = (file: string, hash: string, stat: string | null): void => {
    hits++;
    hashes.set(file, hash);
    signatures.set(file, stat);
    cache!.keep(file, stat);
  };
  // Every summary and finding is kept for the whole run: in its compact form (see model/compact.ts).
  const pool = new CompactPool();
  const fresh = (file: string, entry: CachedDocument): void => {
    entry.summary = compactSummary(entry.summary, file, pool);
    if (entry.findings) entry.findings = compactFindings(entry.findings, file, pool);
    made.set(file, entry);
    // Kept for the cache alone (its keys, the state it records): not a map per document without one.
    if (!cache) return;
    hashes.set(file, entry.hash);
    signatures.set(file, entry.stat);
    cache.set(file, entry);
  };

  // What the cache proves unchanged without reading; the rest is read.
  const pending: WorkItem[] = [];
  // A commit or the index names each file's content by git's object id, which the cache's content
  // hash is: a document git says is unchanged is not read (a pre-commit hook checks the index).
  const blobIds = cache ? source.blobIds?.() : undefined;
  for (const [index, file] of files.documents.entries()) {
    const cached = cache?.peek(file);
    const findings = wantsFindings(file);
    const usable = cached !== undefined && (!findings || cached.findings);
    if (usable && documentStates && cached.stat !== null && cached.stat === signatureOf(documentStates(index))) fromCache(file, cached.hash, cached.stat);
    else if (usable && blobIds?.get(file) === cached.hash) fromCache(file, cached.hash, cached.stat);
    else if (frontMatterOnly?.(file) && !findings) pending.push({ file, findings, frontMatterOnly: true });
    else pending.push({ file, findings, ...(usable ? { cachedHash: cached.hash } : {}) });
  }

  // A scoped check (--changed-only) runs the document rules on a few documents and reads the rest
  // for their front matter: the few are read here, where the TTHC records the rules need are read
  // anyway, while the workers read the rest (they then need no copy of the records).
  const checked = pending.filter((item) => item.findings);
  const here = checked.length <= FEW_CHECKED && checked.length < pending.length ? checked : [];
  const toWorkers = here.length > 0 ? pending.filter((item) => !item.findings) : pending;
  const workers = source.workTree === undefined ? 0 : workerCount(toWorkers.length, options.workers);
  const parallel = workers > 0;
  let replaced = 0;
  // A commit or the index: its documents' texts, read from git in batches (the documents read now,
  // then those a later reading needs) and kept, never from the work tree, which may hold other text.
  const known = new Set(files.documents);
  const fromGit = new Map<string, string>();
  const readFromGit = (wanted: readonly string[]): void => {
    const missing = wanted.filter((file) => known.has(file) && !fromGit.has(file));
    if (missing.length === 0) return;
    const read = source.readAll(missing);
    for (const file of missing) fromGit.set(file, read.get(file) ?? '');
  };
  /** Reads `items` on this thread. */
  const readHere = (items: readonly WorkItem[]): void => {
    if (source.workTree === undefined) readFromGit(items.map((item) => item.file));
    const keep = items.length < PARALLEL_THRESHOLD;
    items.forEach((item, done) => {
      if (!parallel) options.onProgress?.(done, items.length);
      const read = source.workTree === undefined ? { text: fromGit.get(item.file)! } : item.frontMatterOnly ? { text: readListedFrontMatter(root, item.file) } : readListedDocument(root, item.file);
      if (item.cachedHash !== undefined && item.cachedHash === contentHash(read.text)) {
        fromCache(item.file, item.cachedHash, 'stats' in read ? statSignature(read.stats, read.readAt) : null);
        return;
      }
      // Small repositories: the reading is kept (read() returns it later). A large repository read
      // on one thread (one core, QMS_WORKERS=0, a commit or the index) keeps none: at 10,000
      // procedures the kept readings took a cold check from 435 to 659 MB (of a commit, 405 to 663 MB).
      // A git source keeps its texts, so reading a document again asks nothing of git.
      const light = item.frontMatterOnly === true;
      const scanned = scanDocument(item.file, read.text, contextNow(), { findings: item.findings, keepReading: keep && !light, cache: cache !== undefined, stat: 'stats' in read ? read : undefined, frontMatterOnly: light });
      if (keep && !light) readings.set(item.file, scanned.document);
      fresh(item.file, scanned.entry);
    });
  };
  if (parallel) {
    const register: RegisterForWorkers = { legal: () => registerNow().read().legalTexts, tthc: () => registerNow().read().tthcRecords };
    const take = (result: WorkerResult): void => {
      if (result.hit) fromCache(result.file, cache!.peek(result.file)!.hash, result.stat);
      else fresh(result.file, result.entry);
    };
    readInParallel({ root, config, today, keepDocuments: false, cache: cache !== undefined }, register, toWorkers, workers, take, {
      onProgress: options.onProgress,
      heapMb: options.workerHeapMb,
      onReplaced: () => replaced++,
      meanwhile: () => readHere(here),
      // A scoped check reads the records its checked documents name (Register.tthcRecord), not all.
      tthcMeanwhile: frontMatterOnly === undefined,
    });
  } else if (pending.length > 0) {
    readHere(pending);
  }

  const textOf = (file: string): string => {
    if (source.workTree !== undefined) return readListedDocument(root, file).text;
    readFromGit([file]);
    return fromGit.get(file) ?? '';
  };
  // Readings without content hashes serve callers that never compare content (qms impact); without
  // citations, callers that compare nothing else (the change rules).
  const lightReadings = new Map<string, ControlledDocument>();
  const uncitedReadings = new Map<string, ControlledDocument>();
  const read = (file: string, options: ReadingOptions = {}): ControlledDocument | undefined => {
    if (!known.has(file)) return undefined;
    const light = options.contentHashes === false;
    const uncited = !light && options.citations === false;
    let document = readings.get(file) ?? (light ? lightReadings.get(file) : uncited ? uncitedReadings.get(file) : undefined);
    if (!document) {
      document = readControlledDocument(file, textOf(file), contextNow().read, { contentHashes: !light, ...(uncited ? { citations: false } : {}) });
      (light ? lightReadings : uncited ? uncitedReadings : readings).set(file, document);
    }
    return document;
  };
  // Measured: for the few hundred documents qms impact reads, starting workers costs more than it saves.
  const readMany = (wanted: readonly string[], options: ReadingOptions = {}): ControlledDocument[] => {
    if (source.workTree === undefined) readFromGit(wanted.filter((file) => !readings.has(file)));
    return wanted.map((file) => read(file, options)).filter((d) => d !== undefined);
  };
  // A cached entry whose summary is missing (a damaged part of the cache file) is read again.
  const summaryOf = (file: string): DocumentSummary =>
    made.get(file)?.summary ?? cache?.summary(file) ?? scanDocument(file, textOf(file), contextNow(), { findings: false, keepReading: false, cache: false }).entry.summary;
  let summaries: DocumentSummary[] | undefined;
  let byCode: ReadonlyMap<string, readonly DocumentSummary[]> | undefined;
  const documentsNow = (): DocumentSummary[] => (summaries ??= files.documents.map(summaryOf));
  const stats: LoadStats = { documents: files.documents.length, legal: files.legal.length, parallel, ...(parallel && here.length > 0 ? { readOnMain: here.length } : {}), cacheHits: hits, filesRead: pending.length, workersReplaced: replaced, registerRecorded: registerRead?.recorded ?? false, milliseconds: Math.round(performance.now() - started) };
  const index: RepositoryIndex = {
    root,
    config,
    today,
    get documents() {
      return documentsNow();
    },
    get legal() {
      return registerNow().read().legal;
    },
    get register() {
      return registerNow().read().register;
    },
    get byCode() {
      return (byCode ??= indexByCode(documentsNow()));
    },
    read,
    readMany,
    stats,
  };

  const digestOf = (key: string): string | undefined => (cache && files.documents.every((file) => hashes.get(file)) ? inputsDigest(key, files.documents, hashes) : undefined);
  const findingsOf = (file: string): Finding[] | undefined => made.get(file)?.findings ?? cache?.findings(file);
  return {
    index,
    files,
    documentFindings(wanted) {
      const findings: Finding[] = [];
      for (const file of wanted) {
        if (!known.has(file)) continue;
        let found = findingsOf(file);
        if (!found) {
          found = documentFindings(read(file)!, textOf(file), contextNow());
          fresh(file, { hash: hashes.get(file) ?? '', stat: signatures.get(file) ?? null, summary: summaryOf(file), findings: found });
        }
        findings.push(...found);
      }
      return findings;
    },
    repositoryFindings(compute, only) {
      // Every input of the repository rules, when the cache knows them all: the keys (version,
      // config, register, day, templates) and each document's content.
      const digest = digestOf(keys.findings);
      if (digest === undefined) return compute(only);
      // Only `only`'s files: the memo of a messy repository holds some 50,000 findings.
      const recalled = cache!.recalled(digest, only);
      if (recalled) return recalled;
      const computed = compute();
      cache!.remember(digest, computed);
      return computed;
    },
    summariesIndex<T>(format: string, build: () => T, part: DerivedPart = 'lookup'): T {
      // The summaries depend on the model key (version, config, register) and each document's content.
      const digest = digestOf(`${keys.model}\0${format}`);
      const recalled = digest === undefined ? undefined : cache!.recalledDerived(digest, part);
      if (recalled !== undefined) return recalled as T;
      const built = build();
      if (digest !== undefined) cache!.rememberDerived(digest, built, part);
      return built;
    },
    saveCache: () => {
      if (!cache) return;
      cache.recordRegister(registerNow().recordNow());
      cache.save();
    },
  };
}

/**
 * At most this many documents checked by the document rules, among many read for their front
 * matter alone, are read on the main thread while workers read the others (a scoped check).
 */
const FEW_CHECKED = 200;

/** No run without a cache uses its keys (digestOf has nothing to digest them with). */
const NO_CACHE_KEYS = { model: '', findings: '' } as const;

/** A digest of a key and every document with its content hash, in order (what the repository rules, or an index, were made from). */
function inputsDigest(findingsKey: string, documents: readonly string[], hashes: ReadonlyMap<string, string>): string {
  const digest = createHash('sha1').update(findingsKey);
  for (const file of documents) digest.update(`\0${file}\0${hashes.get(file)}`);
  return digest.digest('hex');
}

/** The signature of a file's state; null when it could not be seen (it will be read, and fail clearly). */
function signatureOf(state: FileState | null): string | null {
  return state ? currentSignature(state) : null;
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

/** Reading a whole repository in full (register, then every document, in parallel when many) for render, lifecycle and register commands. */
import { createHash } from 'node:crypto';
import type { LoadedConfig } from '../config/types.js';
import type { ControlledDocument, LegalEntry } from '../model/document.js';
import { readControlledDocument } from '../document/read-document.js';
import { readLegalEntry } from '../document/read-legal.js';
import { registerFilesOf, sharedRegisterIndex } from '../config/file-sets.js';
import { readTthcRecord } from '../document/read-tthc.js';
import { Register } from '../model/register.js';
import type { TthcIndexEntry, TthcRecord } from '../model/tthc.js';
import { workTreeSource, type FileSource } from './source.js';
import { readInParallel, workerCount, type RegisterForWorkers, type WorkerResult } from './parallel.js';
import { lazyTemplates } from './templates.js';
import { documentReadContext, indexByCode } from '../model/reading.js';
import type { LoadStats, Repository } from '../model/repository.js';

/**
 * Reads a whole repository in full: the register first (citations in documents resolve through
 * it), then every controlled document, on worker threads when there are many. For the commands
 * that work on documents' full readings (render, the lifecycle and register commands); `qms check`
 * and `qms impact` open the repository through the cache instead (open.ts). Reading never throws on
 * bad content; unreadable files become problems.
 */
export function loadRepository(root: string, loaded: LoadedConfig, today: string, source: FileSource = workTreeSource(root), options: LoadOptions = {}): Repository {
  const { config } = loaded;
  const files = source.list(config.documents, registerFilesOf(config));
  const registerReading = readRegister(source, files.legal, config.legal.shared, files.tthc);
  const { legal, legalTexts, register } = registerReading;
  const started = performance.now();
  const workers = source.workTree === undefined ? 0 : workerCount(files.documents.length, options.workers);
  const parallel = workers > 0;
  let documents: ControlledDocument[];
  const texts = new Map<string, string>();
  let replaced = 0;
  if (parallel) {
    const job = { root, config, today, keepDocuments: true, cache: false };
    const results = new Map<string, WorkerResult>();
    const register: RegisterForWorkers = { legal: () => legalTexts, tthc: () => registerReading.tthcRecords };
    readInParallel(job, register, files.documents.map((file) => ({ file, findings: false })), workers, (result) => results.set(result.file, result), { onProgress: options.onProgress, heapMb: options.workerHeapMb, onReplaced: () => replaced++ });
    documents = files.documents.map((file) => {
      const result = results.get(file);
      if (!result || result.hit || !result.document || result.text === undefined) throw new Error(`a worker did not read ${file}`);
      texts.set(file, result.text);
      return result.document;
    });
  } else {
    const context = documentReadContext(config, register);
    const read = source.readAll(files.documents);
    documents = files.documents.map((file, index) => {
      options.onProgress?.(index, files.documents.length);
      const text = read.get(file)!;
      texts.set(file, text);
      return readControlledDocument(file, text, context);
    });
  }
  const stats: LoadStats = { documents: documents.length, legal: legal.length, parallel, cacheHits: 0, filesRead: documents.length, workersReplaced: replaced, milliseconds: Math.round(performance.now() - started) };
  const byFile = new Map(documents.map((d) => [d.file, d]));
  const read = (file: string): ControlledDocument | undefined => byFile.get(file);
  const readMany = (files: readonly string[]): ControlledDocument[] => files.map(read).filter((d) => d !== undefined);
  return { root, config, today, documents, legal, register, byCode: indexByCode(documents), read, readMany, stats, texts, templates: lazyTemplates(root, config.language) };
}

/** A file and its text, as handed to worker threads. */
export interface FileText {
  file: string;
  text: string;
}

/**
 * The register's entries, their texts (for workers) and a hash of them all (`hash`: for cache keys), with
 * the TTHC records read alongside (`tthcFiles`): a changed record changes the hash, so the
 * findings cached on the procedures that handle it are computed again. The records are parsed
 * when first asked for (`tthcRecords`, or the register's TTHC catalogue).
 */
export function readRegister(
  source: FileSource,
  files: readonly string[],
  shared: readonly string[],
  tthcFiles: readonly string[] = [],
  options: { hash?: true; tthcIndex?: readonly TthcIndexEntry[] } = {},
): { legal: LegalEntry[]; legalTexts: FileText[]; readonly tthcRecords: TthcRecord[]; register: Register; registerHash: string } {
  const texts = source.readAll([...files, ...tthcFiles]);
  // The hash is for a cache's keys (`hash`), when no recorded one stands; without it, the TTHC
  // records are not read until wanted.
  const hashing = options.hash === true;
  const hash = createHash('sha1');
  const legalTexts = files.map((file) => {
    const text = texts.get(file)!;
    if (hashing) hash.update(`${file}\0${text}\0`);
    return { file, text };
  });
  // Texts read for the hash are kept until the records are parsed (a cold run parses them next):
  // the work tree would read each file again (it keeps no text), a git source keeps its blobs anyway.
  let hashed: Map<string, string> | undefined = hashing && source.workTree !== undefined ? new Map() : undefined;
  if (hashing) {
    for (const file of tthcFiles) {
      const text = texts.get(file)!;
      hashed?.set(file, text);
      hash.update(`tthc\0${file}\0${text}\0`);
    }
  }
  // One object a record, whether a run reads it alone (Register.tthcRecord) or with all the others.
  const readOne = new Map<string, TthcRecord>();
  const recordOf = (file: string): TthcRecord => {
    let record = readOne.get(file);
    if (!record) {
      record = readTthcRecord(file, hashed?.get(file) ?? texts.get(file)!);
      readOne.set(file, record);
    }
    return record;
  };
  let records: TthcRecord[] | undefined;
  const tthcRecords = (): TthcRecord[] => {
    records ??= tthcFiles.map(recordOf);
    hashed = undefined;
    return records;
  };

  const legal = legalTexts.map(({ file, text }) => {
    const entry = readLegalEntry(file, text);
    const register = shared[sharedRegisterIndex(file, shared)];
    if (register !== undefined) entry.register = register;
    return entry;
  });
  return {
    legal,
    legalTexts,
    get tthcRecords() {
      return tthcRecords();
    },
    register: new Register(
      legal,
      tthcRecords,
      options.tthcIndex ? { entries: options.tthcIndex, read: (file) => readTthcRecord(file, texts.get(file)!) } : undefined,
      options.tthcIndex ? undefined : { files: tthcFiles, read: recordOf },
    ),
    registerHash: hashing ? hash.digest('hex') : '',
  };
}


export interface LoadOptions {
  /** Called as documents are read (for a progress line). */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads to read with (0: this thread); decided by the count and the cores when absent. */
  workers?: number;
  /** Each worker thread's heap limit in MB (WORKER_HEAP_MB when absent). */
  workerHeapMb?: number;
}

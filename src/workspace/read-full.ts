import { createHash } from 'node:crypto';
import type { LoadedConfig, QmsConfig } from '../config/types.js';
import type { ControlledDocument, LegalEntry } from '../model/document.js';
import { createMentionMatcher } from '../document/mentions.js';
import { readControlledDocument, type DocumentReadContext } from '../document/read-document.js';
import { readLegalEntry } from '../document/read-legal.js';
import { Register } from '../model/register.js';
import { workTreeSource, type FileSource } from './source.js';
import { readInParallel, workerCount } from './parallel.js';
import { codeKey } from '../model/documents.js';
import type { Repository } from '../model/repository.js';

/**
 * Reads a whole repository in full: the register first (citations in documents resolve through
 * it), then every controlled document, on worker threads when there are many. For the commands
 * that work on documents' full readings (render, the lifecycle and register commands); `qms check`
 * and `qms impact` open the repository through the cache instead (open.ts). Reading never throws on
 * bad content; unreadable files become problems.
 */
export function loadRepository(root: string, loaded: LoadedConfig, today: string, source: FileSource = workTreeSource(root), options: LoadOptions = {}): Repository {
  const { config } = loaded;
  const files = source.list(config.documents, config.legal);
  const { legal, legalTexts, register } = readRegister(source, files.legal);
  const started = performance.now();
  const workers = source.workTree === undefined ? 0 : workerCount(files.documents.length, options.workers);
  const parallel = workers > 0;
  let documents: ControlledDocument[];
  if (parallel) {
    const job = { root, config, legal: legalTexts, today, keepDocuments: true, cache: false };
    const results = new Map(readInParallel(job, files.documents.map((file) => ({ file, findings: false })), workers, options.onProgress).map((r) => [r.file, r]));
    documents = files.documents.map((file) => {
      const result = results.get(file);
      if (!result || result.hit || !result.document) throw new Error(`a worker did not read ${file}`);
      return result.document;
    });
  } else {
    const context = documentReadContext(config, register);
    const texts = source.readAll(files.documents);
    documents = files.documents.map((file, index) => {
      options.onProgress?.(index, files.documents.length);
      return readControlledDocument(file, texts.get(file)!, context);
    });
  }
  const stats: LoadStats = { documents: documents.length, legal: legal.length, parallel, cacheHits: 0, filesRead: documents.length, milliseconds: Math.round(performance.now() - started) };
  const byFile = new Map(documents.map((d) => [d.file, d]));
  const read = (file: string): ControlledDocument | undefined => byFile.get(file);
  const readMany = (files: readonly string[]): ControlledDocument[] => files.map(read).filter((d) => d !== undefined);
  return { root, config, today, documents, legal, register, byCode: indexByCode(documents), read, readMany, source, stats };
}

/** The register's entries, their texts (for workers) and a hash of them all (for cache keys). */
export function readRegister(source: FileSource, files: readonly string[]): { legal: LegalEntry[]; legalTexts: Array<{ file: string; text: string }>; register: Register; registerHash: string } {
  const texts = source.readAll(files);
  const hash = createHash('sha1');
  const legalTexts = files.map((file) => {
    const text = texts.get(file)!;
    hash.update(`${file}\0${text}\0`);
    return { file, text };
  });
  const legal = legalTexts.map(({ file, text }) => readLegalEntry(file, text));
  return { legal, legalTexts, register: new Register(legal), registerHash: hash.digest('hex') };
}

/** How a repository was read, for `QMS_DEBUG=1`. */
export interface LoadStats {
  documents: number;
  legal: number;
  /** Read on worker threads. */
  parallel: boolean;
  /** Documents whose summary (and findings) came from the cache. */
  cacheHits: number;
  /** Documents read from disk; the others the cache proved unchanged by their size, times and inode. */
  filesRead: number;
  milliseconds: number;
}

export interface LoadOptions {
  /** Called as documents are read (for a progress line). */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads to read with (0: this thread); decided by the count and the cores when absent. */
  workers?: number;
}

/** What reading a controlled document needs of the config and the register. */
export function documentReadContext(config: QmsConfig, register: Register): DocumentReadContext {
  return {
    recognizer: register.recognizer,
    legalKeys: new Set(register.byKey.keys()),
    mentions: createMentionMatcher(Object.values(config.types).map((t) => t.pattern)),
  };
}

/** Documents by code (NFC); a duplicated code maps to all its holders. */
export function indexByCode<D extends { code?: { value: string } }>(documents: readonly D[]): Map<string, D[]> {
  const byCode = new Map<string, D[]>();
  for (const document of documents) {
    if (!document.code) continue;
    const key = codeKey(document.code.value);
    const list = byCode.get(key);
    if (list) list.push(document);
    else byCode.set(key, [document]);
  }
  return byCode;
}

import { createHash } from 'node:crypto';
import { contentHash, DocumentCache } from '../cache/document-cache.js';
import type { LoadedConfig, QmsConfig } from '../config/types.js';
import { QMS_VERSION } from '../version.js';
import type { ControlledDocument } from '../document/model.js';
import { createMentionMatcher } from '../document/mentions.js';
import { readControlledDocument, type DocumentReadContext } from '../document/read-document.js';
import { readLegalEntry } from '../document/read-legal.js';
import { Register } from '../register/register.js';
import { workTreeSource, type FileSource } from '../repo/source.js';
import { canReadInParallel, readInParallel } from './parallel.js';
import { codeKey } from '../rules/util.js';
import type { Repository } from '../rules/types.js';

/**
 * Reads a whole repository: the register first (citations in documents resolve through it), then
 * every controlled document. Reading never throws on bad content; unreadable files become problems.
 */
export function loadRepository(root: string, loaded: LoadedConfig, today: string, source: FileSource = workTreeSource(root), options: LoadOptions = {}): Repository {
  const { config } = loaded;
  const files = source.list(config.documents, config.legal);
  const legalTexts = source.readAll(files.legal);
  const registerHash = createHash('sha1');
  const legal = files.legal.map((file) => {
    const text = legalTexts.get(file)!;
    registerHash.update(`${file}\0${text}\0`);
    return readLegalEntry(file, text);
  });
  const register = new Register(legal);
  const context = documentReadContext(config, register);
  const cache = options.cacheFolder ? DocumentCache.open(options.cacheFolder, cacheKey(loaded, registerHash.digest('hex'))) : undefined;
  const started = performance.now();
  const parallel = source.workTree !== undefined && canReadInParallel(files.documents.length);
  const documents = parallel
      ? readWithWorkers(source.workTree, files.documents, { config, legal: files.legal.map((file) => ({ file, text: legalTexts.get(file)! })) }, cache, options.onProgress)
      : readInSequence(source, files.documents, context, cache, options.onProgress);
  cache?.save();
  const stats: LoadStats = { documents: documents.length, legal: legal.length, parallel, cacheHits: cache?.hitCount ?? 0, milliseconds: Math.round(performance.now() - started) };
  return { root, config, today, documents, legal, register, byCode: indexByCode(documents), source, stats };
}

function readInSequence(
  source: FileSource,
  files: readonly string[],
  context: DocumentReadContext,
  cache: DocumentCache | undefined,
  onProgress?: (done: number, total: number) => void,
): ControlledDocument[] {
  const texts = source.readAll(files);
  return files.map((file, index) => {
    onProgress?.(index, files.length);
    const text = texts.get(file)!;
    if (!cache) return readControlledDocument(file, text, context);
    const hash = contentHash(text);
    const cached = cache.get(file, hash);
    if (cached) return cached;
    const document = readControlledDocument(file, text, context);
    cache.set(file, hash, document);
    return document;
  });
}

/** Both cores for a cold read of a large repository; the results are those of readInSequence. */
function readWithWorkers(
  root: string,
  files: readonly string[],
  job: { config: QmsConfig; legal: Array<{ file: string; text: string }> },
  cache: DocumentCache | undefined,
  onProgress?: (done: number, total: number) => void,
): ControlledDocument[] {
  const results = new Map(readInParallel({ root, ...job, cachedHashes: cache ? cache.hashes(files) : {} }, files, onProgress).map((r) => [r.file, r]));
  return files.map((file) => {
    const result = results.get(file)!;
    const cached = result.hit ? cache?.get(file, result.hash) : undefined;
    if (cached) return cached;
    if (result.hit) throw new Error(`worker reported a cache hit for ${file} that the cache does not hold`);
    cache?.set(file, result.hash, result.document);
    return result.document;
  });
}

/** How a repository was read, for `QMS_DEBUG=1`. */
export interface LoadStats {
  documents: number;
  legal: number;
  /** Read on worker threads. */
  parallel: boolean;
  cacheHits: number;
  milliseconds: number;
}

export interface LoadOptions {
  /** Folder of the document cache; no cache when absent. */
  cacheFolder?: string;
  /** Called as documents are read (for a progress line). */
  onProgress?: (done: number, total: number) => void;
}

/** What a cached reading depends on besides the file: qms itself, the config, the register. */
function cacheKey(loaded: LoadedConfig, registerHash: string): string {
  return createHash('sha1').update(`${QMS_VERSION}\0${loaded.source}\0${registerHash}`).digest('hex');
}

/** What reading a controlled document needs of the config and the register. */
export function documentReadContext(config: QmsConfig, register: Register): DocumentReadContext {
  return {
    recognizer: register.recognizer,
    legalKeys: new Set(register.byKey.keys()),
    mentions: createMentionMatcher(Object.values(config.types).map((t) => t.pattern)),
  };
}

function indexByCode(documents: ControlledDocument[]): Map<string, ControlledDocument[]> {
  const byCode = new Map<string, ControlledDocument[]>();
  for (const document of documents) {
    if (!document.code) continue;
    const key = codeKey(document.code.value);
    const list = byCode.get(key);
    if (list) list.push(document);
    else byCode.set(key, [document]);
  }
  return byCode;
}

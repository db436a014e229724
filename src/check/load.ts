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
  const texts = source.readAll(files.documents);
  const cache = options.cacheFolder ? DocumentCache.open(options.cacheFolder, cacheKey(loaded, registerHash.digest('hex'))) : undefined;
  const documents = files.documents.map((file) => {
    const text = texts.get(file)!;
    if (!cache) return readControlledDocument(file, text, context);
    const hash = contentHash(text);
    const cached = cache.get(file, hash);
    if (cached) return cached;
    const document = readControlledDocument(file, text, context);
    cache.set(file, hash, document);
    return document;
  });
  cache?.save();
  return { root, config, today, documents, legal, register, byCode: indexByCode(documents), source };
}

export interface LoadOptions {
  /** Folder of the document cache; no cache when absent. */
  cacheFolder?: string;
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

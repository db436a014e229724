import type { LoadedConfig, QmsConfig } from '../config/types.js';
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
export function loadRepository(root: string, loaded: LoadedConfig, today: string, source: FileSource = workTreeSource(root)): Repository {
  const { config } = loaded;
  const files = source.list(config.documents, config.legal);
  const legalTexts = source.readAll(files.legal);
  const legal = files.legal.map((file) => readLegalEntry(file, legalTexts.get(file)!));
  const register = new Register(legal);
  const context = documentReadContext(config, register);
  const texts = source.readAll(files.documents);
  const documents = files.documents.map((file) => readControlledDocument(file, texts.get(file)!, context));
  return { root, config, today, documents, legal, register, byCode: indexByCode(documents) };
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

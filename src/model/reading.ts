/** What reading documents needs of the repository (the read context), and the index of documents by code. */
import type { QmsConfig } from '../config/types.js';
import { createMentionMatcher } from '../document/mentions.js';
import type { DocumentReadContext } from '../document/read-document.js';
import { codeKey } from './documents.js';
import type { Register } from './register.js';

/** What reading a controlled document needs of the config and the register. */
export function documentReadContext(config: QmsConfig, register: Register): DocumentReadContext {
  return {
    recognizer: register.recognizer,
    legalKeys: new Set(register.byKey.keys()),
    mentions: createMentionMatcher(Object.values(config.types).map((t) => t.pattern)),
    papers: config.legal.papers === 'report',
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

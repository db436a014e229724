import { fstatSync, openSync, closeSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { contentHash, statSignature, type CachedDocument } from '../cache/document-cache.js';
import type { QmsConfig } from '../config/types.js';
import { summarizeDocument, type ControlledDocument } from '../document/model.js';
import { readControlledDocument, type DocumentReadContext } from '../document/read-document.js';
import type { Register } from '../register/register.js';
import type { Finding } from '../rules/types.js';
import { QmsError } from '../util/errors.js';
import { runDocumentRules, type EnabledRule } from './run.js';

/** What checking one document needs: how to read it, and the document rules with what they see. */
export interface ScanContext {
  read: DocumentReadContext;
  root: string;
  config: QmsConfig;
  today: string;
  register: Register;
  rules: readonly EnabledRule[];
}

/** One document checked: the full reading, and what the cache keeps of it. */
export interface ScannedDocument {
  document: ControlledDocument;
  entry: CachedDocument;
}

/**
 * Reads a document and, when `withFindings`, runs the document rules on it. `stat` is the file's
 * state when it was read (work tree files only), `readAt` when.
 */
export function scanDocument(file: string, text: string, context: ScanContext, withFindings: boolean, stat?: { stats: Stats; readAt: number }): ScannedDocument {
  const document = readControlledDocument(file, text, context.read);
  const entry: CachedDocument = { hash: contentHash(text), stat: stat ? statSignature(stat.stats, stat.readAt) : null, summary: summarizeDocument(document) };
  if (withFindings) entry.findings = documentFindings(document, text, context);
  return { document, entry };
}

/** The document rules' findings on one document whose text is at hand. */
export function documentFindings(document: ControlledDocument, text: string, context: ScanContext): Finding[] {
  const batch = { root: context.root, config: context.config, today: context.today, register: context.register, documents: [document], texts: new Map([[document.file, text]]) };
  return runDocumentRules(batch, context.rules);
}

/** A work tree file's text with its state as read (one open, so both describe the same file). */
export function readWithStat(root: string, file: string): { text: string; stats: Stats; readAt: number } {
  const readAt = Date.now();
  let fd: number | undefined;
  try {
    fd = openSync(join(root, file), 'r');
    const stats = fstatSync(fd);
    return { text: readFileSync(fd, 'utf8'), stats, readAt };
  } catch (error) {
    throw new QmsError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

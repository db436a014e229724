/** Checking one document: read it, summarise it for the cache, run the document rules. */
import type { Stats } from 'node:fs';
import { contentHash, statSignature, type CachedDocument } from './cache.js';
import { summarizeDocument, type ControlledDocument } from '../model/document.js';
import { readControlledDocument, type DocumentReadContext } from '../document/read-document.js';
import { documentFindings, type DocumentRuleContext } from '../lint/run.js';

/** What checking one document needs: how to read it, and the document rules with what they see. */
export interface ScanContext extends DocumentRuleContext {
  read: DocumentReadContext;
}

/** One document checked: the full reading, and what the cache keeps of it. */
export interface ScannedDocument {
  document: ControlledDocument;
  entry: CachedDocument;
}

/** What to make of a document besides its summary. */
export interface ScanOptions {
  /** Run the document rules on it. */
  findings: boolean;
  /** The full reading is wanted too (with its content hashes), not only the summary and findings. */
  keepReading: boolean;
  /** A cache keeps the entry (else it goes without a content hash). */
  cache: boolean;
  /** The file's state when it was read (work tree files only) and when, for the cache. */
  stat?: { stats: Stats; readAt: number } | undefined;
  /** Its front matter only (a document outside a scoped check's report: RuleMeta.outOfScope); no findings then. */
  frontMatterOnly?: boolean;
}

/** Reads a document, summarises it and, when asked, runs the document rules on it. */
export function scanDocument(file: string, text: string, context: ScanContext, options: ScanOptions): ScannedDocument {
  // A reading only the document rules see needs its content hashes only to compare them with a recorded fingerprint.
  const document = readControlledDocument(file, text, context.read, {
    summaryOnly: !options.findings && !options.keepReading,
    contentHashes: options.keepReading ? true : 'when-recorded',
    ...(options.frontMatterOnly ? { frontMatterOnly: true } : {}),
  });
  // Without a cache (--no-cache) the hash would serve nothing.
  const entry: CachedDocument = { hash: options.cache ? contentHash(text) : '', stat: options.stat ? statSignature(options.stat.stats, options.stat.readAt) : null, summary: summarizeDocument(document) };
  if (options.findings) entry.findings = documentFindings(document, text, context);
  return { document, entry };
}

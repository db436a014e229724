/**
 * The site's manifest (`.qms-site.json` in the output folder): what the last generation wrote —
 * each file's content hash (stamp left out) and, for each document page, the inputs it was made
 * from — and the checks that keep a hostile or broken manifest from steering qms anywhere: a
 * manifest that is not one, or names a file qms would never write, counts as no manifest at all.
 */
import { createHash } from 'node:crypto';

/** The manifest's file in the output folder. */
export const MANIFEST = '.qms-site.json';

/** The manifest's format: 2 keeps each page's inputs (format 1 kept hashes alone). */
export const MANIFEST_FORMAT = 2;

/** What a document page was made from: enough to know, without reading the document, whether it would come out the same. */
export interface PageRecord {
  /** The document's file, from the repository root. */
  src: string;
  /** SHA-256 of the text the page was rendered from (the work tree's, or the revision in force from git). */
  text: string;
  /** Everything else the page showed, looked up while it was rendered: lookup → value (see inputs.ts). */
  deps: Record<string, string>;
  /** The register keys of its own legal basis (the register page lists who rests on what). */
  basis: string[];
}

/** What the site remembers of its last generation. */
export interface SiteManifest {
  format: typeof MANIFEST_FORMAT;
  /** The fingerprint of everything every page depends on alike: qms's site version, the config, the templates. */
  global: string;
  /** Every file qms wrote → its content hash (stamp left out). */
  files: Record<string, string>;
  /** Document pages → what they were made from. */
  pages: Record<string, PageRecord>;
}

/** The names qms gives the files of the site: a page, one of the fixed pages, or an asset. */
const OWN_NAME = /^(?:[do]-[A-Z0-9-]+\.html|index\.html|obsolete\.html|internal\.html|external\.html|register\.html|assets\/(?:site\.css|search\.js|search-index\.js))$/;

/** Whether qms could have written a file of that name (no folder climbing, no absolute path, no other name). */
export function isOwnName(file: string): boolean {
  return OWN_NAME.test(file);
}

/** The SHA-256 of a text, hex. */
export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The manifest read back; null when absent or not one (not JSON, another format, a name qms would
 * never write): everything is then made again. Never trusted further than its names.
 */
export function readManifest(text: string | null): SiteManifest | null {
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.format !== MANIFEST_FORMAT || typeof data.global !== 'string' || !isRecord(data.files) || !isRecord(data.pages)) return null;
  for (const [file, hash] of Object.entries(data.files)) if (!isOwnName(file) || typeof hash !== 'string') return null;
  for (const [file, record] of Object.entries(data.pages)) if (!isOwnName(file) || !isPageRecord(record)) return null;
  return data as unknown as SiteManifest;
}

/** The manifest as written: names in order, so the same site gives the same bytes whatever was made again. */
export function manifestText(manifest: SiteManifest): string {
  return `${JSON.stringify({ ...manifest, files: sorted(manifest.files), pages: sorted(manifest.pages) })}\n`;
}

function sorted<V>(record: Record<string, V>): Record<string, V> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** An empty manifest under a global fingerprint. */
export function emptyManifest(global: string): SiteManifest {
  return { format: MANIFEST_FORMAT, global, files: {}, pages: {} };
}

function isPageRecord(value: unknown): value is PageRecord {
  if (!isRecord(value) || typeof value.src !== 'string' || typeof value.text !== 'string' || !isRecord(value.deps) || !Array.isArray(value.basis)) return false;
  return Object.values(value.deps).every((v) => typeof v === 'string') && value.basis.every((v) => typeof v === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What every file qms writes carries near its start, so a file that does not is someone else's and is never overwritten. */
export const GENERATOR_MARK = 'qms site';

/** Whether a file's text is one qms wrote: the mark (or the search index's opening) near its start. */
export function isOwnFile(text: string): boolean {
  const head = text.slice(0, 400);
  return head.includes(GENERATOR_MARK) || head.startsWith('window.QMS_SEARCH');
}

/** The approval fingerprint and body hash: substantive front matter as canonical JSON plus the canonical body, generated regions left out. */
import { createHash } from 'node:crypto';
import type { RawFrontMatter } from '../model/document.js';

/** Front matter fields that record the approval and lifecycle rather than the content approved. */
export const NON_SUBSTANTIVE_FIELDS = new Set(['approval', 'status', 'effective', 'history', 'last_review', 'obsolete']);

/**
 * The approval fingerprint (docs/file-formats.md): SHA-256 of the substantive front matter as
 * canonical JSON, a line feed, and the canonical body. Generated regions are left out whole, and
 * runs of blank lines are folded, so rendering or inserting a region never invalidates an approval.
 * @param text the whole file
 * @param bodyStart offset of the body in `text`
 * @param regions generated regions, as [start of begin marker, end of end marker) offsets in `text`
 */
export function computeFingerprint(data: Record<string, unknown>, text: string, bodyStart: number, regions: ReadonlyArray<{ start: number; end: number }> = []): string {
  return computeContentHashes(data, text, bodyStart, regions).fingerprint;
}

/** The fingerprint, and the hash of the canonical body alone (to tell a body change from a front matter one). */
export function computeContentHashes(
  data: Record<string, unknown>,
  text: string,
  bodyStart: number,
  regions: ReadonlyArray<{ start: number; end: number }> = [],
): { fingerprint: string; bodyHash: string } {
  let kept = '';
  let from = bodyStart;
  for (const region of regions) {
    kept += text.slice(from, region.start);
    from = region.end;
  }
  kept += text.slice(from);
  const canonicalBody = stripLineEnds(kept.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC'))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const hash = createHash('sha256');
  hash.update(canonicalJson(substantiveFields(data)));
  hash.update('\n');
  hash.update(canonicalBody);
  return { fingerprint: `sha256:${hash.digest('hex')}`, bodyHash: createHash('sha256').update(canonicalBody).digest('hex') };
}

/** The substantive fields of front matter data: all but those recording approval and lifecycle. */
export function substantiveFields(data: Record<string, unknown>, without: readonly string[] = []): Record<string, unknown> {
  const substantive: Record<string, unknown> = {};
  for (const key of Object.keys(data)) if (!NON_SUBSTANTIVE_FIELDS.has(key) && !without.includes(key)) substantive[key] = data[key];
  return substantive;
}

/** JSON with object keys sorted at every level and strings in NFC. */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key.normalize('NFC'))}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Front matter data with plain scalars as written where YAML reads them otherwise (`code: 0012`
 * is "0012", not 12), so changing `0012` to `012` changes the fingerprint.
 */
export function asWritten(frontMatter: RawFrontMatter | null): Record<string, unknown> {
  if (!frontMatter) return {};
  const data = structuredClone(frontMatter.data) as Record<string, unknown>;
  for (const [path, raw] of Object.entries(frontMatter.rawScalars)) {
    const parts = path.split('.');
    let parent: unknown = data;
    for (const part of parts.slice(0, -1)) parent = (parent as Record<string, unknown> | undefined)?.[part];
    if (parent !== null && typeof parent === 'object') (parent as Record<string, unknown>)[parts[parts.length - 1]!] = raw;
  }
  return data;
}

/**
 * Removes spaces and tabs at the end of every line, in one pass (`/[ \t]+$/gm` is quadratic on long
 * runs). Lines end where that regex's `$` sees an end: at \n, \r, U+2028 and U+2029.
 */
function stripLineEnds(text: string): string {
  let result = '';
  let kept = 0; // text before this is in result
  let run = -1; // start of the current run of spaces and tabs
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9) {
      if (run < 0) run = i;
    } else if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      if (run >= 0) {
        result += text.slice(kept, run);
        kept = i;
      }
      run = -1;
    } else {
      run = -1;
    }
  }
  return result + text.slice(kept, run >= 0 ? run : text.length);
}

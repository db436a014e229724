import { createHash } from 'node:crypto';

/** Front matter fields that record the approval and lifecycle rather than the content approved. */
export const NON_SUBSTANTIVE_FIELDS = new Set(['approval', 'status', 'effective', 'history', 'last_review', 'obsolete']);

/**
 * The approval fingerprint (docs/file-formats.md): SHA-256 of the substantive front matter as
 * canonical JSON, a line feed, and the canonical body.
 * @param body the body text, as in the file (any line endings, BOM removed)
 * @param regions [start, end) ranges of generated-region content inside `body`, in order
 */
export function computeFingerprint(data: Record<string, unknown>, body: string, regions: Array<[number, number]> = []): string {
  const substantive: Record<string, unknown> = {};
  for (const key of Object.keys(data)) if (!NON_SUBSTANTIVE_FIELDS.has(key)) substantive[key] = data[key];
  let kept = '';
  let from = 0;
  for (const [start, end] of regions) {
    kept += body.slice(from, start);
    from = end;
  }
  kept += body.slice(from);
  const canonicalBody = kept.replace(/\r\n?/g, '\n').normalize('NFC').trimEnd();
  const hash = createHash('sha256');
  hash.update(canonicalJson(substantive));
  hash.update('\n');
  hash.update(canonicalBody);
  return `sha256:${hash.digest('hex')}`;
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

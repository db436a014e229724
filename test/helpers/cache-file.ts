/**
 * The layout of the cache file (src/workspace/cache.ts), for tests that read it or forge one: the
 * header's HMAC (32 bytes), the header's offset (8 bytes), the parts, then the header, which
 * lists each part's first and last byte and HMAC.
 */
import { createHmac } from 'node:crypto';

export interface CacheFileHeader {
  key: string;
  findingsKey: string;
  /** The digest the repository rules' memo (the fourth part) was recorded under. */
  memoDigest?: string;
  register?: unknown;
  parts: Array<[number, number, string]>;
}

/** The header and the four parts (each file's hash and times, the summaries, the findings, the memo) as text. */
export function decodeCacheFile(file: Buffer): { header: CacheFileHeader; parts: string[] } {
  const headerStart = Number(file.readBigUInt64BE(32));
  const header = JSON.parse(file.subarray(headerStart).toString('utf8')) as CacheFileHeader;
  return { header, parts: header.parts.map(([start, end]) => file.subarray(start, end).toString('utf8')) };
}

/** A cache file of these parts, signed with `key` (as qms signs it with the machine's key). */
export function encodeCacheFile(header: Omit<CacheFileHeader, 'parts'>, parts: readonly string[], key: Buffer): Buffer {
  const chunks: Buffer[] = [];
  const listed: CacheFileHeader['parts'] = [];
  let position = 40;
  for (const part of parts) {
    const bytes = Buffer.from(part);
    listed.push([position, position + bytes.length, createHmac('sha256', key).update(bytes).digest('hex')]);
    chunks.push(bytes, Buffer.from('\n'));
    position += bytes.length + 1;
  }
  const headerBytes = Buffer.from(JSON.stringify({ ...header, parts: listed }));
  const offset = Buffer.alloc(8);
  offset.writeBigUInt64BE(BigInt(position));
  return Buffer.concat([createHmac('sha256', key).update(headerBytes).digest(), offset, ...chunks, headerBytes]);
}

/** An index entry as the tests read it: [hash, stat] or [hash, stat, 1] when the findings are recorded. */
export type IndexEntry = [string, string | null] | [string, string | null, 1];

/** The index part (each file's hash, stat signature and findings mark, in columns) as entries by file. */
export function indexEntries(part: string): Record<string, IndexEntry> {
  const [files, hashes, stats, findings] = JSON.parse(part) as [string[], string[], Array<string | null>, number[]];
  return Object.fromEntries(files.map((file, row): [string, IndexEntry] => [file, findings[row] === 1 ? [hashes[row]!, stats[row]!, 1] : [hashes[row]!, stats[row]!]]));
}

/** The index part for these entries (indexEntries read backwards). */
export function indexPart(entries: Record<string, IndexEntry>): string {
  const rows = Object.entries(entries);
  return JSON.stringify([rows.map(([file]) => file), rows.map(([, [hash]]) => hash), rows.map(([, [, stat]]) => stat), rows.map(([, entry]) => (entry[2] === 1 ? 1 : 0))]);
}

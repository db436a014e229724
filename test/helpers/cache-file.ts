/**
 * The layout of the cache file (src/workspace/cache.ts), for tests that read it or forge one: the
 * header's HMAC (32 bytes), the header's offset (8 bytes), the parts, then the header, which
 * lists each part's first and last byte and HMAC.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

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

/** An index entry as the tests read it: [hash, stat], or [hash, stat, n] when n bytes of findings are recorded. */
export type IndexEntry = [string, string | null] | [string, string | null, number];

type IndexColumns = [string[], string[], Array<string | null>, number[]];

/** The index part (each file's hash, stat signature and findings' length in bytes, in columns) as entries by file. */
export function indexEntries(part: string): Record<string, IndexEntry> {
  const [files, hashes, stats, findings] = JSON.parse(part) as IndexColumns;
  return Object.fromEntries(files.map((file, row): [string, IndexEntry] => [file, findings[row]! > 0 ? [hashes[row]!, stats[row]!, findings[row]!] : [hashes[row]!, stats[row]!]]));
}

/** Each file's recorded findings: the findings part cut where the index part says, parsed. */
export function findingsByFile(index: string, findings: string): Record<string, unknown> {
  const [files, , , lengths] = JSON.parse(index) as IndexColumns;
  const bytes = Buffer.from(findings);
  const found: Record<string, unknown> = {};
  let start = 0;
  files.forEach((file, row) => {
    if (lengths[row]! > 0) found[file] = JSON.parse(bytes.subarray(start, start + lengths[row]!).toString('utf8'));
    start += lengths[row]!;
  });
  return found;
}

/** The index part and the findings part for these documents (findingsByFile and indexEntries read backwards). */
export function indexAndFindingsParts(documents: Record<string, { hash: string; stat: string | null; findings?: unknown }>): [index: string, findings: string] {
  const rows = Object.entries(documents);
  const findings = rows.map(([, entry]) => (entry.findings === undefined ? '' : JSON.stringify(entry.findings)));
  const index: IndexColumns = [rows.map(([file]) => file), rows.map(([, entry]) => entry.hash), rows.map(([, entry]) => entry.stat), findings.map((text) => Buffer.byteLength(text))];
  return [JSON.stringify(index), findings.join('')];
}

/** The key this machine signs caches with (the suite's HOME): a file signed with it is one qms itself could have written. */
export function machineSigningKey(): Buffer {
  return readFileSync(join(process.env.XDG_CACHE_HOME || join(process.env.HOME || homedir(), '.cache'), 'qms', 'cache-signing-key'));
}

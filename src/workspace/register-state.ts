/** The register of an opened repository: its hash known from the cache's record when no file changed, its entries read only when a run needs them. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { LegalEntry } from '../model/document.js';
import type { Register } from '../model/register.js';
import type { TthcRecord } from '../model/tthc.js';
import type { RecordedRegister } from './cache.js';
import { readRegister, type FileText } from './read-full.js';
import { statSignature } from './signature.js';
import type { FileSource } from './source.js';

/** The register's entries, their texts (for workers) and the TTHC records. */
export interface RegisterReading {
  legal: LegalEntry[];
  legalTexts: FileText[];
  tthcRecords: TthcRecord[];
  register: Register;
}

/** The register of a run: its hash now, the reading on first use, and what to record for the next run. */
export interface RegisterState {
  /** A hash of every register file's text, for the cache's keys ('' without a cache: nothing would keep it). */
  hash: string;
  read(): RegisterReading;
  /**
   * The state to record in the cache at the end of the run, with the TTHC index when the records
   * were read (undefined when a file changed too recently to be proof).
   */
  recordNow(): RecordedRegister | undefined;
  /** The hash came from the cache's record: no register file was read to know it. */
  recorded: boolean;
}

/**
 * The register of the work tree or of a git source. In the work tree, when every register file
 * (entries and TTHC records) has the size, times and inode the cache recorded, the recorded hash
 * stands and nothing is read until a run needs an entry — thousands of TTHC records are then not
 * parsed by a check that finds nothing changed. Without a cache (`cache` undefined) there is no
 * hash to make: the entries are read, and the TTHC records when first needed.
 */
export function registerState(source: FileSource, files: { legal: readonly string[]; tthc: readonly string[] }, shared: readonly string[], cache: { recorded: RecordedRegister | undefined } | undefined): RegisterState {
  if (!cache) {
    const reading = readRegister(source, files.legal, shared, files.tthc);
    return { hash: '', read: () => reading, recordNow: () => undefined, recorded: false };
  }
  const { recorded } = cache;
  const all = [...files.legal, ...files.tthc];
  const root = source.workTree;
  const signatures = root === undefined ? undefined : signaturesNow(root, all);
  const withIndex = (record: RecordedRegister | undefined, reading: RegisterReading | undefined): RecordedRegister | undefined =>
    record && reading?.register.tthcLoaded ? { hash: record.hash, files: record.files, tthc: reading.register.tthcIndexEntries() } : record;
  if (signatures && recorded && sameSignatures(signatures, recorded.files)) {
    let reading: RegisterReading | undefined;
    const read = (): RegisterReading => (reading ??= readRegister(source, files.legal, shared, files.tthc, recorded.tthc ? { tthcIndex: recorded.tthc } : {}));
    return { hash: recorded.hash, read, recordNow: () => withIndex(recorded, reading), recorded: true };
  }
  const reading = readRegister(source, files.legal, shared, files.tthc, { hash: true });
  const record = signatures ? { hash: reading.registerHash, files: signatures } : undefined;
  return { hash: reading.registerHash, read: () => reading, recordNow: () => withIndex(record, reading), recorded: false };
}

/** Each file's signature, taken before it is read; undefined when one cannot be had or is too recent to prove anything. */
function signaturesNow(root: string, files: readonly string[]): Record<string, string> | undefined {
  const readAt = Date.now();
  const signatures: Record<string, string> = {};
  for (const file of files) {
    const stats = statSync(join(root, file), { throwIfNoEntry: false });
    const signature = stats ? statSignature(stats, readAt) : null;
    if (signature === null) return undefined;
    signatures[file] = signature;
  }
  return signatures;
}

function sameSignatures(now: Record<string, string>, recorded: Record<string, string>): boolean {
  const files = Object.keys(now);
  if (files.length !== Object.keys(recorded).length) return false;
  return files.every((file) => recorded[file] === now[file]);
}

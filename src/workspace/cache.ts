/** The signed document cache (.qms/cache): each document's summary and rule findings by content hash, file stat signatures, the register's state, the repository rules' last findings. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DocumentSummary } from '../model/document.js';
import type { Finding } from '../model/repository.js';
import type { TthcIndexEntry } from '../model/tthc.js';
import { MAX_CACHE_BYTES, readRegularFile, readRegularFilePart } from './safe-read.js';
import type { Stats } from 'node:fs';
export { currentSignature, statSignature } from './signature.js';

/** Where the cache lives unless `--cache-location` says otherwise. */
export const DEFAULT_CACHE_LOCATION = '.qms/cache';
export const CACHE_FILE = 'documents-v6.bin';
/**
 * The shape of what the cache keeps (CachedDocument, DocumentSummary, Finding), part of its key:
 * change it whenever they change, so that a build of the same version never reads another's cache.
 */
export const CACHE_FORMAT = 'summary-7';
const MAC_LENGTH = 32;
/** The parts start after the header's signature and the header's offset (8 bytes). */
const HEADER_AT = MAC_LENGTH + 8;

/** What the cache keeps of one controlled document. */
export interface CachedDocument {
  /** Content hash of the text this was made from. */
  hash: string;
  /**
   * The file's size, times and inode when it was read (see `statSignature`), or null when it had
   * changed too recently for those to prove it unchanged later: then its content is hashed again.
   */
  stat: string | null;
  summary: DocumentSummary;
  /** The document rules' findings, when they were computed (for the cache's findings key). */
  findings?: Finding[];
}

/** The register as the cache last saw it: each file's stat signature, and the hash of all their texts. */
export interface RecordedRegister {
  hash: string;
  files: Record<string, string>;
  /** Each TTHC record's code and legal-basis keys, when a run read them (see Register.tthcBasedOn). */
  tthc?: TthcIndexEntry[];
}

/** The cache file's header (at its end; see `write`): the keys, the register's state, and where each part lies with its own signature. */
interface CacheHeader {
  key: string;
  findingsKey: string;
  /** The digest the repository rules' memo was recorded under (so a run that cannot use it does not parse it). */
  memoDigest?: string;
  register?: RecordedRegister;
  /** Each part: its first and last byte (exclusive) in the file, and its HMAC (hex). */
  parts: Array<[number, number, string]>;
}

/**
 * A part of the file, checked against its signature and parsed on first use: a run that needs no
 * summary neither hashes nor parses the summaries. A part that does not match its signature (a
 * damaged file: the header that holds the signatures is itself signed) reads as empty.
 */
class Section<T> {
  private value: T | undefined;
  constructor(readonly text: () => string, private readonly empty: () => T) {}
  get(): T {
    if (this.value === undefined) {
      try {
        this.value = JSON.parse(this.text()) as T;
      } catch {
        this.value = this.empty();
      }
    }
    return this.value;
  }
}

/** The HMAC of a part with the machine's key, hex. */
function sign(secret: Buffer, bytes: Uint8Array): string {
  return createHmac('sha256', secret).update(bytes).digest('hex');
}

/** A value made from every document's summary, under a digest of what it was made from. */
interface Derived {
  digest: string;
  value: unknown;
}

/**
 * The values made from every document's summary that the cache keeps, each in a part of its own
 * (parsed only by a run that asks for it): `lookup`, qms impact's look-up index; `front-matter`,
 * every document's front matter fields, which `qms impact --apply` checks its plan against.
 */
export type DerivedPart = 'lookup' | 'front-matter';

/**
 * A part kept as bytes, checked against its signature on first use, from which a run parses only
 * the pieces it needs (each file's findings): a scoped check of 50 documents parses 50 files'
 * findings, not 24,000. A damaged part reads as empty.
 */
class BytesPart {
  private value: Buffer | undefined;
  constructor(readonly bytes: () => Buffer) {}
  get(): Buffer {
    if (this.value === undefined) {
      try {
        this.value = this.bytes();
      } catch {
        this.value = Buffer.alloc(0);
      }
    }
    return this.value;
  }
  /** The JSON value at `start`…`end` (bytes), or undefined when the part does not hold it (damaged). */
  parse<T>(start: number, end: number): T | undefined {
    const bytes = this.get();
    if (end > bytes.length) return undefined;
    try {
      return JSON.parse(bytes.toString('utf8', start, end)) as T;
    } catch {
      return undefined;
    }
  }
}

/** The lines after the header: every file's hash and signature; the summaries; the findings; the repository rules' memo; the derived values. */
interface Sections {
  /** Each file's content hash, stat signature, and the length of its findings in their part (so no run parses the findings to know). */
  index: Section<IndexColumns>;
  summaries: Section<Record<string, DocumentSummary>>;
  /** Each file's findings, one JSON array after another, in the index's order (the index says where). */
  findings: BytesPart;
  /** The memo's heading (MemoHeading) on one line, then its runs of findings one JSON array after another. */
  memo: BytesPart;
  derived: Record<DerivedPart, Section<Derived | null>>;
}

/**
 * The memo's first line: the digest it was recorded under, and its findings as runs of one file
 * each, in their order, with each run's length in bytes: a scoped run parses its files' runs alone.
 */
interface MemoHeading {
  digest: string;
  runs: Array<[file: string, bytes: number]>;
}

/** The repository rules' findings as recorded: made this run (`findings`), or in the cache file (`heading`, the runs read when asked for). */
type Memo = { digest: string; findings: Finding[] } | { digest: string; heading: MemoHeading; bodyStart: number };

/**
 * The index part as columns (files, content hashes, stat signatures, the length in bytes of each
 * file's findings in the findings part, 0 when none are recorded), not as an object keyed by file:
 * parsing an object of 24,000 paths makes 24,000 property names (each hashed into V8's string
 * table), 74 ms on the bench machine against 24 ms for the columns and a map of them.
 */
type IndexColumns = [files: string[], hashes: string[], stats: Array<string | null>, findingsBytes: number[]];

/** The index's columns, where each file's entry is in them, and where its findings are in their part. */
class Index {
  private readonly rows = new Map<string, number>();
  private readonly findingsStart: number[] = [];
  constructor(private readonly columns: IndexColumns) {
    // Anything but four columns of one length (a damaged or foreign part) reads as empty.
    const whole = Array.isArray(columns) && columns.length === 4 && columns.every((column) => Array.isArray(column) && column.length === columns[0].length);
    if (!whole) return;
    let start = 0;
    columns[0].forEach((file, row) => {
      this.rows.set(file, row);
      this.findingsStart.push(start);
      start += this.findingsLength(row);
    });
  }
  get size(): number {
    return this.rows.size;
  }
  entry(file: string): { hash: string; stat: string | null; findings: boolean } | undefined {
    const row = this.rows.get(file);
    if (row === undefined) return undefined;
    return { hash: this.columns[1][row]!, stat: this.columns[2][row] ?? null, findings: this.findingsLength(row) > 0 };
  }
  /** Where `file`'s findings lie in the findings part (bytes), when they are recorded. */
  findings(file: string): [start: number, end: number] | undefined {
    const row = this.rows.get(file);
    const length = row === undefined ? 0 : this.findingsLength(row);
    if (length === 0) return undefined;
    const start = this.findingsStart[row!]!;
    return [start, start + length];
  }
  /** The length in bytes of a row's findings; 0 when none are recorded (or the column holds no length). */
  private findingsLength(row: number): number {
    const length = this.columns[3][row];
    return Number.isSafeInteger(length) && length! > 0 ? length! : 0;
  }
}

/** In the order of their parts in the file (after the first four). */
const DERIVED_PARTS: readonly DerivedPart[] = ['lookup', 'front-matter'];

const EMPTY_INDEX = '[[],[],[],[]]';
const emptyIndex = (): IndexColumns => [[], [], [], []];

const EMPTY_SECTIONS = (): Sections => ({
  index: new Section(() => EMPTY_INDEX, emptyIndex),
  summaries: new Section(() => '{}', () => ({})),
  findings: new BytesPart(() => Buffer.alloc(0)),
  memo: new BytesPart(() => Buffer.alloc(0)),
  derived: { lookup: new Section(() => 'null', () => null), 'front-matter': new Section(() => 'null', () => null) },
});

/**
 * What checking each controlled document produced — its summary and the findings of the document
 * rules — keyed by the file's content hash, as ESLint's content strategy does. The whole cache is
 * keyed by what else the reading depends on (the qms version, the config text, the register's
 * texts); the findings also by the day and the section templates. So it is never stale. A file
 * whose size, times and inode are those recorded is not read at all (git's index does the same);
 * any other file is read and hashed, and a touched but unchanged file is still a hit. The register
 * is recorded the same way (so an unchanged one need not be read to know its hash), and so are the
 * repository rules' findings with a digest of every input they saw.
 *
 * The file is one line per part, each parsed only when a run needs it. It sits in the repository,
 * where a pull request could commit a forged one that hides findings, so it is signed
 * (HMAC-SHA-256) with a key kept outside the repository, in the user's cache folder: a cache this
 * machine did not write is ignored, never trusted.
 */
export class DocumentCache {
  private readonly next = new Map<string, CachedDocument | 'kept'>();
  private nextStats = new Map<string, string | null>();
  private kept = 0;
  private changed = false;
  private usable = false;
  private key = '';
  private findingsKey = '';
  private findingsUsable = false;
  private register: RecordedRegister | undefined;
  /**
   * The repository rules' memo: undefined until a run needs it (parsing all of it took 0.16 s of a
   * warm messy impact); once read, its heading alone, each run of findings parsed when asked for.
   */
  private memo: Memo | null | undefined = null;
  private memoChanged = false;
  private readonly derived: Partial<Record<DerivedPart, Derived>> = {};
  /** The recorded derived parts as this cache copied them into a file it wrote (see recordedText). */
  private readonly copied: Partial<Record<DerivedPart, string>> = {};
  private indexed: Index | undefined;
  /** Whether this cache wrote its file already, and whether anything changed since. */
  private written = false;
  private unwritten = false;

  private constructor(
    private readonly path: string,
    private readonly secret: Buffer,
    private readonly header: CacheHeader | undefined,
    private readonly sections: Sections,
  ) {}

  /**
   * Opens the cache at `folder` and checks its signature; nothing of it is used before `use`.
   * A missing, foreign, forged or corrupt cache reads as empty. Undefined when no signing key can be had.
   */
  static open(folder: string, env: Record<string, string | undefined> = process.env): DocumentCache | undefined {
    const secret = signingKey(env);
    if (!secret) return undefined;
    const path = join(folder, CACHE_FILE);
    try {
      // Only a regular file, capped, not through a linked folder: a committed link to /dev/zero or a
      // FIFO would otherwise hang every check (the cache is on by default, as in CI).
      if (isLink(dirname(folder)) || isLink(folder)) throw new Error('linked cache folder');
      // Read a part at a time, each when a run first needs it: a warm check of a large repository
      // never reads the summaries (the largest part), and never holds the whole file in memory.
      // Every part must come from the file the header was read from (a run may replace it meanwhile).
      const { bytes: opening, stats } = readRegularFilePart(path, CACHE_FILE, MAX_CACHE_BYTES, 0, HEADER_AT);
      if (opening.length < HEADER_AT) throw new Error('not a cache');
      const identity = fileIdentity(stats);
      const read = (start: number, end: number): Buffer => {
        const part = readRegularFilePart(path, CACHE_FILE, MAX_CACHE_BYTES, start, end);
        if (fileIdentity(part.stats) !== identity) throw new Error('another cache file');
        if (part.bytes.length !== end - start) throw new Error('a short read');
        return part.bytes;
      };
      const headerStart = Number(opening.readBigUInt64BE(MAC_LENGTH));
      if (headerStart < HEADER_AT || headerStart > stats.size) throw new Error('not a cache');
      const headerBytes = read(headerStart, stats.size);
      if (!timingSafeEqual(createHmac('sha256', secret).update(headerBytes).digest(), opening.subarray(0, MAC_LENGTH))) throw new Error('not signed here');
      const header = JSON.parse(headerBytes.toString('utf8')) as CacheHeader;
      const partBytes = (n: number) => (): Buffer => {
        const [start, end, mac] = header.parts[n] ?? [0, 0, ''];
        if (start < HEADER_AT || end > headerStart || end < start) throw new Error('a damaged part');
        const bytes = read(start, end);
        if (sign(secret, bytes) !== mac) throw new Error('a damaged part');
        return bytes;
      };
      const part = (n: number) => (): string => partBytes(n)().toString('utf8');
      const sections: Sections = {
        index: new Section(part(0), emptyIndex),
        summaries: new Section(part(1), () => ({})),
        findings: new BytesPart(partBytes(2)),
        memo: new BytesPart(partBytes(3)),
        // Added after the first four: a cache written before them has no such part, which reads as empty.
        derived: { lookup: new Section(part(4), () => null), 'front-matter': new Section(part(5), () => null) },
      };
      return new DocumentCache(path, secret, header, sections);
    } catch {
      // No cache yet, or one we cannot use: start afresh.
      return new DocumentCache(path, secret, undefined, EMPTY_SECTIONS());
    }
  }

  /** Whether a cache file was read (its entries are usable or not as `use` decides, by their keys). */
  hasRecord(): boolean {
    return this.header !== undefined;
  }

  /** The register as the cache last recorded it (whatever the keys): lets a run skip reading an unchanged one. */
  recordedRegister(): RecordedRegister | undefined {
    return this.header?.register;
  }

  /**
   * Sets the keys of this run: entries made under another `key` (another version, config or
   * register) are dropped, and findings made under another `findingsKey` (another day, other templates).
   * `memo`: `now` for a run that will ask for the repository rules' memo (qms check); else it is
   * parsed only if asked for.
   */
  use(key: string, findingsKey: string, memo: 'now' | 'when-asked' = 'when-asked'): void {
    this.key = key;
    this.findingsKey = findingsKey;
    this.usable = this.header?.key === key;
    this.findingsUsable = this.usable && this.header?.findingsKey === findingsKey;
    this.memo = this.findingsUsable ? undefined : null;
    // Parsed now by a run that will ask for it: parsed late (after the documents' entries), the
    // same memo raised a warm check's peak RSS (10,000 procedures, messy shape) from 159 to 178-183 MB.
    if (memo === 'now' && this.findingsUsable) this.memoNow();
  }

  /** The recorded index, parsed and mapped on first use. */
  private index(): Index {
    return (this.indexed ??= new Index(this.sections.index.get()));
  }

  /** The content hash and stat signature recorded for `file`, whatever its state now. */
  peek(file: string): { hash: string; stat: string | null; findings: boolean } | undefined {
    if (!this.usable) return undefined;
    const entry = this.index().entry(file);
    if (!entry) return undefined;
    return { hash: entry.hash, stat: entry.stat, findings: this.findingsUsable && entry.findings };
  }

  /** The recorded summary of `file` (parses every summary the first time). */
  summary(file: string): DocumentSummary | undefined {
    return this.usable ? this.sections.summaries.get()[file] : undefined;
  }

  /** The recorded document-rule findings of `file`, when made under this run's findings key. */
  findings(file: string): Finding[] | undefined {
    const at = this.findingsUsable ? this.index().findings(file) : undefined;
    const findings = at && this.sections.findings.parse<Finding[]>(...at);
    return Array.isArray(findings) ? findings : undefined;
  }

  /** The recorded findings of `file` as their JSON bytes, to copy into the next file unparsed. */
  private findingsBytes(file: string): Buffer | undefined {
    const at = this.findingsUsable ? this.index().findings(file) : undefined;
    const bytes = at ? this.sections.findings.get() : undefined;
    return bytes && at![1] <= bytes.length ? bytes.subarray(...at!) : undefined;
  }

  private markChanged(): void {
    this.changed = true;
    this.unwritten = true;
  }

  /** Keeps the entry of `file` for the next run, with its stat signature now. */
  keep(file: string, stat: string | null): void {
    const recorded = this.peek(file);
    if (!recorded) return;
    this.next.set(file, 'kept');
    this.nextStats.set(file, stat);
    if (recorded.stat === stat) this.kept++;
    else this.markChanged();
  }

  /** Records what was made of `file` in this run. */
  set(file: string, entry: CachedDocument): void {
    this.next.set(file, entry);
    this.nextStats.set(file, entry.stat);
    this.markChanged();
  }

  /** Records the register's state for the next run. */
  recordRegister(register: RecordedRegister | undefined): void {
    // Compared with what the file holds: the one this cache wrote last, else the one it opened.
    const before = this.written ? this.register : this.header?.register;
    if (before !== register && JSON.stringify(before) !== JSON.stringify(register)) this.markChanged();
    this.register = register;
  }

  /** The digest the memo is recorded under, from the header while the memo is not parsed. */
  private memoDigest(): string | undefined {
    if (this.memo !== undefined) return this.memo?.digest;
    return this.header?.memoDigest ?? this.memoNow()?.digest;
  }

  private memoNow(): Memo | null {
    if (this.memo === undefined) this.memo = recordedMemo(this.sections.memo.get());
    return this.memo;
  }

  /**
   * The repository rules' findings recorded under `digest` (a digest of everything they saw), if
   * any; with `only`, those in `only`'s files (the others are not parsed).
   */
  recalled(digest: string, only?: (file: string) => boolean): Finding[] | undefined {
    if (this.memoDigest() !== digest) return undefined;
    const memo = this.memoNow();
    if (memo?.digest !== digest) return undefined;
    if ('findings' in memo) return only ? memo.findings.filter((finding) => only(finding.file)) : memo.findings;
    const findings: Finding[] = [];
    let start = memo.bodyStart;
    for (const [file, length] of memo.heading.runs) {
      if (!only || only(file)) {
        const run = this.sections.memo.parse<Finding[]>(start, start + length);
        // A run that does not parse (a damaged part passes its signature only if forged here): no memo.
        if (!Array.isArray(run)) return undefined;
        // Not push(...run): a run of one file can hold more findings than a call takes arguments.
        for (const found of run) findings.push(found);
      }
      start += length;
    }
    return findings;
  }

  /** Records the repository rules' findings under `digest`. */
  remember(digest: string, findings: Finding[]): void {
    if (this.memoDigest() === digest && this.memoNow()?.digest === digest) return;
    this.memo = { digest, findings };
    this.memoChanged = true;
    this.unwritten = true;
  }

  /**
   * The value of a derived part (`lookup`: `qms impact`'s look-up index; `front-matter`: see DerivedPart)
   * recorded under `digest` (the summaries it was made from), if any. Only this part is parsed, not
   * the summaries.
   */
  recalledDerived(digest: string, part: DerivedPart): unknown {
    const recorded = this.usable ? this.sections.derived[part].get() : null;
    return recorded?.digest === digest ? recorded.value : undefined;
  }

  /** Records the value of a derived part under `digest`. */
  rememberDerived(digest: string, value: unknown, part: DerivedPart): void {
    this.derived[part] = { digest, value };
    this.unwritten = true;
  }

  /** Entries kept unchanged from the last run. */
  get hitCount(): number {
    return this.kept;
  }

  /** Writes the entries of this run (deleted files drop out), atomically; a failure only costs speed. */
  save(): void {
    // Saved again (a command that learnt more on its way): only when anything changed since.
    if (this.written && !this.unwritten) return;
    // Nothing made afresh and nothing gone: the file on disk already says it all.
    const recorded = this.usable ? this.index().size : 0;
    if (!this.changed && !this.memoChanged && Object.keys(this.derived).length === 0 && this.kept === recorded) return;
    const folder = dirname(this.path);
    try {
      // Never write through a link: the cache folder could point outside the repository.
      if (isLink(dirname(folder)) || isLink(folder)) return;
      mkdirSync(folder, { recursive: true });
      // Like .pytest_cache: the cache ignores itself, so it never shows in git status. 'wx' never follows a link.
      try {
        writeFileSync(join(folder, '.gitignore'), '# qms cache: safe to delete\n*\n', { flag: 'wx' });
      } catch {
        // already there (or a link we leave alone)
      }
      const temporary = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      this.write(temporary);
      try {
        renameSync(temporary, this.path);
        this.written = true;
        this.unwritten = false;
      } catch {
        rmSync(temporary, { force: true });
      }
      if (this.written) removeOlderLayouts(folder);
    } catch {
      // A read-only checkout still checks; it is only slower next time.
    }
  }

  /**
   * The header's signature and offset, then the parts, then the header: each part is written a
   * megabyte at a time with its own signature (the cache of a large repository is never all in
   * memory as text), and the header, written last, holds those signatures and is signed itself.
   */
  private write(path: string): void {
    const fd = openSync(path, 'wx');
    try {
      let position = HEADER_AT;
      let pending = '';
      let mac = createHmac('sha256', this.secret);
      const flush = (): void => {
        const bytes = Buffer.from(pending);
        mac.update(bytes);
        writeSync(fd, bytes, 0, bytes.length, position);
        position += bytes.length;
        pending = '';
      };
      const add = (text: string): void => {
        pending += text;
        if (pending.length > 1 << 20) flush();
      };
      const addBytes = (bytes: Buffer): void => {
        flush();
        mac.update(bytes);
        writeSync(fd, bytes, 0, bytes.length, position);
        position += bytes.length;
      };
      const parts: CacheHeader['parts'] = [];
      const part = (write: () => void): void => {
        const start = position;
        mac = createHmac('sha256', this.secret);
        write();
        flush();
        parts.push([start, position, mac.digest('hex')]);
        // The line break between parts is signed by no part (each part's signature covers its bytes alone).
        mac = createHmac('sha256', this.secret);
        add('\n');
        flush();
      };
      const object = (value: (file: string, entry: CachedDocument | 'kept') => string | undefined) => (): void => {
        let first = true;
        add('{');
        for (const [file, entry] of this.next) {
          const text = value(file, entry);
          if (text === undefined) continue;
          add(`${first ? '' : ','}${JSON.stringify(file)}:${text}`);
          first = false;
        }
        add('}');
      };
      // Each file's findings as bytes: a kept entry's are copied as recorded, never parsed.
      const findings = new Map<string, Buffer>();
      for (const [file, entry] of this.next) {
        const bytes = entry === 'kept' ? this.findingsBytes(file) : entry.findings && Buffer.from(JSON.stringify(entry.findings));
        if (bytes) findings.set(file, bytes);
      }
      part(() => {
        const columns: IndexColumns = [[], [], [], []];
        for (const [file, entry] of this.next) {
          columns[0].push(file);
          columns[1].push(entry === 'kept' ? this.peek(file)!.hash : entry.hash);
          columns[2].push(this.nextStats.get(file) ?? null);
          columns[3].push(findings.get(file)?.length ?? 0);
        }
        add(JSON.stringify(columns));
      });
      part(object((file, entry) => JSON.stringify(entry === 'kept' ? this.summary(file) : entry.summary)));
      part(() => {
        for (const bytes of findings.values()) addBytes(bytes);
      });
      // Made this run, or the recorded one copied as it was, unparsed (the header keeps its digest).
      const made = this.memo && 'findings' in this.memo ? this.memo : undefined;
      part(() => (made ? writeMemo(made, add) : addBytes(this.recordedMemoBytes())));
      // Made this run, or the recorded one as it was (unparsed; its digest tells a later run whether it still holds).
      for (const name of DERIVED_PARTS) {
        const made = this.derived[name];
        part(() => add(made ? JSON.stringify(made) : this.recordedText(name)));
      }
      const memoDigest = this.memo === undefined ? (this.recordedMemoBytes().length === 0 ? undefined : this.header?.memoDigest) : this.memo?.digest;
      const header: CacheHeader = { key: this.key, findingsKey: this.findingsKey, ...(memoDigest !== undefined ? { memoDigest } : {}), ...(this.register ? { register: this.register } : {}), parts };
      const headerBytes = Buffer.from(JSON.stringify(header));
      writeSync(fd, headerBytes, 0, headerBytes.length, position);
      const start = Buffer.alloc(8);
      start.writeBigUInt64BE(BigInt(position));
      writeSync(fd, createHmac('sha256', this.secret).update(headerBytes).digest(), 0, MAC_LENGTH, 0);
      writeSync(fd, start, 0, 8, MAC_LENGTH);
    } finally {
      closeSync(fd);
    }
  }

  /** The memo's part as the opened file holds it (checked against its signature, not parsed); a damaged one is no memo. */
  private recordedMemoBytes(): Buffer {
    // Kept once read (BytesPart), as the derived parts are (recordedText): a second save reads no
    // part of the file the first one replaced. Under other keys, the memo is no memo.
    return this.findingsUsable ? this.sections.memo.get() : Buffer.alloc(0);
  }

  private recordedText(part: DerivedPart): string {
    if (!this.usable) return 'null';
    // Kept once copied: a second save reads no part of the file the first one replaced.
    if (this.copied[part] === undefined) {
      try {
        this.copied[part] = this.sections.derived[part].text();
      } catch {
        this.copied[part] = 'null';
      }
    }
    return this.copied[part];
  }
}

/** The memo a part holds (its heading parsed, its runs not), or null for none: an empty part, or one that does not read as a memo. */
function recordedMemo(bytes: Buffer): Memo | null {
  const end = bytes.indexOf(0x0a);
  if (end < 0) return null;
  try {
    const heading = JSON.parse(bytes.toString('utf8', 0, end)) as MemoHeading;
    const runs = Array.isArray(heading?.runs) && heading.runs.every((run) => Array.isArray(run) && typeof run[0] === 'string' && Number.isSafeInteger(run[1]) && run[1] >= 0);
    if (typeof heading.digest !== 'string' || !runs) return null;
    return { digest: heading.digest, heading, bodyStart: end + 1 };
  } catch {
    return null;
  }
}

/** Writes a memo made this run: its heading, a line break, then each run of one file's findings as a JSON array. */
function writeMemo(memo: { digest: string; findings: readonly Finding[] }, add: (text: string) => void): void {
  const bodies: string[] = [];
  const runs: MemoHeading['runs'] = [];
  for (let start = 0; start < memo.findings.length; ) {
    const file = memo.findings[start]!.file;
    let end = start + 1;
    while (end < memo.findings.length && memo.findings[end]!.file === file) end++;
    const body = JSON.stringify(memo.findings.slice(start, end));
    bodies.push(body);
    runs.push([file, Buffer.byteLength(body)]);
    start = end;
  }
  add(`${JSON.stringify({ digest: memo.digest, runs } satisfies MemoHeading)}\n`);
  for (const body of bodies) add(body);
}

/**
 * Removes the cache files of earlier layouts (documents-v4.bin…) from the cache folder, which is
 * qms's own: once this layout is written they can never be read again, and at 10,000 procedures
 * one holds some 35 MB. Only regular files (rmSync does not follow a link, and removes no folder).
 */
function removeOlderLayouts(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (name === CACHE_FILE || !/^documents-v\d+\.bin$/.test(name)) continue;
    try {
      if (lstatSync(join(folder, name)).isFile()) rmSync(join(folder, name));
    } catch {
      // gone meanwhile, or not ours to remove: it only takes room
    }
  }
}

/** Which file this is, and in which state: another file renamed in its place, or the same one rewritten, is another identity. */
function fileIdentity(stats: Stats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The key that signs caches on this machine, created on first use (0600), outside any repository. */
function signingKey(env: Record<string, string | undefined>): Buffer | undefined {
  const folder = join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'qms');
  const path = join(folder, 'cache-signing-key');
  try {
    const key = readRegularFile(path, 'cache-signing-key', 4096);
    if (key.length >= 32) return key;
  } catch {
    // not made yet
  }
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(path, randomBytes(32), { flag: 'wx', mode: 0o600 });
    return readFileSync(path);
  } catch {
    try {
      const key = readFileSync(path);
      return key.length >= 32 ? key : undefined;
    } catch {
      return undefined;
    }
  }
}

/**
 * A document's content hash: git's object id of its UTF-8 bytes as a blob (what `git hash-object`
 * gives for a file of those bytes), so that a run reading a commit or the index (`--head`,
 * `--staged`) knows a document unchanged from git's own ids, without reading it (FileSource.blobIds).
 */
export function contentHash(text: string): string {
  return createHash('sha1').update(`blob ${Buffer.byteLength(text, 'utf8')}\0`).update(text).digest('hex');
}

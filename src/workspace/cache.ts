/** The signed document cache (.qms/cache): each document's summary and rule findings by content hash, file stat signatures, content hashes. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DocumentSummary } from '../model/document.js';
import type { Finding } from '../model/repository.js';
import { MAX_CACHE_BYTES, readRegularFile } from './safe-read.js';

/** Where the cache lives unless `--cache-location` says otherwise. */
export const DEFAULT_CACHE_LOCATION = '.qms/cache';
export const CACHE_FILE = 'documents-v3.bin';
/**
 * The shape of what the cache keeps (CachedDocument, DocumentSummary, Finding), part of its key:
 * change it whenever they change, so that a build of the same version never reads another's cache.
 */
export const CACHE_FORMAT = 'summary-4';
const MAC_LENGTH = 32;

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

/** The first line of the cache file, after its signature. */
interface CacheHeader {
  key: string;
  findingsKey: string;
}

/**
 * What checking each controlled document produced — its summary and the findings of the document
 * rules — keyed by the file's content hash, as ESLint's content strategy does. The whole cache is
 * keyed by what else the reading depends on (the qms version, the config text, the register's
 * texts); the findings also by the day and the section templates. So it is never stale. A file
 * whose size, times and inode are those recorded is not read at all (git's index does the same);
 * any other file is read and hashed, and a touched but unchanged file is still a hit.
 *
 * The cache sits in the repository, where a pull request could commit a forged one that hides
 * findings. So the file is signed (HMAC-SHA-256) with a key kept outside the repository, in the
 * user's cache folder: a cache this machine did not write is ignored, never trusted.
 */
export class DocumentCache {
  private readonly next = new Map<string, CachedDocument>();
  private kept = 0;
  private changed = false;

  private constructor(
    private readonly path: string,
    private readonly key: string,
    private readonly findingsKey: string,
    private readonly secret: Buffer,
    private readonly entries: ReadonlyMap<string, CachedDocument>,
  ) {}

  /**
   * Opens the cache at `folder`; a missing, foreign, forged or corrupt cache reads as empty, and
   * findings made under another `findingsKey` are dropped. Undefined when no signing key can be had.
   */
  static open(folder: string, key: string, findingsKey: string, env: Record<string, string | undefined> = process.env): DocumentCache | undefined {
    const secret = signingKey(env);
    if (!secret) return undefined;
    const path = join(folder, CACHE_FILE);
    let entries = new Map<string, CachedDocument>();
    try {
      // Only a regular file, capped, not through a linked folder: a committed link to /dev/zero or a
      // FIFO would otherwise hang every check (the cache is on by default, as in CI).
      if (isLink(dirname(folder)) || isLink(folder)) throw new Error('linked cache folder');
      const file = readRegularFile(path, CACHE_FILE, MAX_CACHE_BYTES);
      const payload = file.subarray(MAC_LENGTH);
      const headerEnd = payload.indexOf(0x0a);
      const header = JSON.parse(payload.subarray(0, headerEnd).toString('utf8')) as CacheHeader;
      // Made under another key (another version, config or register): not worth verifying or parsing.
      if (header.key === key && timingSafeEqual(createHmac('sha256', secret).update(payload).digest(), file.subarray(0, MAC_LENGTH))) {
        const documents = JSON.parse(payload.subarray(headerEnd + 1).toString('utf8')) as Record<string, CachedDocument>;
        entries = new Map(Object.entries(documents));
        if (header.findingsKey !== findingsKey) for (const entry of entries.values()) delete entry.findings;
      }
    } catch {
      // No cache yet, or one we cannot use: start afresh.
    }
    return new DocumentCache(path, key, findingsKey, secret, entries);
  }

  /** What the cache holds for `file`, whatever its state now. */
  peek(file: string): CachedDocument | undefined {
    return this.entries.get(file);
  }

  /** Keeps the entry of `file` for the next run, as it is. */
  keep(file: string): void {
    const entry = this.entries.get(file);
    if (!entry) return;
    this.next.set(file, entry);
    this.kept++;
  }

  /** Records what was made of `file` in this run. */
  set(file: string, entry: CachedDocument): void {
    this.next.set(file, entry);
    this.changed = true;
  }

  /** Entries kept unchanged from the last run. */
  get hitCount(): number {
    return this.kept;
  }

  /** Writes the entries of this run (deleted files drop out), atomically; a failure only costs speed. */
  save(): void {
    // Nothing made afresh and nothing gone: the file on disk already says it all.
    if (!this.changed && this.kept === this.entries.size) return;
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
      } catch {
        rmSync(temporary, { force: true });
      }
    } catch {
      // A read-only checkout still checks; it is only slower next time.
    }
  }

  /**
   * The signature, a header line with the keys, then the entries as one JSON object, written a
   * megabyte at a time: the cache of a large repository is never all in memory as text.
   */
  private write(path: string): void {
    const fd = openSync(path, 'wx');
    try {
      const mac = createHmac('sha256', this.secret);
      let position = MAC_LENGTH;
      let pending = '';
      const flush = (): void => {
        const bytes = Buffer.from(pending);
        mac.update(bytes);
        writeSync(fd, bytes, 0, bytes.length, position);
        position += bytes.length;
        pending = '';
      };
      pending = `${JSON.stringify({ key: this.key, findingsKey: this.findingsKey } satisfies CacheHeader)}\n{`;
      let first = true;
      for (const [file, entry] of this.next) {
        pending += `${first ? '' : ','}${JSON.stringify(file)}:${JSON.stringify(entry)}`;
        first = false;
        if (pending.length > 1 << 20) flush();
      }
      pending += '}';
      flush();
      writeSync(fd, mac.digest(), 0, MAC_LENGTH, 0);
    } finally {
      closeSync(fd);
    }
  }
}

/** How long after a change a file's size and times are taken as proof (coarse file system clocks). */
const SETTLED_MS = 2000;

/**
 * What identifies a file's state without reading it: size, modification and change times, inode.
 * Null when the file was modified less than two seconds before `readAt`: a later edit within the
 * same clock tick could keep all four (git calls such entries racy), so such a file is hashed
 * again next time. Any later write sets the modification time to its own time, which differs.
 */
export function statSignature(stat: Stats, readAt: number): string | null {
  if (readAt - stat.mtimeMs < SETTLED_MS) return null;
  return currentSignature(stat);
}

/** The signature of a file as it is now, to compare with a recorded one. */
export function currentSignature(stat: Stats): string {
  return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
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

/** A short content hash for cache keys. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

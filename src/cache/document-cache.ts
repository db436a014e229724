import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ControlledDocument } from '../document/model.js';

/** Where the cache lives unless `--cache-location` says otherwise. */
export const DEFAULT_CACHE_LOCATION = '.qms/cache';
const FILE = 'documents-v2.bin';
const MAC_LENGTH = 32;

interface CacheData {
  key: string;
  documents: Record<string, { hash: string; document: ControlledDocument }>;
}

/**
 * What reading a controlled document produced, keyed by the file's content hash, as ESLint's
 * content strategy does. The whole cache is keyed by what else the reading depends on — the qms
 * version, the config text and the register's texts — so it is never stale.
 *
 * The cache sits in the repository, where a pull request could commit a forged one that hides
 * findings. So the file is signed (HMAC-SHA-256) with a key kept outside the repository, in the
 * user's cache folder: a cache this machine did not write is ignored, never trusted.
 */
export class DocumentCache {
  private readonly next: CacheData['documents'] = Object.create(null) as CacheData['documents'];
  private hits = 0;

  private constructor(
    private readonly path: string,
    private readonly key: string,
    private readonly secret: Buffer,
    private readonly entries: CacheData['documents'],
  ) {}

  /** Opens the cache at `folder` for `key`; a missing, foreign, forged or corrupt cache reads as empty. Undefined when no signing key can be had. */
  static open(folder: string, key: string, env: Record<string, string | undefined> = process.env): DocumentCache | undefined {
    const secret = signingKey(env);
    if (!secret) return undefined;
    const path = join(folder, FILE);
    let entries = Object.create(null) as CacheData['documents'];
    try {
      const file = readFileSync(path);
      const payload = file.subarray(MAC_LENGTH);
      const mac = createHmac('sha256', secret).update(payload).digest();
      if (file.length > MAC_LENGTH && timingSafeEqual(mac, file.subarray(0, MAC_LENGTH))) {
        const data = deserialize(payload) as CacheData;
        if (data.key === key && data.documents && typeof data.documents === 'object') entries = Object.assign(entries, data.documents);
      }
    } catch {
      // No cache yet, or one we cannot use: start afresh.
    }
    return new DocumentCache(path, key, secret, entries);
  }

  /** The cached reading of `file` if its content still has `hash`. */
  get(file: string, hash: string): ControlledDocument | undefined {
    const entry = this.entries[file];
    if (entry?.hash !== hash) return undefined;
    this.hits++;
    this.next[file] = entry;
    return entry.document;
  }

  /** The content hashes the cache holds for these files (for workers that decide hits themselves). */
  hashes(files: readonly string[]): Record<string, string> {
    const result: Record<string, string> = {};
    for (const file of files) {
      const hash = this.entries[file]?.hash;
      if (hash !== undefined) result[file] = hash;
    }
    return result;
  }

  set(file: string, hash: string, document: ControlledDocument): void {
    this.next[file] = { hash, document };
  }

  get hitCount(): number {
    return this.hits;
  }

  /** Writes the entries of this run (deleted files drop out), atomically; a failure only costs speed. */
  save(): void {
    // Nothing read afresh and nothing gone: the file on disk already says it all.
    if (this.hits === Object.keys(this.next).length && this.hits === Object.keys(this.entries).length) return;
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
      const payload = serialize({ key: this.key, documents: this.next } satisfies CacheData);
      const mac = createHmac('sha256', this.secret).update(payload).digest();
      const temporary = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      writeFileSync(temporary, Buffer.concat([mac, payload]), { flag: 'wx' });
      try {
        renameSync(temporary, this.path);
      } catch {
        rmSync(temporary, { force: true });
      }
    } catch {
      // A read-only checkout still checks; it is only slower next time.
    }
  }
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
    const key = readFileSync(path);
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

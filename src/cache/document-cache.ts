import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ControlledDocument } from '../document/model.js';

/** Where the cache lives unless `--cache-location` says otherwise. */
export const DEFAULT_CACHE_LOCATION = '.qms/cache';
const FILE = 'documents-v1.json';

interface CacheFile {
  key: string;
  documents: Record<string, { hash: string; document: ControlledDocument }>;
}

/**
 * What reading a controlled document produced, keyed by the file's content hash, as ESLint's
 * content strategy does. The whole cache is keyed by what else the reading depends on — the qms
 * version, the config text and the register's texts — so it is never stale: any of them changing
 * empties it.
 */
export class DocumentCache {
  private readonly entries: CacheFile['documents'];
  private readonly next: CacheFile['documents'] = Object.create(null) as CacheFile['documents'];
  private hits = 0;

  private constructor(
    private readonly path: string,
    private readonly key: string,
    entries: CacheFile['documents'],
  ) {
    this.entries = entries;
  }

  /** Opens the cache at `folder` for `key`; an unreadable, corrupt or foreign cache reads as empty. */
  static open(folder: string, key: string): DocumentCache {
    const path = join(folder, FILE);
    let entries = Object.create(null) as CacheFile['documents'];
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
      if (data.key === key && data.documents && typeof data.documents === 'object') entries = Object.assign(entries, data.documents);
    } catch {
      // No cache yet, or one we cannot use: start afresh.
    }
    return new DocumentCache(path, key, entries);
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
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      // Like .pytest_cache: the cache ignores itself, so it never shows in git status.
      const ignore = join(dirname(this.path), '.gitignore');
      if (!existsSync(ignore)) writeFileSync(ignore, '# qms cache: safe to delete\n*\n');
      const temporary = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      writeFileSync(temporary, JSON.stringify({ key: this.key, documents: this.next } satisfies CacheFile));
      renameSync(temporary, this.path);
    } catch {
      // A read-only checkout still checks; it is only slower next time.
    }
  }
}

/** A short content hash for cache keys. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

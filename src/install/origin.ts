/** Where the running qms was installed from, as a `--qms` spec: read from the lockfile npm kept beside the install, else name@version. */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { qmsPackageName, qmsVersion } from '../version.js';

/** The spec of the running qms and how it was found. */
export interface RunningOrigin {
  spec: string;
  /** `lockfile`: npm's record of this install; `package`: name@version, npm kept no record (a global install, a clone). */
  from: 'lockfile' | 'package';
}

interface LockEntry {
  version?: string;
  resolved?: string;
}

/**
 * The spec the running qms was installed from, so `qms init` pins the same one by default:
 * - installed into a folder (`npm install <spec>`, `npx`): npm's lockfile there
 *   (`node_modules/.package-lock.json`, else `package-lock.json`) records what it resolved: a
 *   tarball on disk (its absolute path, when it still exists), a git URL at its commit, a tarball URL,
 *   or the registry (name@version);
 * - anything else (a global install, for which npm keeps no record; a clone of the source):
 *   `<name>@<version>` of the running package, which resolves only once that version is published.
 */
export function runningQmsOrigin(packageRoot: string = PACKAGE_ROOT): RunningOrigin {
  const name = qmsPackageName();
  const fallback: RunningOrigin = { spec: `${name}@${qmsVersion()}`, from: 'package' };
  const marker = `${sep}node_modules${sep}${name.split('/').join(sep)}`;
  const trimmed = packageRoot.replace(/[\\/]+$/, '');
  if (!trimmed.endsWith(marker)) return fallback;
  const installRoot = trimmed.slice(0, -marker.length);
  for (const lockfile of [join(installRoot, 'node_modules', '.package-lock.json'), join(installRoot, 'package-lock.json')]) {
    const entry = lockEntry(lockfile, `node_modules/${name}`);
    const spec = entry && specOf(entry, name, installRoot);
    if (spec) return { spec, from: 'lockfile' };
  }
  return fallback;
}

function lockEntry(lockfile: string, key: string): LockEntry | undefined {
  if (!existsSync(lockfile)) return undefined;
  try {
    const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as { packages?: Record<string, LockEntry> };
    return lock.packages?.[key];
  } catch {
    return undefined; // a damaged lockfile tells nothing: fall back
  }
}

/** A lock entry's `resolved` as a spec `--qms` reads, or undefined when it names nothing reusable (a linked folder). */
function specOf(entry: LockEntry, name: string, installRoot: string): string | undefined {
  const resolved = entry.resolved;
  if (!resolved) return undefined;
  if (resolved.startsWith('file:')) {
    const path = resolved.slice('file:'.length);
    const absolute = isAbsolute(path) ? path : resolve(installRoot, path);
    return /\.(?:tgz|tar\.gz)$/i.test(absolute) && existsSync(absolute) ? absolute : undefined;
  }
  if (resolved.startsWith('git+')) return resolved;
  if (/^https:\/\//.test(resolved)) {
    // A registry tarball (…/<name>/-/<file>.tgz) is pinned by name and version, so the repository
    // follows its own registry settings; any other URL is pinned as it is.
    return resolved.includes(`/${name}/-/`) && entry.version ? `${name}@${entry.version}` : resolved;
  }
  return undefined;
}

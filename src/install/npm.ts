/** The one place qms runs npm (`qms init` installing the pinned qms): with arguments, never through a shell. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What a run of npm gave. */
export interface NpmResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * npm's command line as [program, ...arguments]: npm's own script run by this Node when it can be
 * found (the npm running qms, else the npm installed beside Node: `node_modules/npm` on Windows,
 * `../lib/node_modules/npm` elsewhere), else `npm` from PATH. On Windows npm on PATH is a .cmd,
 * which Node starts only through a shell: finding the script avoids that.
 */
export function npmCommand(env: Record<string, string | undefined>, execPath: string = process.execPath): string[] {
  const candidates = [
    env.npm_execpath && /^npm-cli\.c?js$/.test(basename(env.npm_execpath)) ? env.npm_execpath : undefined,
    join(dirname(execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    join(dirname(execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  const script = candidates.find((candidate) => candidate !== undefined && existsSync(candidate));
  return script ? [execPath, script] : ['npm'];
}

/**
 * The environment npm runs in: the caller's, less what an enclosing npm run left for its own
 * project (`npx qms init` inside another project sets npm_config_local_prefix to that project,
 * which would install there instead of in `cwd`). The user's own npm settings (registry, proxy,
 * cache, offline) pass through.
 */
export function npmEnvironment(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== 'npm_config_local_prefix' && !/^npm_(package|lifecycle)_/.test(key)));
}

/** Runs npm with `args` in `cwd` (no shell; output captured); code -1 when npm could not be started. */
export function runNpm(cwd: string, args: readonly string[], env: Record<string, string | undefined>): NpmResult {
  const [program, ...prefix] = npmCommand(env);
  const result = spawnSync(program!, [...prefix, ...args], { cwd, env: npmEnvironment(env), encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr ?? (result.error ? String(result.error) : '') };
}

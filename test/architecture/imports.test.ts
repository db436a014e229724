/**
 * The house rules of the code base, read from the sources: the core is pure (no file system, no
 * processes, no threads, no git, no CLI, directly or through another module), rules import the
 * model and never the reverse, the rule catalogue is imported only by the lint engine and the
 * config, and only the workspace and the CLI open a repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/** Every .ts file under src/, relative to it, with `/`. */
function sources(folder = SRC): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

const FILES = sources();

/** The runtime imports of a file (type-only imports left out): src-relative paths for relative ones, else the package name. */
function runtimeImports(file: string, withTypes = false): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const found: string[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?([^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) {
    if (match[2] && !withTypes) continue;
    // `import { type A, type B } from` is erased too when every name is a type.
    const names = /\{([^}]*)\}/.exec(match[3] ?? '')?.[1];
    if (!withTypes && names !== undefined && match[3]!.trim().startsWith('{') && names.split(',').every((name) => name.trim() === '' || name.trim().startsWith('type '))) continue;
    const specifier = match[4]!;
    found.push(specifier.startsWith('.') ? normalize(join(dirname(file), specifier)).split('\\').join('/').replace(/\.js$/, '.ts') : specifier);
  }
  return found;
}

const GRAPH = new Map(FILES.map((file) => [file, runtimeImports(file)]));

/** The chain of runtime imports from `file` to the first module `forbidden` accepts, or undefined. */
function reaches(file: string, forbidden: (module: string) => boolean): string[] | undefined {
  const previous = new Map<string, string | null>([[file, null]]);
  const queue = [file];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const next of GRAPH.get(current) ?? []) {
      if (forbidden(next)) {
        const chain = [next, current];
        for (let at = previous.get(current); at; at = previous.get(at)) chain.push(at);
        return chain.reverse();
      }
      if (GRAPH.has(next) && !previous.has(next)) {
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/** The core: the model, reading documents, the legal recognizer, rules, the lint engine, planning, regions, formatters, lookups, views, issued documents and the site, TTHC records, the province report, reading a --qms spec. */
const CORE = ['model/', 'export/', 'site/', 'document/', 'legal/', 'markdown/', 'rules/', 'lint/', 'sections/', 'format/', 'impact/', 'lifecycle/', 'register/', 'lookup/', 'views/', 'yaml-edit/', 'i18n/', 'util/', 'tthc/', 'config/types.ts', 'config/defaults.ts', 'config/file-sets.ts', 'change/', 'province/', 'install/spec.ts'];
const IMPURE = (module: string): boolean =>
  ['node:fs', 'node:child_process', 'node:worker_threads', 'fs', 'child_process', 'worker_threads', 'simple-git', 'commander'].includes(module) || module.startsWith('cli/') || module.startsWith('git/') || module.startsWith('workspace/') || module.startsWith('write/');

describe('the architecture', () => {
  it('finds the sources and their imports (the checks below are not vacuous)', () => {
    expect(FILES.length).toBeGreaterThan(150);
    expect(GRAPH.get('cli/main.ts')).toContain('commander');
    expect(reaches('cli/main.ts', (m) => m === 'node:fs')).toBeDefined();
  });

  it('keeps the core pure: no file system, process, thread, git, CLI, workspace or writer, even through another module', () => {
    const impure = FILES.filter((file) => CORE.some((part) => file.startsWith(part)))
      .map((file) => reaches(file, IMPURE))
      .filter((chain) => chain !== undefined)
      .map((chain) => chain.join(' → '));
    expect(impure).toEqual([]);
  });

  it('lets rules import the model, never the model import rules, the engine, the workspace or the CLI (not even a type)', () => {
    const backwards = FILES.filter((file) => file.startsWith('model/')).flatMap((file) =>
      runtimeImports(file, true)
        .filter((module) => ['rules/', 'lint/', 'workspace/', 'cli/', 'write/', 'git/'].some((part) => module.startsWith(part)))
        .map((module) => `${file} → ${module}`),
    );
    expect(backwards).toEqual([]);
  });

  it('imports the rule catalogue only from the lint engine and the config (which needs rule ids)', () => {
    const importers = FILES.filter((file) => GRAPH.get(file)!.includes('lint/catalogue.ts'));
    expect(importers.sort()).toEqual(['config/load.ts', 'lint/run.ts']);
  });

  it('opens a repository only in the workspace: no command reads the config or finds the root itself', () => {
    const openers = FILES.filter((file) => GRAPH.get(file)!.some((module) => ['config/load.ts', 'workspace/root.ts', 'workspace/read-full.ts', 'workspace/read-indexed.ts'].includes(module)));
    // check finds the root of given paths before opening, to narrow the findings it asks for; init
    // and hook find where a repository is (or is to be made), not what it holds.
    expect(openers.filter((file) => !file.startsWith('workspace/')).sort()).toEqual(['cli/commands/check.ts', 'cli/commands/hook.ts', 'cli/commands/init.ts']);
  });

  it('writes files only through the one writer', () => {
    const writers = FILES.filter((file) => GRAPH.get(file)!.includes('write/atomic.ts'));
    expect(writers.sort()).toEqual(['write/apply.ts']);
  });

  it('starts every source file with a header comment saying what it holds', () => {
    const bare = FILES.filter((file) => !/^(#!.*\n)?\s*(\/\*\*|\/\/)/.test(readFileSync(join(SRC, file), 'utf8')));
    expect(bare).toEqual([]);
  });
});

/**
 * The formatters are pure: no module of src/format imports, at run time, the file system, child
 * processes, worker threads, git, the command line, the workspace or the lint engine. Type-only
 * imports (`import type`, `export type … from`) are erased by the compiler and allowed; an
 * `import { type X }` is not counted as one, since it may be kept as a side-effect import.
 */
import { readdirSync } from 'node:fs';
import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFindings as formatOrder } from '../../src/format/order.js';
import { FORMATS, FORMATTERS, formatReport, type ReportContext } from '../../src/format/index.js';
import { RULES } from '../../src/lint/catalogue.js';
import { compareFindings as lintOrder } from '../../src/lint/run.js';
import type { Finding } from '../../src/model/repository.js';
import { qmsVersion } from '../../src/version.js';
import { DOCS_BASE, MIXED, PROCEDURE, readRepoFile } from './support.js';

const FORMAT_DIR = 'src/format';

/** The modules of src/format, as repository paths. */
function formatModules(): string[] {
  return readdirSync(new URL(`../../${FORMAT_DIR}/`, import.meta.url))
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `${FORMAT_DIR}/${name}`);
}

interface ModuleImport {
  specifier: string;
  /** `import type …` or `export type … from`: erased at compile time. */
  typeOnly: boolean;
}

/**
 * The imports of a TypeScript module: static `import … from '…'`, side-effect `import '…'`,
 * re-exports `export … from '…'`, dynamic `import('…')` and `require('…')`. A reader for this
 * code base's style, not a TypeScript parser; block comments and `//` line comments are skipped.
 */
function importsOf(source: string): ModuleImport[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: ModuleImport[] = [];
  const statement = /(?:^|[;\n])\s*(?:import|export)\s+(type\s+)?(?:[\w$*{},\s]+?\s+from\s*)?['"]([^'"]+)['"]/g;
  for (const match of code.matchAll(statement)) found.push({ specifier: match[2]!, typeOnly: match[1] !== undefined });
  for (const match of code.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]/g)) found.push({ specifier: match[1]!, typeOnly: false });
  return found;
}

const FORBIDDEN_BUILTINS = new Set(['fs', 'fs/promises', 'child_process', 'worker_threads']);
const FORBIDDEN_PACKAGES = ['simple-git', 'commander'];

/** Why a module of `fromFile` may not import `specifier` at run time, or undefined when it may. */
function forbiddenReason(specifier: string, fromFile: string): string | undefined {
  const builtin = specifier.replace(/^node:/, '');
  if (FORBIDDEN_BUILTINS.has(builtin)) return `Node's ${builtin}`;
  const pkg = FORBIDDEN_PACKAGES.find((name) => specifier === name || specifier.startsWith(`${name}/`));
  if (pkg) return `the ${pkg} package`;
  if (!specifier.startsWith('.')) return undefined;
  const target = posix.normalize(posix.join(posix.dirname(fromFile), specifier)).replace(/\.(?:js|ts)$/, '');
  const folder = /^src\/(cli|git|workspace)\//.exec(target);
  if (folder) return `src/${folder[1]}/`;
  if (target === 'src/lint/run') return 'src/lint/run.ts';
  return undefined;
}

/** The run-time imports of a module that break the formatters' purity, as `specifier (reason)`. */
function violations(source: string, file: string): string[] {
  return importsOf(source)
    .filter((entry) => !entry.typeOnly)
    .flatMap((entry) => {
      const reason = forbiddenReason(entry.specifier, file);
      return reason ? [`${file}: ${entry.specifier} (${reason})`] : [];
    });
}

describe('src/format is pure', () => {
  it('holds the formatters', () => {
    expect(formatModules()).toEqual(expect.arrayContaining(['src/format/index.ts', 'src/format/sarif.ts', 'src/format/junit.ts', 'src/format/github.ts', 'src/format/stylish.ts', 'src/format/json.ts']));
  });

  it('imports no file system, process, thread, git, CLI, workspace or lint engine at run time', () => {
    const found = formatModules().flatMap((file) => violations(readRepoFile(file), file));
    expect(found).toEqual([]);
  });

  it('starts every module with a one-line header comment', () => {
    for (const file of formatModules()) {
      expect(readRepoFile(file).split('\n')[0], file).toMatch(/^\/\*\* \S.* \*\/$/);
    }
  });

  describe('the import reader', () => {
    const FILE = 'src/format/example.ts';

    it('finds run-time imports of every forbidden kind, on one line or several', () => {
      const source = [
        "import { readFileSync } from 'node:fs';",
        "import { spawnSync } from 'child_process';",
        "import { Worker } from 'node:worker_threads';",
        "import { simpleGit } from 'simple-git';",
        "import { Command } from 'commander';",
        "import { main } from '../cli/main.js';",
        "import { git } from '../git/run.js';",
        'import {',
        '  compareFindings,',
        '  summarize,',
        "} from '../lint/run.js';",
        "import { type Summary } from '../lint/run.js';",
        "export { openRepository } from '../workspace/open.js';",
        "import '../workspace/side-effect.js';",
        "const lazy = await import('node:fs/promises');",
      ].join('\n');
      expect(violations(source, FILE)).toEqual([
        `${FILE}: node:fs (Node's fs)`,
        `${FILE}: child_process (Node's child_process)`,
        `${FILE}: node:worker_threads (Node's worker_threads)`,
        `${FILE}: simple-git (the simple-git package)`,
        `${FILE}: commander (the commander package)`,
        `${FILE}: ../cli/main.js (src/cli/)`,
        `${FILE}: ../git/run.js (src/git/)`,
        `${FILE}: ../lint/run.js (src/lint/run.ts)`,
        `${FILE}: ../lint/run.js (src/lint/run.ts)`,
        `${FILE}: ../workspace/open.js (src/workspace/)`,
        `${FILE}: ../workspace/side-effect.js (src/workspace/)`,
        `${FILE}: node:fs/promises (Node's fs/promises)`,
      ]);
    });

    it('allows type-only imports, other modules and mentions in comments or strings', () => {
      const source = [
        '/** Reads nothing: no `import { readFileSync } from "node:fs"` here. */',
        "import type { Summary } from '../lint/run.js';",
        "import type {\n  OpenedRepository,\n} from '../workspace/open.js';",
        "export type { Summary } from '../lint/run.js';",
        "import { RULES } from '../lint/catalogue.js';",
        "import { Chalk } from 'chalk';",
        "import { ruleDocsUri } from './sarif.js';",
        "// import { git } from '../git/run.js';",
        "const text = 'node:fs';",
      ].join('\n');
      expect(violations(source, FILE)).toEqual([]);
      expect(importsOf(source).map((entry) => entry.specifier)).toEqual(['../lint/run.js', '../workspace/open.js', '../lint/run.js', '../lint/catalogue.js', 'chalk', './sarif.js']);
    });
  });
});

describe('the order of findings in src/format', () => {
  it('is the lint engine\'s order', () => {
    const text = fc.constantFrom('', 'a', 'b', 'a/b.md', 'A.md', 'é.md', 'e\u0301.md', '\uD83D\uDCC4.md', '\uFFFD');
    const finding = fc.record({
      file: text,
      line: fc.integer({ min: 1, max: 4 }),
      column: fc.integer({ min: 1, max: 4 }),
      severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
      ruleId: fc.constantFrom('legal/superseded', 'ref/obsolete', 'code/format'),
      messageId: fc.constant('read.yaml' as const),
      data: fc.string().map((detail) => ({ detail })),
    });
    fc.assert(
      fc.property(finding, finding, (a: Finding, b: Finding) => {
        expect(Math.sign(formatOrder(a, b))).toBe(Math.sign(lintOrder(a, b)));
      }),
    );
  });
});

describe('formatReport', () => {
  const context: ReportContext = {
    language: 'en',
    summary: { errors: 3, warnings: 2, infos: 2 },
    color: false,
    checked: { documents: 2, legal: 1 },
    files: [PROCEDURE, 'procedures/clean.md'],
    docsBaseUri: DOCS_BASE,
    rules: RULES.map((rule) => rule.meta),
    toolVersion: qmsVersion(),
  };

  it('gives every format its formatter, with the context as the caller built it', () => {
    for (const format of FORMATS) {
      expect(formatReport(format, MIXED, context), format).toBe(FORMATTERS[format](MIXED, context));
    }
    const driver = (JSON.parse(formatReport('sarif', [], context)) as { runs: Array<{ tool: { driver: { version: string; rules: unknown[] } } }> }).runs[0]!.tool.driver;
    expect(driver.version).toBe((JSON.parse(readRepoFile('package.json')) as { version: string }).version);
    expect(driver.rules).toHaveLength(RULES.length);
  });

  it('keeps the rules and version its caller gives', () => {
    const rules = [RULES[0]!.meta];
    const driver = (JSON.parse(formatReport('sarif', [], { ...context, rules, toolVersion: '9.9.9' })) as { runs: Array<{ tool: { driver: { version: string; rules: Array<{ id: string }> } } }> }).runs[0]!.tool.driver;
    expect(driver.version).toBe('9.9.9');
    expect(driver.rules.map((rule) => rule.id)).toEqual([rules[0]!.id]);
  });
});

describe('qmsVersion', () => {
  it('is package.json\'s version, read once', () => {
    expect(qmsVersion()).toBe((JSON.parse(readRepoFile('package.json')) as { version: string }).version);
    expect(qmsVersion()).toBe(qmsVersion());
  });
});

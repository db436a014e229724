/**
 * Corpus cases of the second round of hostile input (issue 20): inputs that once hung, crashed or
 * forged what qms reads or prints. Same shape as corpus/generated.ts; each names the class it guards.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sampleDocument } from '../support.js';
import { outsideFolder, type GeneratedCase } from './generated.js';

const P = 'procedures/QT-A-01.md';
const brokenAtLine5 = (file = P) => [{ file, line: 5, ruleId: 'frontmatter/schema' }];

function put(root: string, path: string, content: string | Buffer): void {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}

/** A symbolic link at `path` (folders made) to `target`. */
function link(root: string, path: string, target: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  symlinkSync(target, join(root, path));
}

/** A named pipe at `path`: opening it for reading blocks until a writer comes (none will). */
function fifo(root: string, path: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  const made = spawnSync('mkfifo', [join(root, path)]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`);
}

/** A file outside every repository, with text a link must never carry in. */
function outsideFile(name: string, text: string): string {
  const path = join(outsideFolder(), name);
  writeFileSync(path, text);
  return path;
}

const CACHE = '.qms/cache/documents-v6.bin';

/** "Điều 1, Điều 2, … Điều k": the list every backtracking parse could split 2^k ways. */
const articleList = (k: number): string => Array.from({ length: k }, (_, i) => `Điều ${i + 1}`).join(', ');

export function roundTwoCases(): GeneratedCase[] {
  return [
    // ---- 1. the article-reference window cannot backtrack
    {
      name: 'r2-article-list-backtracking',
      description: 'body lines of 60 "Điều k," items, a stray character, then a citation (once 2^60 steps)',
      build: (root) =>
        put(root, P, sampleDocument({ broken: true, body: Array.from({ length: 50 }, () => `${articleList(60)} @ Nghị định số 61/2018/NĐ-CP; ${articleList(60)}, @ 61/2018/NĐ-CP`).join('\n') })),
      findings: brokenAtLine5(),
      commands: true,
    },
    // ---- 6. code patterns are accepted only when unambiguous by construction
    ...['^(A|A)+$', `^${'A*'.repeat(12)}$`, '^(?:QT|Q)+-\\d+$'].map((pattern, i): GeneratedCase => ({
      name: `r2-code-pattern-overlap-${i + 1}`,
      description: `types.procedure.pattern ${pattern} with a code of 30 A's and a body word of 10,000 (once tens of seconds)`,
      build: (root) => {
        put(root, 'qms.config.yaml', `types:\n  procedure:\n    sections: []\n    pattern: '${pattern}'\n`);
        put(root, P, sampleDocument({ code: `${'A'.repeat(30)}!`, body: `Xem ${'A'.repeat(10_000)}!` }));
      },
      findings: [],
      refusal: 'types\\.procedure\\.pattern has .*(exponential|polynomial)',
      cache: i === 0,
    })),
    // ---- 8. YAML budgeted by what it expands to, duplicate keys found in linear time
    {
      name: 'r2-yaml-anchored-list-aliases',
      description: 'a hundred aliases of one anchored list of 5,000 items (within the alias budget; once seconds and gigabytes)',
      build: (root) =>
        put(root, P, sampleDocument().replace('status: draft', `status: draft\nbig: &big [${Array.from({ length: 5_000 }, (_, i) => i).join(', ')}]\ncopies: [${Array.from({ length: 100 }, () => '*big').join(', ')}]`)),
      findings: [{ file: P, line: [7, 8], ruleId: 'frontmatter/parse' }],
      message: 'expands to more than',
    },
    {
      name: 'r2-yaml-many-keys-tab',
      description: '30,000 distinct keys and one tab (off the fast reader, once the yaml package\'s quadratic duplicate-key check)',
      build: (root) =>
        put(root, P, sampleDocument({ broken: true }).replace('status: draft', `status: draft\nnote: "a\tb"\n${Array.from({ length: 30_000 }, (_, i) => `k${i}: ${i}`).join('\n')}`)),
      findings: brokenAtLine5(),
    },
    {
      name: 'r2-yaml-duplicate-after-many-keys',
      description: '20,000 distinct keys, a tab, then a duplicate key: still found, at its line',
      build: (root) =>
        put(root, P, sampleDocument().replace('status: draft', `status: draft\nnote: "a\tb"\n${Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\nk7: again`)),
      findings: [{ file: P, line: 20_008, ruleId: 'frontmatter/parse' }],
      message: 'unique',
    },
    // ---- 2. numbers in the front matter that would drive loops are bounded
    ...['10000000', '1e23', '9007199254740993', '1.0e+308'].map((value): GeneratedCase => ({
      name: `r2-revision-${value}`,
      description: `revision: ${value} (once an 88 MB report, or V8 killed)`,
      build: (root) => put(root, P, sampleDocument().replace('revision: 1\n', `revision: ${value}\n`)),
      findings: [{ file: P, line: 5, ruleId: 'frontmatter/schema' }],
      message: 'at most 9999|whole number',
      commands: true,
    })),
    {
      name: 'r2-revision-history-rows',
      description: 'revision: 9999 with a single history row: the missing rows are listed up to 20 and counted',
      build: (root) => put(root, P, sampleDocument().replace('revision: 1\n', 'revision: 9999\n')),
      findings: [{ file: P, line: 9, ruleId: 'revision/history' }],
      message: '^history has no row for revision 2, 3, .*, 21 and 9978 more ',
    },
    // ---- 3 and 5. only regular files inside the repository are read, capped before reading
    ...(['/dev/zero', '/dev/urandom'] as const).map((device): GeneratedCase => ({
      name: `r2-cache-link-${device.slice(5)}`,
      description: `a committed cache file that is a link to ${device}, cache on (the CI default)`,
      build: (root) => {
        put(root, P, sampleDocument({ broken: true }));
        link(root, CACHE, device);
      },
      findings: brokenAtLine5(),
      cache: true,
    })),
    {
      name: 'r2-cache-fifo',
      description: 'a committed cache file that is a named pipe, cache on',
      build: (root) => {
        put(root, P, sampleDocument({ broken: true }));
        fifo(root, CACHE);
      },
      findings: brokenAtLine5(),
      cache: true,
    },
    {
      name: 'r2-cache-folder-link',
      description: 'a committed .qms that links to a folder outside holding a cache, cache on',
      build: (root) => {
        put(root, P, sampleDocument({ broken: true }));
        mkdirSync(join(outsideFolder(), 'qms-folder/cache'), { recursive: true });
        link(root, '.qms', join(outsideFolder(), 'qms-folder'));
      },
      findings: brokenAtLine5(),
      cache: true,
    },
    ...[false, true].flatMap((cache): GeneratedCase[] => [
      {
        name: `r2-config-dev-zero${cache ? '-cache' : ''}`,
        description: `qms.config.yaml is a link to /dev/zero${cache ? ', cache on' : ''}`,
        build: (root) => replaceConfig(root, '/dev/zero'),
        findings: [],
        refusal: 'qms\\.config\\.yaml.*(outside the repository|not a regular file)',
        cache,
      },
      {
        name: `r2-config-fifo${cache ? '-cache' : ''}`,
        description: `qms.config.yaml is a named pipe${cache ? ', cache on' : ''}`,
        build: (root) => {
          replaceConfig(root, null);
          fifo(root, 'qms.config.yaml');
        },
        findings: [],
        refusal: 'qms\\.config\\.yaml.*not a regular file',
        cache,
      },
    ]),
    {
      name: 'r2-config-link-outside',
      description: 'qms.config.yaml is a link to a file outside the repository',
      build: (root) => replaceConfig(root, outsideFile('config.yaml', 'organization: Ngoài kho\n')),
      findings: [],
      refusal: 'qms\\.config\\.yaml.*outside the repository',
    },
    {
      name: 'r2-section-templates-dev-zero',
      description: 'templates/sections.vi.yaml is a link to /dev/zero, cache on',
      build: (root) => {
        put(root, P, sampleDocument({ broken: true }));
        link(root, 'templates/sections.vi.yaml', '/dev/zero');
      },
      // Read only when a region needs it (then refused in one line); the cache key reads it as absent.
      findings: brokenAtLine5(),
      orRefusal: 'templates/sections\\.vi\\.yaml.*(outside the repository|not a regular file)',
      cache: true,
    },
    {
      name: 'r2-document-fifo',
      description: 'a named pipe named like a document: not a file, never opened',
      build: (root) => {
        put(root, P, sampleDocument());
        fifo(root, 'procedures/QT-B-01.md');
      },
      findings: [],
      exactly: true,
      cache: true,
    },
    {
      name: 'r2-document-over-cap',
      description: 'a document of 64 MB (sparse), over the 32 MB cap: refused before it is read (200 MB once took 38 s and 4 GB)',
      build: (root) => {
        put(root, P, sampleDocument());
        const fd = openSync(join(root, 'procedures/QT-B-01.md'), 'w');
        writeSync(fd, sampleDocument({ code: 'QT-B-01' }));
        writeSync(fd, Buffer.from('Theo Nghị định số 61/2018/NĐ-CP.\n'), 0, undefined, 64 * 1024 * 1024 - 64);
        closeSync(fd);
      },
      findings: [],
      refusal: 'QT-B-01\\.md: it is 64 MB, more than the 32 MB qms reads',
    },
  ];
}

/** Puts a link to `target` in place of the base's qms.config.yaml (only removes it when null). */
function replaceConfig(root: string, target: string | null): void {
  rmSync(join(root, 'qms.config.yaml'), { force: true });
  if (target !== null) symlinkSync(target, join(root, 'qms.config.yaml'));
}

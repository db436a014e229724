/**
 * Corpus cases that cannot (or should not) be committed as files: large inputs, exact bytes that
 * editors and git settings may change (BOM, CR, invalid UTF-8, NUL), symbolic links, unreadable
 * files, names with line feeds. Each writes its files over a copy of `_base/` and says what
 * `qms check` must report, in the same terms as the `case.json` of a folder case.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BIN } from '../../helpers/cli.js';
import { legalEntry, sampleDocument, tempFolder } from '../support.js';

/** What a case expects of `qms check` (also the shape of each folder's case.json). */
export interface Expectation {
  description: string;
  /**
   * Findings that must be reported (others may be too, unless `exactly`). A list of files or lines
   * accepts any of them.
   */
  findings?: Array<{ file: string | string[]; line: number | number[]; ruleId: string }>;
  /** No finding besides those listed. */
  exactly?: boolean;
  /** A regular expression the message of the first listed finding must match. */
  message?: string;
  /** The run must be refused: exit 2, one line on stderr matching this regular expression. */
  refusal?: string;
  /** The findings, or else a refusal whose line matches this regular expression. */
  orRefusal?: string;
  /** Paths (from the root) that must not exist afterwards: what a payload would have written. */
  absent?: string[];
  /** Also run `qms render --check` and `qms impact … --apply --dry-run` on the repository. */
  commands?: boolean;
  /** Also run the check in-process, to see that Object.prototype is untouched. */
  inProcess?: boolean;
  /** Run the check with its cache on (the default mode, as in CI); writes under .qms/cache are allowed. */
  cache?: boolean;
}

export interface GeneratedCase extends Expectation {
  name: string;
  /** Writes the case's files into `root` (which already holds `_base/`). */
  build(root: string): void;
  /** Run the CLI as this user (root only): set by the unreadable-file case. */
  uid?: number;
}

const P = 'procedures/QT-A-01.md';
const brokenAtLine5 = (file = P) => [{ file, line: 5, ruleId: 'frontmatter/schema' }];

function put(root: string, path: string, content: string | Buffer): void {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}

/** The sample document with `revision: x` (a finding on line 5), transformed. */
function brokenDocument(transform: (text: string) => string | Buffer = (t) => t, body?: string): (root: string) => void {
  return (root) => put(root, P, transform(sampleDocument({ broken: true, ...(body !== undefined ? { body } : {}) })));
}

/** Bytes of `text` as UTF-8, with `bytes` put in place of the marker "@@". */
function withBytes(text: string, bytes: number[]): Buffer {
  const [before, after] = text.split('@@') as [string, string];
  return Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from(bytes), Buffer.from(after, 'utf8')]);
}

/** A realistic line of procedure text: citations, article references, codes, a comment, code. */
const PROSE =
  'Bộ phận Một cửa tiếp nhận hồ sơ theo QT-A-01 và điểm a khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP ngày 23/4/2018; <!-- ghi chú --> mẫu `BM-01`.\n';

function repeatTo(line: string, bytes: number): string {
  return line.repeat(Math.ceil(bytes / Buffer.byteLength(line)));
}

/** Where the symbolic-link cases point: a folder outside every repository, with a broken document. */
let outside: string | undefined;
export function outsideFolder(): string {
  // Made again once removed: the temporary folders go after each test file, this module stays loaded.
  if (outside === undefined || !existsSync(outside)) {
    outside = tempFolder('qms-outside-');
    writeFileSync(join(outside, 'QT-B-01.md'), sampleDocument({ code: 'QT-B-01', broken: true }));
  }
  return outside;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
/**
 * Root reads any file whatever its mode, so as root the unreadable-file case runs qms as nobody
 * (65534) — when nobody can run it here; otherwise root's reading is asserted instead.
 */
const NOBODY = 65534;
let unreadableUid: { uid: number | undefined } | undefined;
/** The user the unreadable-file case runs qms as, found once (it takes a run of qms to know). */
function unreadableUser(): number | undefined {
  unreadableUid ??= { uid: isRoot && spawnSync(process.execPath, [BIN, '--version'], { uid: NOBODY, gid: NOBODY }).status === 0 ? NOBODY : undefined };
  return unreadableUid.uid;
}

export function generatedCases(): GeneratedCase[] {
  const UNREADABLE_UID = unreadableUser();
  const rootReadsIt = isRoot && UNREADABLE_UID === undefined;
  return [
    // ---- encodings and line endings (a finding on line 5 must stay on line 5)
    { name: 'gen-bom', description: 'a byte-order mark', build: brokenDocument((t) => `\uFEFF${t}`), findings: brokenAtLine5(), commands: true },
    { name: 'gen-crlf', description: 'CRLF line endings', build: brokenDocument((t) => t.replace(/\n/g, '\r\n')), findings: brokenAtLine5(), commands: true },
    { name: 'gen-cr-only', description: 'CR-only line endings', build: brokenDocument((t) => t.replace(/\n/g, '\r')), findings: brokenAtLine5(), commands: true },
    {
      name: 'gen-mixed-eol',
      description: 'LF, CRLF and CR mixed in one file',
      build: brokenDocument((t) => t.split('\n').map((line, i) => line + ['\n', '\r\n', '\r'][i % 3]).join('')),
      findings: brokenAtLine5(),
    },
    { name: 'gen-nfd', description: 'text in Unicode NFD', build: brokenDocument((t) => t.normalize('NFD')), findings: brokenAtLine5() },
    {
      name: 'gen-bom-crlf-register',
      description: 'a register entry with a BOM, CRLF and an impossible date',
      build: (root) => put(root, 'legal/nd-1-2020.md', `\uFEFF${legalEntry('1/2020/NĐ-CP', '', { signed: '2024-02-30', effective: '2024-03-01' }).replace(/\n/g, '\r\n')}`),
      findings: [{ file: 'legal/nd-1-2020.md', line: 6, ruleId: 'register/schema' }],
    },
    // ---- bytes that are not UTF-8 text
    {
      name: 'gen-invalid-utf8-front-matter',
      description: 'invalid UTF-8 (a Windows-1258 byte) in the title',
      build: (root) => put(root, P, withBytes(sampleDocument().replace('title: Quy trình mẫu', 'title: Quy tr@@nh mẫu'), [0xec])),
      findings: [{ file: P, line: 3, ruleId: 'frontmatter/parse' }],
    },
    {
      name: 'gen-invalid-utf8-body',
      description: 'invalid UTF-8 bytes in the body',
      build: (root) => put(root, P, withBytes(sampleDocument({ body: 'Ghi ch@@ theo Nghị định số 61/2018/NĐ-CP.' }), [0xfa, 0xc3])),
      findings: [{ file: P, line: 14, ruleId: 'frontmatter/parse' }],
      commands: true,
    },
    {
      name: 'gen-nul-front-matter',
      description: 'a NUL byte in the front matter (YAML allows no control characters)',
      build: (root) => put(root, P, sampleDocument().replace('title: Quy trình mẫu', 'title: Quy\0trình mẫu')),
      findings: [{ file: P, line: 3, ruleId: 'frontmatter/parse' }],
    },
    // ---- size
    {
      name: 'gen-20mb',
      description: 'a 20 MB document of citations and codes',
      build: brokenDocument(undefined, repeatTo(PROSE, 20_000_000)),
      findings: brokenAtLine5(),
    },
    {
      name: 'gen-1mb-line',
      description: 'a body line of 1 MB',
      build: brokenDocument(undefined, repeatTo(PROSE.trimEnd().replace('<!-- ghi chú -->', '') + ' ', 1_000_000)),
      findings: brokenAtLine5(),
    },
    {
      name: 'gen-1mb-title',
      description: 'a front matter value of 1 MB',
      build: brokenDocument((t) => t.replace('title: Quy trình mẫu', `title: ${'Quy trình '.repeat(100_000)}`)),
      findings: brokenAtLine5(),
    },
    {
      name: 'gen-space-run',
      description: 'a run of 200,000 spaces inside a body line (200 KB)',
      build: brokenDocument(undefined, `Theo${' '.repeat(200_000)}Nghị định số 61/2018/NĐ-CP.`),
      findings: brokenAtLine5(),
    },
    {
      name: 'gen-heading-space-run',
      description: 'a heading with 100,000 spaces between two words',
      build: brokenDocument(undefined, `## Mục${' '.repeat(100_000)}đích`),
      findings: brokenAtLine5(),
    },
    {
      name: 'gen-nested-yaml-10000',
      description: 'front matter nested 10,000 levels deep',
      build: (root) => put(root, P, sampleDocument().replace('status: draft', `status: draft\nnested: ${'['.repeat(10_000)}${']'.repeat(10_000)}`)),
      findings: [{ file: P, line: 7, ruleId: 'frontmatter/parse' }],
      message: 'nest|deep',
    },
    {
      name: 'gen-nested-list-10000',
      description: 'a Markdown list and a block quote nested 10,000 levels deep, and a list indented 1,000 levels',
      build: brokenDocument(undefined, `${'- '.repeat(10_000)}mục\n\n${'> '.repeat(10_000)}trích\n\n${Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(2 * i)}- mức ${i}`).join('\n')}`),
      findings: brokenAtLine5(),
    },
    // ---- what is not a regular file inside the repository
    {
      name: 'gen-dir-named-md-empty',
      description: 'an empty folder named like a document',
      build: (root) => {
        put(root, P, sampleDocument());
        mkdirSync(join(root, 'procedures/QT-B-01.md'));
      },
      findings: [],
      exactly: true,
    },
    {
      name: 'gen-symlink-file-outside',
      description: 'a symbolic link to a (broken) document outside the repository: skipped, never followed',
      build: (root) => {
        put(root, P, sampleDocument());
        symlinkSync(join(outsideFolder(), 'QT-B-01.md'), join(root, 'procedures/QT-B-01.md'));
      },
      findings: [],
      exactly: true,
      commands: true,
    },
    {
      name: 'gen-symlink-folder-outside',
      description: 'a symbolic link to a folder outside the repository: skipped, never followed',
      build: (root) => {
        put(root, P, sampleDocument());
        symlinkSync(outsideFolder(), join(root, 'procedures/linked'));
      },
      findings: [],
      exactly: true,
    },
    {
      name: 'gen-unreadable',
      description: 'a document nobody may read (chmod 000)',
      build: (root) => {
        put(root, P, sampleDocument());
        put(root, 'procedures/QT-B-01.md', sampleDocument({ code: 'QT-B-01', broken: true }));
        chmodSync(join(root, 'procedures/QT-B-01.md'), 0o000);
      },
      ...(UNREADABLE_UID !== undefined ? { uid: UNREADABLE_UID } : {}),
      // Unreadable: a finding at the file, or a refusal naming it. Read anyway (root): checked as any file.
      ...(rootReadsIt
        ? { findings: brokenAtLine5('procedures/QT-B-01.md') }
        : { findings: [{ file: 'procedures/QT-B-01.md', line: 1, ruleId: 'frontmatter/parse' }], orRefusal: 'QT-B-01\\.md' }),
    },
    // ---- long and hostile names
    {
      name: 'gen-code-10000',
      description: 'a code of 10,000 characters made of ../',
      build: (root) => put(root, P, sampleDocument({ code: `"${'../'.repeat(3_334)}"` })),
      findings: [{ file: P, line: 2, ruleId: 'code/format' }],
    },
    {
      name: 'gen-legal-id-10000',
      description: 'a register id of 10,000 characters',
      build: (root) => put(root, 'legal/long.md', legalEntry(`"${'$(x)'.repeat(2_500)}"`)),
      findings: [{ file: 'legal/long.md', line: 2, ruleId: 'register/id' }],
    },
    {
      name: 'gen-legal-id-10000-numbered',
      description: 'a register id shaped like a number, with a symbol of 10,000 letters no citation can match',
      build: (root) => put(root, 'legal/long.md', legalEntry(`1/2020/${'A'.repeat(10_000)}`)),
      findings: [{ file: 'legal/long.md', line: 2, ruleId: 'register/id' }],
    },
    {
      name: 'gen-legal-basis-10000',
      description: 'a legal_basis id of 10,000 digits',
      build: (root) => put(root, P, sampleDocument().replace('legal_basis: [61/2018/NĐ-CP]', `legal_basis: [61/2018/NĐ-CP, ${'9'.repeat(10_000)}/2020/NĐ-CP]`)),
      findings: [{ file: P, line: 7, ruleId: 'legal/unknown' }],
    },
    {
      name: 'gen-filename-newline',
      description: 'a file name with a line feed and a tab',
      build: (root) => put(root, 'procedures/QT\n-A-01\t.md', sampleDocument({ broken: true })),
      findings: brokenAtLine5('procedures/QT\n-A-01\t.md'),
    },
  ];
}

/**
 * The commands that write — `qms render` and `qms impact --apply` — on hostile repositories: they
 * keep every byte they do not own, refuse what they cannot revise with one clear line, run git
 * without a shell, and never write outside the repository.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARE_CONFIG, commitAll, DATED_ARGS, git, legalEntry, sampleDocument, TODAY_ARGS } from '../helpers/index.js';
import { endingProblems, isOneLineRefusal, runQms, snapshot, tempFolder, type Run } from './support.js';

const APPLY = ['--apply', ...DATED_ARGS, '--no-cache'];
const ND61 = legalEntry('61/2018/NĐ-CP');
const ND107 = legalEntry('107/2021/NĐ-CP', { signed: '2021-12-06', effective: '2022-02-21', amends: '[61/2018/NĐ-CP]' });
const P = 'procedures/QT-A-01.md';
const REPLACEMENT_CHARACTER = Buffer.from([0xef, 0xbf, 0xbd]);

function repository(files: Record<string, string | Buffer>, options: { git?: boolean } = {}): string {
  const root = tempFolder();
  for (const [path, content] of Object.entries({ 'qms.config.yaml': BARE_CONFIG, 'legal/nd-61-2018-nd-cp.md': ND61, ...files })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  if (options.git) commitAll(root);
  return root;
}

/** The sample document with a line of bytes that are not UTF-8 (Windows-1258 "ú", "Đ") in its body. */
function windows1258Document(region = ''): Buffer {
  const [head, tail] = sampleDocument({ body: `Ghi ch@@ theo Nghị định số 61/2018/NĐ-CP.${region}` }).split('@@') as [string, string];
  return Buffer.concat([Buffer.from(head), Buffer.from([0xfa, 0x20, 0xd0]), Buffer.from(tail)]);
}
const WINDOWS_1258_LINE = Buffer.concat([Buffer.from('Ghi ch'), Buffer.from([0xfa, 0x20, 0xd0]), Buffer.from(' theo')]);

const refusedOrKept = (run: Run, before: Buffer, after: Buffer): boolean => (isOneLineRefusal(run) || run.code === 1) && before.equals(after);

describe('bytes that are not UTF-8', () => {
  it('qms render keeps them, or refuses the file: it never writes U+FFFD in their place', () => {
    const before = windows1258Document('\n\n<!-- qms:begin history -->\n<!-- qms:end history -->');
    const root = repository({ [P]: before });
    const run = runQms(['render', ...TODAY_ARGS], root);
    expect(endingProblems(run)).toEqual([]);
    const after = readFileSync(join(root, P));
    expect(after.includes(REPLACEMENT_CHARACTER), 'U+FFFD written over the original bytes').toBe(false);
    expect(after.includes(WINDOWS_1258_LINE) || refusedOrKept(run, before, after)).toBe(true);
  });

  it('qms impact --apply keeps them, or refuses the file: it never commits U+FFFD in their place', () => {
    const before = windows1258Document();
    const root = repository({ [P]: before, 'legal/nd-107-2021-nd-cp.md': ND107 }, { git: true });
    const run = runQms(['impact', '61/2018/NĐ-CP', ...APPLY], root);
    expect(endingProblems(run)).toEqual([]);
    const after = readFileSync(join(root, P));
    expect(after.includes(REPLACEMENT_CHARACTER), 'U+FFFD written over the original bytes').toBe(false);
    if (run.code === 0) expect(git(root, 'show', `HEAD:${P}`)).not.toContain('\uFFFD');
  });
});

describe('qms impact --apply on affected documents it cannot revise', () => {
  const malformed: Array<[string, (text: string) => string]> = [
    ['history is a mapping', (t) => t.replace('history:\n  - { revision: 1, date: 2026-01-10, summary: Dự thảo }', 'history:\n  revision: 1')],
    ['legal_basis is a mapping', (t) => t.replace('legal_basis: [61/2018/NĐ-CP]', 'legal_basis: { id: 61/2018/NĐ-CP }')],
    ['legal_basis is a scalar', (t) => t.replace('legal_basis: [61/2018/NĐ-CP]', 'legal_basis: 61/2018/NĐ-CP')],
    ['approval is a list', (t) => t.replace('status: draft', 'status: draft\napproval: [soạn thảo, xem xét]')],
  ];
  it.each(malformed)('%s: one line naming the file, nothing written, no branch left (dry run and real run)', (_name, spoil) => {
    const root = repository({ [P]: spoil(sampleDocument()), 'procedures/QT-A-02.md': sampleDocument({ code: 'QT-A-02' }), 'legal/nd-107-2021-nd-cp.md': ND107 }, { git: true });
    const before = snapshot(root, { skip: (path) => path === '.git' });
    for (const args of [['--dry-run'], []]) {
      const run = runQms(['impact', '61/2018/NĐ-CP', ...APPLY, ...args], root);
      expect(endingProblems(run), args.join(' ')).toEqual([]);
      expect(isOneLineRefusal(run, /QT-A-01/), `exit ${run.code}: ${run.stderr}`).toBe(true);
      expect(snapshot(root, { skip: (path) => path === '.git' })).toEqual(before);
      expect(git(root, 'branch', '--show-current').trim()).toBe('main');
      expect(git(root, 'branch', '--list', 'qms/impact/*').trim()).toBe('');
    }
  });

  const revisions: Array<[string, string]> = [
    ['revision -1', '-1'],
    ['revision "02" (text)', '"02"'],
    ['revision 1.5', '1.5'],
    ['revision 9007199254740993 (beyond exact integers)', '9007199254740993'],
  ];
  it.each(revisions)('%s: never planned as a new revision that is not the old one plus one, never passed over as "already follows"', (_name, revision) => {
    const root = repository({ [P]: sampleDocument().replace('revision: 1', `revision: ${revision}`), 'legal/nd-107-2021-nd-cp.md': ND107 }, { git: true });
    const before = snapshot(root);
    const run = runQms(['impact', '61/2018/NĐ-CP', ...APPLY, '--dry-run'], root);
    expect(endingProblems(run)).toEqual([]);
    expect(snapshot(root)).toEqual(before);
    if (isOneLineRefusal(run, /QT-A-01/)) return;
    expect(run.code).toBe(0);
    const planned = [...run.stdout.matchAll(/revision (-?\d+) → (-?\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    for (const [from, to] of planned) {
      expect(Number.isSafeInteger(from) && from >= 1 && to === from + 1, `planned revision ${from} → ${to}`).toBe(true);
    }
    expect(run.stdout, 'QT-A-01 is affected and does not follow 107/2021/NĐ-CP').not.toMatch(/already follows it/);
  });
});

describe('hostile legal ids', () => {
  it('an id of 10,000 characters: a clean refusal (the branch name cannot be made), nothing written, still on main', () => {
    const long = `1/2020/${'A'.repeat(10_000)}`;
    const root = repository(
      {
        'legal/long.md': legalEntry(long),
        'legal/amend.md': legalEntry('5/2021/NĐ-CP', { signed: '2021-01-01', effective: '2021-01-01', amends: `[${long}]` }),
        [P]: sampleDocument().replace('legal_basis: [61/2018/NĐ-CP]', `legal_basis: [61/2018/NĐ-CP, ${long}]`),
      },
      { git: true },
    );
    const before = snapshot(root, { skip: (path) => path === '.git' });
    const run = runQms(['impact', long, ...APPLY], root);
    expect(endingProblems(run)).toEqual([]);
    expect(run.code === 0 || isOneLineRefusal(run), run.stderr).toBe(true);
    if (run.code !== 0) {
      expect(snapshot(root, { skip: (path) => path === '.git' })).toEqual(before);
      expect(git(root, 'branch', '--show-current').trim()).toBe('main');
    }
  });

  it('shell metacharacters in an id reach git as plain text: no command runs, the commit message holds them verbatim', () => {
    const id = '$(touch pwned-1); `touch pwned-2`; touch pwned-3 | touch pwned-4 && touch pwned-5';
    const quoted = JSON.stringify(id);
    const root = repository(
      {
        'legal/hostile.md': legalEntry(quoted),
        'legal/amend.md': legalEntry('5/2021/NĐ-CP', { signed: '2021-01-01', effective: '2021-01-01', amends: `[${quoted}]` }),
        [P]: sampleDocument().replace('legal_basis: [61/2018/NĐ-CP]', `legal_basis: [61/2018/NĐ-CP, ${quoted}]`),
      },
      { git: true },
    );
    const run = runQms(['impact', id, ...APPLY], root);
    expect(endingProblems(run)).toEqual([]);
    expect(run.code).toBe(0);
    for (const n of [1, 2, 3, 4, 5]) expect(existsSync(join(root, `pwned-${n}`)), `pwned-${n}`).toBe(false);
    expect(git(root, 'log', '-1', '--format=%B')).toContain(id);
    expect(git(root, 'branch', '--show-current').trim()).toMatch(/^qms\/impact\/[a-z0-9-]+$/);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });
});

describe('symbolic links out of the repository', () => {
  it('qms render and qms impact --apply write nothing through a linked document or a linked folder', () => {
    const outside = tempFolder('qms-outside-');
    const stale = sampleDocument({ code: 'QT-B-01', body: 'Theo Nghị định số 61/2018/NĐ-CP.\n\n<!-- qms:begin history -->\ncũ\n<!-- qms:end history -->' });
    writeFileSync(join(outside, 'QT-B-01.md'), stale);
    mkdirSync(join(outside, 'folder'));
    writeFileSync(join(outside, 'folder', 'QT-C-01.md'), stale.replace(/QT-B-01/g, 'QT-C-01'));
    const root = repository({ [P]: sampleDocument(), 'legal/nd-107-2021-nd-cp.md': ND107 });
    symlinkSync(join(outside, 'QT-B-01.md'), join(root, 'procedures/QT-B-01.md'));
    symlinkSync(join(outside, 'folder'), join(root, 'procedures/linked'));
    commitAll(root);
    const outsideBefore = snapshot(outside);
    const render = runQms(['render', ...TODAY_ARGS], root);
    expect(endingProblems(render)).toEqual([]);
    const impact = runQms(['impact', '61/2018/NĐ-CP', ...APPLY], root);
    expect(endingProblems(impact)).toEqual([]);
    expect(impact.code).toBe(0);
    expect(snapshot(outside)).toEqual(outsideBefore);
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(P);
  });
});

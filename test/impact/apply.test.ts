/**
 * `qms impact --apply`: the first case runs the built CLI as a child process end to end (exit code,
 * stderr, the branch and commit it leaves); the others test what the plan writes and refuses, and
 * run the command in-process (main(argv, io)) with git still real.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages/index.js';
import { BARE_CONFIG, DATED_ARGS, demoAgencyRepo, git, legalEntry, makeGitRepo, makeRepo, ND_107_2021, ND_61_2018, procedure, runBin, runMain, TODAY } from '../helpers/index.js';

function lines(text: string): string[] {
  return text.split('\n');
}

describe('qms impact --apply on the demo agency', () => {
  it('revises the documents resting on an amended law (64/2025/QH15) on a new branch, in one commit', () => {
    const root = demoAgencyRepo();
    const file = join(root, 'procedures/QT-TCHC-01.md');
    const before = readFileSync(file, 'utf8');
    const result = runBin(['impact', '64/2025/QH15', '--apply', ...DATED_ARGS], root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(git(root, 'branch', '--show-current').trim()).toBe('qms/impact/64-2025-qh15');
    expect(git(root, 'rev-list', '--count', 'main..HEAD').trim()).toBe('1');
    const message = git(root, 'log', '-1', '--format=%B');
    expect(message).toContain('- QT-TCHC-01: revision 3 → 4 (procedures/QT-TCHC-01.md)');
    expect(message).toContain('- QT-VP-03: revision 1 → 2 (procedures/QT-VP-03.md)');
    // The effective procedure that missed 87/2025/QH15 and the draft that has not followed it yet; nothing else.
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n')).toEqual(['procedures/QT-TCHC-01.md', 'procedures/QT-VP-03.md']);
    expect(git(root, 'status', '--porcelain')).toBe('');

    const after = readFileSync(file, 'utf8');
    expect(after).toMatch(/^revision: 4$/m);
    expect(after).toMatch(/^status: draft$/m);
    expect(after).toMatch(/^ {2}- id: 64\/2025\/QH15\n {2}- id: 87\/2025\/QH15$/m);
    expect(after).toMatch(/- \{ revision: 4, date: 2026-11-27, summary: .*87\/2025\/QH15.*, trigger: 87\/2025\/QH15 \}/);
    expect(after).not.toMatch(/^ {2}(reviewed|approved):/m);
    expect(after).not.toMatch(/^effective:/m);
    expect(after).toMatch(/^ {2}prepared:/m);
    // Every line it does not own is byte-identical: outside the edited fields and the generated regions.
    const owned = /^(revision|status|effective| {2}reviewed| {2}approved| {2}- id: 87| {2}- \{ revision: 4)/;
    const outside = (text: string): string[] => lines(text.replace(/<!-- qms:begin (\S+) -->[\s\S]*?<!-- qms:end \1 -->/g, '<region>')).filter((l) => !owned.test(l));
    expect(outside(after)).toEqual(outside(before));
    // The generated regions follow the new front matter.
    expect(after).toMatch(/\| 4 \| 27\/11\/2026 \| Cập nhật theo Luật số 87\/2025\/QH15/);

    // The overdue update is acknowledged now, and so is the draft's; a second run finds nothing left.
    const check = JSON.parse(runBin(['check', '--format', 'json', '--today', TODAY], root).stdout) as Array<{ ruleId: string }>;
    expect(check.filter((f) => f.ruleId === 'legal/update-overdue' || f.ruleId === 'legal/amended')).toEqual([]);
    git(root, 'checkout', '-q', '-b', 'again');
    const second = runBin(['impact', '64/2025/QH15', '--apply', ...DATED_ARGS, '--branch', 'qms/impact/second', '--lang', 'en'], root);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Nothing to do/);
    expect(git(root, 'branch', '--list', 'qms/impact/second').trim()).toBe('');
  });

  it('puts the successor of a replaced decree in place of both decrees it replaces (61/2018 and 107/2021)', async () => {
    const root = demoAgencyRepo();
    const file = join(root, 'procedures/QT-KHCN-03.md');
    const result = await runMain(['impact', '118/2025/NĐ-CP', '--apply', ...DATED_ARGS], root);
    expect(result.code, result.stderr).toBe(0);
    expect(git(root, 'branch', '--show-current').trim()).toBe('qms/impact/118-2025-nd-cp');
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe('procedures/QT-KHCN-03.md');
    const after = readFileSync(file, 'utf8');
    expect(after).toMatch(/^revision: 3$/m);
    expect(after).toMatch(/^ {2}- id: 118\/2025\/NĐ-CP$/m);
    expect(after).not.toMatch(/^ {2}- id: 61\/2018\/NĐ-CP$/m);
    expect(after).toMatch(/- \{ revision: 3, date: 2026-11-27, summary: .*118\/2025\/NĐ-CP.*, trigger: 118\/2025\/NĐ-CP \}/);
    // Body citations are left to a person (the article numbers of the new decree differ).
    const check = JSON.parse((await runMain(['check', '--format', 'json', '--today', TODAY, 'procedures/QT-KHCN-03.md'], root)).stdout) as Array<{ ruleId: string; message: string }>;
    expect(check.filter((f) => f.ruleId === 'legal/superseded' && f.message.includes('61/2018/NĐ-CP')).length).toBe(2);
  });

  it('lists one successor once when it replaces two documents of the legal basis', async () => {
    const nd118 = legalEntry('118/2025/NĐ-CP', { title: 'Về thủ tục hành chính', signed: '2025-06-09', effective: '2025-07-01', replaces: '[61/2018/NĐ-CP, 107/2021/NĐ-CP]' });
    const root = makeGitRepo({
      'qms.config.yaml': BARE_CONFIG,
      'legal/nd-61-2018.md': ND_61_2018,
      'legal/nd-107-2021.md': ND_107_2021,
      'legal/nd-118-2025.md': nd118,
      'procedures/QT-VP-01.md': procedure({ code: 'QT-VP-01', legalBasis: '  - id: 61/2018/NĐ-CP\n  - id: 107/2021/NĐ-CP' }),
    });
    const result = await runMain(['impact', '118/2025/NĐ-CP', '--apply', ...DATED_ARGS], root);
    expect(result.code, result.stderr).toBe(0);
    const after = readFileSync(join(root, 'procedures/QT-VP-01.md'), 'utf8');
    expect(after.match(/^ {2}- id: 118\/2025\/NĐ-CP$/gm)).toHaveLength(1);
    expect(after).not.toMatch(/^ {2}- id: (61\/2018|107\/2021)\/NĐ-CP$/m);
  });

  it('puts the successor in place of a replaced decree, and leaves body citations to a person', async () => {
    const root = demoAgencyRepo();
    const file = join(root, 'procedures/QT-KHCN-05.md');
    const result = await runMain(['impact', '43/2014/NĐ-CP', '--apply', ...DATED_ARGS], root);
    expect(result.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toMatch(/^ {2}- id: 102\/2024\/NĐ-CP$/m);
    expect(after).not.toMatch(/^ {2}- id: 43\/2014\/NĐ-CP$/m);
    expect(after).toContain('Nghị định số 43/2014/NĐ-CP ngày 15/5/2014');
    const check = JSON.parse((await runMain(['check', '--format', 'json', '--today', TODAY, 'procedures/QT-KHCN-05.md'], root)).stdout) as Array<{ ruleId: string; line: number }>;
    expect(check.filter((f) => f.ruleId === 'legal/superseded').length).toBe(2);
  });

  it('rewrites bare citations of the replaced decree with --rewrite-citations', async () => {
    const root = demoAgencyRepo();
    const result = await runMain(['impact', '43/2014/NĐ-CP', '--apply', '--rewrite-citations', ...DATED_ARGS], root);
    expect(result.code).toBe(0);
    const check = JSON.parse((await runMain(['check', '--format', 'json', '--today', TODAY, 'procedures/QT-KHCN-05.md'], root)).stdout) as Array<{ ruleId: string }>;
    expect(check.filter((f) => f.ruleId === 'legal/superseded')).toEqual([]);
    expect(readFileSync(join(root, 'procedures/QT-KHCN-05.md'), 'utf8')).toContain('theo Nghị định 102/2024/NĐ-CP.');
  });

  it('validates the plan in memory as qms check will read it: the revised documents, text and JSON', async () => {
    const root = demoAgencyRepo();
    // QT-KHCN-05 still cites the replaced 43/2014 in its body: revised without --rewrite-citations, check says so.
    const text = await runMain(['impact', '43/2014/NĐ-CP', '--apply', '--dry-run', ...DATED_ARGS, '--lang', 'en'], root);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/qms check on the revised documents: [1-9]\d* error\(s\)/);
    expect(text.stdout).toMatch(/procedures\/QT-KHCN-05\.md:\d+:\d+ {2}error {2}legal\/superseded/);
    const json = JSON.parse((await runMain(['impact', '43/2014/NĐ-CP', '--apply', '--dry-run', '--format', 'json', ...DATED_ARGS], root)).stdout) as { check: { errors: number; findings: Array<{ file: string; ruleId: string }> } };
    expect(json.check.errors).toBeGreaterThan(0);
    expect(json.check.findings.every((f) => f.file === 'procedures/QT-KHCN-05.md')).toBe(true);
    const clean = await runMain(['impact', '43/2014/NĐ-CP', '--apply', '--dry-run', '--rewrite-citations', ...DATED_ARGS], root);
    expect(clean.stdout).not.toMatch(/legal\/superseded/);
  });

  it('--dry-run prints the plan and a diff and changes nothing', async () => {
    const root = demoAgencyRepo();
    const head = git(root, 'rev-parse', 'HEAD');
    const result = await runMain(['impact', '61/2018/NĐ-CP', '--apply', '--dry-run', ...DATED_ARGS], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('+revision: 3');
    expect(result.stdout).toContain('--- a/procedures/QT-KHCN-03.md');
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(git(root, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(root, 'branch', '--show-current').trim()).toBe('main');
  });
});

describe('qms impact --apply refuses', () => {
  it('a dirty working tree, an existing branch, and a folder outside git — changing nothing', async () => {
    const root = demoAgencyRepo();
    const procedure = join(root, 'procedures/QT-KHCN-03.md');
    writeFileSync(procedure, `${readFileSync(procedure, 'utf8')}\nGhi chú.\n`);
    // The demo agency's language is Vietnamese: the refusals read in it, and in English when asked.
    const dirty = await runMain(['impact', '61/2018/NĐ-CP', '--apply', ...DATED_ARGS], root);
    expect(dirty.code).toBe(2);
    expect(dirty.stderr).toBe(`qms: ${t('vi', 'git.apply-uncommitted', { files: ['procedures/QT-KHCN-03.md'], more: 0 })}\n`);
    const english = await runMain(['impact', '61/2018/NĐ-CP', '--apply', ...DATED_ARGS], root, { QMS_LANG: 'en' });
    expect(english.stderr).toBe('qms: the working tree has uncommitted changes (procedures/QT-KHCN-03.md): commit or stash them first, so the impact branch holds only qms\'s changes\n');
    git(root, 'checkout', '--', '.');

    git(root, 'branch', 'qms/impact/61-2018-nd-cp');
    const existing = await runMain(['impact', '61/2018/NĐ-CP', '--apply', ...DATED_ARGS], root);
    expect(existing.code).toBe(2);
    expect(existing.stderr).toBe(`qms: ${t('vi', 'git.branch-exists', { branch: 'qms/impact/61-2018-nd-cp' })}\n`);
    expect(git(root, 'branch', '--show-current').trim()).toBe('main');
    expect(git(root, 'status', '--porcelain')).toBe('');

    const plain = makeRepo({ 'qms.config.yaml': '', 'legal/a.md': legalEntry('61/2018/NĐ-CP', { title: 'T' }) });
    const outside = await runMain(['impact', '61/2018/NĐ-CP', '--apply', ...DATED_ARGS], plain);
    expect(outside.code).toBe(0); // nothing affected: nothing to do, no git needed
    expect(existsSync(join(plain, '.git'))).toBe(false);
  });

  it('a commit git refuses (a pre-commit hook): the files and the branch are put back, the refusal in the run\'s language', async () => {
    const root = demoAgencyRepo();
    const hook = join(root, '.git/hooks/pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "refused by the hook" >&2\nexit 1\n', { mode: 0o755 });
    const before = readFileSync(join(root, 'procedures/QT-KHCN-03.md'));
    const vi = await runMain(['impact', '61/2018/NĐ-CP', '--apply', ...DATED_ARGS], root);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe(`qms: ${t('vi', 'write.commit-failed', { message: 'refused by the hook' })}\n`);
    expect(readFileSync(join(root, 'procedures/QT-KHCN-03.md')).equals(before)).toBe(true);
    expect(git(root, 'branch', '--show-current').trim()).toBe('main');
    expect(git(root, 'branch', '--list', 'qms/impact/61-2018-nd-cp').trim()).toBe('');
    const en = await runMain(['impact', '61/2018/NĐ-CP', '--apply', ...DATED_ARGS], root, { QMS_LANG: 'en' });
    expect(en.stderr).toBe('qms: git commit failed, nothing was changed: refused by the hook\n');
  });

  it('outside a git repository when there is something to do', async () => {
    const root = makeRepo({
      'qms.config.yaml': BARE_CONFIG,
      'legal/a.md': legalEntry('61/2018/NĐ-CP', { title: 'T' }),
      'legal/b.md': legalEntry('107/2021/NĐ-CP', { title: 'T', signed: '2021-12-06', effective: '2022-02-21', amends: '[61/2018/NĐ-CP]' }),
      'procedures/QT-A-01.md': '---\ncode: QT-A-01\ntitle: Q\ntype: procedure\nrevision: 1\nstatus: effective\neffective: 2020-01-01\nlegal_basis: [61/2018/NĐ-CP]\nhistory:\n  - { revision: 1, date: 2020-01-01, summary: Ban hành }\n---\nbody\n',
    });
    const result = await runMain(['impact', '61/2018/NĐ-CP', '--apply', ...DATED_ARGS], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`qms: ${t('vi', 'git.apply-needs-repository', {})}\n`);
    expect(readFileSync(join(root, 'procedures/QT-A-01.md'), 'utf8')).toMatch(/revision: 1/);
  });
});

describe('qms impact --apply keeps the bytes it does not own', () => {
  it('on a CRLF file with a BOM, and adds to a flow-style legal_basis list', async () => {
    const text = '\uFEFF---\r\ncode: QT-A-01\r\ntitle: Quy trình\r\ntype: procedure\r\nrevision: 1 # lần ban hành\r\nstatus: effective\r\neffective: 2020-01-01\r\nlegal_basis: [61/2018/NĐ-CP]\r\nhistory:\r\n  - revision: 1\r\n    date: 2020-01-01\r\n    summary: Ban hành lần đầu\r\n---\r\n# Quy trình\r\n\r\nTheo Nghị định 61/2018/NĐ-CP.\r\n';
    const root = makeGitRepo({
      'qms.config.yaml': BARE_CONFIG,
      'legal/a.md': legalEntry('61/2018/NĐ-CP', { title: 'T' }),
      'legal/b.md': legalEntry('107/2021/NĐ-CP', { title: 'T', signed: '2021-12-06', effective: '2022-02-21', amends: '[61/2018/NĐ-CP]' }),
      'procedures/QT-A-01.md': text,
    });
    const result = await runMain(['impact', '61/2018/NĐ-CP', '--apply', ...DATED_ARGS], root);
    expect(result.stderr).toBe('');
    const after = readFileSync(join(root, 'procedures/QT-A-01.md'), 'utf8');
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after).toContain('revision: 2 # lần ban hành\r\n');
    expect(after).toContain('legal_basis: [61/2018/NĐ-CP, 107/2021/NĐ-CP]\r\n');
    expect(after).toContain('  - revision: 2\r\n    date: 2026-11-27\r\n');
    expect(after.endsWith('---\r\n# Quy trình\r\n\r\nTheo Nghị định 61/2018/NĐ-CP.\r\n')).toBe(true);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, type CliResult, expectCleanMain, git, lifecycleRepo, readText, runBin, runBinJson, runMainJson, runMainToday } from '../helpers/index.js';

const PROCEDURE = 'procedures/QT-KHCN-09.md';

/** The checks of a command that must succeed; returns its JSON result. */
function succeeded(args: string[], result: CliResult & { json: Record<string, unknown> }): Record<string, unknown> {
  expect(result.stderr, args.join(' ')).toBe('');
  expect(result.code, args.join(' ')).toBe(0);
  expect(result.json.ok).toBe(true);
  expect(result.json.check).toEqual({ errors: 0, warnings: 0, findings: [] });
  return result.json;
}

/** Runs a command that must succeed with the real CLI (a child process), and returns its JSON result. */
function ok(root: string, args: string[]): Record<string, unknown> {
  return succeeded(args, runBinJson(root, args));
}

/**
 * The same in-process (main(argv, io)): the steps between the ones run by the real CLI, whose
 * subject is what the command writes, not the process.
 */
async function step(root: string, args: string[]): Promise<Record<string, unknown>> {
  return succeeded(args, await runMainJson(root, args));
}

describe('the life of a document', () => {
  it('new → approve ×3 → publish → revise → approve ×3 → publish → obsolete, with qms check clean after every step', async () => {
    const root = lifecycleRepo();

    const created = ok(root, ['new', 'procedure', '--code', 'QT-KHCN-09', '--title', 'Quy trình thẩm định công nghệ', '--owner', 'Phòng Quản lý chuyên ngành', '--date', '2026-01-05']);
    expect(created).toMatchObject({
      command: 'new',
      file: PROCEDURE,
      code: 'QT-KHCN-09',
      type: 'procedure',
      title: 'Quy trình thẩm định công nghệ',
      owner: 'Phòng Quản lý chuyên ngành',
      revision: 1,
      status: 'draft',
      date: '2026-01-05',
      summary: 'Ban hành lần đầu',
      template: 'qms:templates/documents/procedure.vi.md',
      rendered: { inserted: ['identification', 'approval', 'history', 'legal-basis'], updated: [], problems: [] },
    });
    await expectCleanMain(root, PROCEDURE);
    let text = readText(root, PROCEDURE);
    expect(text).toMatch(/^---\ncode: QT-KHCN-09\ntitle: Quy trình thẩm định công nghệ\ntype: procedure\nrevision: 1\nstatus: draft\nowner: Phòng Quản lý chuyên ngành\nhistory:\n {2}- \{ revision: 1, date: 2026-01-05, summary: Ban hành lần đầu \}\n---\n/);
    expect(text).toContain('| 1 | 05/01/2026 | Ban hành lần đầu | |');
    for (const section of ['Mục đích', 'Phạm vi', 'Tài liệu viện dẫn', 'Định nghĩa và từ viết tắt', 'Nội dung quy trình', 'Biểu mẫu', 'Hồ sơ cần lưu']) expect(text).toMatch(new RegExp(`^## \\d\\. ${section}$`, 'm'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'new');

    const prepared = await step(root, ['approve', 'QT-KHCN-09', '--step', 'prepared', '--name', 'Nguyễn Văn An', '--title', 'Chuyên viên', '--date', '2026-01-10']);
    expect(prepared).toMatchObject({ command: 'approve', step: 'prepared', status: 'draft', complete: false, fingerprint: null, revision: 1 });
    await expectCleanMain(root, PROCEDURE);
    // The approval block goes before history, as people write it.
    expect(readText(root, PROCEDURE)).toContain('status: draft\nowner: Phòng Quản lý chuyên ngành\napproval:\n  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2026-01-10 }\nhistory:\n');

    await step(root, ['approve', 'QT-KHCN-09', '--step', 'reviewed', '--name', 'Trần Thị Bình', '--title', 'Trưởng phòng', '--date', '2026-01-12']);
    await expectCleanMain(root, PROCEDURE);
    const approved = await step(root, ['approve', 'QT-KHCN-09', '--step', 'approved', '--name', 'Lê Văn Cường', '--title', 'Giám đốc', '--date', '2026-01-15']);
    expect(approved).toMatchObject({ step: 'approved', status: 'approved', complete: true });
    expect(approved.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    await expectCleanMain(root, PROCEDURE);
    text = readText(root, PROCEDURE);
    expect(text).toMatch(/^status: approved$/m);
    expect(text).toContain(`approved: { name: Lê Văn Cường, title: Giám đốc, date: 2026-01-15, fingerprint: ${approved.fingerprint as string} }`);
    expect(text).toContain('| Họ và tên | Nguyễn Văn An | Trần Thị Bình | Lê Văn Cường |');
    // The recorded fingerprint is the one qms fingerprint prints.
    expect(runBin(['fingerprint', PROCEDURE], root).stdout).toBe(`${approved.fingerprint as string}  ${PROCEDURE}\n`);

    const published = await step(root, ['publish', 'QT-KHCN-09', '--effective', '2026-02-01']);
    expect(published).toMatchObject({ command: 'publish', status: 'effective', effective: '2026-02-01', revision: 1, fingerprint: approved.fingerprint });
    await expectCleanMain(root, PROCEDURE);
    text = readText(root, PROCEDURE);
    expect(text).toMatch(/^status: effective\neffective: 2026-02-01\nowner:/m);
    expect(text).toContain('| Ngày hiệu lực | 01/02/2026 |');

    const revised = ok(root, ['revise', 'QT-KHCN-09', '--summary', 'Cập nhật theo Nghị định 107/2021/NĐ-CP', '--trigger', 'nđ 107/2021/nđ-cp', '--date', '2026-06-01']);
    expect(revised).toMatchObject({
      command: 'revise',
      fromRevision: 1,
      revision: 2,
      status: 'draft',
      date: '2026-06-01',
      trigger: '107/2021/NĐ-CP',
      removed: ['approval.reviewed', 'approval.approved', 'effective'],
    });
    await expectCleanMain(root, PROCEDURE);
    text = readText(root, PROCEDURE);
    expect(text).toContain('  - { revision: 2, date: 2026-06-01, summary: Cập nhật theo Nghị định 107/2021/NĐ-CP, trigger: 107/2021/NĐ-CP }');
    expect(text).not.toMatch(/^(effective| {2}reviewed| {2}approved):/m);
    expect(text).toMatch(/^ {2}prepared:/m);

    await step(root, ['approve', 'QT-KHCN-09', '--step', 'prepared', '--name', 'Phạm Thị Dung', '--title', 'Chuyên viên', '--date', '2026-06-02']);
    await expectCleanMain(root, PROCEDURE);
    await step(root, ['approve', 'QT-KHCN-09', '--step', 'reviewed', '--name', 'Trần Thị Bình', '--title', 'Phó Trưởng phòng', '--date', '2026-06-03']);
    await expectCleanMain(root, PROCEDURE);
    const second = await step(root, ['approve', 'QT-KHCN-09', '--step', 'approved', '--name', 'Lê Văn Cường', '--title', 'Phó Giám đốc', '--date', '2026-06-05']);
    // The revision is part of the content approved, so the fingerprint is new.
    expect(second.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(second.fingerprint).not.toBe(approved.fingerprint);
    await expectCleanMain(root, PROCEDURE);
    await step(root, ['publish', 'QT-KHCN-09', '--effective', '2026-06-15']);
    await expectCleanMain(root, PROCEDURE);
    text = readText(root, PROCEDURE);
    expect(text).toMatch(/^revision: 2\nstatus: effective\neffective: 2026-06-15$/m);
    expect(text).toContain('| 2 | 01/06/2026 | Cập nhật theo Nghị định 107/2021/NĐ-CP | Nghị định số 107/2021/NĐ-CP |');

    const obsolete = await step(root, ['obsolete', 'QT-KHCN-09', '--reason', 'Thủ tục hành chính đã bị bãi bỏ', '--date', '2026-11-01']);
    expect(obsolete).toMatchObject({ command: 'obsolete', status: 'obsolete', date: '2026-11-01', reason: 'Thủ tục hành chính đã bị bãi bỏ', replacedBy: null, referencedBy: [] });
    await expectCleanMain(root, PROCEDURE);
    text = readText(root, PROCEDURE);
    expect(text).toMatch(/^status: obsolete$/m);
    expect(text).toMatch(/^obsolete: \{ date: 2026-11-01, reason: Thủ tục hành chính đã bị bãi bỏ \}$/m);
    // Nothing else was touched: one file, and the whole repository is clean.
    expect(git(root, 'status', '--porcelain').trim()).toBe(`M ${PROCEDURE}`);
    const all = checkJson(root, '.');
    expect(all.findings).toEqual([]);
  });

  it('obsolete lists the documents in use that reference it, which then fail ref/obsolete', async () => {
    const root = lifecycleRepo();
    // Set up in-process (faster); the command under test runs as a child process.
    for (const args of [
      ['new', 'procedure', '--code', 'QT-KHCN-01', '--title', 'Quy trình cũ', '--date', '2026-01-05'],
      ['new', 'procedure', '--code', 'QT-KHCN-02', '--title', 'Quy trình mới', '--date', '2026-01-05'],
      ['new', 'form', '--code', 'BM-01/QT-KHCN-01', '--title', 'Phiếu tiếp nhận', '--date', '2026-01-05'],
    ]) {
      expect((await runMainToday(root, args)).code).toBe(0);
    }
    // The form names its procedure in the body and in references.
    const form = readText(root, 'forms/BM-01-QT-KHCN-01.md').replace('history:', 'references: [QT-KHCN-01]\nhistory:').replace('## Nội dung', '## Nội dung\n\nKèm theo quy trình QT-KHCN-01.');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'documents');
    writeFileSync(join(root, 'forms/BM-01-QT-KHCN-01.md'), form);
    await expectCleanMain(root, 'forms/BM-01-QT-KHCN-01.md');

    const result = ok(root, ['obsolete', 'QT-KHCN-01', '--reason', 'Thay thế bởi QT-KHCN-02', '--replaced-by', 'QT-KHCN-02', '--date', '2026-11-01']);
    expect(result.replacedBy).toBe('QT-KHCN-02');
    expect(result.referencedBy).toEqual([
      {
        file: 'forms/BM-01-QT-KHCN-01.md',
        code: 'BM-01/QT-KHCN-01',
        title: 'Phiếu tiếp nhận',
        status: 'draft',
        places: [
          { line: 7, column: 14, source: 'references' },
          { line: expect.any(Number) as number, column: 20, source: 'body' },
        ],
      },
    ]);
    await expectCleanMain(root, 'procedures/QT-KHCN-01.md');
    expect(readText(root, 'procedures/QT-KHCN-01.md')).toMatch(/^obsolete: \{ date: 2026-11-01, reason: Thay thế bởi QT-KHCN-02, replaced_by: QT-KHCN-02 \}$/m);
    const referrer = checkJson(root, 'forms/BM-01-QT-KHCN-01.md');
    expect(referrer.code).toBe(1);
    // The form is named after the withdrawn procedure too (status/orphan), besides referencing it twice.
    expect(referrer.findings.map((f) => f.ruleId).sort()).toEqual(['ref/obsolete', 'ref/obsolete', 'status/orphan']);
    expect(referrer.findings.find((f) => f.ruleId === 'ref/obsolete')!).toMatchObject({ messageId: 'ref/obsolete', data: { code: 'QT-KHCN-01', successor: 'QT-KHCN-02' } });
  });
});

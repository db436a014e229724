import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectiveProcedure, lifecycleRepo, readText, runMainToday } from '../helpers/index.js';

/** Runs a command that must be refused: exit 2, one line on stderr, nothing on disk changed. */
async function refused(root: string, args: string[], env: Record<string, string | undefined> = {}): Promise<string> {
  const files = ['procedures/QT-KHCN-01.md', 'procedures/QT-KHCN-02.md', 'procedures/QT-KHCN-03.md'];
  const before = files.map((f) => safeRead(root, f));
  const result = await runMainToday(root, args, env);
  expect(result.code, `${args.join(' ')}: ${result.stdout}`).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^qms: [^\n]+\n$/);
  expect(files.map((f) => safeRead(root, f))).toEqual(before);
  return result.stderr.slice('qms: '.length, -1);
}

function safeRead(root: string, file: string): string | null {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    return null;
  }
}

const DRAFT_WITH_PREPARED = effectiveProcedure('QT-KHCN-02')
  .replace('status: effective\neffective: 2026-02-01\n', 'status: draft\n')
  .replace(/ {2}reviewed:.*\n {2}approved:.*\n/, '');
const OBSOLETE = effectiveProcedure('QT-KHCN-03').replace('status: effective', 'status: obsolete').replace('history:', 'obsolete: { date: 2026-03-01, reason: Hủy bỏ }\nhistory:');

function repo(): string {
  return lifecycleRepo({
    'procedures/QT-KHCN-01.md': effectiveProcedure('QT-KHCN-01'),
    'procedures/QT-KHCN-02.md': DRAFT_WITH_PREPARED,
    'procedures/QT-KHCN-03.md': OBSOLETE,
    'docs/README.md': '# docs\n',
  });
}

describe('qms new refuses', () => {
  it('an unknown type, a code off its pattern, a used code, an existing file, a folder outside the documents', async () => {
    const root = repo();
    expect(await refused(root, ['new', 'quy-trinh', '--code', 'QT-KHCN-09', '--title', 'T'])).toBe('không có loại tài liệu "quy-trinh": dùng manual, procedure, instruction và form');
    expect(await refused(root, ['new', 'quy-trinh', '--code', 'QT-KHCN-09', '--title', 'T', '--lang', 'en'])).toBe('unknown document type "quy-trinh": use manual, procedure, instruction and form');
    expect(await refused(root, ['new', 'procedure', '--code', 'QT-khcn-9', '--title', 'T'])).toBe(
      'mã "QT-khcn-9" không khớp mẫu mã của loại procedure: ^QT-[A-Z]+-[0-9]{2}$ (types.procedure.pattern trong qms.config.yaml)',
    );
    expect(await refused(root, ['new', 'form', '--code', 'QT-KHCN-09', '--title', 'T', '--lang', 'en'])).toBe(
      'the code "QT-KHCN-09" does not match the form pattern ^BM-[0-9]{2}/QT-[A-Z]+-[0-9]{2}$ (types.form.pattern in qms.config.yaml)',
    );
    expect(await refused(root, ['new', 'procedure', '--code', 'QT-KHCN-01', '--title', 'T'])).toBe('mã "QT-KHCN-01" đã được dùng ở procedures/QT-KHCN-01.md');
    writeFileSync(join(root, 'procedures/QT-KHCN-07.md'), 'not a document yet\n');
    expect(await refused(root, ['new', 'procedure', '--code', 'QT-KHCN-07', '--title', 'T', '--lang', 'en'])).toBe('procedures/QT-KHCN-07.md already exists; it is not overwritten');
    expect(readText(root, 'procedures/QT-KHCN-07.md')).toBe('not a document yet\n');
    expect(await refused(root, ['new', 'procedure', '--code', 'QT-KHCN-08', '--title', 'T', '--dir', 'docs', '--lang', 'en'])).toBe(
      'docs/QT-KHCN-08.md would not be a controlled document (documents.include and exclude in qms.config.yaml do not take it): choose another --dir',
    );
    expect(await refused(root, ['new', 'procedure', '--code', 'QT-KHCN-08', '--title', 'T', '--dir', '../elsewhere', '--lang', 'en'])).toBe(
      '--dir is a folder inside the repository, from its root: not "../elsewhere"',
    );
    expect(await refused(root, ['new', 'procedure', '--code', 'QT-KHCN-08', '--title', '  '])).toBe('--title không được để trống');
    expect(safeRead(root, 'procedures/QT-KHCN-08.md')).toBeNull();
    expect(safeRead(root, 'docs/QT-KHCN-08.md')).toBeNull();
  });

  it('a template with an unknown placeholder, and one that would fail qms check', async () => {
    const root = repo();
    const templates = join(root, 'templates/documents');
    mkdirSync(templates, { recursive: true });
    writeFileSync(join(templates, 'procedure.vi.md'), '# {{title}}\n\n{{ten_don_vi}}\n');
    expect(await refused(root, ['new', 'procedure', '--code', 'QT-KHCN-08', '--title', 'T'])).toMatch(/^templates\/documents\/procedure\.vi\.md: không hiểu \{\{ten_don_vi\}\} \(dùng được: \{\{code\}\}, /);
    writeFileSync(join(templates, 'procedure.vi.md'), '# {{title}}\n\n## Mục đích\n\nChỉ có một mục.\n');
    const message = await refused(root, ['new', 'procedure', '--code', 'QT-KHCN-08', '--title', 'T', '--lang', 'en']);
    expect(message).toMatch(/^the new document would fail qms check, so it was not created: \d+:\d+ structure\/sections section "Phạm vi" is missing/);
    expect(safeRead(root, 'procedures/QT-KHCN-08.md')).toBeNull();
  });
});

describe('qms revise refuses', () => {
  it('an unknown code naming the closest, an obsolete document, an unknown trigger naming the closest, a date going backwards', async () => {
    const root = repo();
    expect(await refused(root, ['revise', 'QT-KHCN-11', '--summary', 'S'])).toBe('không có tài liệu nào mã hiệu "QT-KHCN-11"; gần nhất: QT-KHCN-01, QT-KHCN-02 và QT-KHCN-03');
    expect(await refused(root, ['revise', 'qt-khcn-1', '--summary', 'S', '--lang', 'en'])).toBe('no document has the code "qt-khcn-1"; the closest are QT-KHCN-01, QT-KHCN-02 and QT-KHCN-03');
    expect(await refused(root, ['revise', 'QT-KHCN-03', '--summary', 'S', '--lang', 'en'])).toBe('QT-KHCN-03 is obsolete: an obsolete document is not revised; create a new one with qms new');
    expect(await refused(root, ['revise', 'QT-KHCN-01', '--summary', 'S', '--trigger', '108/2021/NĐ-CP'])).toBe(
      '--trigger "108/2021/NĐ-CP" không có trong sổ đăng ký văn bản pháp luật; gần nhất: 107/2021/NĐ-CP và 61/2018/NĐ-CP (thêm bằng qms legal add)',
    );
    expect(await refused(root, ['revise', 'QT-KHCN-01', '--summary', 'S', '--date', '2025-12-31', '--lang', 'en'])).toBe(
      '--date 2025-12-31 is earlier than the last history row (2026-01-05): history dates do not go backwards',
    );
    expect(await refused(root, ['revise', 'QT-KHCN-01', '--summary', 'S', '--date', '15/05/2026'])).toBe('--date nhận ngày viết năm-tháng-ngày, ví dụ 2026-12-01, không phải "15/05/2026" (viết 2026-05-15)');
  });
});

describe('qms approve refuses', () => {
  it('steps out of order, dates out of order, a step already followed, titles the config does not allow, self-approval', async () => {
    const root = repo();
    const step = (s: string, name: string, title: string, date: string): string[] => ['approve', 'QT-KHCN-02', '--step', s, '--name', name, '--title', title, '--date', date];
    expect(await refused(root, [...step('approved', 'Lê Văn Cường', 'Giám đốc', '2026-02-01'), '--lang', 'en'])).toBe(
      'QT-KHCN-02 has no reviewed step yet: record it first (qms approve QT-KHCN-02 --step reviewed …)',
    );
    expect(await refused(root, step('reviewed', 'Trần Thị Bình', 'Trưởng phòng', '2026-01-09'))).toBe(
      'ngày xem xét 09/01/2026 sớm hơn ngày soạn thảo 10/01/2026: thứ tự là soạn thảo ≤ xem xét ≤ phê duyệt',
    );
    expect(await refused(root, [...step('reviewed', 'Trần Thị Bình', 'Chuyên viên', '2026-01-12'), '--lang', 'en'])).toBe(
      'the title "Chuyên viên" may not review a procedure: allowed are Trưởng phòng and Phó Trưởng phòng (types.procedure.reviewers)',
    );
    expect((await runMainToday(root, step('reviewed', 'Trần Thị Bình', 'trưởng  PHÒNG', '2026-01-12'))).code).toBe(0);
    expect(await refused(root, step('prepared', 'Nguyễn Văn An', 'Chuyên viên', '2026-01-10'))).toBe(
      'QT-KHCN-02 đã có bước xem xét: không ghi lại bước soạn thảo sau đó; để làm lại, tạo lần ban hành mới bằng qms revise',
    );
    expect(await refused(root, [...step('approved', 'Lê Văn Cường', 'Trưởng phòng', '2026-01-15'), '--lang', 'en'])).toBe(
      'the title "Trưởng phòng" may not approve a procedure: allowed are Giám đốc and Phó Giám đốc (types.procedure.approvers)',
    );
    expect(await refused(root, step('approved', 'nguyễn văn an', 'Giám đốc', '2026-01-15'))).toBe(
      'nguyễn văn an đã soạn thảo QT-KHCN-02, nên không tự phê duyệt (approval.allow_self_approval: false)',
    );
    expect(await refused(root, [...step('approved', 'Nguyễn Văn An', 'Giám đốc', '2026-01-15'), '--lang', 'en'])).toBe(
      'Nguyễn Văn An prepared QT-KHCN-02, so may not approve it (approval.allow_self_approval is false)',
    );
    expect(await refused(root, ['approve', 'QT-KHCN-02', '--step', 'checked', '--name', 'A', '--title', 'B'])).toBe('--step nhận prepared, reviewed hoặc approved, không phải "checked"');
    // With allow_self_approval, the preparer may approve.
    writeFileSync(join(root, 'qms.config.yaml'), `${readText(root, 'qms.config.yaml')}approval:\n  allow_self_approval: true\n`);
    expect((await runMainToday(root, step('approved', 'Nguyễn Văn An', 'Giám đốc', '2026-01-15'))).code).toBe(0);
  });

  it('a step dated before the history row of the revision it approves', async () => {
    const root = repo();
    const draft = effectiveProcedure('QT-KHCN-04')
      .replace('status: effective\neffective: 2026-02-01\n', 'status: draft\n')
      .replace(/approval:\n(?: {2}.*\n)+/, '');
    writeFileSync(join(root, 'procedures/QT-KHCN-04.md'), draft);
    const args = ['approve', 'QT-KHCN-04', '--step', 'prepared', '--name', 'Nguyễn Văn An', '--title', 'Chuyên viên', '--lang', 'en'];
    expect(await refused(root, [...args, '--date', '2026-01-04'])).toBe(
      "prepared on 2026-01-04 is before revision 1's history row (2026-01-05): an approval step cannot precede the revision it approves",
    );
    expect(readText(root, 'procedures/QT-KHCN-04.md')).toBe(draft);
    expect((await runMainToday(root, [...args, '--date', '2026-01-05'])).code).toBe(0);
  });

  it('an effective or obsolete document', async () => {
    const root = repo();
    const args = ['--step', 'prepared', '--name', 'A', '--title', 'B'];
    expect(await refused(root, ['approve', 'QT-KHCN-01', ...args])).toBe('QT-KHCN-01 đang có hiệu lực: để thay đổi, hãy tạo lần ban hành mới bằng qms revise QT-KHCN-01 --summary "…"');
    expect(await refused(root, ['approve', 'QT-KHCN-03', ...args, '--lang', 'en'])).toBe('QT-KHCN-03 is obsolete: an obsolete document is not approved');
  });
});

describe('qms publish refuses', () => {
  it('missing steps, an edit after approval, a date before the approval, an effective document', async () => {
    const root = repo();
    expect(await refused(root, ['publish', 'QT-KHCN-02', '--effective', '2026-02-01'])).toBe(
      'QT-KHCN-02 thiếu bước xem xét và phê duyệt (cần họ tên, chức vụ, ngày): ghi bằng qms approve QT-KHCN-02 --step reviewed …',
    );
    expect(await refused(root, ['publish', 'QT-KHCN-02', '--effective', '2026-02-01', '--lang', 'en'])).toBe(
      'QT-KHCN-02 lacks the reviewed (xem xét) and approved (phê duyệt) steps (name, title and date): record them with qms approve QT-KHCN-02 --step reviewed …',
    );
    expect(await refused(root, ['publish', 'QT-KHCN-01', '--effective', '2026-03-01', '--lang', 'en'])).toBe('QT-KHCN-01 is already effective since 2026-02-01');
    for (const [s, name, title, date] of [
      ['reviewed', 'Trần Thị Bình', 'Trưởng phòng', '2026-01-12'],
      ['approved', 'Lê Văn Cường', 'Giám đốc', '2026-01-15'],
    ] as const) {
      expect((await runMainToday(root, ['approve', 'QT-KHCN-02', '--step', s, '--name', name, '--title', title, '--date', date])).code).toBe(0);
    }
    expect(await refused(root, ['publish', 'QT-KHCN-02', '--effective', '2026-01-14'])).toBe('ngày hiệu lực 14/01/2026 sớm hơn ngày phê duyệt 15/01/2026');
    const file = join(root, 'procedures/QT-KHCN-02.md');
    const approved = readFileSync(file, 'utf8');
    writeFileSync(file, approved.replace('Tiếp nhận theo', 'Tiếp nhận và trả kết quả theo'));
    const message = await refused(root, ['publish', 'QT-KHCN-02', '--effective', '2026-02-01', '--lang', 'en']);
    expect(message).toMatch(/^the content of QT-KHCN-02 changed after approval \(fingerprint sha256:[0-9a-f]{12}… ≠ recorded sha256:[0-9a-f]{12}…\): not published; have it reviewed and approved again$/);
    writeFileSync(file, approved);
    expect((await runMainToday(root, ['publish', 'QT-KHCN-02', '--effective', '2026-02-01'])).code).toBe(0);
  });
});

describe('qms obsolete refuses', () => {
  it('an unknown successor naming the closest, itself, an obsolete successor, an obsolete document', async () => {
    const root = repo();
    expect(await refused(root, ['obsolete', 'QT-KHCN-01', '--reason', 'R', '--replaced-by', 'QT-KHCN-20'])).toBe(
      '--replaced-by: không có tài liệu nào mã hiệu "QT-KHCN-20"; gần nhất: QT-KHCN-01, QT-KHCN-02 và QT-KHCN-03',
    );
    expect(await refused(root, ['obsolete', 'QT-KHCN-01', '--reason', 'R', '--replaced-by', 'QT-KHCN-01', '--lang', 'en'])).toBe('QT-KHCN-01 cannot replace itself');
    expect(await refused(root, ['obsolete', 'QT-KHCN-01', '--reason', 'R', '--replaced-by', 'QT-KHCN-03', '--lang', 'en'])).toBe('--replaced-by QT-KHCN-03 is obsolete too: name a document in use');
    expect(await refused(root, ['obsolete', 'QT-KHCN-03', '--reason', 'R'])).toBe('QT-KHCN-03 đã hết hiệu lực từ ngày 01/03/2026');
    expect(await refused(root, ['obsolete', 'QT-KHCN-01', '--reason', ''], {})).toBe('--reason không được để trống');
  });
});

describe('refusals with --json', () => {
  it('print { ok: false, command, error: { reason, message, … } } on stdout as well', async () => {
    const root = repo();
    const result = await runMainToday(root, ['revise', 'QT-KHCN-11', '--summary', 'S', '--json', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      command: 'revise',
      error: {
        reason: 'unknown-code',
        message: 'no document has the code "QT-KHCN-11"; the closest are QT-KHCN-01, QT-KHCN-02 and QT-KHCN-03',
        messageId: 'documents.no-document-has-code',
        data: { what: '', code: 'QT-KHCN-11', closest: ['QT-KHCN-01', 'QT-KHCN-02', 'QT-KHCN-03'] },
        code: 'QT-KHCN-11',
        closest: ['QT-KHCN-01', 'QT-KHCN-02', 'QT-KHCN-03'],
      },
    });
    expect(result.stderr).toBe('qms: no document has the code "QT-KHCN-11"; the closest are QT-KHCN-01, QT-KHCN-02 and QT-KHCN-03\n');
    const lang = await runMainToday(root, ['revise', 'QT-KHCN-01', '--summary', 'S', '--json', '--lang', 'fr']);
    expect(lang.code).toBe(2);
    expect(JSON.parse(lang.stdout)).toMatchObject({ ok: false, error: { reason: 'usage', messageId: 'option-values.lang', data: { flag: 'fr' } } });
  });
});

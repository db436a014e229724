import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_CONFIG, lifecycleRepo, runMain, runMainToday } from '../helpers/index.js';

const NEW = ['new', 'procedure', '--code', 'QT-KHCN-09', '--title', 'Quy trình thử', '--date', '2026-01-05'];

describe('messages in Vietnamese and English', () => {
  it('speak the config\'s language, or --lang, or QMS_LANG', async () => {
    const root = lifecycleRepo();
    const vi = await runMainToday(root, NEW);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toBe(
      [
        'Đã tạo procedures/QT-KHCN-09.md: QT-KHCN-09 (Quy trình), lần ban hành 1, trạng thái draft, theo mẫu qms:templates/documents/procedure.vi.md.',
        'Tiếp theo: soạn nội dung, rồi qms approve QT-KHCN-09 --step prepared --name … --title …',
        'qms check: procedures/QT-KHCN-09.md không có lỗi.',
        '',
      ].join('\n'),
    );
    const en = await runMainToday(root, ['approve', 'QT-KHCN-09', '--step', 'prepared', '--name', 'Nguyễn Văn An', '--title', 'Chuyên viên', '--date', '2026-01-10', '--lang', 'en']);
    expect(en.stdout).toBe(
      [
        'QT-KHCN-09 (revision 1): recorded the prepared step — Nguyễn Văn An, Chuyên viên, 2026-01-10.',
        'Next: qms approve QT-KHCN-09 --step reviewed --name … --title …',
        'qms check: no findings for procedures/QT-KHCN-09.md.',
        '',
      ].join('\n'),
    );
    const env = await runMainToday(root, ['revise', 'QT-KHCN-99', '--summary', 'S'], { QMS_LANG: 'en' });
    expect(env.stderr).toMatch(/^qms: no document has the code "QT-KHCN-99"/);
    // --lang wins over QMS_LANG.
    const flag = await runMainToday(root, ['revise', 'QT-KHCN-99', '--summary', 'S', '--lang', 'vi'], { QMS_LANG: 'en' });
    expect(flag.stderr).toMatch(/^qms: không có tài liệu nào mã hiệu "QT-KHCN-99"/);
  });

  it('follow the locale when the config names no language, and the config over the locale when it does', async () => {
    const bare = lifecycleRepo({}, LIFECYCLE_CONFIG.replace('language: vi\n', ''));
    expect((await runMainToday(bare, ['revise', 'QT-KHCN-99', '--summary', 'S'], { LANG: 'en_US.UTF-8' })).stderr).toMatch(/^qms: no document has the code/);
    expect((await runMainToday(bare, ['revise', 'QT-KHCN-99', '--summary', 'S'])).stderr).toMatch(/^qms: không có tài liệu nào mã/);
    const vi = lifecycleRepo();
    expect((await runMainToday(vi, ['revise', 'QT-KHCN-99', '--summary', 'S'], { LANG: 'en_US.UTF-8' })).stderr).toMatch(/^qms: không có tài liệu nào mã/);
  });

  it('report what qms check still finds, in the document\'s terms', async () => {
    const root = lifecycleRepo();
    await runMainToday(root, NEW);
    // A body citation of a document the register does not hold: not the command's doing, but reported.
    const file = `${root}/procedures/QT-KHCN-09.md`;
    writeFileSync(file, readFileSync(file, 'utf8').replace('## 6.', 'Theo Nghị định 99/2099/NĐ-CP.\n\n## 6.'));
    const result = await runMainToday(root, ['approve', 'QT-KHCN-09', '--step', 'prepared', '--name', 'A', '--title', 'B', '--date', '2026-01-10', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/qms check still reports 1 error\(s\), 0 warning\(s\) for procedures\/QT-KHCN-09\.md:\n {2}\d+:\d+ {2}error {2}legal\/unknown {2}/);
  });
});

describe('--help', () => {
  it('shows an example for every command', async () => {
    for (const command of ['new', 'revise', 'approve', 'publish', 'obsolete']) {
      const help = await runMain([command, '--help', '--lang', 'en'], process.cwd());
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`Examples:\\n {2}qms ${command} `));
      expect(help.stdout).toContain('--json');
      expect(help.stdout).toContain('--lang <vi|en>');
      expect(help.stdout).toContain('-C, --root <folder>');
    }
    expect((await runMain(['--help', '--lang', 'en'], process.cwd())).stdout).toMatch(/new \[options\] <type>[\s\S]*obsolete \[options\] <code>/);
  });
});

import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KHCN_BODY, KHCN_FRONT_MATTER, KHCN_REGISTER, makeRepo, runBin, runMain, TODAY_ARGS as ON_TODAY } from '../helpers/index.js';
import { t } from '../../src/i18n/messages/index.js';

/** The day of the suite, and messages in English whatever the machine's locale (the Vietnamese ones are checked once, below). */
const TODAY_ARGS = [...ON_TODAY, '--lang', 'en'];

const CONFIG = 'language: vi\ntypes:\n  procedure:\n    sections: []\n    regions: [identification, approval, history, legal-basis]\n';
const LF = 'procedures/QT-KHCN-01.md';
const CRLF = 'procedures/QT-KHCN-02.md';
const FORM = 'forms/BM-01-QT-KHCN-01.md';

function repo(): string {
  const root = makeRepo({
    'qms.config.yaml': CONFIG,
    ...KHCN_REGISTER,
    [LF]: KHCN_FRONT_MATTER + KHCN_BODY,
    [CRLF]: (KHCN_FRONT_MATTER + KHCN_BODY).replace('QT-KHCN-01', 'QT-KHCN-02').replace(/\n/g, '\r\n'),
    [FORM]: '---\ncode: BM-01/QT-KHCN-01\ntitle: Đơn đề nghị\ntype: form\nrevision: 1\nstatus: draft\n---\n# Đơn đề nghị\n',
  });
  chmodSync(join(root, LF), 0o640);
  return root;
}

/** Every file of the repository with its bytes and modification time. */
function snapshot(root: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else result[path.slice(root.length + 1)] = `${stat.mtimeMs}:${stat.mode}:${readFileSync(path, 'base64')}`;
    }
  };
  walk(root);
  return result;
}

// The first case and the help run the built CLI as a child process (exit codes, stdout, nothing
// written); the others test what render writes, running it in-process (main(argv, io)).
describe('qms render', () => {
  it('--check lists the files that would change, exits 1 and writes nothing', () => {
    const root = repo();
    const before = snapshot(root);
    const result = runBin(['render', '--check', ...TODAY_ARGS], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        `${LF}: inserted identification, approval, history, legal-basis`,
        `${CRLF}: inserted identification, approval, history, legal-basis`,
        '2 documents not up to date: run qms render',
        '',
      ].join('\n'),
    );
    expect(snapshot(root)).toEqual(before);
  });

  it('--dry-run prints a unified diff and writes nothing', async () => {
    const root = repo();
    const before = snapshot(root);
    const result = await runMain(['render', '--dry-run', ...TODAY_ARGS, LF], root);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(`--- a/${LF}\n+++ b/${LF}\n@@ -25,11 +25,55 @@\n \n # QUY TRÌNH CẤP GIẤY PHÉP CHUYỂN GIAO CÔNG NGHỆ\n \n+<!-- qms:begin identification -->\n+\n+| Thông tin | Nội dung |\n`)).toBe(true);
    expect(result.stdout).toContain('+- Luật Đất đai số 45/2013/QH13 ngày 29/11/2013 của Quốc hội (được thay thế bởi Luật số 31/2024/QH15)\n');
    expect(result.stdout.endsWith('+<!-- qms:end legal-basis -->\n \n - Các văn bản dưới đây.\n \n')).toBe(true);
    expect(result.stderr).toBe('1 document would be rendered; nothing was written\n');
    expect(result.stdout).not.toContain(CRLF);
    expect(snapshot(root)).toEqual(before);
  });

  it('renders, keeps the mode and the line endings, and a second run has nothing to do', async () => {
    const root = repo();
    const first = await runMain(['render', ...TODAY_ARGS], root);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      [
        `rendered ${LF}: inserted identification, approval, history, legal-basis`,
        `rendered ${CRLF}: inserted identification, approval, history, legal-basis`,
        '2 documents rendered, 1 up to date',
        '',
      ].join('\n'),
    );
    expect(statSync(join(root, LF)).mode & 0o777).toBe(0o640);
    const crlf = readFileSync(join(root, CRLF), 'utf8');
    expect(crlf).toContain('<!-- qms:begin approval -->\r\n\r\n| Trách nhiệm |');
    expect(crlf.replace(/\r\n/g, '')).not.toContain('\n');
    expect(readdirSync(join(root, 'procedures')).sort()).toEqual(['QT-KHCN-01.md', 'QT-KHCN-02.md']);

    const after = snapshot(root);
    const second = await runMain(['render', ...TODAY_ARGS], root);
    expect(second).toMatchObject({ code: 0, stdout: 'nothing to render: 3 documents up to date\n', stderr: '' });
    expect(snapshot(root)).toEqual(after);
    expect(await runMain(['render', '--check', ...TODAY_ARGS], root)).toMatchObject({ code: 0, stdout: 'all generated regions are up to date (3 documents)\n' });
    expect(await runMain(['render', '--check', ...ON_TODAY, '--lang', 'vi'], root)).toMatchObject({ code: 0, stdout: `${t('vi', 'render.all-up-to-date', { upToDate: 3 })}\n` });
    const check = await runMain(['check', '--format', 'json', ...TODAY_ARGS], root);
    expect(JSON.parse(check.stdout).filter((f: { ruleId: string }) => f.ruleId === 'generated/stale')).toEqual([]);
  });

  it('renders only the given paths', async () => {
    const root = repo();
    const result = await runMain(['render', ...TODAY_ARGS, CRLF], root);
    expect(result.stdout).toBe(`rendered ${CRLF}: inserted identification, approval, history, legal-basis\n1 document rendered, 0 up to date\n`);
    expect(readFileSync(join(root, LF), 'utf8')).toBe(KHCN_FRONT_MATTER + KHCN_BODY);
  });

  it('reads only the documents it renders: another one qms would refuse to read does not stop it', async () => {
    const root = repo();
    // Larger than any document qms reads (32 MB): reading it would be refused.
    writeFileSync(join(root, 'procedures/QT-KHCN-09.md'), `---\ncode: QT-KHCN-09\n---\n${'x'.repeat(33 * 1024 * 1024)}\n`);
    const result = await runMain(['render', ...TODAY_ARGS, LF], root);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(root, LF), 'utf8')).toContain('<!-- qms:begin identification -->');
    expect((await runMain(['render', '--check', ...TODAY_ARGS], root)).code).toBe(2);
  });

  it('updates a region made stale by an edit of the front matter', async () => {
    const root = repo();
    await runMain(['render', ...TODAY_ARGS, LF], root);
    const path = join(root, LF);
    writeFileSync(path, readFileSync(path, 'utf8').replace('title: Giám đốc', 'title: Phó Giám đốc'));
    const result = await runMain(['render', ...TODAY_ARGS, LF], root);
    expect(result.stdout).toBe(`rendered ${LF}: updated approval\n1 document rendered, 0 up to date\n`);
    expect(readFileSync(path, 'utf8')).toContain('| Chức vụ | Chuyên viên | Trưởng phòng | Phó Giám đốc |\n');
  });

  it('leaves a file with an unpaired marker alone and exits 1, naming the line', async () => {
    const root = repo();
    const path = join(root, LF);
    const text = `${KHCN_FRONT_MATTER}\n<!-- qms:begin approval -->\n${KHCN_BODY}`;
    writeFileSync(path, text);
    const result = await runMain(['render', ...TODAY_ARGS, LF], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`qms: ${LF}:${KHCN_FRONT_MATTER.split('\n').length + 1}:1: "<!-- qms:begin approval -->" has no matching "<!-- qms:end approval -->" after it: pair the markers (or remove the stray one), then run qms render ${LF}\n`);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('skips a document whose front matter cannot be read, saying so, without failing', async () => {
    const root = repo();
    writeFileSync(join(root, 'procedures/QT-KHCN-03.md'), '# Không có front matter\n');
    const result = await runMain(['render', '--check', ...TODAY_ARGS, 'procedures/QT-KHCN-03.md'], root);
    expect(result).toMatchObject({ code: 0, stdout: 'all generated regions are up to date (0 documents)\n' });
    expect(result.stderr).toBe('qms: procedures/QT-KHCN-03.md: skipped, its front matter cannot be read (run qms check)\n');
  });

  it('has help with examples, and refuses --check with --dry-run', () => {
    const help = runBin(['render', '--help', '--lang', 'en'], process.cwd());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:\n  qms render ');
    expect(help.stdout).toContain('--dry-run');
    const both = runBin(['render', '--check', '--dry-run', '--lang', 'vi'], repo());
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(`qms: ${t('vi', 'usage.exclusive', { first: '--check', second: '--dry-run' })}\n`);
  });
});

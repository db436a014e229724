/**
 * `qms export --format pdf`, printed by headless Chromium and read back with poppler as a person
 * would look at it: A4 pages, rendered to PNG, the text extracted with its Vietnamese intact, the
 * fonts embedded. Chromium is required (.ci/run installs it): without it these tests fail, saying so.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_AGENCY, HANG_LIMIT_MS, runBin, tempFolder } from '../helpers/index.js';
import { poppler } from './support.js';

const DEMO = resolve(DEMO_AGENCY);
const DECISION_OPTIONS = ['--number', '15', '--parent', 'UBND tỉnh Phú Thọ', '--place', 'Phú Thọ', '--symbol', 'SKHCN'];

function exportPdf(args: string[], env: Record<string, string> = {}): { file: string; code: number; stderr: string } {
  const out = join(tempFolder(), 'out.pdf');
  const result = runBin(['export', ...args, '-C', DEMO, '--format', 'pdf', '--out', out], tempFolder(), env);
  return { file: out, code: result.code, stderr: result.stderr };
}

/** Page count and size from pdfinfo. */
function info(file: string): { pages: number; size: string } {
  const text = poppler('pdfinfo', [file]);
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(text)?.[1]), size: /^Page size:\s+(.*)$/m.exec(text)?.[1] ?? '' };
}

describe('qms export --format pdf', () => {
  it(
    'prints the decision and the procedure on A4 pages that render to PNG, with the code and the Vietnamese title intact',
    () => {
      const { file, code, stderr } = exportPdf(['QT-KHCN-01', '--decision', ...DECISION_OPTIONS]);
      expect(code, `${stderr}\n(Chromium missing? install it: apt-get install -y chromium fonts-liberation2)`).toBe(0);
      const { pages, size } = info(file);
      expect(size).toContain('(A4)');
      expect(pages).toBeGreaterThanOrEqual(4);
      const folder = tempFolder();
      poppler('pdftoppm', ['-r', '40', '-png', file, join(folder, 'page')]);
      expect(readdirSync(folder).filter((name) => name.endsWith('.png'))).toHaveLength(pages);
      const first = poppler('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-']);
      expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(first).toContain('Số: 15/QĐ-SKHCN');
      expect(first).toMatch(/Căn cứ Nghị định số 76\/2018\/NĐ-CP ngày 15 tháng 5 năm 2018/);
      const text = poppler('pdftotext', [file, '-']).normalize('NFC');
      expect(text).toContain('QT-KHCN-01');
      // Folded across lines by the layout: compared with the line breaks as spaces.
      expect(text.replace(/\s+/g, ' ')).toContain('Quy trình đăng ký chuyển giao công nghệ (trừ trường hợp thuộc thẩm quyền của Bộ Khoa học và Công nghệ)');
      expect(text).toContain('Đinh Thị Thu Hà');
      // The running header of the procedure's pages: code, issue and page x/y.
      expect(text).toMatch(new RegExp(`QT-KHCN-01 · Lần ban hành: 04 · Trang \\d+/${pages}`));
      // Fonts with Vietnamese coverage, embedded.
      const fonts = poppler('pdffonts', [file]);
      expect(fonts).toMatch(/LiberationSerif|Tinos|NotoSerif|TimesNewRoman/);
      expect(fonts).not.toMatch(/ no {2,}(yes|no) /);
    },
    HANG_LIMIT_MS,
  );

  it('refuses with the install command when no Chromium can be found, and writes nothing', () => {
    const { file, code, stderr } = exportPdf(['QT-KHCN-01', '--lang', 'en'], { PATH: '/nonexistent', QMS_CHROMIUM: '' });
    expect(code).toBe(2);
    expect(stderr).toContain('apt-get install -y chromium');
    expect(() => info(file)).toThrow();
  });
});

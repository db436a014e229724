/**
 * `qms site` run again over the same output folder (in-process, main(argv, io); site.test.ts runs the
 * built CLI): it makes again only the pages
 * whose inputs changed — a document, the forms and register entries a page shows, the statuses of
 * the day — leaves other files alone, and trusts no manifest it cannot read as its own.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { form, legalEntry, LIFECYCLE_CONFIG, makeRepo, ND_61_2018, procedure, runMain, tempFolder } from '../helpers/index.js';

const TODAY = '2026-11-27';

interface SiteRun {
  code: number;
  stderr: string;
  json: { rendered: number; written: number; pages: number; unchanged: number; withdrawn: number; error?: { reason: string } };
}

async function site(root: string, out: string, today = TODAY): Promise<SiteRun> {
  const result = await runMain(['site', '--out', out, '--today', today, '--json', '--no-cache'], root);
  let json = {} as SiteRun['json'];
  try {
    json = JSON.parse(result.stdout || result.stderr) as SiteRun['json'];
  } catch {
    // the assertions on code and stderr say why
  }
  return { code: result.code, stderr: result.stderr, json };
}

const FORM = 'BM-01/QT-KHCN-01';
const BASIS_61 = '  - id: 61/2018/NĐ-CP';
const BASIS_45 = '  - id: 45/2020/NĐ-CP';

/** Two procedures on two decrees, one with a form, and a third procedure on its own. */
function agency(): string {
  return makeRepo({
    'qms.config.yaml': LIFECYCLE_CONFIG,
    'legal/61-2018.md': ND_61_2018,
    'legal/45-2020.md': legalEntry('45/2020/NĐ-CP', { title: 'Về thực hiện thủ tục hành chính trên môi trường điện tử', signed: '2020-04-08', effective: '2020-05-22' }),
    'procedures/QT-KHCN-01.md': procedure({ code: 'QT-KHCN-01', legalBasis: BASIS_61, references: `[${FORM}]`, body: `Dùng biểu mẫu ${FORM} khi tiếp nhận.` }),
    'procedures/QT-KHCN-02.md': procedure({ code: 'QT-KHCN-02', title: 'Quy trình thẩm định', legalBasis: BASIS_45, body: 'Thẩm định hồ sơ.' }),
    'procedures/QT-KHCN-03.md': procedure({ code: 'QT-KHCN-03', title: 'Quy trình lưu trữ', body: 'Lưu trữ hồ sơ.' }),
    'forms/BM-01-QT-KHCN-01.md': form({ code: FORM, title: 'Phiếu tiếp nhận', references: '[QT-KHCN-01]', body: 'Phiếu.' }),
  });
}

/** The files of the output folder whose modification time moved since `marked` (every file set to the epoch). */
async function touched(out: string, marked: () => Promise<unknown>): Promise<string[]> {
  const files = (dir: string, prefix = ''): string[] => readdirSync(join(out, dir)).flatMap((name) => (statSync(join(out, dir, name)).isDirectory() ? files(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));
  for (const file of files('')) utimesSync(join(out, file), 0, 0);
  await marked();
  return files('')
    .filter((file) => statSync(join(out, file)).mtimeMs !== 0)
    .sort();
}

async function built(): Promise<{ root: string; out: string }> {
  const root = agency();
  const out = join(tempFolder(), 'site');
  const first = await site(root, out);
  expect(first.code, first.stderr).toBe(0);
  expect(first.json.rendered).toBe(4);
  return { root, out };
}

function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
}

describe('qms site run again', () => {
  it('writes nothing when nothing changed, not even the next day, and reads no document again', async () => {
    const { root, out } = await built();
    let again!: SiteRun;
    expect(await touched(out, async () => (again = await site(root, out)))).toEqual([]);
    expect(again.json).toMatchObject({ rendered: 0, written: 0, pages: 0 });
    expect(await touched(out, async () => (again = await site(root, out, '2026-11-28')))).toEqual([]);
    expect(again.json.rendered).toBe(0);
  });

  it('after a form changes, makes again its page and the pages showing it, not the others', async () => {
    const { root, out } = await built();
    edit(root, 'forms/BM-01-QT-KHCN-01.md', 'title: Phiếu tiếp nhận', 'title: Phiếu tiếp nhận hồ sơ');
    let again!: SiteRun;
    const files = await touched(out, async () => (again = await site(root, out)));
    expect(again.code, again.stderr).toBe(0);
    expect(again.json.rendered).toBe(2);
    expect(files).toEqual(['.qms-site.json', 'assets/search-index.js', 'd-BM-01-QT-KHCN-01.html', 'd-QT-KHCN-01.html', 'index.html', 'internal.html']);
    expect(readFileSync(join(out, 'd-QT-KHCN-01.html'), 'utf8')).toContain('Phiếu tiếp nhận hồ sơ');
    // And after that, nothing: not even the manifest, whatever order its pages were made in.
    expect(await touched(out, async () => (again = await site(root, out)))).toEqual([]);
  });

  it('after a register entry changes, makes again the pages citing it, and the register', async () => {
    const { root, out } = await built();
    writeFileSync(join(root, 'legal/107-2021.md'), legalEntry('107/2021/NĐ-CP', { signed: '2021-12-06', effective: '2022-02-21', amends: '\n  - id: 61/2018/NĐ-CP' }));
    let again!: SiteRun;
    const files = await touched(out, async () => (again = await site(root, out)));
    expect(again.code, again.stderr).toBe(0);
    expect(again.json.rendered).toBe(1);
    expect(files).toEqual(['.qms-site.json', 'd-QT-KHCN-01.html', 'external.html', 'register.html']);
    expect(readFileSync(join(out, 'd-QT-KHCN-01.html'), 'utf8')).toMatch(/Còn hiệu lực, đã được sửa đổi, bổ sung — Nghị định 107\/2021\/NĐ-CP/);
  });

  it('makes a page again when the day of the run crosses the date an amendment takes effect', async () => {
    const root = agency();
    writeFileSync(join(root, 'legal/107-2021.md'), legalEntry('107/2021/NĐ-CP', { signed: '2026-11-20', effective: '2026-12-01', amends: '\n  - id: 61/2018/NĐ-CP' }));
    const out = join(tempFolder(), 'site');
    expect((await site(root, out)).code).toBe(0);
    expect(readFileSync(join(out, 'd-QT-KHCN-01.html'), 'utf8')).not.toContain('107/2021');
    let again!: SiteRun;
    const files = await touched(out, async () => (again = await site(root, out, '2026-12-02')));
    expect(again.json.rendered).toBe(1);
    expect(files).toContain('d-QT-KHCN-01.html');
    expect(files).not.toContain('d-QT-KHCN-02.html');
    expect(readFileSync(join(out, 'd-QT-KHCN-01.html'), 'utf8')).toContain('Nghị định 107/2021/NĐ-CP');
  });

  it('moves the page of a document made obsolete to the obsolete list, and leaves a notice at its old address', async () => {
    const { root, out } = await built();
    edit(root, 'procedures/QT-KHCN-03.md', 'status: effective', 'status: obsolete\nobsolete: { date: 2026-11-20, reason: Sáp nhập, replaced_by: QT-KHCN-02 }');
    const again = await site(root, out);
    expect(again.code, again.stderr).toBe(0);
    expect(again.json).toMatchObject({ rendered: 1, withdrawn: 1 });
    expect(readFileSync(join(out, 'o-QT-KHCN-03.html'), 'utf8')).toContain('class="obsolete-banner"');
    expect(readFileSync(join(out, 'obsolete.html'), 'utf8')).toContain('<a href="o-QT-KHCN-03.html">QT-KHCN-03</a>');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('QT-KHCN-03');
    expect(readFileSync(join(out, 'd-QT-KHCN-03.html'), 'utf8')).toContain('Tài liệu không còn được công bố');
  });
});

describe('qms site --dry-run', () => {
  it('lists what a run would write, and writes nothing', async () => {
    const { root, out } = await built();
    edit(root, 'procedures/QT-KHCN-03.md', 'Lưu trữ hồ sơ.', 'Lưu trữ hồ sơ điện tử.');
    let stdout = '';
    expect(await touched(out, async () => (stdout = (await runMain(['site', '--out', out, '--today', TODAY, '--dry-run', '--no-cache'], root)).stdout))).toEqual([]);
    expect(stdout.split('\n').filter(Boolean).map((line) => line.replace(/ \(\d+ bytes\)$/, ''))).toEqual(['update site/.qms-site.json', 'update site/d-QT-KHCN-03.html', 'update site/assets/search-index.js']);
  });
});

describe('qms site and files that are not its own', () => {
  it('leaves other files of the output folder alone, and refuses to write over one in its way', async () => {
    const { root, out } = await built();
    writeFileSync(join(out, 'ghi-chu.txt'), 'ghi chú của cán bộ ISO');
    writeFileSync(join(out, 'd-QT-KHCN-04.html'), '<p>trang riêng</p>');
    edit(root, 'procedures/QT-KHCN-03.md', 'Lưu trữ hồ sơ.', 'Lưu trữ hồ sơ điện tử.');
    expect((await site(root, out)).code).toBe(0);
    expect(readFileSync(join(out, 'ghi-chu.txt'), 'utf8')).toBe('ghi chú của cán bộ ISO');
    // A new document whose page would land on that file: refused, nothing written.
    writeFileSync(join(root, 'procedures/QT-KHCN-04.md'), procedure({ code: 'QT-KHCN-04', body: 'Mới.' }));
    const manifest = readFileSync(join(out, '.qms-site.json'), 'utf8');
    const refused = await site(root, out);
    expect(refused.code).toBe(2);
    expect(refused.json.error?.reason).toBe('exists');
    expect(readFileSync(join(out, 'd-QT-KHCN-04.html'), 'utf8')).toBe('<p>trang riêng</p>');
    expect(readFileSync(join(out, '.qms-site.json'), 'utf8')).toBe(manifest);
  });

  it('makes everything again over a manifest that is not JSON, or names files it never writes, and touches nothing outside', async () => {
    const { root, out } = await built();
    const victim = join(out, '..', 'victim.html');
    writeFileSync(victim, 'không được ghi đè');
    writeFileSync(join(out, 'nguoi-dung.html'), 'tệp của người dùng');
    for (const manifest of ['{ not json', JSON.stringify({ format: 2, global: 'x', files: { '../victim.html': 'a', 'nguoi-dung.html': 'b' }, pages: {} })]) {
      writeFileSync(join(out, '.qms-site.json'), manifest);
      const again = await site(root, out);
      expect(again.code, again.stderr).toBe(0);
      expect(again.json.rendered).toBe(4);
      expect(again.json.withdrawn).toBe(0);
    }
    expect(readFileSync(victim, 'utf8')).toBe('không được ghi đè');
    expect(readFileSync(join(out, 'nguoi-dung.html'), 'utf8')).toBe('tệp của người dùng');
  });

  it('refuses a manifest that is a link, following it nowhere', async () => {
    const { root, out } = await built();
    const outside = join(tempFolder(), 'elsewhere.json');
    writeFileSync(outside, '{"format":2}');
    const manifest = join(out, '.qms-site.json');
    rmSync(manifest);
    symlinkSync(outside, manifest);
    edit(root, 'procedures/QT-KHCN-03.md', 'Lưu trữ hồ sơ.', 'Lưu trữ hồ sơ giấy.');
    const refused = await site(root, out);
    expect(refused.code).toBe(2);
    expect(readFileSync(outside, 'utf8')).toBe('{"format":2}');
    expect(readFileSync(join(out, 'd-QT-KHCN-03.html'), 'utf8')).not.toContain('hồ sơ giấy');
  });

  it('writes into a new folder and an empty one alike', async () => {
    const root = agency();
    const empty = tempFolder();
    mkdirSync(join(empty, 'assets'));
    expect((await site(root, empty)).code).toBe(0);
    expect(existsSync(join(empty, 'assets', 'site.css'))).toBe(true);
  });
});

/**
 * `qms site` with the real CLI: what is published (in force; obsolete marked and apart; drafts
 * never), what pages hold (identification, approvals, history, legal status today, links), that
 * document text cannot inject markup, the folded search index, and incremental rebuilds.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLD_SEARCH_JS, foldSearch } from '../../src/site/fold.js';
import { commitAll, DEMO_AGENCY, makeGitRepo, makeRepo, procedure, runBin, SHORT_CONFIG, tempFolder } from '../helpers/index.js';

const TODAY = '2026-11-27';

function site(root: string, out: string): { code: number; stdout: string; stderr: string; json: Record<string, number> } {
  const result = runBin(['site', '-C', root, '--out', out, '--today', TODAY, '--json'], root);
  let json: Record<string, number> = {};
  try {
    json = JSON.parse(result.stdout) as Record<string, number>;
  } catch {
    // the assertions on code and stderr say why
  }
  return { ...result, json };
}

function demoCopy(): string {
  const root = join(tempFolder(), 'agency');
  cpSync(resolve(DEMO_AGENCY), root, { recursive: true });
  return root;
}

describe('qms site on the demo agency', () => {
  const out = join(tempFolder(), 'site');
  const result = site(resolve(DEMO_AGENCY), out);
  const read = (file: string): string => readFileSync(join(out, file), 'utf8');

  it('publishes the documents in force, one page each, and the obsolete one apart and marked', () => {
    expect(result.code, result.stderr).toBe(0);
    const pages = readdirSync(out).filter((f) => f.endsWith('.html'));
    expect(pages.filter((f) => f.startsWith('d-'))).toHaveLength(33);
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'internal.html', 'external.html', 'register.html', 'obsolete.html', 'd-QT-KHCN-01.html', 'd-BM-01-QT-KHCN-01.html', 'o-QT-KHCN-07.html']));
    const index = read('index.html');
    expect(index).toContain('<a href="d-QT-KHCN-01.html">QT-KHCN-01</a>');
    expect(index).not.toContain('QT-KHCN-07');
    expect(read('assets/search-index.js')).not.toContain('QT-KHCN-07');
    const obsolete = read('o-QT-KHCN-07.html');
    expect(obsolete).toContain('class="obsolete-banner"');
    expect(obsolete).toContain('<body class="obsolete">');
    expect(read('obsolete.html')).toContain('<a href="o-QT-KHCN-07.html">QT-KHCN-07</a>');
    expect(read('d-QT-KHCN-01.html')).not.toContain('obsolete-banner');
  });

  it('gives each document its identification, approvals, history and legal basis with the status on the day', () => {
    const page = read('d-QT-KHCN-01.html');
    expect(page).toContain('<tr><th>Lần ban hành</th><td>04</td></tr>');
    expect(page).toContain('<tr><th>Họ và tên</th><td>Lò Văn Sơn</td><td>Xa Văn Hùng</td><td>Đinh Thị Thu Hà</td></tr>');
    expect(page).toContain('<td>Cập nhật cách thức nộp, số hóa hồ sơ theo Nghị định 107/2021/NĐ-CP</td>');
    expect(page).toContain('<th>Tình trạng hiệu lực</th>');
    expect(page).toMatch(/Nghị định 118\/2025\/NĐ-CP — [^<]*<\/a><\/td><td><span class="status-in-force">Còn hiệu lực/);
    // A procedure still resting on a replaced decree says so where staff read it.
    expect(read('d-QT-KHCN-03.html')).toMatch(/Nghị định 61\/2018\/NĐ-CP — [^<]*<\/a><\/td><td><span class="status-ended">Hết hiệu lực \(bị thay thế\) — Nghị định 118\/2025\/NĐ-CP/);
    // Links: to the forms and related documents, from body text, and from a form back to its procedures.
    expect(page).toContain('<a href="d-BM-01-QT-KHCN-01.html">BM-01/QT-KHCN-01</a> — Phiếu thẩm định hồ sơ đăng ký chuyển giao công nghệ');
    expect(page).toContain('theo <a href="d-QT-KHCN-06.html">QT-KHCN-06</a>');
    expect(read('d-BM-01-QT-KHCN-01.html')).toMatch(/<h2>Dùng trong<\/h2><ul>.*<a href="d-QT-KHCN-01.html">QT-KHCN-01<\/a>/);
    // The stamp: controlled copy, the day, the commit (or none outside git) — and no placeholder left.
    expect(page).toContain('Bản điện tử có kiểm soát — in ra là bản không kiểm soát. Tạo ngày 27/11/2026');
    expect(page).not.toContain('\u0000');
    // Generated regions' comments do not leak.
    expect(page).not.toMatch(/qms:begin|qms:end|<!--/);
  });

  it('has the master lists and the register with statuses', () => {
    expect(read('internal.html')).toContain('<h1>Danh mục tài liệu nội bộ</h1>');
    expect(read('internal.html')).not.toContain('QT-KHCN-07');
    expect(read('external.html')).toMatch(/<td>Luật<\/td><td>Đất đai<\/td>|Luật Đất đai/);
    expect(read('register.html')).toMatch(/<section id="l-[^"]+"><h2>Nghị định 61\/2018\/NĐ-CP<\/h2>/);
    expect(read('register.html')).toMatch(/Căn cứ của: .*<a href="d-QT-KHCN-01.html">QT-KHCN-01<\/a>/);
  });

  it('indexes every document in force for search, folded: "danh gia" is how "Đánh giá" is stored', () => {
    const script = read('assets/search-index.js');
    const entries = JSON.parse(script.replace(/^window\.QMS_SEARCH = /, '').replace(/;\n$/, '')) as Array<{ c: string; f: string; u: string }>;
    expect(entries).toHaveLength(33);
    const audit = entries.find((e) => e.c === 'QT-TCHC-03')!;
    expect(audit.u).toBe('d-QT-TCHC-03.html');
    expect(audit.f).toContain('danh gia noi bo');
    expect(audit.f).not.toMatch(/[đáà]/);
  });

  it('rewrites nothing when nothing changed, and only what changed after an edit', () => {
    const root = demoCopy();
    const folder = join(tempFolder(), 'site');
    const first = site(root, folder);
    expect(first.code, first.stderr).toBe(0);
    expect(first.json.unchanged).toBe(0);
    const again = site(root, folder);
    expect(again.json.written).toBe(0);
    expect(again.json.unchanged).toBe(first.json.written! - 1);
    const file = join(root, 'procedures/QT-KHCN-05.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## 1. Mục đích', '## 1. Mục đích\n\nMột câu mới về thẩm định công nghệ.'));
    const after = site(root, folder);
    // The page itself is made again and written, with the search index; no other page's content changed.
    expect(after.json.rendered).toBe(1);
    expect(after.json.pages).toBe(1);
    expect(readFileSync(join(folder, 'd-QT-KHCN-05.html'), 'utf8')).toContain('Một câu mới về thẩm định công nghệ.');
  });

  it('turns the page of a document no longer in force into a withdrawn notice', () => {
    const root = demoCopy();
    const folder = join(tempFolder(), 'site');
    expect(site(root, folder).code).toBe(0);
    const file = join(root, 'procedures/QT-KHCN-05.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^status: effective$/m, 'status: draft'));
    const after = site(root, folder);
    expect(after.json.withdrawn).toBe(1);
    const page = readFileSync(join(folder, 'd-QT-KHCN-05.html'), 'utf8');
    expect(page).toContain('Tài liệu không còn được công bố');
    expect(page).not.toContain('thẩm định');
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).not.toContain('QT-KHCN-05');
  });
});

describe('qms site: the revision in force, never a draft', () => {
  it('publishes the last committed effective revision while the work tree holds the next one as a draft', () => {
    const root = makeGitRepo({
      'qms.config.yaml': SHORT_CONFIG,
      'procedures/QT-KHCN-01.md': procedure({ code: 'QT-KHCN-01', status: 'effective', revision: 1, body: '## 1. Mục đích\n\nNội dung lần ban hành thứ nhất.' }),
    });
    // As qms revise leaves it: the history keeps the day revision 1 took effect.
    const history = '  - { revision: 1, date: 2026-02-20, summary: Ban hành lần đầu, effective: 2026-03-01 }\n  - { revision: 2, date: 2026-11-02, summary: Dự thảo lần hai }';
    writeFileSync(join(root, 'procedures/QT-KHCN-01.md'), procedure({ code: 'QT-KHCN-01', status: 'draft', revision: 2, effective: null, history, body: '## 1. Mục đích\n\nNội dung dự thảo lần hai.' }));
    const out = join(tempFolder(), 'site');
    const result = site(root, out);
    expect(result.code, result.stderr).toBe(0);
    const page = readFileSync(join(out, 'd-QT-KHCN-01.html'), 'utf8');
    expect(page).toContain('Nội dung lần ban hành thứ nhất.');
    expect(page).toContain('<tr><th>Lần ban hành</th><td>01</td></tr>');
    expect(page).not.toContain('dự thảo lần hai');
    // Once the new revision is in force and committed, it replaces the old one.
    writeFileSync(join(root, 'procedures/QT-KHCN-01.md'), procedure({ code: 'QT-KHCN-01', status: 'effective', revision: 2, body: '## 1. Mục đích\n\nNội dung lần hai.' }));
    commitAll(root, 'lần 2');
    expect(site(root, out).code).toBe(0);
    expect(readFileSync(join(out, 'd-QT-KHCN-01.html'), 'utf8')).toContain('Nội dung lần hai.');
  });
});

describe('qms site: document text stays text', () => {
  it('escapes titles and body, drops raw HTML and comments, keeps no script link', () => {
    const root = makeRepo({
      'qms.config.yaml': SHORT_CONFIG,
      'procedures/QT-KHCN-01.md': procedure({
        code: 'QT-KHCN-01',
        status: 'effective',
        title: 'Quy trình <img src=x onerror=alert(1)>',
        body: '## 1. Mục đích\n\nVăn bản <script>alert(2)</script> và [liên kết](javascript:alert(3)) và [trang](https://dichvucong.gov.vn).\n\n<!-- ghi chú nội bộ -->\n\n<iframe src="https://example.com"></iframe>\n\n| a | b |\n|---|---|\n| <b onclick="x">c</b> | d |\n',
      }),
      'procedures/QT-KHCN-02.md': procedure({ code: 'QT-KHCN-02', status: 'draft', title: 'Quy trình dự thảo bí mật' }),
    });
    const out = join(tempFolder(), 'site');
    const result = site(root, out);
    expect(result.code, result.stderr).toBe(0);
    const page = readFileSync(join(out, 'd-QT-KHCN-01.html'), 'utf8');
    expect(page).not.toMatch(/<script>alert|<img|<iframe|onclick|<[^>]*onerror|<b |javascript:|ghi chú nội bộ|<!--/);
    expect(page).toContain('Quy trình &lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('<a href="https://dichvucong.gov.vn">trang</a>');
    expect(page).toContain('và liên kết và');
    // The draft is nowhere.
    expect(existsSync(join(out, 'd-QT-KHCN-02.html'))).toBe(false);
    for (const file of readdirSync(out).filter((f) => f.endsWith('.html') || f.endsWith('.js'))) expect(readFileSync(join(out, file), 'utf8')).not.toContain('dự thảo bí mật');
    // The only scripts are the site's own.
    expect(readFileSync(join(out, 'index.html'), 'utf8').match(/<script[^>]*>/g)).toEqual(['<script src="assets/search-index.js">', '<script src="assets/search.js">']);
  });
});

describe('the search fold', () => {
  const browserFold = new Function(`${FOLD_SEARCH_JS}; return foldSearch;`)() as (text: string) => string;

  it('finds Vietnamese with or without diacritics, đ as d, in both the index and the page script alike', () => {
    for (const [text, folded] of [
      ['Đánh giá nội bộ', 'danh gia noi bo'],
      ['đăng ký', 'dang ky'],
      ['QT-KHCN-01', 'qt khcn 01'],
      ['Quy trình'.normalize('NFD'), 'quy trinh'],
      ['BM-01/QT-VP-01 – Giấy tiếp nhận', 'bm 01 qt vp 01 giay tiep nhan'],
    ]) {
      expect(foldSearch(text!)).toBe(folded);
      expect(browserFold(text!)).toBe(folded);
    }
  });
});

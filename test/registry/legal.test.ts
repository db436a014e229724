import { t } from '../../src/i18n/messages/index.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JUSTICE_ND_63, JUSTICE_ND_92, justiceAgency, legalEntry, makeGitRepo, readText, runBin, runMain, TODAY } from '../helpers/index.js';

const ND_107 = ['--kind', 'Nghị định', '--title', 'Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP', '--issuer', 'Chính phủ', '--signed', '2021-12-06', '--effective', '2022-02-21'];

/** `qms check legal` as CI would run it: the register must stay clean. */
async function expectRegisterClean(root: string): Promise<void> {
  const check = await runMain(['check', 'legal', '--today', TODAY, '--format', 'json'], root);
  expect(JSON.parse(check.stdout)).toEqual([]);
  expect(check.code).toBe(0);
}

function legalFiles(root: string): string[] {
  return readdirSync(join(root, 'legal')).sort();
}

describe('qms legal add', async () => {
  it('creates legal/<kind>-<number>.md that qms check accepts, and prints the qms impact command', async () => {
    const root = makeGitRepo(justiceAgency());
    // The built CLI, as an officer runs it; the other tests run main() in-process, for speed.
    const result = runBin(['legal', 'add', '30/2020/NĐ-CP', '--kind', 'Nghị định', '--title', 'Về công tác văn thư', '--issuer', 'Chính phủ', '--signed', '2020-03-05', '--effective', '2020-03-05', '--alias', 'Nghị định văn thư'], root, { QMS_LANG: '' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Tạo legal/nd-30-2020-nd-cp.md: Nghị định 30/2020/NĐ-CP');
    expect(result.stdout).toContain('qms impact 30/2020/NĐ-CP');
    expect(readText(root, 'legal/nd-30-2020-nd-cp.md')).toBe(
      '---\nid: 30/2020/NĐ-CP\nkind: Nghị định\ntitle: Về công tác văn thư\nissuer: Chính phủ\nsigned: 2020-03-05\neffective: 2020-03-05\naliases: [Nghị định văn thư]\n---\n\n',
    );
    await expectRegisterClean(root);
    // The alias resolves in the new register.
    const show = await runMain(['legal', 'show', 'Nghị định văn thư', '--json', '--today', TODAY], root);
    expect(JSON.parse(show.stdout)).toMatchObject({ id: '30/2020/NĐ-CP', status: 'in-force' });
  });

  it('quotes what YAML would misread, and names a standard by its id alone', async () => {
    const root = makeGitRepo(justiceAgency());
    const result = await runMain(['legal', 'add', 'TCVN ISO 9001:2015', '--kind', 'Tiêu chuẩn', '--title', 'Hệ thống quản lý chất lượng: Các yêu cầu', '--issuer', 'Bộ Khoa học và Công nghệ', '--signed', '2015-12-31', '--effective', '2015-12-31', '--lang', 'en'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Created legal/tcvn-iso-9001-2015.md');
    expect(result.stdout).toContain('qms impact "TCVN ISO 9001:2015"');
    expect(readText(root, 'legal/tcvn-iso-9001-2015.md')).toContain('title: "Hệ thống quản lý chất lượng: Các yêu cầu"\n');
    await expectRegisterClean(root);
  });

  it('refuses a duplicate id in any spelling, naming the entry', async () => {
    const root = makeGitRepo(justiceAgency());
    const before = legalFiles(root);
    const result = await runMain(['legal', 'add', '61/2018/ND-CP', ...ND_107], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('qms: 61/2018/NĐ-CP đã có trong sổ đăng ký (legal/nd-61-2018-nd-cp.md): mỗi văn bản chỉ đăng ký một lần; xem bằng qms legal show\n');
    expect(legalFiles(root)).toEqual(before);
  });

  it('refuses missing fields and Vietnamese-order dates, in the language asked for', async () => {
    const root = makeGitRepo(justiceAgency());
    const missing = await runMain(['legal', 'add', '30/2020/NĐ-CP', '--kind', 'Nghị định'], root, { QMS_LANG: 'en' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('qms: 30/2020/NĐ-CP is not registered yet: --title, --issuer, --signed, --effective are needed to create its entry\n');
    const date = await runMain(['legal', 'add', '30/2020/NĐ-CP', '--signed', '05/03/2020'], root);
    expect(date.code).toBe(2);
    expect(date.stderr).toBe('qms: --signed nhận ngày viết năm-tháng-ngày, ví dụ 2026-12-01, không phải "05/03/2020" (viết 2020-03-05)\n');
  });

  it('refuses an entry the register rules reject (effective before signed), writing nothing', async () => {
    const root = makeGitRepo(justiceAgency());
    const before = legalFiles(root);
    const result = await runMain(['legal', 'add', '30/2020/NĐ-CP', ...ND_107.slice(0, 6), '--signed', '2020-03-05', '--effective', '2020-01-01'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`legal/nd-30-2020-nd-cp.md:7:1  lỗi  ${t('vi', 'register/dates.effective-before-signed', { effective: '2020-01-01', signed: '2020-03-05' })}  register/dates`);
    expect(result.stderr).toMatch(/từ chối: .* 1 lỗi .*; không ghi gì\n$/);
    expect(legalFiles(root)).toEqual(before);
  });
});

describe('qms legal amend | replace | repeal', async () => {
  it('creates the amending entry with the relation and its articles, then adds articles byte by byte', async () => {
    const root = makeGitRepo(justiceAgency());
    const created = await runMain(['legal', 'amend', '61/2018/NĐ-CP', '--by', '107/2021/NĐ-CP', '--articles', 'Điều 1, Điều 5', ...ND_107], root);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toBe(
      'Tạo legal/nd-107-2021-nd-cp.md: Nghị định 107/2021/NĐ-CP sửa đổi, bổ sung 61/2018/NĐ-CP (Điều 1, Điều 5)\nTiếp theo, rà soát các tài liệu bị ảnh hưởng: qms impact 107/2021/NĐ-CP\n',
    );
    const text = readText(root, 'legal/nd-107-2021-nd-cp.md');
    expect(text).toContain('aliases: []\namends:\n  - id: 61/2018/NĐ-CP\n    articles: [Điều 1, Điều 5]\n---\n');
    await expectRegisterClean(root);

    // The same relation with one more article: only that article is written.
    const more = await runMain(['legal', 'amend', '61/2018/ND-CP', '--by', '107/2021/ND-CP', '--articles', 'Điều 5, khoản 2 Điều 7'], root, { QMS_LANG: 'en' });
    expect(more.code).toBe(0);
    expect(more.stdout).toContain('Updated legal/nd-107-2021-nd-cp.md: 107/2021/NĐ-CP amends 61/2018/NĐ-CP: added khoản 2 Điều 7');
    expect(readText(root, 'legal/nd-107-2021-nd-cp.md')).toBe(text.replace('[Điều 1, Điều 5]', '[Điều 1, Điều 5, khoản 2 Điều 7]'));
    await expectRegisterClean(root);

    // Everything recorded already: nothing is written.
    const again = await runMain(['legal', 'amend', '61/2018/NĐ-CP', '--by', '107/2021/NĐ-CP', '--articles', 'Điều 1'], root);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Đã ghi nhận trước đó: .*không có gì thay đổi\n$/);

    const show = JSON.parse((await runMain(['legal', 'show', '61/2018/NĐ-CP', '--json', '--today', TODAY], root)).stdout);
    expect(show.status).toBe('amended');
    expect(show.inverse).toContainEqual(expect.objectContaining({ relation: 'amends', id: '107/2021/NĐ-CP', articles: ['Điều 1', 'Điều 5', 'khoản 2 Điều 7'], inEffect: true }));
  });

  it('edits an existing entry in place: the new relation after the others, comments kept', async () => {
    const root = makeGitRepo(justiceAgency());
    const result = await runMain(['legal', 'repeal', '63/2010/NĐ-CP', '--by', '92/2017/NĐ-CP', '--articles', 'khoản 1, khoản 2 Điều 5 và Điều 7'], root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Cập nhật legal/nd-92-2017-nd-cp.md: 92/2017/NĐ-CP bãi bỏ 63/2010/NĐ-CP (khoản 1 Điều 5, khoản 2 Điều 5, Điều 7)\n');
    expect(readText(root, 'legal/nd-92-2017-nd-cp.md')).toBe(
      JUSTICE_ND_92.replace('    articles: [Điều 8]\n', '    articles: [Điều 8]\nrepeals:\n  - id: 63/2010/NĐ-CP\n    articles: [khoản 1 Điều 5, khoản 2 Điều 5, Điều 7]\n'),
    );
    expect(readText(root, 'legal/nd-63-2010-nd-cp.md')).toBe(JUSTICE_ND_63);
    await expectRegisterClean(root);

    // A new entry replacing 63/2010: the relation lives on the newer document, 63/2010 is untouched.
    const replace = await runMain(['legal', 'replace', '63/2010/NĐ-CP', '--by', '99/2026/NĐ-CP', '--kind', 'Nghị định', '--title', 'Về kiểm soát thủ tục hành chính', '--issuer', 'Chính phủ', '--signed', '2026-05-01', '--effective', '2026-07-01'], root);
    expect(replace.code).toBe(0);
    expect(readText(root, 'legal/nd-99-2026-nd-cp.md')).toContain('aliases: []\nreplaces:\n  - id: 63/2010/NĐ-CP\n---\n');
    expect(readText(root, 'legal/nd-63-2010-nd-cp.md')).toBe(JUSTICE_ND_63);
    await expectRegisterClean(root);
    const status = JSON.parse((await runMain(['legal', 'show', '63/2010/NĐ-CP', '--json', '--today', TODAY], root)).stdout);
    expect(status.status).toBe('replaced');
    expect(status.statusBy).toEqual(['99/2026/NĐ-CP']);
    // Before 99/2026 takes effect, 63/2010 is only amended.
    expect(JSON.parse((await runMain(['legal', 'show', '63/2010/NĐ-CP', '--json', '--today', '2026-06-30'], root)).stdout).status).toBe('amended');
  });

  it('edits a CRLF entry with a BOM byte for byte, and keeps a list of plain ids plain', async () => {
    const files = justiceAgency();
    files['legal/nd-100-2019-nd-cp.md'] = legalEntry('100/2019/NĐ-CP', { title: 'Thay thế một nghị định', signed: '2019-12-30', effective: '2020-01-01', replaces: '[01/2018/TT-VPCP]' });
    const root = makeGitRepo(files);
    expect((await runMain(['legal', 'add', '20/2008/NĐ-CP', '--kind', 'Nghị định', '--title', 'Về tiếp nhận, xử lý phản ánh, kiến nghị', '--issuer', 'Chính phủ', '--signed', '2008-02-14', '--effective', '2008-03-20'], root)).code).toBe(0);
    // The title given is the one recorded: nothing to set; only the relation is added, in CRLF, after the BOM'd text.
    const result = await runMain(['legal', 'replace', '20/2008/NĐ-CP', '--by', '63/2010/NĐ-CP', '--title', 'Về kiểm soát thủ tục hành chính'], root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readText(root, 'legal/nd-63-2010-nd-cp.md')).toBe(JUSTICE_ND_63.replace('aliases: []\r\n', 'aliases: []\r\nreplaces:\r\n  - id: 20/2008/NĐ-CP\r\n'));
    await expectRegisterClean(root);
    const plain = await runMain(['legal', 'replace', '63/2010/NĐ-CP', '--by', '100/2019/NĐ-CP'], root);
    expect(plain.code).toBe(0);
    expect(readText(root, 'legal/nd-100-2019-nd-cp.md')).toContain('\nreplaces: [01/2018/TT-VPCP, 63/2010/NĐ-CP]\n');
    await expectRegisterClean(root);
  });

  it('refuses a relation that would create a cycle, showing the findings and writing nothing', async () => {
    const root = makeGitRepo(justiceAgency());
    const before = readText(root, 'legal/nd-63-2010-nd-cp.md');
    // 92/2017 amends 63/2010; recording that 63/2010 amends 92/2017 closes a cycle.
    const result = runBin(['legal', 'amend', '92/2017/NĐ-CP', '--by', '63/2010/NĐ-CP', '--lang', 'en'], root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('register/cycle');
    expect(result.stderr).toContain('relations form a cycle: ');
    expect(result.stderr).toMatch(/qms: refused: the change would give qms check \d register errors? \(above\); nothing was written\n$/);
    expect(readText(root, 'legal/nd-63-2010-nd-cp.md')).toBe(before);
    await expectRegisterClean(root);
  });

  it('refuses a relation to a document missing from the register, naming the closest', async () => {
    const root = makeGitRepo(justiceAgency());
    const before = legalFiles(root);
    const result = runBin(['legal', 'replace', '62/2018/NĐ-CP', '--by', '107/2021/NĐ-CP', ...ND_107], root, { QMS_LANG: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('qms: "62/2018/NĐ-CP" không có trong sổ đăng ký văn bản pháp luật; gần nhất: 61/2018/NĐ-CP, 63/2010/NĐ-CP và 92/2017/NĐ-CP (thêm bằng qms legal add)\n');
    expect(legalFiles(root)).toEqual(before);
  });

  it('refuses narrowing a whole-document relation to some articles', async () => {
    const root = makeGitRepo(justiceAgency());
    expect((await runMain(['legal', 'amend', '61/2018/NĐ-CP', '--by', '107/2021/NĐ-CP', ...ND_107], root)).code).toBe(0);
    const result = await runMain(['legal', 'amend', '61/2018/NĐ-CP', '--by', '107/2021/NĐ-CP', '--articles', 'Điều 3', '--lang', 'en'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('records that 107/2021/NĐ-CP amends the whole of 61/2018/NĐ-CP');
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const root = makeGitRepo(justiceAgency());
    const result = await runMain(['legal', 'amend', '63/2010/NĐ-CP', '--by', '92/2017/NĐ-CP', '--articles', 'Điều 9', '--dry-run'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('--- a/legal/nd-92-2017-nd-cp.md\n+++ b/legal/nd-92-2017-nd-cp.md\n@@ -8,5 +8,5 @@\n aliases: []\n amends:   # Điều 1 sửa Nghị định 63/2010\n   - id: 63/2010/NĐ-CP\n-    articles: [Điều 8]\n+    articles: [Điều 8, Điều 9]\n ---\n(--dry-run: không ghi gì)\n');
    expect(readText(root, 'legal/nd-92-2017-nd-cp.md')).toBe(JUSTICE_ND_92);
  });
});

describe('qms legal show | list', async () => {
  it('shows an entry with its status, relations both ways and the documents citing it', async () => {
    const root = makeGitRepo(justiceAgency());
    const text = await runMain(['legal', 'show', '63/2010/ND-CP', '--today', TODAY], root);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Nghị định 63/2010/NĐ-CP\n  Về kiểm soát thủ tục hành chính\n');
    expect(text.stdout).toContain('  Tình trạng (27/11/2026) Còn hiệu lực, đã được sửa đổi, bổ sung — 92/2017/NĐ-CP\n');
    expect(text.stdout).toContain('Văn bản tác động:\n  được sửa đổi, bổ sung bởi 92/2017/NĐ-CP (Điều 8) (từ 25/09/2017)\n');
    expect(text.stdout).toContain('Tài liệu viện dẫn (1):\n  QT-TP-01  Quy trình chứng thực bản sao từ bản chính, chữ ký "song ngữ"  [legal_basis]\n');
    const json = JSON.parse((await runMain(['legal', 'show', 'Luật Đất đai 2013', '--json', '--today', TODAY], root)).stdout);
    expect(json).toMatchObject({ id: '45/2013/QH13', kind: 'Luật', aliases: ['Luật Đất đai 2013'], status: 'in-force', relations: [], inverse: [], citedBy: [] });
    const guided = JSON.parse((await runMain(['legal', 'show', '61/2018/NĐ-CP', '--json', '--today', TODAY], root)).stdout);
    expect(guided.inverse).toEqual([{ relation: 'guides', id: '01/2018/TT-VPCP', articles: [], registered: true, effective: '2019-01-06', inEffect: true, file: 'legal/tt-01-2018-tt-vpcp.md' }]);
  });

  it('names the closest ids for an unknown one', async () => {
    const root = makeGitRepo(justiceAgency());
    const result = await runMain(['legal', 'show', '92/2071/NĐ-CP'], root, { QMS_LANG: 'en' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('qms: "92/2071/NĐ-CP" is not in the legal register; the closest are 92/2017/NĐ-CP, 61/2018/NĐ-CP and 63/2010/NĐ-CP (add it with qms legal add)\n');
  });

  it('lists the register with derived statuses, filtered', async () => {
    const root = makeGitRepo(justiceAgency());
    const all = JSON.parse((await runMain(['legal', 'list', '-f', 'json', '--today', TODAY], root)).stdout);
    expect(all.documents.map((d: { id: string }) => d.id)).toEqual(['45/2013/QH13', '63/2010/NĐ-CP', '92/2017/NĐ-CP', '61/2018/NĐ-CP', '01/2018/TT-VPCP']);
    const amended = await runMain(['legal', 'list', '--status', 'amended', '--today', TODAY], root);
    expect(amended.stdout).toContain('Tổng số: 1');
    expect(amended.stdout).toContain('63/2010/NĐ-CP');
    const kinds = JSON.parse((await runMain(['legal', 'list', '--type', 'thong tu', '-f', 'json'], root)).stdout);
    expect(kinds.documents.map((d: { id: string }) => d.id)).toEqual(['01/2018/TT-VPCP']);
    const bad = await runMain(['legal', 'list', '--status', 'replace'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--status không nhận "replace" (gần nhất: replaced)');
  });

  it('has help with examples', async () => {
    const root = makeGitRepo(justiceAgency());
    for (const sub of ['add', 'amend', 'replace', 'repeal', 'show', 'list']) {
      const help = await runMain(['legal', sub, '--help', '--lang', 'en'], root);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Example:\n {2}qms legal /);
    }
  });
});

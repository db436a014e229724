import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JUSTICE_CONFIG, justiceAgency, legalEntry, makeGitRepo, ND_107_2021_FIELDS, parseCsv, runBin, runMain, TODAY } from '../helpers/index.js';

const TITLE = 'Quy trình chứng thực bản sao từ bản chính, chữ ký "song ngữ"';

describe('qms list (Danh mục tài liệu nội bộ)', () => {
  it('writes CSV that Excel opens: BOM, CRLF, RFC 4180 quoting, Vietnamese intact', () => {
    const root = makeGitRepo(justiceAgency());
    const result = runBin(['list', '--format', 'csv', '--today', TODAY], root, { QMS_LANG: '' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('\uFEFF')).toBe(true);
    expect(result.stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // The title's comma and quotes force quoting, with the quotes doubled.
    expect(result.stdout).toContain(`,"Quy trình chứng thực bản sao từ bản chính, chữ ký ""song ngữ""",`);
    const records = parseCsv(result.stdout.slice(1));
    expect(records).toEqual([
      ['STT', 'Mã hiệu', 'Tên tài liệu', 'Loại tài liệu', 'Lần ban hành', 'Ngày hiệu lực', 'Tình trạng', 'Đơn vị chủ trì'],
      ['1', 'QT-TP-01', TITLE, 'Quy trình', '1', '2021-03-15', 'Đang hiệu lực', 'Phòng Hành chính tư pháp'],
      ['2', 'QT-TP-02', 'Quy trình đăng ký khai sinh', 'Quy trình', '1', '', 'Dự thảo', 'Phòng Hộ tịch'],
      ['3', 'BM-01/QT-TP-01', 'Phiếu yêu cầu chứng thực', 'Biểu mẫu', '1', '2021-03-15', 'Đang hiệu lực', 'Phòng Hành chính tư pháp'],
    ]);
  });

  it('takes the headings from the configured language, and --lang over it', async () => {
    const root = makeGitRepo({ ...justiceAgency(), 'qms.config.yaml': JUSTICE_CONFIG.replace('language: vi', 'language: en') });
    const english = parseCsv((await runMain(['list', '-f', 'csv'], root)).stdout.slice(1));
    expect(english[0]).toEqual(['No.', 'Code', 'Title', 'Type', 'Revision', 'Effective date', 'Status', 'Owner']);
    expect(english[1]).toEqual(['1', 'QT-TP-01', TITLE, 'procedure', '1', '2021-03-15', 'effective', 'Phòng Hành chính tư pháp']);
    const vietnamese = parseCsv((await runMain(['list', '-f', 'csv', '--lang', 'vi'], root)).stdout.slice(1));
    expect(vietnamese[0]![1]).toBe('Mã hiệu');
    const env = parseCsv((await runMain(['list', '-f', 'csv'], root, { QMS_LANG: 'vi' })).stdout.slice(1));
    expect(env[0]![1]).toBe('Mã hiệu');
  });

  it('filters by status and type, and prints text, Markdown and JSON', async () => {
    const root = makeGitRepo(justiceAgency());
    const json = JSON.parse((await runMain(['list', '-f', 'json', '--status', 'effective', '--today', TODAY], root)).stdout);
    expect(json).toMatchObject({ list: 'internal', organization: 'Sở Tư pháp tỉnh Hòa Bình', today: TODAY });
    expect(json.documents).toEqual([
      { code: 'QT-TP-01', title: TITLE, type: 'procedure', typeLabel: 'Quy trình', revision: 1, effective: '2021-03-15', status: 'effective', owner: 'Phòng Hành chính tư pháp', file: 'procedures/QT-TP-01.md', draft: null },
      { code: 'BM-01/QT-TP-01', title: 'Phiếu yêu cầu chứng thực', type: 'form', typeLabel: 'Biểu mẫu', revision: 1, effective: '2021-03-15', status: 'effective', owner: 'Phòng Hành chính tư pháp', file: 'forms/BM-01-QT-TP-01.md', draft: null },
    ]);
    const forms = JSON.parse((await runMain(['list', '-f', 'json', '--type', 'Biểu mẫu'], root)).stdout);
    expect(forms.documents.map((d: { code: string }) => d.code)).toEqual(['BM-01/QT-TP-01']);
    const several = JSON.parse((await runMain(['list', '-f', 'json', '--status', 'draft,effective', '--type', 'procedure'], root)).stdout);
    expect(several.documents.map((d: { code: string }) => d.code)).toEqual(['QT-TP-01', 'QT-TP-02']);

    const md = (await runMain(['list', '-f', 'md', '--today', TODAY], root)).stdout;
    expect(md).toContain('# DANH MỤC TÀI LIỆU NỘI BỘ\n\n**Sở Tư pháp tỉnh Hòa Bình**\n\nTính đến ngày 27/11/2026 — Tổng số: 3\n');
    expect(md).toContain('| STT | Mã hiệu | Tên tài liệu | Loại tài liệu | Lần ban hành | Ngày hiệu lực | Tình trạng | Đơn vị chủ trì |\n|---|---|---|---|---|---|---|---|\n');
    expect(md).toContain(`| 1 | QT-TP-01 | ${TITLE} | Quy trình | 1 | 15/03/2021 | Đang hiệu lực | Phòng Hành chính tư pháp |\n`);

    const text = (await runMain(['list', '--today', TODAY], root)).stdout;
    expect(text.split('\n').slice(0, 4)).toEqual([
      'DANH MỤC TÀI LIỆU NỘI BỘ — Sở Tư pháp tỉnh Hòa Bình',
      'Tính đến ngày 27/11/2026 — Tổng số: 3',
      '',
      'STT  Mã hiệu         Lần ban hành  Ngày hiệu lực  Tình trạng     Loại tài liệu  Đơn vị chủ trì            Tên tài liệu',
    ]);
  });

  it('refuses unknown statuses, types and formats, naming the closest', async () => {
    const root = makeGitRepo(justiceAgency());
    const status = await runMain(['list', '--status', 'efective'], root, { QMS_LANG: 'en' });
    expect(status.code).toBe(2);
    expect(status.stderr).toBe('qms: --status does not take "efective" (closest: effective); use: draft, approved, scheduled, effective, obsolete\n');
    const type = await runMain(['list', '--type', 'procedur'], root);
    expect(type.code).toBe(2);
    expect(type.stderr).toContain('--type không nhận "procedur" (gần nhất: procedure)');
    const format = await runMain(['list', '-f', 'pdf'], root);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('qms: không có định dạng "pdf": dùng text, md, csv, xlsx, json\n');
  });
});

describe('qms list --external (Danh mục tài liệu bên ngoài)', () => {
  it('lists the register with statuses and who amended, replaced or repealed each, as CSV', async () => {
    const files = justiceAgency();
    files['legal/nd-107-2021-nd-cp.md'] = legalEntry('107/2021/NĐ-CP', { ...ND_107_2021_FIELDS, repeals: '\n  - id: 61/2018/NĐ-CP\n    articles: [Điều 3]' });
    files['legal/nd-200-2027-nd-cp.md'] = legalEntry('200/2026/NĐ-CP', { title: 'Thay thế Nghị định 63/2010', signed: '2026-11-01', effective: '2027-01-01', replaces: '[63/2010/NĐ-CP]' });
    const root = makeGitRepo(files);
    const result = await runMain(['list', '--external', '-f', 'csv', '--today', TODAY], root);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('\uFEFF')).toBe(true);
    const records = parseCsv(result.stdout.slice(1));
    expect(records[0]).toEqual(['STT', 'Số, ký hiệu', 'Loại văn bản', 'Trích yếu', 'Cơ quan ban hành', 'Ngày ban hành', 'Ngày hiệu lực', 'Tình trạng hiệu lực', 'Được sửa đổi, bổ sung bởi', 'Bị thay thế bởi', 'Bị bãi bỏ bởi']);
    const byId = new Map(records.slice(1).map((r) => [r[1], r]));
    expect(byId.get('63/2010/NĐ-CP')).toEqual(['2', '63/2010/NĐ-CP', 'Nghị định', 'Về kiểm soát thủ tục hành chính', 'Chính phủ', '2010-06-08', '2010-10-14', 'Còn hiệu lực, đã được sửa đổi, bổ sung', '92/2017/NĐ-CP (Điều 8)', '200/2026/NĐ-CP [từ 2027-01-01]', '']);
    expect(byId.get('61/2018/NĐ-CP')!.slice(7)).toEqual(['Còn hiệu lực, đã được sửa đổi, bổ sung', '', '', '107/2021/NĐ-CP (Điều 3)']);
    expect(byId.get('45/2013/QH13')![3]).toBe('Luật Đất đai');
    expect(records.map((r) => r[1])).toEqual(['Số, ký hiệu', '45/2013/QH13', '63/2010/NĐ-CP', '92/2017/NĐ-CP', '61/2018/NĐ-CP', '107/2021/NĐ-CP', '200/2026/NĐ-CP', '01/2018/TT-VPCP']);

    // A year later the replacement is in force.
    const later = JSON.parse((await runMain(['list', '--external', '-f', 'json', '--status', 'replaced', '--today', '2027-11-27'], root)).stdout);
    expect(later.documents).toEqual([expect.objectContaining({ id: '63/2010/NĐ-CP', status: 'replaced', replacedBy: [{ id: '200/2026/NĐ-CP', articles: [], effective: '2027-01-01', inEffect: true }] })]);
    const english = (await runMain(['list', '--external', '--lang', 'en', '--type', 'Luật', '--today', TODAY], root)).stdout;
    expect(english).toContain('EXTERNAL DOCUMENTS MASTER LIST — Sở Tư pháp tỉnh Hòa Bình\nAs of 2026-11-27 — Total: 1\n');
    expect(english).toMatch(/\n1 {4}45\/2013\/QH13 {2}Luật {2}2013-11-29 {2}2014-07-01 {2}in force {2}.*Luật Đất đai\n$/);
  });

  it('reads the documents only for the internal list: a broken document does not stop --external', async () => {
    const root = makeGitRepo(justiceAgency());
    writeFileSync(join(root, 'procedures/QT-TP-03.md'), 'no front matter');
    const result = await runMain(['list', '--external', '-f', 'json'], root);
    expect(result.code).toBe(0);
    const internal = JSON.parse((await runMain(['list', '-f', 'json'], root)).stdout);
    expect(internal.documents).toHaveLength(3);
  });
});

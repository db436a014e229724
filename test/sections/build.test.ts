import { describe, expect, it } from 'vitest';
import { regionMarkdown } from '../../src/sections/render.js';
import { mergeTemplates } from '../../src/sections/templates.js';
import { defaultTemplates } from '../../src/workspace/templates.js';
import { KHCN_FRONT_MATTER, KHCN_PROCEDURE, legalEntry, ND_63_2010_FIELDS } from '../helpers/index.js';
import { context, readDocument } from './support.js';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

function render(name: Parameters<typeof regionMarkdown>[0], text = KHCN_PROCEDURE, options: Parameters<typeof context>[0] = {}): string {
  const ctx = context(options);
  return regionMarkdown(name, readDocument(text, ctx.register), ctx);
}

describe('identification', () => {
  it('is a two-column table of code, title, revision, effective date and owner (vi)', () => {
    expect(render('identification')).toBe(
      lines(
        '| Thông tin | Nội dung |',
        '| - | - |',
        '| Mã hiệu | QT-KHCN-01 |',
        '| Tên tài liệu | Quy trình cấp giấy phép chuyển giao công nghệ |',
        '| Lần ban hành | 2 |',
        '| Ngày hiệu lực | 01/05/2022 |',
        '| Đơn vị chủ trì | Phòng Quản lý chuyên ngành |',
      ),
    );
  });

  it('uses English words and ISO dates (en)', () => {
    expect(render('identification', KHCN_PROCEDURE, { language: 'en' })).toBe(
      lines(
        '| Field | Value |',
        '| - | - |',
        '| Code | QT-KHCN-01 |',
        '| Title | Quy trình cấp giấy phép chuyển giao công nghệ |',
        '| Revision | 2 |',
        '| Effective date | 2022-05-01 |',
        '| Owner | Phòng Quản lý chuyên ngành |',
      ),
    );
  });

  it('leaves a cell empty for a missing field and escapes pipes', () => {
    const text = KHCN_PROCEDURE.replace('effective: 2022-05-01\n', '').replace('owner: Phòng Quản lý chuyên ngành', 'owner: Phòng A | Phòng B');
    const markdown = render('identification', text);
    expect(markdown).toContain('| Ngày hiệu lực | |\n');
    expect(markdown).toContain('| Đơn vị chủ trì | Phòng A \\| Phòng B |\n');
  });
});

describe('approval', () => {
  it('is the signature grid Soạn thảo / Xem xét / Phê duyệt × Họ và tên / Chức vụ / Ngày (vi)', () => {
    expect(render('approval')).toBe(
      lines(
        '| Trách nhiệm | Soạn thảo | Xem xét | Phê duyệt |',
        '| - | - | - | - |',
        '| Họ và tên | Nguyễn Văn An | Trần Thị Bình | Lê Văn Cường |',
        '| Chức vụ | Chuyên viên | Trưởng phòng | Giám đốc |',
        '| Ngày | 01/04/2022 | 05/04/2022 | 10/04/2022 |',
      ),
    );
  });

  it('is the same grid in English (en)', () => {
    expect(render('approval', KHCN_PROCEDURE, { language: 'en' })).toBe(
      lines(
        '| Responsibility | Prepared | Reviewed | Approved |',
        '| - | - | - | - |',
        '| Name | Nguyễn Văn An | Trần Thị Bình | Lê Văn Cường |',
        '| Title | Chuyên viên | Trưởng phòng | Giám đốc |',
        '| Date | 2022-04-01 | 2022-04-05 | 2022-04-10 |',
      ),
    );
  });

  it('leaves a missing step, and a step without a date, empty', () => {
    const text = KHCN_PROCEDURE.replace(/ {2}reviewed: .*\n/, '').replace(', date: 2022-04-10 }', ' }');
    expect(render('approval', text)).toBe(
      lines(
        '| Trách nhiệm | Soạn thảo | Xem xét | Phê duyệt |',
        '| - | - | - | - |',
        '| Họ và tên | Nguyễn Văn An | | Lê Văn Cường |',
        '| Chức vụ | Chuyên viên | | Giám đốc |',
        '| Ngày | 01/04/2022 | | |',
      ),
    );
  });
});

describe('history', () => {
  it('is Theo dõi sửa đổi: one row per history row, in order, the trigger named from the register (vi)', () => {
    expect(render('history')).toBe(
      lines(
        '**Theo dõi sửa đổi**',
        '',
        '| Lần ban hành | Ngày | Nội dung sửa đổi | Căn cứ sửa đổi |',
        '| - | - | - | - |',
        '| 1 | 01/03/2019 | Ban hành lần đầu | |',
        '| 2 | 10/04/2022 | Cập nhật theo Nghị định 107/2021/NĐ-CP | Nghị định số 107/2021/NĐ-CP |',
      ),
    );
  });

  it('is the revision history in English (en)', () => {
    expect(render('history', KHCN_PROCEDURE, { language: 'en' })).toBe(
      lines(
        '**Revision history**',
        '',
        '| Revision | Date | Changes | Triggered by |',
        '| - | - | - | - |',
        '| 1 | 2019-03-01 | Ban hành lần đầu | |',
        '| 2 | 2022-04-10 | Cập nhật theo Nghị định 107/2021/NĐ-CP | Nghị định 107/2021/NĐ-CP |',
      ),
    );
  });

  it('keeps rows in the order written, shows an unregistered trigger as written, and folds line breaks', () => {
    const text = KHCN_FRONT_MATTER.replace(
      /history:\n[\s\S]*?---\n$/,
      'history:\n  - { revision: 2, date: 2022-04-10, summary: Hai, trigger: 5/2099/TT-ABC }\n  - revision: 1\n    summary: |\n      Một\n      dòng\n---\n',
    );
    expect(render('history', text)).toContain(lines('| 2 | 10/04/2022 | Hai | 5/2099/TT-ABC |', '| 1 | | Một dòng | |'));
  });

  it('is a header-only table without rows', () => {
    const text = KHCN_FRONT_MATTER.replace(/history:\n[\s\S]*?---\n$/, '---\n');
    expect(render('history', text)).toBe(lines('**Theo dõi sửa đổi**', '', '| Lần ban hành | Ngày | Nội dung sửa đổi | Căn cứ sửa đổi |', '| - | - | - | - |'));
  });
});

describe('legal-basis', () => {
  it('describes each item from the register with its relations in effect on the day (vi)', () => {
    expect(render('legal-basis')).toBe(
      lines(
        '- Điều 18, khoản 2 Điều 19 Nghị định số 61/2018/NĐ-CP ngày 23/04/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính (được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP; được hướng dẫn bởi Thông tư số 01/2018/TT-VPCP)',
        '- Nghị định số 63/2010/NĐ-CP ngày 08/06/2010 của Chính phủ về kiểm soát thủ tục hành chính (được sửa đổi, bổ sung bởi Nghị định số 48/2013/NĐ-CP; Điều 8 được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP)',
        '- Luật Đất đai số 45/2013/QH13 ngày 29/11/2013 của Quốc hội (được thay thế bởi Luật số 31/2024/QH15)',
        '- TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu',
        '- Thông tư số 03/2014/TT-BKHCN ngày 31/03/2014 của Bộ Khoa học và Công nghệ hướng dẫn điều kiện thành lập và đăng ký hoạt động của tổ chức khoa học và công nghệ (bị bãi bỏ bởi Thông tư số 15/2026/TT-BKHCN)',
        '- 99/2099/NĐ-CP',
      ),
    );
  });

  it('is the same list in English (en)', () => {
    expect(render('legal-basis', KHCN_PROCEDURE, { language: 'en' })).toBe(
      lines(
        '- Nghị định 61/2018/NĐ-CP of 2018-04-23 by Chính phủ: Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, Article 18, Article 19(2) (amended by Nghị định 107/2021/NĐ-CP; guided by Thông tư 01/2018/TT-VPCP)',
        '- Nghị định 63/2010/NĐ-CP of 2010-06-08 by Chính phủ: Về kiểm soát thủ tục hành chính (amended by Nghị định 48/2013/NĐ-CP; Article 8 amended by Nghị định 92/2017/NĐ-CP)',
        '- Luật Đất đai 45/2013/QH13 of 2013-11-29 by Quốc hội (replaced by Luật 31/2024/QH15)',
        '- TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu',
        '- Thông tư 03/2014/TT-BKHCN of 2014-03-31 by Bộ Khoa học và Công nghệ: Hướng dẫn điều kiện thành lập và đăng ký hoạt động của tổ chức khoa học và công nghệ (repealed by Thông tư 15/2026/TT-BKHCN)',
        '- 99/2099/NĐ-CP',
      ),
    );
  });

  it('shows only relations that have taken effect on the day of the run', () => {
    const markdown = render('legal-basis', KHCN_PROCEDURE, { today: '2022-01-01' });
    expect(markdown).toContain('giải quyết thủ tục hành chính (được hướng dẫn bởi Thông tư số 01/2018/TT-VPCP)\n');
    expect(markdown).toContain('- Luật Đất đai số 45/2013/QH13 ngày 29/11/2013 của Quốc hội\n');
    expect(markdown).toContain('khoa học và công nghệ\n- 99/2099/NĐ-CP');
  });

  it('joins several documents of one relation with "và" and lists articles of partial repeals', () => {
    const legal = {
      'legal/nd-63-2010.md': legalEntry('63/2010/NĐ-CP', ND_63_2010_FIELDS),
      'legal/a.md': legalEntry('48/2013/NĐ-CP', { title: 'A', signed: '2013-05-14', effective: '2013-07-01', amends: '[63/2010/NĐ-CP]' }),
      'legal/b.md': legalEntry('92/2017/NĐ-CP', { title: 'B', signed: '2017-08-07', effective: '2017-09-25', amends: '[63/2010/NĐ-CP]' }),
      'legal/c.md': legalEntry('10/2020/NĐ-CP', { title: 'C', signed: '2020-01-01', effective: '2020-02-01', amends: '[63/2010/NĐ-CP]', repeals: '\n  - id: 63/2010/NĐ-CP\n    articles: [điểm a khoản 2 Điều 5]' }),
    };
    const text = KHCN_FRONT_MATTER.replace(/legal_basis:\n[\s\S]*?history:/, 'legal_basis: [63/2010/NĐ-CP]\nhistory:');
    expect(render('legal-basis', text, { legal })).toBe(
      lines(
        '- Nghị định số 63/2010/NĐ-CP ngày 08/06/2010 của Chính phủ về kiểm soát thủ tục hành chính (được sửa đổi, bổ sung bởi Nghị định số 48/2013/NĐ-CP, Nghị định số 92/2017/NĐ-CP và Nghị định số 10/2020/NĐ-CP; điểm a khoản 2 Điều 5 bị bãi bỏ bởi Nghị định số 10/2020/NĐ-CP)',
      ),
    );
  });

  it('names a law by kind and title, and joins a title without a connecting word with "về"', () => {
    const legal = {
      'legal/luat-28-2009-qh12.md': legalEntry('28/2009/QH12', { kind: 'Luật', title: 'Lý lịch tư pháp', issuer: 'Quốc hội', signed: '2009-06-17', effective: '2010-07-01' }),
      'legal/nd-111-2010-nd-cp.md': legalEntry('111/2010/NĐ-CP', { title: 'Lý lịch tư pháp', signed: '2010-11-23', effective: '2011-01-10' }),
      'legal/nd-63-2010.md': legalEntry('63/2010/NĐ-CP', { ...ND_63_2010_FIELDS, title: 'Sửa đổi, bổ sung một số điều' }),
    };
    const text = KHCN_FRONT_MATTER.replace(/legal_basis:\n[\s\S]*?history:/, 'legal_basis: [28/2009/QH12, 111/2010/NĐ-CP, 63/2010/NĐ-CP]\nhistory:');
    expect(render('legal-basis', text, { legal })).toBe(
      lines(
        '- Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/06/2009 của Quốc hội',
        '- Nghị định số 111/2010/NĐ-CP ngày 23/11/2010 của Chính phủ về lý lịch tư pháp',
        '- Nghị định số 63/2010/NĐ-CP ngày 08/06/2010 của Chính phủ sửa đổi, bổ sung một số điều',
      ),
    );
  });

  it('is empty without a legal basis', () => {
    const text = KHCN_FRONT_MATTER.replace(/legal_basis:\n[\s\S]*?history:/, 'history:');
    expect(render('legal-basis', text)).toBe('');
  });

  it('takes its words from an override merged key by key', () => {
    const templates = mergeTemplates(defaultTemplates('vi'), 'legal-basis:\n  caption: Căn cứ pháp lý\n  replaces: "đã được thay thế bởi {by}"\n', 'override');
    const markdown = render('legal-basis', KHCN_PROCEDURE, { templates });
    expect(markdown.startsWith('**Căn cứ pháp lý**\n\n- Điều 18')).toBe(true);
    expect(markdown).toContain('(đã được thay thế bởi Luật số 31/2024/QH15)');
    expect(markdown).toContain('(bị bãi bỏ bởi Thông tư số 15/2026/TT-BKHCN)');
  });
});

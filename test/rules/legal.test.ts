/**
 * The legal/* rules on the cases where they must tell things apart: the three months after an
 * amendment (legal/amended, a warning) from the time after (legal/update-overdue, an error), an
 * acknowledged amendment from an ignored one, a cited article from an amended one, and citations
 * from text that only looks like one (code, comments, generated regions, history rows).
 */
import { describe, expect, it } from 'vitest';
import { at, checkFolder, legalEntry, makeRepo, nd107, ND_61_2018, ofRule, procedure, ruleLines, ruleSeverities, SHORT_CONFIG } from '../helpers/index.js';

const FILE = 'procedures/QT-KHCN-01.md';
const AMENDED = 'legal/amended';
const OVERDUE = 'legal/update-overdue';

/** First issued in 2019, before any amendment of 61/2018/NĐ-CP took effect. */
const ISSUED_2019 = '  - { revision: 1, date: 2019-08-01, summary: Ban hành lần đầu }';

/** A procedure resting on Nghị định 61/2018/NĐ-CP and nothing else, first issued in 2019. */
const CITES_61 = procedure({ legalBasis: '  - id: 61/2018/NĐ-CP', history: ISSUED_2019, body: 'Tiếp nhận hồ sơ tại Bộ phận Một cửa theo Nghị định 61/2018/NĐ-CP.' });

function repo(document: string, register: Record<string, string>): string {
  return makeRepo({ 'qms.config.yaml': SHORT_CONFIG, [FILE]: document, ...register });
}

describe('legal/amended and legal/update-overdue: the three months of QĐ 19/2014/QĐ-TTg', () => {
  const root = repo(CITES_61, { 'legal/nd-61-2018.md': ND_61_2018, 'legal/nd-107-2021.md': nd107('2022-02-21') });
  const basisLine = at(FILE, CITES_61, '- id: 61/2018/NĐ-CP');

  it('reports nothing before the amending decree takes effect', () => {
    const findings = checkFolder(root, '2022-02-20');
    expect(ruleLines(findings, AMENDED)).toEqual([]);
    expect(ruleLines(findings, OVERDUE)).toEqual([]);
  });

  it('warns (legal/amended) from the day it takes effect up to and including the due date', () => {
    for (const today of ['2022-02-21', '2022-04-01', '2022-05-21']) {
      const findings = checkFolder(root, today);
      expect(ruleSeverities(findings, AMENDED), today).toEqual([`${basisLine}:warning`]);
      expect(ruleLines(findings, OVERDUE), today).toEqual([]);
    }
  });

  it('reports an error (legal/update-overdue) from the day after the due date, and no longer warns', () => {
    for (const today of ['2022-05-22', '2026-11-27']) {
      const findings = checkFolder(root, today);
      expect(ruleSeverities(findings, OVERDUE), today).toEqual([`${basisLine}:error`]);
      expect(ruleLines(findings, AMENDED), today).toEqual([]);
    }
  });

  it('counts three calendar months, clamped at the end of a shorter month (30/11 → 28/02)', () => {
    const late = repo(CITES_61, { 'legal/nd-61-2018.md': ND_61_2018, 'legal/nd-107-2021.md': nd107('2025-11-30') });
    expect(ruleLines(checkFolder(late, '2026-02-28'), AMENDED)).toEqual([basisLine]);
    expect(ruleLines(checkFolder(late, '2026-03-01'), OVERDUE)).toEqual([basisLine]);
  });

  it('does not report an amendment that is not yet in force today (2026-11-27), but does once it is', () => {
    const future = repo(CITES_61, { 'legal/nd-61-2018.md': ND_61_2018, 'legal/nd-107-2021.md': nd107('2027-01-01') });
    const today = checkFolder(future);
    expect([...ruleLines(today, AMENDED), ...ruleLines(today, OVERDUE)]).toEqual([]);
    expect(ruleLines(checkFolder(future, '2027-01-01'), AMENDED)).toEqual([basisLine]);
  });

  it('warns a draft at once (legal/amended, whatever the date: it must follow before approval), never reports it overdue, and leaves obsolete documents alone', () => {
    const register = { 'legal/nd-61-2018.md': ND_61_2018, 'legal/nd-107-2021.md': nd107() };
    const draft = procedure({ status: 'draft', effective: null, approval: null, legalBasis: '  - id: 61/2018/NĐ-CP' });
    for (const today of ['2022-03-01', '2026-11-27']) {
      expect(ruleSeverities(checkFolder(repo(draft, register), today), AMENDED), today).toEqual([`${at(FILE, draft, '- id: 61/2018/NĐ-CP')}:warning`]);
    }
    expect(ofRule(checkFolder(repo(draft, register)), AMENDED)[0]!.messageId).toBe('legal/amended.draft');
    const obsolete = procedure({
      status: 'obsolete',
      legalBasis: '  - id: 61/2018/NĐ-CP',
      extra: 'obsolete: { date: 2026-06-01, reason: Thay bằng QT-KHCN-02, replaced_by: QT-KHCN-02 }',
    });
    expect(ruleLines(checkFolder(repo(draft, register)), OVERDUE)).toEqual([]);
    expect(ruleLines(checkFolder(repo(obsolete, register)), OVERDUE)).toEqual([]);
    expect(ruleLines(checkFolder(repo(obsolete, register)), AMENDED)).toEqual([]);
    // Control: an approved document (in use, not yet effective) is reported.
    const approved = procedure({ status: 'approved', legalBasis: '  - id: 61/2018/NĐ-CP', history: ISSUED_2019 });
    expect(ruleLines(checkFolder(repo(approved, register)), OVERDUE)).toEqual([at(FILE, approved, '- id: 61/2018/NĐ-CP')]);
  });
});

describe('a document first issued after the amendment took effect', () => {
  it('is wrong from its first issue (legal/update-overdue at once, naming that date), not "overdue since" three months after the amendment', () => {
    const register = { 'legal/nd-61-2018.md': ND_61_2018, 'legal/nd-107-2021.md': nd107('2022-02-21') };
    const document = procedure({ legalBasis: '  - id: 61/2018/NĐ-CP', history: '  - { revision: 1, date: 2026-02-20, summary: Ban hành lần đầu }' });
    const root = repo(document, register);
    const line = at(FILE, document, '- id: 61/2018/NĐ-CP');
    // Even before three months have passed since its issue: it never had the three months.
    for (const today of ['2026-02-20', '2026-03-01', '2026-11-27']) {
      const findings = checkFolder(root, today);
      expect(ruleSeverities(findings, OVERDUE), today).toEqual([`${line}:error`]);
      expect(ruleLines(findings, AMENDED), today).toEqual([]);
    }
    const overdue = ofRule(checkFolder(root), OVERDUE)[0]!;
    expect(overdue).toMatchObject({ messageId: 'legal/update-overdue.issued-after', data: { firstIssue: '2026-02-20' } });
    expect(JSON.stringify(overdue.data)).not.toContain('2022-05-21');
  });
});

describe('acknowledging an amendment', () => {
  const register = { 'legal/nd-61-2018.md': ND_61_2018, 'legal/nd-107-2021.md': nd107() };

  it('is reported when neither legal_basis nor a history trigger names the amending decree', () => {
    // A history summary that mentions the decree is not an acknowledgement: only `trigger` is.
    const document = procedure({
      revision: 2,
      legalBasis: '  - id: 61/2018/NĐ-CP',
      history: [
        '  - { revision: 1, date: 2019-08-01, summary: Ban hành lần đầu }',
        '  - { revision: 2, date: 2026-02-20, summary: Cập nhật theo Nghị định 107/2021/NĐ-CP }',
      ].join('\n'),
    });
    expect(ruleLines(checkFolder(repo(document, register)), OVERDUE)).toEqual([at(FILE, document, '- id: 61/2018/NĐ-CP')]);
  });

  it('is not reported when legal_basis lists the amending decree', () => {
    const document = procedure({ legalBasis: '  - id: 61/2018/NĐ-CP\n  - id: 107/2021/NĐ-CP' });
    const findings = checkFolder(repo(document, register));
    expect([...ruleLines(findings, AMENDED), ...ruleLines(findings, OVERDUE)]).toEqual([]);
  });

  it.each([
    ['its number', '107/2021/NĐ-CP'],
    ['its number without diacritics', '107/2021/ND-CP'],
    ['a short citation', 'Nghị định 107/2021'],
  ])('is not reported when a history row names it as trigger (%s)', (_, trigger) => {
    const document = procedure({
      revision: 2,
      legalBasis: '  - id: 61/2018/NĐ-CP',
      history: [
        '  - { revision: 1, date: 2019-08-01, summary: Ban hành lần đầu }',
        `  - { revision: 2, date: 2022-04-15, summary: Cập nhật tiếp nhận hồ sơ trực tuyến, trigger: ${trigger} }`,
      ].join('\n'),
    });
    const findings = checkFolder(repo(document, register));
    expect([...ruleLines(findings, AMENDED), ...ruleLines(findings, OVERDUE)]).toEqual([]);
  });
});

describe('article precision: the register amends Điều 9 of 61/2018/NĐ-CP only', () => {
  const register = { 'legal/nd-61-2018.md': ND_61_2018, 'legal/nd-107-2021.md': nd107('2022-02-21', 'Điều 9') };

  it('does not report a document that cites only Điều 3', () => {
    const document = procedure({
      legalBasis: '  - id: 61/2018/NĐ-CP\n    articles: [Điều 3]',
      body: 'Thành phần Bộ phận Một cửa theo khoản 1 Điều 3 Nghị định 61/2018/NĐ-CP.',
    });
    expect(ruleLines(checkFolder(repo(document, register)), OVERDUE)).toEqual([]);
  });

  it('reports a document whose legal_basis names khoản 2 Điều 9', () => {
    const document = procedure({
      legalBasis: '  - id: 61/2018/NĐ-CP\n    articles: [khoản 2 Điều 9]',
      body: 'Số hóa hồ sơ theo khoản 2 Điều 9 Nghị định 61/2018/NĐ-CP.',
    });
    expect(ruleLines(checkFolder(repo(document, register)), OVERDUE)).toEqual([at(FILE, document, '- id: 61/2018/NĐ-CP')]);
  });

  it('reports a body citation of khoản 2 Điều 09 (leading zero) where legal_basis does not cite it', () => {
    const document = procedure({ body: 'Số hóa hồ sơ theo khoản 2 Điều 09 Nghị định số 61/2018/NĐ-CP ngày 23/4/2018.' });
    expect(ruleLines(checkFolder(repo(document, register)), OVERDUE)).toEqual([at(FILE, document, '61/2018/NĐ-CP ngày')]);
  });

  it('reports a document that cites the decree as a whole', () => {
    expect(ruleLines(checkFolder(repo(CITES_61, register)), OVERDUE)).toEqual([at(FILE, CITES_61, '- id: 61/2018/NĐ-CP')]);
  });

  it('reports a document citing Điều 3 in legal_basis and the whole decree in the body, once', () => {
    const document = procedure({
      legalBasis: '  - id: 61/2018/NĐ-CP\n    articles: [Điều 3]',
      body: 'Tiếp nhận hồ sơ theo Nghị định 61/2018/NĐ-CP.',
    });
    expect(ruleLines(checkFolder(repo(document, register)), OVERDUE)).toHaveLength(1);
  });
});

describe('legal/superseded', () => {
  const nd133 = legalEntry('133/2008/NĐ-CP', { title: 'Hướng dẫn Luật Chuyển giao công nghệ', signed: '2008-12-31', effective: '2009-03-01' });
  const nd76 = (effective: string): string =>
    legalEntry('76/2018/NĐ-CP', { title: 'Hướng dẫn Luật Chuyển giao công nghệ', signed: '2018-05-15', effective, replaces: '[133/2008/NĐ-CP]' });
  const document = procedure({ legalBasis: '  - id: 133/2008/NĐ-CP' });

  it('names the successor of a replaced document', () => {
    const findings = ofRule(checkFolder(repo(document, { 'legal/nd-133.md': nd133, 'legal/nd-76.md': nd76('2018-07-01') })), 'legal/superseded');
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual([at(FILE, document, '- id: 133/2008/NĐ-CP')]);
    expect(findings[0]).toMatchObject({ messageId: 'legal/superseded.replaced', data: { successors: [{ number: '76/2018/NĐ-CP' }] } });
  });

  it('names the document that repealed a repealed one', () => {
    const tt07 = legalEntry('07/2019/TT-BKHCN', { kind: 'Thông tư', signed: '2019-07-26', effective: '2019-09-10', repeals: '[133/2008/NĐ-CP]' });
    const findings = ofRule(checkFolder(repo(document, { 'legal/nd-133.md': nd133, 'legal/tt-07.md': tt07 })), 'legal/superseded');
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual([at(FILE, document, '- id: 133/2008/NĐ-CP')]);
    expect(findings[0]).toMatchObject({ messageId: 'legal/superseded.repealed', data: { successors: [{ number: '07/2019/TT-BKHCN' }] } });
  });

  it('does not report a replacement that is not yet in force, but does from its effective date', () => {
    const root = repo(document, { 'legal/nd-133.md': nd133, 'legal/nd-76.md': nd76('2027-01-01') });
    expect(ruleLines(checkFolder(root), 'legal/superseded')).toEqual([]);
    expect(ruleLines(checkFolder(root, '2027-01-01'), 'legal/superseded')).toEqual([at(FILE, document, '- id: 133/2008/NĐ-CP')]);
  });

  it('does not treat the repeal of some articles as the end of the document', () => {
    const partial = legalEntry('07/2019/TT-BKHCN', { kind: 'Thông tư', signed: '2019-07-26', effective: '2019-09-10', repeals: '\n  - id: 133/2008/NĐ-CP\n    articles: [Điều 4]' });
    const root = repo(procedure({ legalBasis: '  - id: 133/2008/NĐ-CP\n  - id: 07/2019/TT-BKHCN' }), { 'legal/nd-133.md': nd133, 'legal/tt-07.md': partial });
    const findings = checkFolder(root);
    expect(ruleLines(findings, 'legal/superseded')).toEqual([]);
    // Control: the same register, repealing the whole decree.
    const whole = repo(document, { 'legal/nd-133.md': nd133, 'legal/tt-07.md': partial.replace('    articles: [Điều 4]\n', '') });
    expect(ruleLines(checkFolder(whole), 'legal/superseded')).toEqual([at(FILE, document, '- id: 133/2008/NĐ-CP')]);
  });

  it('reports an entry whose expired date has passed, in legal_basis and in the body', () => {
    const nq = legalEntry('43/2022/QH15', { kind: 'Nghị quyết', issuer: 'Quốc hội', signed: '2022-01-11', effective: '2022-01-11', expired: '2023-12-31' });
    const cites = procedure({ legalBasis: '  - id: 43/2022/QH15', body: 'Mức hỗ trợ theo Nghị quyết số 43/2022/QH15 của Quốc hội.' });
    const findings = checkFolder(repo(cites, { 'legal/nq-43.md': nq }));
    expect(ruleLines(findings, 'legal/superseded')).toEqual([at(FILE, cites, '- id: 43/2022/QH15'), at(FILE, cites, 'Nghị quyết số 43/2022/QH15')]);
  });

  it('does not report an entry that expires later, until it has expired', () => {
    const nq = legalEntry('25/2025/NQ-HĐND', { kind: 'Nghị quyết', issuer: 'HĐND tỉnh Hòa Bình', signed: '2025-12-10', effective: '2026-01-01', expired: '2027-12-31' });
    const cites = procedure({ legalBasis: '  - id: 25/2025/NQ-HĐND' });
    const root = repo(cites, { 'legal/nq-25.md': nq });
    expect(ruleLines(checkFolder(root), 'legal/superseded')).toEqual([]);
    expect(ruleLines(checkFolder(root, '2028-01-02'), 'legal/superseded')).toEqual([at(FILE, cites, '- id: 25/2025/NQ-HĐND')]);
  });
});

describe('what is not a citation', () => {
  const register = { 'legal/luat-07-2017.md': legalEntry('07/2017/QH14', { kind: 'Luật', issuer: 'Quốc hội', signed: '2017-06-19', effective: '2018-07-01' }) };

  it('skips fenced code, HTML comments and generated regions, but reads the prose around them', () => {
    const document = procedure({
      legalBasis: '  - id: 07/2017/QH14',
      body: [
        'Căn cứ Luật Chuyển giao công nghệ số 07/2017/QH14.',
        '',
        '```text',
        'Nghị định 15/2020/NĐ-CP (ví dụ, không đọc)',
        '```',
        '',
        '~~~',
        'Nghị định 16/2020/NĐ-CP',
        '~~~',
        '',
        '<!-- Ghi chú: Nghị định 17/2020/NĐ-CP -->',
        '',
        '<!--',
        'Nghị định 18/2020/NĐ-CP đang được xem xét',
        '-->',
        '',
        '<!-- qms:begin legal-basis -->',
        '- Nghị định 19/2020/NĐ-CP',
        '<!-- qms:end legal-basis -->',
        '',
        'Nội dung thẩm định theo Nghị định số 45/2020/NĐ-CP.',
      ].join('\n'),
    });
    const findings = checkFolder(repo(document, register));
    expect(ruleLines(findings, 'legal/unknown')).toEqual([at(FILE, document, '45/2020/NĐ-CP')]);
  });

  it('skips every HTML comment on a line, not only the first', () => {
    // docs/file-formats.md: text inside HTML comments is not read for citations.
    const document = procedure({
      legalBasis: '  - id: 07/2017/QH14',
      body: [
        '<!-- ghi chú --> Căn cứ Luật số 07/2017/QH14. <!-- Nghị định 15/2020/NĐ-CP -->',
        '',
        '<!-- một ghi chú',
        'nhiều dòng --> Nghị định số 45/2020/NĐ-CP <!-- Nghị định 16/2020/NĐ-CP -->',
      ].join('\n'),
    });
    const findings = checkFolder(repo(document, register));
    expect(ruleLines(findings, 'legal/unknown')).toEqual([at(FILE, document, '45/2020/NĐ-CP')]);
  });

  it('does not count history rows and triggers as citations', () => {
    const replaced = {
      ...register,
      'legal/nd-133.md': legalEntry('133/2008/NĐ-CP', { signed: '2008-12-31', effective: '2009-03-01' }),
      'legal/nd-76.md': legalEntry('76/2018/NĐ-CP', { signed: '2018-05-15', effective: '2018-07-01', replaces: '[133/2008/NĐ-CP]' }),
    };
    const history = [
      '  - { revision: 1, date: 2010-03-01, summary: Ban hành theo Nghị định 133/2008/NĐ-CP, trigger: 133/2008/NĐ-CP }',
      '  - { revision: 2, date: 2026-02-20, summary: Cập nhật theo Nghị định 15/2020/NĐ-CP, trigger: 15/2020/NĐ-CP }',
    ].join('\n');
    const document = procedure({ revision: 2, legalBasis: '  - id: 07/2017/QH14', history });
    const findings = checkFolder(repo(document, replaced));
    for (const rule of ['legal/unknown', 'legal/superseded', 'legal/unlisted']) expect(ruleLines(findings, rule), rule).toEqual([]);
    // Control: the same two documents in legal_basis are citations.
    const citing = procedure({ revision: 2, legalBasis: '  - id: 133/2008/NĐ-CP\n  - id: 15/2020/NĐ-CP', history });
    const control = checkFolder(repo(citing, replaced));
    expect(ruleLines(control, 'legal/superseded')).toEqual([at(FILE, citing, '- id: 133/2008/NĐ-CP')]);
    expect(ruleLines(control, 'legal/unknown')).toEqual([at(FILE, citing, '- id: 15/2020/NĐ-CP')]);
  });
});

describe('legal/unknown and the papers of an agency', () => {
  it('does not report administrative papers (Tờ trình, Kế hoạch, công văn), and reads a symbol that lost its hyphen as the registered document', () => {
    const document = procedure({
      legalBasis: '  - id: 61/2018/NĐ-CP',
      history: ISSUED_2019,
      body: [
        'Căn cứ Nghị định số 61/2018/NĐCP ngày 23/4/2018 của Chính phủ;',
        'Xét Tờ trình số 10/TTr-HĐND ngày 05/3/2026, Kế hoạch số 325/KH-UBND và Công văn số 1234/UBND-KT của Ủy ban nhân dân tỉnh.',
        'Theo Nghị định 99/2020/NĐ-CP.',
      ].join('\n\n'),
    });
    const findings = checkFolder(repo(document, { 'legal/nd-61-2018.md': ND_61_2018 }));
    // Only the really unknown decree is reported; the papers and the hyphen-less 61/2018 are not.
    expect(ruleLines(findings, 'legal/unknown')).toEqual([at(FILE, document, 'Theo Nghị định 99/2020/NĐ-CP.')]);
  });
});

describe('legal.papers: report', () => {
  it('reads the numbers of administrative papers as citations, so legal/unknown reports those the register does not hold', () => {
    const document = procedure({ legalBasis: '  - id: 61/2018/NĐ-CP', history: ISSUED_2019, body: 'Theo Nghị định 61/2018/NĐ-CP và Tờ trình số 10/TTr-HĐND ngày 05/3/2026.' });
    const line = at(FILE, document, 'Tờ trình số 10/TTr-HĐND');
    const register = { 'legal/nd-61-2018.md': ND_61_2018 };
    expect(ruleLines(checkFolder(repo(document, register)), 'legal/unknown')).toEqual([]);
    const reporting = makeRepo({ 'qms.config.yaml': `${SHORT_CONFIG}legal:\n  papers: report\n`, [FILE]: document, ...register });
    expect(ruleLines(checkFolder(reporting), 'legal/unknown')).toEqual([line]);
  });

  it('takes only ignore or report (the config is refused otherwise)', () => {
    const root = makeRepo({ 'qms.config.yaml': `${SHORT_CONFIG}legal:\n  papers: sometimes\n`, [FILE]: CITES_61, 'legal/nd-61-2018.md': ND_61_2018 });
    expect(() => checkFolder(root)).toThrow(/papers/);
  });
});


/**
 * The register/* rules on relations between entries: cycles (register/cycle), self relations
 * (register/target) and aliases shared by two entries (register/duplicate).
 */
import { describe, expect, it } from 'vitest';
import { at, checkFolder, legalEntry, makeRepo, procedure, ruleLines, SHORT_CONFIG } from '../helpers/index.js';

function check(entries: Record<string, string>, documents: Record<string, string> = {}): ReturnType<typeof checkFolder> {
  return checkFolder(makeRepo({ 'qms.config.yaml': SHORT_CONFIG, ...entries, ...documents }));
}

describe('register/cycle', () => {
  const RULE = 'register/cycle';

  it('reports A amends B, B amends A once, at the entry that closes the cycle', () => {
    // The relation was entered on both documents: 61/2018 "amends" its own amendment.
    const a = legalEntry('107/2021/NĐ-CP', { signed: '2021-12-06', effective: '2022-02-21', amends: '[61/2018/NĐ-CP]' });
    const b = legalEntry('61/2018/NĐ-CP', { signed: '2018-04-23', effective: '2018-06-21', amends: '[107/2021/NĐ-CP]' });
    const findings = check({ 'legal/nd-107-2021.md': a, 'legal/nd-61-2018.md': b });
    expect(ruleLines(findings, RULE)).toEqual([at('legal/nd-61-2018.md', b, 'id:')]);
  });

  it('reports a cycle through replaces and repeals (A → B → C → A) once', () => {
    const a = legalEntry('10/2020/QĐ-UBND', { kind: 'Quyết định', signed: '2020-03-02', effective: '2020-03-15', replaces: '[05/2023/QĐ-UBND]' });
    const b = legalEntry('12/2021/QĐ-UBND', { kind: 'Quyết định', signed: '2021-04-02', effective: '2021-04-15', repeals: '[10/2020/QĐ-UBND]' });
    const c = legalEntry('05/2023/QĐ-UBND', { kind: 'Quyết định', signed: '2023-02-10', effective: '2023-03-01', replaces: '[12/2021/QĐ-UBND]' });
    expect(ruleLines(check({ 'legal/a.md': a, 'legal/b.md': b, 'legal/c.md': c }), RULE)).toHaveLength(1);
  });

  it('does not take a diamond, guides relations or a self relation for a cycle', () => {
    const nd133 = legalEntry('133/2008/NĐ-CP', { signed: '2008-12-31', effective: '2009-03-01', guides: '[76/2018/NĐ-CP]' });
    const nd120 = legalEntry('120/2014/NĐ-CP', { signed: '2014-12-17', effective: '2015-02-01', amends: '[133/2008/NĐ-CP]' });
    const nd76 = legalEntry('76/2018/NĐ-CP', { signed: '2018-05-15', effective: '2018-07-01', replaces: '[133/2008/NĐ-CP, 120/2014/NĐ-CP]' });
    const self = legalEntry('09/2022/TT-BKHCN', { kind: 'Thông tư', signed: '2022-06-01', effective: '2022-07-15', amends: '[09/2022/TT-BKHCN]' });
    const findings = check({ 'legal/nd-133.md': nd133, 'legal/nd-120.md': nd120, 'legal/nd-76.md': nd76, 'legal/tt-09.md': self });
    expect(ruleLines(findings, RULE)).toEqual([]);
    expect(ruleLines(findings, 'register/target')).toEqual([at('legal/tt-09.md', self, '09/2022/TT-BKHCN]')]);
  });
});

describe('register/duplicate', () => {
  const RULE = 'register/duplicate';
  const luat = legalEntry('45/2013/QH13', { kind: 'Luật', issuer: 'Quốc hội', signed: '2013-11-29', effective: '2014-07-01', aliases: '[Luật Đất đai 2013]' });

  it('reports one document registered twice under two spellings of its number', () => {
    const copy = legalEntry('45/2013/qh13', { kind: 'Luật', issuer: 'Quốc hội', signed: '2013-11-29', effective: '2014-07-01' });
    expect(ruleLines(check({ 'legal/a-luat-45.md': luat, 'legal/b-luat-45.md': copy }), RULE)).toEqual([at('legal/b-luat-45.md', copy, 'id:')]);
  });

  it('reports an alias given to two entries, whatever its case', () => {
    const nd = legalEntry('43/2014/NĐ-CP', { signed: '2014-05-15', effective: '2014-07-01', aliases: '[LUẬT ĐẤT ĐAI 2013]' });
    expect(ruleLines(check({ 'legal/luat-45.md': luat, 'legal/nd-43.md': nd }), RULE)).toEqual([at('legal/nd-43.md', nd, 'id:')]);
  });

  it('reports two aliases that citations cannot tell apart (with and without diacritics)', () => {
    // The recognizer folds diacritics, so "Luật Đất đai năm 2013" in a body could mean either
    // entry (legal/unknown then says so); the register must not let that happen.
    const nd = legalEntry('43/2014/NĐ-CP', { signed: '2014-05-15', effective: '2014-07-01', aliases: '[Luat Dat dai 2013]' });
    const document = procedure({ legalBasis: '  - id: 45/2013/QH13', body: 'Căn cứ Luật Đất đai năm 2013.' });
    const findings = check({ 'legal/luat-45.md': luat, 'legal/nd-43.md': nd }, { 'procedures/QT-KHCN-01.md': document });
    expect(ruleLines(findings, RULE)).toEqual([at('legal/nd-43.md', nd, 'id:')]);
  });
});

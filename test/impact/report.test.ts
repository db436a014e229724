import { describe, expect, it } from 'vitest';
import { BARE_CONFIG, DEMO_AGENCY, legalEntry, makeRepo, runBin, runMain, tempFolder, TODAY } from '../helpers/index.js';
import type { ImpactReport } from '../../src/impact/types.js';


// The demo agency is read in place: its cache goes to a folder of this file's own, never into the fixture.
const CACHE = ['--cache-location', tempFolder()];

async function report(args: string[], cwd = process.cwd()): Promise<ImpactReport> {
  const result = await runMain(['impact', ...args, '--format', 'json', '--today', TODAY, ...CACHE], cwd);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ImpactReport;
}

describe('qms impact (report)', () => {
  it('finds the documents resting on an amended decree, with relation, due date and citations', async () => {
    const impact = await report(['61/2018/NĐ-CP', '-C', DEMO_AGENCY]);
    expect(impact.legalDocument.id).toBe('61/2018/NĐ-CP');
    expect(impact.changes.map((c) => `${c.old.id} ${c.relation} ${c.by.id} ${c.due}`)).toEqual(['61/2018/NĐ-CP amended 107/2021/NĐ-CP 2022-05-21']);
    const open = impact.affected.filter((a) => !a.acknowledged);
    expect(open.map((a) => [a.file, a.code, a.relation, a.precision, a.due])).toEqual([['procedures/QT-KHCN-03.md', 'QT-KHCN-03', 'amended', 'direct', '2022-05-21']]);
    expect(open[0]!.citations.map((c) => `${c.source}:${c.line}`)).toEqual(['legal_basis:17', 'body:90', 'body:117']);
    expect(open[0]!.citations[2]!.articles).toEqual(['Điều 19']);
    for (const affected of impact.affected) expect(Object.keys(affected)).toEqual(expect.arrayContaining(['file', 'code', 'relation', 'precision', 'citations', 'title', 'revision', 'owner', 'due']));
    // Documents that already follow 107/2021 are listed as acknowledged.
    expect(impact.affected.filter((a) => a.acknowledged).length).toBeGreaterThan(3);
  });

  it('works from the new document too, following what it amends', async () => {
    const fromOld = await report(['61/2018/NĐ-CP', '-C', DEMO_AGENCY]);
    const fromNew = await report(['107/2021/NĐ-CP', '-C', DEMO_AGENCY]);
    expect(fromNew.affected).toEqual(fromOld.affected);
  });

  it('accepts any citation form of the document', async () => {
    for (const form of ['61/2018/ND-CP', 'nđ 61/2018/nđ-cp', 'Nghị định 61/2018', '61 / 2018 / NĐ – CP', 'Nghị định số 61/2018/NĐ-CP']) {
      expect((await report([form, '-C', DEMO_AGENCY])).legalDocument.id, form).toBe('61/2018/NĐ-CP');
    }
    expect((await report(['Luật Đất đai 2013', '-C', DEMO_AGENCY])).legalDocument.id).toBe('45/2013/QH13');
  });

  it('reports the replacement of a decree and the guiding documents of a replaced law', async () => {
    const decree = await report(['43/2014/NĐ-CP', '-C', DEMO_AGENCY]);
    const open = decree.affected.filter((a) => !a.acknowledged);
    expect(open.map((a) => [a.code, a.relation, a.by])).toEqual([['QT-KHCN-05', 'replaced', '102/2024/NĐ-CP']]);
    const law = await report(['45/2013/QH13', '-C', DEMO_AGENCY]);
    expect(law.possiblyAffected.map((p) => [p.legal.id, p.guides, p.documents.map((d) => d.code)])).toEqual([['43/2014/NĐ-CP', '45/2013/QH13', ['QT-KHCN-05']]]);
  });

  it('lists forms and referencing documents of an affected procedure, with the path', async () => {
    const impact = await report(['61/2018/NĐ-CP', '-C', DEMO_AGENCY]);
    const form = impact.dependents.find((d) => d.code === 'BM-01/QT-KHCN-03');
    expect(form?.path).toEqual(['QT-KHCN-03', 'BM-01/QT-KHCN-03']);
  });

  it('does not take a sentence holding a citation for that citation', () => {
    const result = runBin(['impact', 'bãi bỏ Nghị định 999/2030 theo 61/2018/NĐ-CP', '-C', DEMO_AGENCY, '--lang', 'en', ...CACHE], process.cwd());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not in the legal register/);
  });

  it('exits 2 naming the closest ids for an unknown document', () => {
    const result = runBin(['impact', '61/2019/NĐ-CP', '-C', DEMO_AGENCY, '--lang', 'en', ...CACHE], process.cwd());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not in the legal register; the closest are 61\/2018\/NĐ-CP/);
  });

  it('prints the review report in Markdown in the configured language', () => {
    const result = runBin(['impact', '61/2018/NĐ-CP', '-C', DEMO_AGENCY, '--format', 'md', '--today', TODAY, ...CACHE], process.cwd());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# BÁO CÁO RÀ SOÁT VĂN BẢN');
    expect(result.stdout).toMatch(/\| 1 \| QT-KHCN-03 \|/);
    expect(result.stdout).toContain('21/05/2022');
  });
});

function doc(code: string, legalBasis: string, body: string, history = ''): string {
  return `---\ncode: ${code}\ntitle: Quy trình ${code}\ntype: procedure\nrevision: 1\nstatus: effective\neffective: 2026-06-01\nlegal_basis:\n${legalBasis}history:\n  - { revision: 1, date: 2026-05-10, summary: Ban hành lần đầu${history} }\n---\n# ${code}\n\n${body}\n`;
}

describe('qms impact precision', () => {
  const root = makeRepo({
    'qms.config.yaml': BARE_CONFIG,
    'legal/a.md': legalEntry('63/2010/NĐ-CP', { signed: '2010-06-08', effective: '2010-06-08' }),
    'legal/b.md': legalEntry('92/2017/NĐ-CP', { signed: '2017-08-07', effective: '2017-08-07', amends: '\n  - id: 63/2010/NĐ-CP\n    articles: [Điều 8, Điều 9]' }),
    'procedures/QT-A-01.md': doc('QT-A-01', '  - id: 63/2010/NĐ-CP\n    articles: [Điều 3]\n', 'Theo Điều 3 Nghị định 63/2010/NĐ-CP.'),
    'procedures/QT-A-02.md': doc('QT-A-02', '  - id: 63/2010/NĐ-CP\n    articles: [Điều 9]\n', 'Theo khoản 2 Điều 9 Nghị định 63/2010/NĐ-CP.'),
    'procedures/QT-A-03.md': doc('QT-A-03', '  - id: 63/2010/NĐ-CP\n', 'Theo Nghị định 63/2010/NĐ-CP.'),
    'procedures/QT-A-04.md': doc('QT-A-04', '  - id: 92/2017/NĐ-CP\n', 'Không trích dẫn văn bản cũ.', ', trigger: 63/2010/NĐ-CP'),
  });

  it('is direct for a changed article or the whole document, review for other articles, and ignores history rows', async () => {
    const impact = await report(['63/2010/NĐ-CP', '-C', root]);
    expect(impact.affected.map((a) => `${a.code} ${a.precision}`).sort()).toEqual(['QT-A-01 review', 'QT-A-02 direct', 'QT-A-03 direct']);
  });
});

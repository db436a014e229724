import { describe, expect, it } from 'vitest';
import { BARE_CONFIG, DEMO_AGENCY, legalEntry, makeRepo, ND_107_2021, ND_61_2018, runBin, runMain, tempFolder, TODAY } from '../helpers/index.js';
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
  it('finds the documents resting on an amended law, with relation, due date and citations', async () => {
    const impact = await report(['64/2025/QH15', '-C', DEMO_AGENCY]);
    expect(impact.legalDocument.id).toBe('64/2025/QH15');
    expect(impact.changes.map((c) => `${c.old.id} ${c.relation} ${c.by.id} ${c.due}`)).toEqual(['64/2025/QH15 amended 87/2025/QH15 2025-10-01']);
    const open = impact.affected.filter((a) => !a.acknowledged);
    // The effective procedure that missed the amendment, and the draft that has not followed it yet.
    expect(open.map((a) => [a.file, a.code, a.relation, a.precision])).toEqual([
      ['procedures/QT-TCHC-01.md', 'QT-TCHC-01', 'amended', 'direct'],
      ['procedures/QT-VP-03.md', 'QT-VP-03', 'amended', 'direct'],
    ]);
    expect(open[0]!.due).toBe('2025-10-01');
    expect(open[0]!.citations.map((c) => `${c.source}:${c.line}`)).toEqual(['legal_basis:19', 'body:102', 'body:158']);
    for (const affected of impact.affected) expect(Object.keys(affected)).toEqual(expect.arrayContaining(['file', 'code', 'relation', 'precision', 'citations', 'title', 'revision', 'owner', 'due']));
    // A document that already follows the amendments of what it cites is listed as acknowledged.
    const settled = await report(['63/2010/NĐ-CP', '-C', DEMO_AGENCY]);
    expect(settled.changes.map((c) => c.by.id)).toEqual(['48/2013/NĐ-CP', '92/2017/NĐ-CP']);
    expect(settled.affected.map((a) => [a.code, a.acknowledged])).toEqual([['QT-VP-01', true]]);
  });

  it('works from the new document too, following what it amends or replaces', async () => {
    const fromOld = await report(['64/2025/QH15', '-C', DEMO_AGENCY]);
    const fromNew = await report(['87/2025/QH15', '-C', DEMO_AGENCY]);
    expect(fromNew.affected).toEqual(fromOld.affected);
    const replaced = await report(['61/2018/NĐ-CP', '-C', DEMO_AGENCY]);
    const successor = await report(['118/2025/NĐ-CP', '-C', DEMO_AGENCY]);
    expect(successor.changes.map((c) => `${c.old.id} ${c.relation} ${c.by.id}`)).toEqual(['61/2018/NĐ-CP replaced 118/2025/NĐ-CP', '107/2021/NĐ-CP replaced 118/2025/NĐ-CP']);
    // Started from 61/2018, the per-document changes also list its earlier amendment by 107/2021; the documents and what is open are the same.
    const open = (impact: ImpactReport) => impact.affected.map((a) => [a.file, a.relation, a.cited, a.by, a.due, a.acknowledged, a.citations]);
    expect(open(successor)).toEqual(open(replaced));
    expect(open(successor)).toHaveLength(1);
  });

  it('accepts any citation form of the document', async () => {
    for (const form of ['61/2018/ND-CP', 'nđ 61/2018/nđ-cp', 'Nghị định 61/2018', '61 / 2018 / NĐ – CP', 'Nghị định số 61/2018/NĐ-CP']) {
      expect((await report([form, '-C', DEMO_AGENCY])).legalDocument.id, form).toBe('61/2018/NĐ-CP');
    }
    expect((await report(['Luật Đất đai 2013', '-C', DEMO_AGENCY])).legalDocument.id).toBe('45/2013/QH13');
  });

  it('reports the replacement of a decree and the guiding documents of a replaced law', async () => {
    // 61/2018 was amended by 107/2021, then replaced (with 107/2021) by 118/2025: the replacement is what is still open.
    const oneStop = await report(['61/2018/NĐ-CP', '-C', DEMO_AGENCY]);
    expect(oneStop.changes.map((c) => `${c.old.id} ${c.relation} ${c.by.id} ${c.due}`)).toEqual(['61/2018/NĐ-CP amended 107/2021/NĐ-CP 2022-05-21', '61/2018/NĐ-CP replaced 118/2025/NĐ-CP 2025-10-01']);
    expect(oneStop.affected.map((a) => [a.file, a.code, a.relation, a.by, a.precision, a.due, a.acknowledged])).toEqual([['procedures/QT-KHCN-03.md', 'QT-KHCN-03', 'replaced', '118/2025/NĐ-CP', 'direct', '2025-10-01', false]]);
    expect(oneStop.affected[0]!.citations.map((c) => `${c.source}:${c.line}`)).toEqual(['legal_basis:17', 'body:90', 'body:117']);
    expect(oneStop.affected[0]!.citations[2]!.articles).toEqual(['Điều 19']);
    // The circular guiding the replaced decree may have ended with it: the documents citing it are named.
    expect(oneStop.possiblyAffected.map((p) => [p.legal.id, p.guides, p.documents.map((d) => d.code)])).toEqual([['01/2018/TT-VPCP', '61/2018/NĐ-CP', ['BM-01/QT-VP-01', 'BM-02/QT-VP-01', 'BM-03/QT-VP-01', 'QT-VP-01']]]);
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
    const result = runBin(['impact', 'bãi bỏ Nghị định 999/2030 theo 61/2018/NĐ-CP', '-C', DEMO_AGENCY, ...CACHE], process.cwd());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not in the legal register/);
  });

  it('exits 2 naming the closest ids for an unknown document', () => {
    const result = runBin(['impact', '61/2019/NĐ-CP', '-C', DEMO_AGENCY, ...CACHE], process.cwd());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not in the legal register; the closest are 61\/2018\/NĐ-CP/);
  });

  it('prints the review report in Markdown in the configured language', () => {
    const result = runBin(['impact', '61/2018/NĐ-CP', '-C', DEMO_AGENCY, '--format', 'md', '--today', TODAY, ...CACHE], process.cwd());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# BÁO CÁO RÀ SOÁT VĂN BẢN');
    expect(result.stdout).toMatch(/\| 1 \| QT-KHCN-03 \|/);
    // The due date of the replacement by 118/2025/NĐ-CP (in force 01/07/2025), in Vietnamese form.
    expect(result.stdout).toContain('01/10/2025');
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

describe('qms impact (text)', () => {
  it('dates the status of the document by the change that gave it, not by the day of the run', async () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'legal/nd-61-2018.md': ND_61_2018, 'legal/nd-107-2021.md': ND_107_2021 });
    const result = await runMain(['impact', '61/2018/NĐ-CP', '--today', TODAY, '--no-cache'], root, { QMS_LANG: 'en' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/\(amended since 2022-02-21, as of 2026-11-27\)$/);
  });
});

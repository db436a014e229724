import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { analyzeImpact } from '../../src/impact/analyze.js';
import { planImpact, slug } from '../../src/impact/plan.js';
import { DEMO_AGENCY, TODAY } from '../helpers/index.js';


function inputs() {
  const repository = loadRepository(DEMO_AGENCY, loadConfig(DEMO_AGENCY), TODAY);
  const report = analyzeImpact(repository, '61/2018/ND-CP', '61/2018/NĐ-CP');
  const texts = new Map(report.affected.map((a) => [a.file, readFileSync(join(DEMO_AGENCY, a.file), 'utf8')]));
  return { repository, report, texts };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}

describe('planImpact', () => {
  it('is a pure function of its inputs: same inputs, same plan; inputs untouched; plain JSON data', () => {
    const { repository, report, texts } = inputs();
    const options = { date: TODAY, language: 'vi' as const, rewriteCitations: true };
    const first = planImpact(deepFreeze(report), repository, texts, options);
    const second = planImpact(report, repository, texts, options);
    expect(second).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(first.files.map((f) => [f.code, f.fromRevision, f.toRevision])).toEqual([['QT-KHCN-03', 2, 3]]);
  });

  it('depends on the date, the language and the file text — and on nothing else', () => {
    const { repository, report, texts } = inputs();
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }), fc.constantFrom('vi' as const, 'en' as const), (day, language) => {
        const date = day.toISOString().slice(0, 10);
        const plan = planImpact(report, repository, texts, { date, language, rewriteCitations: false });
        expect(plan.date).toBe(date);
        const history = plan.files[0]!.edits.find((e) => e.op === 'append' && e.path[0] === 'history');
        // 61/2018 was replaced by 118/2025/NĐ-CP: the revision follows the successor.
        expect(history).toMatchObject({ item: { revision: 3, date, trigger: '118/2025/NĐ-CP' } });
        expect(plan.files[0]!.summary).toMatch(language === 'vi' ? /^Cập nhật theo Nghị định số 118\/2025\/NĐ-CP/ : /^Updated to follow Nghị định 118\/2025\/NĐ-CP/);
        expect(planImpact(report, repository, texts, { date, language, rewriteCitations: false })).toEqual(plan);
      }),
      { seed: 42, numRuns: 50 },
    );
    const edited = new Map(texts);
    edited.set('procedures/QT-KHCN-03.md', `${texts.get('procedures/QT-KHCN-03.md')!}\n`);
    const options = { date: TODAY, language: 'vi' as const, rewriteCitations: false };
    expect(planImpact(report, repository, edited, options).files[0]!.sourceHash).not.toBe(planImpact(report, repository, texts, options).files[0]!.sourceHash);
  });

  it('names the branch after the legal document', () => {
    expect(slug('61/2018/NĐ-CP')).toBe('61-2018-nd-cp');
    expect(slug('Luật Đất đai 2013')).toBe('luat-dat-dai-2013');
  });
});

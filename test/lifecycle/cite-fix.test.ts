/** `qms cite` / `qms uncite` edit the legal basis by command; `qms check --fix` re-renders stale regions through the one writer. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/repository.js';
import { effectiveProcedure, legalEntry, lifecycleRepo, ND_63_2010_FIELDS, readText, runMainToday } from '../helpers/index.js';

const FILE = 'procedures/QT-KHCN-02.md';
const DRAFT = effectiveProcedure('QT-KHCN-02').replace('status: effective\neffective: 2026-02-01\n', 'status: draft\n').replace(/ {2}reviewed:.*\n {2}approved:.*\n/, '');

async function findings(root: string): Promise<Finding[]> {
  return JSON.parse((await runMainToday(root, ['check', FILE, '--format', 'json', '--no-cache'])).stdout) as Finding[];
}

describe('qms cite and qms uncite', () => {
  it('add and remove a legal document in the legal basis, with the region rendered, leaving check clean of stale regions', async () => {
    const root = lifecycleRepo({ [FILE]: DRAFT, 'legal/nd-63-2010.md': legalEntry('63/2010/NĐ-CP', ND_63_2010_FIELDS) });
    await runMainToday(root, ['render', FILE]);
    const cited = await runMainToday(root, ['cite', 'QT-KHCN-02', '63/2010/ND-CP', '--articles', 'Điều 5, Điều 7', '--json']);
    expect(cited.code, cited.stderr).toBe(0);
    expect(JSON.parse(cited.stdout)).toMatchObject({ ok: true, command: 'cite', id: '63/2010/NĐ-CP', articles: ['Điều 5', 'Điều 7'] });
    const text = readText(root, FILE);
    expect(text).toMatch(/^ {2}- id: 63\/2010\/NĐ-CP\n {4}articles: \[Điều 5, Điều 7\]$/m);
    expect(text).toMatch(/^- Điều 5, Điều 7 Nghị định số 63\/2010\/NĐ-CP/m);
    expect((await findings(root)).filter((f) => f.ruleId === 'generated/stale')).toEqual([]);

    const again = await runMainToday(root, ['cite', 'QT-KHCN-02', '63/2010/NĐ-CP', '--json']);
    expect(again.code).toBe(2);
    expect((JSON.parse(again.stdout) as { error: { reason: string } }).error.reason).toBe('already-cited');

    const removed = await runMainToday(root, ['uncite', 'QT-KHCN-02', 'Nghị định 63/2010', '--json']);
    expect(removed.code, removed.stderr).toBe(0);
    expect(readText(root, FILE)).not.toContain('63/2010');
    expect((await findings(root)).filter((f) => f.ruleId === 'generated/stale')).toEqual([]);
  });

  it('refuses an effective document, naming qms revise', async () => {
    const root = lifecycleRepo({ 'procedures/QT-KHCN-01.md': effectiveProcedure('QT-KHCN-01') });
    const result = await runMainToday(root, ['cite', 'QT-KHCN-01', '61/2018/NĐ-CP', '--json', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { reason: 'effective' } });
  });
});

describe('qms check --fix', () => {
  it('re-renders a stale region through the writer (--dry-run shows the diff first), then reports what is left', async () => {
    const root = lifecycleRepo({ [FILE]: DRAFT });
    await runMainToday(root, ['render', FILE]);
    // A legal basis edited by hand: the region no longer matches.
    writeFileSync(join(root, FILE), readText(root, FILE).replace('  - id: 107/2021/NĐ-CP\n', ''));
    expect((await findings(root)).map((f) => f.ruleId)).toContain('generated/stale');
    const stale = readText(root, FILE);

    const preview = await runMainToday(root, ['check', '--fix', '--dry-run', '--no-cache']);
    expect(preview.stdout).toContain(`--- a/${FILE}`);
    expect(readText(root, FILE)).toBe(stale);

    const fixed = await runMainToday(root, ['check', '--fix', '--format', 'json', '--no-cache']);
    const report = JSON.parse(fixed.stdout) as Finding[];
    expect(report.filter((f) => f.ruleId === 'generated/stale')).toEqual([]);
    expect(readText(root, FILE)).not.toBe(stale);
    expect(readText(root, FILE)).not.toMatch(/^- Nghị định số 107\/2021/m);
  });

  it('refuses --dry-run without --fix, and --fix with --head', async () => {
    const root = lifecycleRepo({ [FILE]: DRAFT });
    expect((await runMainToday(root, ['check', '--dry-run'])).code).toBe(2);
    expect((await runMainToday(root, ['check', '--fix', '--head'])).code).toBe(2);
  });
});

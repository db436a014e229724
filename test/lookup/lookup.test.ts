/**
 * The one document lookup and the one legal lookup: the same spellings find the same document in
 * every command (show and approve alike), and unknown names are refused naming the closest.
 */
import { describe, expect, it } from 'vitest';
import { findDocuments, findOneDocument, looseCode, matchDocuments } from '../../src/lookup/documents.js';
import { requireLegalEntry } from '../../src/lookup/legal.js';
import type { DocumentSummary } from '../../src/model/document.js';
import { Register } from '../../src/model/register.js';
import { readLegalEntry } from '../../src/document/read-legal.js';
import { indexByCode } from '../../src/model/reading.js';
import type { RepositoryIndex } from '../../src/model/repository.js';
import { form, legalEntry, lifecycleRepo, ND_107_2021, ND_61_2018, procedure, refusalOf, runBinJson, runMainToday } from '../helpers/index.js';

const summary = (file: string, code: string): DocumentSummary => ({ file, code: { value: code } }) as unknown as DocumentSummary;

function index(documents: DocumentSummary[]): RepositoryIndex {
  return { documents, byCode: indexByCode(documents) } as unknown as RepositoryIndex;
}

describe('the document lookup', () => {
  const repository = index([
    summary('procedures/QT-HCTP-01.md', 'QT-HCTP-01'),
    summary('forms/BM-01-QT-HCTP-01.md', 'BM-01/QT-HCTP-01'),
    summary('procedures/QT-ĐT-01.md', 'QT-ĐT-01'.normalize('NFD')),
  ]);

  it('finds a code exactly, in NFC or NFD, loosely (case, spaces, / . _ as -), or by its file path', () => {
    const files = (spelling: string) => matchDocuments(repository, spelling).map((d) => d.file);
    expect(files('BM-01/QT-HCTP-01')).toEqual(['forms/BM-01-QT-HCTP-01.md']);
    expect(files('bm-01-qt-hctp-01')).toEqual(['forms/BM-01-QT-HCTP-01.md']);
    expect(files(' bm_01.QT-hctp-01 ')).toEqual(['forms/BM-01-QT-HCTP-01.md']);
    expect(files('QT-ĐT-01')).toEqual(['procedures/QT-ĐT-01.md']);
    expect(files('qt-đt-01'.normalize('NFD'))).toEqual(['procedures/QT-ĐT-01.md']);
    expect(files('./procedures/QT-HCTP-01.md')).toEqual(['procedures/QT-HCTP-01.md']);
    expect(files('QT-HCTP-02')).toEqual([]);
    expect(looseCode(' bm-01/qt.hctp_01 ')).toBe('BM-01-QT-HCTP-01');
  });

  it('refuses an unknown code naming the three closest (reason unknown-code), and a shared code where one is needed', () => {
    const unknown = refusalOf(() => findDocuments(repository, 'QT-HCTP-09', 'en'));
    expect(unknown.reason).toBe('unknown-code');
    expect(unknown.details.closest).toEqual(['QT-HCTP-01', 'QT-ĐT-01', 'BM-01/QT-HCTP-01']);
    expect(unknown.in('vi')).toMatch(/^không có tài liệu nào mã hiệu "QT-HCTP-09"; gần nhất: QT-HCTP-01, QT-ĐT-01 và BM-01\/QT-HCTP-01$/);
    const shared = index([summary('a.md', 'QT-A-01'), summary('b.md', 'QT-A-01')]);
    expect(findDocuments(shared, 'QT-A-01', 'en').duplicates.map((d) => d.file)).toEqual(['b.md']);
    expect(refusalOf(() => findOneDocument(shared, 'qt-a-01', 'en')).reason).toBe('duplicate-code');
  });
});

describe('the legal lookup', () => {
  const register = new Register([readLegalEntry('legal/a.md', ND_61_2018), readLegalEntry('legal/b.md', ND_107_2021), readLegalEntry('legal/c.md', legalEntry('45/2013/QH13', { kind: 'Luật', aliases: '[Luật Đất đai 2013]' }))]);

  it('finds an entry in any citation form, the whole argument being the citation', () => {
    for (const spelling of ['61/2018/NĐ-CP', '61/2018/ND-CP', 'nđ 61/2018/nđ-cp', 'Nghị định số 61/2018/NĐ-CP', ' 61/2018/NĐ-CP '.normalize('NFD')]) {
      expect(requireLegalEntry(spelling, register, 'en').id?.value, spelling).toBe('61/2018/NĐ-CP');
    }
    expect(requireLegalEntry('Luật Đất đai 2013', register, 'en').id?.value).toBe('45/2013/QH13');
  });

  it('refuses a sentence holding a citation, and an unknown id naming the closest (reason unknown-legal)', () => {
    expect(refusalOf(() => requireLegalEntry('61/2018/NĐ-CP sửa đổi', register, 'en')).reason).toBe('unknown-legal');
    const unknown = refusalOf(() => requireLegalEntry('62/2018/NĐ-CP', register, 'en', { option: '--trigger' }));
    expect(unknown.reason).toBe('unknown-legal');
    expect(unknown.message).toMatch(/^--trigger "62\/2018\/NĐ-CP" is not in the legal register; the closest are 61\/2018\/NĐ-CP/);
  });
});

describe('every command takes the same spellings', () => {
  it('show and approve find a form by its code written as in its file name', async () => {
    const root = lifecycleRepo({
      'procedures/QT-HCTP-01.md': procedure({ code: 'QT-HCTP-01', status: 'draft', approval: null, effective: null }),
      'forms/BM-01-QT-HCTP-01.md': form({ code: 'BM-01/QT-HCTP-01', title: 'Đơn đề nghị', status: 'draft', approval: null, effective: null }),
    });
    const shown = runBinJson(root, ['show', 'bm-01-qt-hctp-01']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.json.code).toBe('BM-01/QT-HCTP-01');
    const approved = await runMainToday(root, ['approve', 'bm-01-qt-hctp-01', '--step', 'prepared', '--name', 'Nguyễn Văn An', '--title', 'Chuyên viên', '--date', '2026-03-01', '--json']);
    expect(approved.code, approved.stderr).toBe(0);
    expect((JSON.parse(approved.stdout) as { code: string; file: string }).file).toBe('forms/BM-01-QT-HCTP-01.md');
  });

  it('a refusal of any command given --json is a JSON error from the entry point', () => {
    const root = lifecycleRepo({ 'procedures/QT-HCTP-01.md': procedure({ code: 'QT-HCTP-01' }) });
    for (const args of [['show', 'QT-HCTP-09'], ['revise', 'QT-HCTP-09', '--summary', 'S']]) {
      const run = runBinJson(root, [...args, '--lang', 'en']);
      expect(run.code).toBe(2);
      expect(run.json).toMatchObject({ ok: false, command: args[0], error: { reason: 'unknown-code', closest: ['QT-HCTP-01'] } });
      expect(run.stderr).toBe('qms: no document has the code "QT-HCTP-09"; the closest are QT-HCTP-01\n');
    }
  });
});

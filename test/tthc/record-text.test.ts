/** The text of new and edited TTHC records: deterministic, readable back as written, only the edited nodes changed. */
import { describe, expect, it } from 'vitest';
import { editRecordText, newRecordText } from '../../src/tthc/record-text.js';
import { readTthcRecord } from '../../src/document/read-tthc.js';
import { Register } from '../../src/model/register.js';

const FIELDS = {
  name: 'Thủ tục "mẫu" cấp giấy phép',
  agency: 'Sở Khoa học và Công nghệ',
  timeLimit: { value: 15, unit: 'working-days' as const },
  fees: [{ name: 'Phí thẩm định (số liệu mẫu)', amount: 'Không thu' }],
  dossier: [{ name: 'Văn bản đề nghị', kind: 'Bản chính', count: 1, form: 'BM-01/QT-KHCN-01' }],
  conditions: ['Điều kiện: mẫu'],
  result: 'Giấy phép',
  legalBasis: [{ id: '76/2018/NĐ-CP', articles: ['Điều 5'] }],
  announcedBy: { id: '123/QĐ-UBND', date: '2025-08-01' },
};

describe('TTHC record text', () => {
  it('writes a new record that reads back as given, the code quoted so trailing zeros stay', () => {
    const text = newRecordText('VD.004220', FIELDS);
    expect(newRecordText('VD.004220', FIELDS)).toBe(text);
    const record = readTthcRecord('tthc/VD.004220.md', text);
    expect(record.problems).toEqual([]);
    expect(record.code?.value).toBe('VD.004220');
    expect(record.name).toBe(FIELDS.name);
    expect(record.timeLimit).toMatchObject({ value: 15, unit: 'working-days' });
    expect(record.fees).toEqual(FIELDS.fees);
    expect(record.dossier).toEqual(FIELDS.dossier);
    expect(record.conditions).toEqual(FIELDS.conditions);
    expect(record.legalBasis.map((b) => [b.id, b.articles.map((a) => a.article)])).toEqual([['76/2018/NĐ-CP', ['5']]]);
    expect(record.announcedBy).toEqual({ id: '123/QĐ-UBND', date: '2025-08-01' });
    expect(newRecordText('1.004220', {})).toContain('code: "1.004220"');
  });

  it('edits only the nodes named, keeps the rest byte for byte, and records the change with its trigger', () => {
    const text = newRecordText('VD.000101', FIELDS).replace('---\n\n', '---\n\nGhi chú của cán bộ.\r\n');
    const edited = editRecordText('tthc/1.000001.md', text, { timeLimit: { value: 10, unit: 'working-days' }, fees: [] }, { date: '2026-11-27', summary: 'Thời hạn 15 → 10 ngày làm việc', trigger: '11/2026/NĐ-CP' });
    const record = readTthcRecord('tthc/VD.000101.md', edited);
    expect(record.timeLimit).toMatchObject({ value: 10, unit: 'working-days' });
    expect(record.fees).toEqual([]);
    expect(record.dossier).toEqual(FIELDS.dossier);
    expect(record.changes).toEqual([{ date: '2026-11-27', summary: 'Thời hạn 15 → 10 ngày làm việc', trigger: '11/2026/NĐ-CP', triggerKey: expect.any(String) }]);
    expect(edited.endsWith('Ghi chú của cán bộ.\r\n')).toBe(true);
    expect(edited.split('\n')[2]).toBe(text.split('\n')[2]);
    // The register resolves the trigger and the legal basis.
    const register = new Register([], [record]);
    expect(register.tthc.get('VD.000101')).toBe(record);
  });

  it('adds a mapping the record lacks (announced_by) without touching the other lines', () => {
    const text = newRecordText('VD.000102', { name: 'Mẫu', agency: 'Sở', timeLimit: { value: 5, unit: 'days' } });
    const edited = editRecordText('tthc/1.000001.md', text, { announcedBy: { id: '9/QĐ-UBND' } });
    expect(readTthcRecord('tthc/VD.000102.md', edited).announcedBy).toEqual({ id: '9/QĐ-UBND' });
    expect(edited.split('\n').filter((line) => !text.split('\n').includes(line))).toEqual(['announced_by: { id: 9/QĐ-UBND }']);
  });
});

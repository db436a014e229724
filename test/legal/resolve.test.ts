import { describe, expect, it } from 'vitest';
import { createCitationRecognizer } from '../../src/legal/citations.js';
import { resolveLegalId } from '../../src/legal/resolve.js';

const entries = [
  { key: '61/2018/ND-CP', kind: 'Nghị định', aliases: [] },
  { key: '45/2013/QH13', kind: 'Luật', aliases: ['Luật Đất đai 2013'] },
];
const recognizer = createCitationRecognizer(entries);
const keys = new Set(entries.map((e) => e.key));

describe('resolveLegalId (front matter ids)', () => {
  it('resolves an id written with its kind, "số", an alias or a short form', () => {
    for (const id of ['61/2018/NĐ-CP', 'Nghị định 61/2018/NĐ-CP', 'Nghị định số 61/2018/NĐ-CP', 'NĐ 61/2018']) expect(resolveLegalId(id, recognizer, keys), id).toBe('61/2018/ND-CP');
    expect(resolveLegalId('Luật Đất đai số 45/2013/QH13', recognizer, keys)).toBe('45/2013/QH13');
    expect(resolveLegalId('Luật Đất đai năm 2013', recognizer, keys)).toBe('45/2013/QH13');
  });

  it('resolves an id whose hyphen was lost in PDF text', () => {
    for (const id of ['61/2018/NĐCP', 'Nghị định số 61/2018/NĐCP', 'NGHỊ ĐỊNH SỐ 61/2018/NĐCP']) expect(resolveLegalId(id, recognizer, keys), id).toBe('61/2018/ND-CP');
  });

  it('does not take a sentence that mentions a document for that document', () => {
    expect(resolveLegalId('bãi bỏ theo 61/2018/NĐ-CP', recognizer, keys)).not.toBe('61/2018/ND-CP');
    expect(resolveLegalId('61/2018/NĐ-CP và 45/2013/QH13', recognizer, keys)).not.toBe('61/2018/ND-CP');
  });
});

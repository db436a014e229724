import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_REGISTER, makeRepo, readText, runMainToday } from '../helpers/index.js';
import { fillTemplate } from '../../src/lifecycle/templates.js';
import { QmsError } from '../../src/util/errors.js';

const TYPES: Array<[string, string, string]> = [
  ['procedure', 'QT-KHCN-01', 'procedures/QT-KHCN-01.md'],
  ['form', 'BM-01/QT-KHCN-01', 'forms/BM-01-QT-KHCN-01.md'],
  ['instruction', 'HD-KHCN-01', 'instructions/HD-KHCN-01.md'],
  ['manual', 'STCL', 'STCL.md'],
];

const ALL_REGIONS = `types:
  procedure: { regions: [identification, approval, history, legal-basis] }
  form: { regions: [identification, history] }
  instruction: { regions: [identification, approval, history, legal-basis] }
  manual: { regions: [identification, approval, history] }
`;

describe('the shipped templates', () => {
  it('ship every type in Vietnamese and English', () => {
    const shipped = readdirSync('templates/documents').sort();
    for (const [type] of TYPES) for (const language of ['vi', 'en']) expect(shipped).toContain(`${type}.${language}.md`);
  });

  for (const language of ['vi', 'en'] as const) {
    it(`give documents that pass qms check under the default config (${language}), with every region`, async () => {
      const root = makeRepo({ 'qms.config.yaml': `language: ${language}\norganization: Sở Thử nghiệm\n${ALL_REGIONS}`, ...LIFECYCLE_REGISTER });
      for (const [type, code, file] of TYPES) {
        const result = await runMainToday(root, ['new', type, '--code', code, '--title', `Tài liệu ${type}`, '--owner', 'Văn phòng', '--date', '2026-01-05', '--json']);
        expect(result.stderr, type).toBe('');
        expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, file, template: `qms:templates/documents/${type}.${language}.md`, check: { errors: 0, warnings: 0 } });
      }
      const checked = await runMainToday(root, ['check', '--format', 'json']);
      expect(JSON.parse(checked.stdout)).toEqual([]);
      const summary = language === 'vi' ? 'Ban hành lần đầu' : 'First issue';
      expect(readText(root, 'STCL.md')).toContain(`  - { revision: 1, date: 2026-01-05, summary: ${summary} }`);
      // The procedure's headings are the configured sections (Vietnamese by default), whatever the language.
      expect(readText(root, 'procedures/QT-KHCN-01.md')).toMatch(/^## 1\. Mục đích$/m);
      expect(readText(root, 'STCL.md')).toContain(language === 'vi' ? 'Giới thiệu Sở Thử nghiệm' : 'Introduce Sở Thử nghiệm');
    });
  }

  it('follow types.<type>.sections: configured section names become the headings', async () => {
    const root = makeRepo({
      'qms.config.yaml': `language: en
types:
  procedure:
    sections: [Purpose, Scope, Normative references, Terms and abbreviations, Procedure, Forms, Records]
    regions: [identification, approval, history, legal-basis]
`,
      ...LIFECYCLE_REGISTER,
    });
    expect((await runMainToday(root, ['new', 'procedure', '--code', 'QT-KHCN-01', '--title', 'Technology appraisal'])).code).toBe(0);
    const text = readText(root, 'procedures/QT-KHCN-01.md');
    expect(text).toMatch(/^## 3\. Normative references\n\n<!-- qms:begin legal-basis -->$/m);
    expect(text).toMatch(/^## 7\. Records$/m);
    expect(JSON.parse((await runMainToday(root, ['check', '--format', 'json'])).stdout)).toEqual([]);
  });

  it('are overridden by the repository\'s own templates/documents/<type>.<lang>.md, with placeholders', async () => {
    const root = makeRepo({ 'qms.config.yaml': 'organization: Sở Thử nghiệm\n', ...LIFECYCLE_REGISTER });
    mkdirSync(join(root, 'templates/documents'), { recursive: true });
    writeFileSync(join(root, 'templates/documents/form.vi.md'), '# {{title_upper}}\r\n\r\n{{label}} của {{organization}} — {{owner}}\r\n');
    const result = await runMainToday(root, ['new', 'form', '--code', 'BM-01', '--title', 'Phiếu đề nghị', '--owner', 'Văn phòng', '--date', '2026-01-05', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, template: 'templates/documents/form.vi.md' });
    // The template's line endings are the document's.
    expect(readText(root, 'forms/BM-01.md')).toBe(
      '---\r\ncode: BM-01\r\ntitle: Phiếu đề nghị\r\ntype: form\r\nrevision: 1\r\nstatus: draft\r\nowner: Văn phòng\r\nhistory:\r\n  - { revision: 1, date: 2026-01-05, summary: Ban hành lần đầu }\r\n---\r\n\r\n# PHIẾU ĐỀ NGHỊ\r\n\r\nBiểu mẫu của Sở Thử nghiệm — Văn phòng\r\n',
    );
  });
});

describe('fillTemplate', () => {
  const values = { code: 'QT-A-01', title: 'Quy trình', type: 'procedure', label: 'Quy trình', owner: '', organization: '', sections: ['Mục đích', 'Phạm vi'] };
  it('takes the N-th configured section, else the fallback', () => {
    expect(fillTemplate({ label: 't', text: '{{ section:2 | Scope }} {{section:3|Fallback text}} {{section:4}}.' }, values, 'en')).toBe('Phạm vi Fallback text .');
  });
  it('refuses unknown placeholders and a section without its number', () => {
    expect(() => fillTemplate({ label: 't.md', text: '{{date}}' }, values, 'en')).toThrow(QmsError);
    expect(() => fillTemplate({ label: 't.md', text: '{{section}}' }, values, 'en')).toThrow(/t\.md: \{\{section\}\} needs the number of the section/);
    expect(() => fillTemplate({ label: 't.md', text: '{{code:1}}' }, values, 'vi')).toThrow(/t\.md: không hiểu \{\{code:1\}\}/);
  });
});

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fill, mergeTemplates } from '../../src/sections/templates.js';
import { defaultTemplates, loadTemplates, packageTemplatesPath } from '../../src/workspace/templates.js';
import { shippedTemplates } from '../../src/workspace/shipped-templates.js';
import { t } from '../../src/i18n/messages/index.js';
import { QmsError } from '../../src/util/errors.js';
import { makeRepo, refusalOf, runMain } from '../helpers/index.js';

describe('fill', () => {
  it('fills values and drops an optional part whose value is empty', () => {
    const pattern = '[{kind} ]số {number}[ ngày {date}][ của {issuer}]';
    expect(fill(pattern, { kind: 'Nghị định', number: '61/2018/NĐ-CP', date: '23/04/2018', issuer: 'Chính phủ' })).toBe('Nghị định số 61/2018/NĐ-CP ngày 23/04/2018 của Chính phủ');
    expect(fill(pattern, { kind: '', number: '61/2018/NĐ-CP' })).toBe('số 61/2018/NĐ-CP');
  });

  it('reads backslash escapes as the characters themselves', () => {
    expect(fill('\\[{a}\\] \\{x\\}', { a: '1' })).toBe('[1] {x}');
  });
});

describe('templates', () => {
  it('ship with the package for vi and en, with the same keys', () => {
    expect(existsSync(packageTemplatesPath('vi'))).toBe(true);
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, inner]) => (typeof inner === 'object' && !Array.isArray(inner) ? keys(inner as object, `${prefix}${key}.`) : [`${prefix}${key}`]));
    expect(keys(defaultTemplates('en'))).toEqual(keys(defaultTemplates('vi')));
    expect(defaultTemplates('vi').approval.prepared).toBe('Soạn thảo');
  });

  it('are carried by the bundle as the same data the files give, patterns checked (scripts/parsed-templates.mjs)', async () => {
    // @ts-expect-error -- a build script in plain JavaScript, without declarations
    const { parsedShippedTemplates } = (await import('../../scripts/parsed-templates.mjs')) as { parsedShippedTemplates: (root: string) => Record<string, unknown> };
    const bundled = parsedShippedTemplates(fileURLToPath(new URL('../..', import.meta.url)));
    expect(Object.keys(bundled).sort()).toEqual(['en', 'vi']);
    // As JSON in the bundle: nothing JSON cannot carry.
    const asJson = JSON.parse(JSON.stringify(bundled)) as Record<string, unknown>;
    for (const language of ['vi', 'en'] as const) {
      expect(asJson[language]).toStrictEqual(shippedTemplates(language));
      expect(asJson[language]).toStrictEqual(defaultTemplates(language));
    }
  });

  it('are overridden key by key from <root>/templates/sections.<lang>.yaml', () => {
    const root = makeRepo({ 'templates/sections.vi.yaml': 'approval:\n  name: Họ tên\nlegal-basis:\n  sections: [Căn cứ]\n' });
    const templates = loadTemplates(root, 'vi');
    expect(templates.approval.name).toBe('Họ tên');
    expect(templates.approval.title).toBe('Chức vụ');
    expect(templates['legal-basis'].sections).toEqual(['Căn cứ']);
    expect(loadTemplates(root, 'en').approval.name).toBe('Name');
  });

  it('reject unknown keys, wrong types and unknown placeholders, naming the file', () => {
    const base = defaultTemplates('vi');
    expect(() => mergeTemplates(base, 'approval:\n  prepard: x\n', 'templates/sections.vi.yaml')).toThrow('templates/sections.vi.yaml: unknown key "approval.prepard"');
    expect(() => mergeTemplates(base, 'legal-basis:\n  sections: Căn cứ\n', 'f')).toThrow('legal-basis.sections must be a list of texts');
    expect(() => mergeTemplates(base, 'legal-basis:\n  replaces: "thay thế bởi {ban}"\n', 'f')).toThrow('unknown placeholder {ban}');
    expect(() => mergeTemplates(base, 'format:\n  date: "[{dd}"\n', 'f')).toThrow('not closed');
    expect(() => mergeTemplates(base, 'approval: [1\n', 'f')).toThrow('invalid YAML');
  });

  it('refuse in Vietnamese as well as English, from the catalogue', () => {
    const base = defaultTemplates('vi');
    const refusal = (override: string): QmsError => refusalOf(() => mergeTemplates(base, override, 'templates/sections.vi.yaml'));
    const file = 'templates/sections.vi.yaml';
    const cases = [
      ['approval:\n  prepard: x\n', 'section-templates.unknown-key', { file, key: 'approval.prepard' }],
      ['legal-basis:\n  sections: Căn cứ\n', 'section-templates.not-list', { file, key: 'legal-basis.sections' }],
      ['approval: x\n', 'section-templates.not-mapping', { file, key: 'approval' }],
      ['- a\n', 'section-templates.not-mapping', { file, key: '' }],
      ['approval:\n  name: [a]\n', 'section-templates.not-text', { file, key: 'approval.name' }],
      ['legal-basis:\n  replaces: "thay thế bởi {ban}"\n', 'section-templates.unknown-placeholder', { file, key: 'legal-basis.replaces', name: 'ban', allowed: ['by', 'articles'] }],
      ['approval:\n  name: "{ten}"\n', 'section-templates.unknown-placeholder', { file, key: 'approval.name', name: 'ten', allowed: [] }],
      ['format:\n  date: "[{dd}"\n', 'section-templates.bad-pattern', { file, key: 'format.date', detail: 'a "[" is not closed' }],
    ] as const;
    for (const [override, id, data] of cases) {
      const error = refusal(override);
      expect({ id: error.messageId, data: error.data }, override).toEqual({ id, data });
      expect(error.in('vi')).toBe(t('vi', id, data as never));
      expect(error.in('en')).toBe(t('en', id, data as never));
    }
    expect(refusal('approval:\n  name: "{ten}"\n').in('en')).toBe('templates/sections.vi.yaml: approval.name: unknown placeholder {ten} (it takes none)');
    const yaml = refusal('approval: [1\n');
    expect(yaml.messageId).toBe('section-templates.invalid-yaml');
    expect(yaml.in('vi')).toMatch(/^templates\/sections\.vi\.yaml: YAML không hợp lệ: /);
  });

  it('an override that cannot be read is refused (reason unreadable), in either language', () => {
    const root = makeRepo({ 'templates/sections.vi.yaml/x': '' });
    let error: unknown;
    try {
      loadTemplates(root, 'vi');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(QmsError);
    const refusal = error as QmsError;
    expect(refusal.reason).toBe('unreadable');
    expect(refusal.messageId).toBe('section-templates.cannot-read');
    expect(refusal.in('vi')).toBe(t('vi', 'section-templates.cannot-read', refusal.data as { file: string; detail: string }));
    expect(refusal.in('vi')).toMatch(/^không đọc được templates\/sections\.vi\.yaml: /);
    expect(refusal.in('en')).toMatch(/^cannot read templates\/sections\.vi\.yaml: /);
  });

  it('a repository whose override is refused ends the command in its language (exit 2, one line)', async () => {
    const root = makeRepo({ 'qms.config.yaml': 'language: vi\n', 'templates/sections.vi.yaml': 'approval:\n  prepard: x\n' });
    const run = await runMain(['render', '--today', '2026-11-27'], root, { QMS_LANG: 'vi' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`qms: ${t('vi', 'section-templates.unknown-key', { file: 'templates/sections.vi.yaml', key: 'approval.prepard' })}\n`);
  });
});

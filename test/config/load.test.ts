import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { QmsError } from '../../src/util/errors.js';
import { classifyFiles } from '../../src/config/file-sets.js';
import { parseConfigDocument } from '../../src/config/config-document.js';
import { languageOfConfigText } from '../../src/i18n/language.js';

describe('parseConfig', () => {
  it('fills defaults and merges a type key by key', () => {
    const config = parseConfig('organization: Sở KH&CN\ntypes:\n  procedure:\n    approvers: [Giám đốc]\n');
    expect(config.organization).toBe('Sở KH&CN');
    expect(config.types.procedure?.approvers).toEqual(['Giám đốc']);
    expect(config.types.procedure?.pattern).toBe(defaultConfig().types.procedure?.pattern);
    expect(config.types.procedure?.sections).toEqual(defaultConfig().types.procedure?.sections);
  });

  it('accepts an empty file and a BOM', () => {
    expect(parseConfig('')).toEqual(defaultConfig());
    expect(parseConfig('\uFEFFlanguage: en\n').language).toBe('en');
  });

  it('rejects unknown keys, bad values and bad patterns with positions', () => {
    const cases: Array<[string, RegExp]> = [
      ['langauge: vi\n', /qms\.config\.yaml:1:1: unknown key "langauge"/],
      ['review:\n  interval_months: 0\n', /qms\.config\.yaml:2:\d+: review\.interval_months must be >= 1/],
      ['types:\n  procedure:\n    pattern: "^QT-(["\n', /not a valid regular expression/],
      ['types:\n  memo:\n    sections: []\n', /type "memo" is new, so it needs a pattern/],
      ['rules:\n  code/format: loud\n', /must be one of off, info, warning, error/],
      ['a: [\n', /invalid YAML/],
    ];
    for (const [source, message] of cases) {
      expect(() => parseConfig(source), source).toThrow(QmsError);
      expect(() => parseConfig(source), source).toThrow(message);
    }
  });

  it('matches the real code schemes agencies use with the default patterns', () => {
    const { types } = defaultConfig();
    const matches = (type: string, code: string): boolean => new RegExp(types[type]!.pattern, 'u').test(code);
    for (const code of ['QT-KHCN-01', 'QT 01/BTNN', 'QT 02/CX-HCTP', 'QT.01', 'QT-IT-03']) expect(matches('procedure', code), code).toBe(true);
    for (const code of ['BM.01.02', 'BM-01/QT-KHCN-01']) expect(matches('form', code), code).toBe(true);
    for (const code of ['qt-01', 'QT-', 'BM-01/']) expect(matches('procedure', code) || matches('form', code), code).toBe(false);
  });
});

describe('legal.shared', () => {
  it('takes folders inside the repository, cleaned of ./ and trailing slashes', () => {
    expect(parseConfig('legal:\n  shared: [./registers/tinh/, vendor/so-khcn]\n').legal.shared).toEqual(['registers/tinh', 'vendor/so-khcn']);
    expect(parseConfig('').legal.shared).toEqual([]);
  });

  it('refuses folders outside the repository or written with backslashes', () => {
    for (const folder of ['../tinh', '/srv/tinh', 'registers/../../x', 'C:/tinh', 'registers\\\\tinh', '.']) {
      expect(() => parseConfig(`legal:\n  shared: ["${folder}"]\n`), folder).toThrow(/legal\.shared: .* must be a folder inside the repository/);
    }
  });
});

describe('classifyFiles with shared registers', () => {
  it('puts the agency’s own entries first, then each shared register in the config’s order, never a document', () => {
    const files = classifyFiles(
      ['z/tinh/legal/nd-1.md', 'legal/nd-2.md', 'a/bo/x.md', 'a/bo/README.md', 'procedures/QT-01.md', 'z/tinh/legal/README.md', 'a/bo/notes.txt'],
      { include: ['**/*.md'], exclude: [] },
      { include: ['legal/**/*.md'], exclude: [], shared: ['z/tinh/legal', 'a/bo'] },
    );
    expect(files.legal).toEqual(['legal/nd-2.md', 'z/tinh/legal/nd-1.md', 'a/bo/x.md']);
    expect(files.documents).toEqual(['procedures/QT-01.md']);
  });
});

describe('the config text is parsed once per run', () => {
  it('choosing the language and loading the config share one parse of the same text, and give what each gave alone', () => {
    const text = '\uFEFForganization: Sở Tư pháp\nlanguage: en\n';
    const first = parseConfigDocument(text);
    expect(languageOfConfigText(text)).toBe('en');
    expect(parseConfig(text).language).toBe('en');
    expect(parseConfigDocument(text)).toBe(first);
    // Another text is parsed afresh, and an earlier one again when it comes back.
    const other = parseConfigDocument('language: vi\n');
    expect(other).not.toBe(first);
    expect(languageOfConfigText('language: vi\n')).toBe('vi');
    expect(parseConfigDocument(text)).not.toBe(other);
    expect(parseConfigDocument(text).doc.get('organization')).toBe('Sở Tư pháp');
  });

  it('still refuses duplicate keys and reads no language from broken YAML', () => {
    expect(() => parseConfig('language: en\nlanguage: vi\n')).toThrow(QmsError);
    expect(languageOfConfigText('language: [en\n')).toBeUndefined();
  });
});

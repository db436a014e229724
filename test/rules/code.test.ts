/**
 * code/filename: a code maps to its file name by the configured template, with "/", "\" and
 * spaces replaced; code/format and code/duplicate on codes written in more than one way.
 */
import { describe, expect, it } from 'vitest';
import { at, checkFolder, makeRepo, procedure, ruleLines, SHORT_CONFIG } from '../helpers/index.js';

function form(code: string): string {
  return procedure({ code, type: 'form', title: 'Phiếu tiếp nhận hồ sơ', body: 'Kèm theo quy trình QT-KHCN-01.' });
}

describe('code/filename', () => {
  const RULE = 'code/filename';

  it('replaces "/" and spaces by "-" by default, in any folder', () => {
    const files = {
      'qms.config.yaml': SHORT_CONFIG,
      'procedures/QT-KHCN-01.md': procedure(),
      'forms/BM-01-QT-KHCN-01.md': form('BM-01/QT-KHCN-01'),
      'forms/2026/BM-02-QT-KHCN-01.md': form('BM 02/QT-KHCN-01'),
      'procedures/QT-KHCN-03.md': procedure({ code: 'QT KHCN 03' }),
    };
    expect(ruleLines(checkFolder(makeRepo(files)), RULE)).toEqual([]);
  });

  it('reports a file named with "_" for "/", with spaces kept, or in another case', () => {
    const wrong = { 'forms/BM-01_QT-KHCN-01.md': form('BM-01/QT-KHCN-01'), 'procedures/QT KHCN 03.md': procedure({ code: 'QT KHCN 03' }), 'procedures/qt-khcn-04.md': procedure({ code: 'QT-KHCN-04' }) };
    const findings = checkFolder(makeRepo({ 'qms.config.yaml': SHORT_CONFIG, ...wrong }));
    expect(ruleLines(findings, RULE).sort()).toEqual(Object.entries(wrong).map(([file, text]) => at(file, text, 'code:')).sort());
  });

  it('follows the configured template and replacement', () => {
    const config = `${SHORT_CONFIG}filename:\n  template: "{code}.vi.md"\n  replace: "_"\n`;
    const good = form('BM-01/QT-KHCN-01');
    const files = { 'qms.config.yaml': config, 'forms/BM-01_QT-KHCN-01.vi.md': good, 'forms/BM-01-QT-KHCN-01.md': form('BM-02/QT-KHCN-01') };
    expect(ruleLines(checkFolder(makeRepo(files)), RULE)).toEqual([at('forms/BM-01-QT-KHCN-01.md', files['forms/BM-01-QT-KHCN-01.md'], 'code:')]);
  });

  it('compares file names in NFC (a file saved with an NFD name by macOS matches)', () => {
    const config = `${SHORT_CONFIG}  instruction:\n    pattern: "^HD-[\\\\p{Lu}]+-[0-9]{2}$"\n`;
    const text = procedure({ code: 'HD-ĐÀOTẠO-01', type: 'instruction', title: 'Hướng dẫn đào tạo' });
    const nfd = `instructions/${'HD-ĐÀOTẠO-01'.normalize('NFD')}.md`;
    expect(ruleLines(checkFolder(makeRepo({ 'qms.config.yaml': config, [nfd]: text })), RULE)).toEqual([]);
    const other = checkFolder(makeRepo({ 'qms.config.yaml': config, 'instructions/HD-DAOTAO-01.md': text }));
    expect(ruleLines(other, RULE)).toEqual([at('instructions/HD-DAOTAO-01.md', text, 'code:')]);
  });
});

describe('code/duplicate and code/format', () => {
  it('takes codes differing only by surrounding spaces as one code', () => {
    const a = procedure({ code: 'QT-KHCN-01' });
    const b = procedure({ code: '" QT-KHCN-01"' });
    const findings = checkFolder(makeRepo({ 'qms.config.yaml': SHORT_CONFIG, 'procedures/QT-KHCN-01.md': a, 'archive/QT-KHCN-01.md': b }));
    expect(ruleLines(findings, 'code/duplicate').sort()).toEqual([at('archive/QT-KHCN-01.md', b, 'code:'), at('procedures/QT-KHCN-01.md', a, 'code:')].sort());
  });

  it('checks a code against the pattern of its own type', () => {
    const config = `${SHORT_CONFIG}    pattern: "^QT-(?:KHCN|TCHC)-[0-9]{2}$"\n`;
    const files = {
      'qms.config.yaml': config,
      'procedures/QT-KHCN-01.md': procedure(),
      'procedures/QT-KHCN-1.md': procedure({ code: 'QT-KHCN-1' }),
      'procedures/BM-01-QT-KHCN-01.md': procedure({ code: 'BM-01/QT-KHCN-01' }),
      'forms/BM-01-QT-KHCN-01.md': form('BM-01/QT-KHCN-01'),
    };
    const findings = checkFolder(makeRepo(files));
    expect(ruleLines(findings, 'code/format').sort()).toEqual(
      [at('procedures/QT-KHCN-1.md', files['procedures/QT-KHCN-1.md'], 'code:'), at('procedures/BM-01-QT-KHCN-01.md', files['procedures/BM-01-QT-KHCN-01.md'], 'code:')].sort(),
    );
  });
});

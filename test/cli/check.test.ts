import { BARE_CONFIG, makeRepo, ND_61_2018, runBin, runMain, TODAY } from '../helpers/index.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ESC = '\u001b[';
/** Messages in English, or in Vietnamese, whatever the machine's locale. */
const EN = { QMS_LANG: 'en' };
const VI = { QMS_LANG: 'vi' };

function procedure(code: string, extra = ''): string {
  return `---
code: ${code}
title: Quy trình tiếp nhận hồ sơ
type: procedure
revision: 1
status: effective
effective: 2026-06-01
owner: Văn phòng Sở
approval:
  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2026-05-01 }
  reviewed: { name: Trần Thị Bình, title: Chánh Văn phòng, date: 2026-05-05 }
  approved: { name: Lê Văn Cường, title: Giám đốc, date: 2026-05-10 }
legal_basis:
  - id: 61/2018/NĐ-CP
history:
  - { revision: 1, date: 2026-05-10, summary: Ban hành lần đầu }
${extra}---
# Quy trình

Thực hiện theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.
`;
}

function cleanRepo(): string {
  return makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'legal/nd-61-2018.md': ND_61_2018, 'procedures/QT-VP-01.md': procedure('QT-VP-01') });
}

function snapshot(root: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      if (name === '.qms') continue; // the cache is qms's own; documents are what check never writes
      const path = join(folder, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else result[path] = `${stat.mtimeMs}:${readFileSync(path, 'base64')}`;
    }
  };
  walk(root);
  return result;
}

describe('qms (real process)', () => {
  it('prints help, version and per-command help, in the language asked for', () => {
    const help = runBin(['--help'], process.cwd(), EN);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/check/);
    expect(help.stdout).toMatch(/Exit codes/);
    const version = runBin(['--version'], process.cwd());
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const checkHelp = runBin(['help', 'check'], process.cwd(), EN);
    expect(checkHelp.code).toBe(0);
    expect(checkHelp.stdout).toMatch(/--max-warnings/);
    expect(checkHelp.stdout).toMatch(/Examples:/);
    const vietnamese = runBin(['check', '--help', '--lang', 'vi'], process.cwd(), EN);
    expect(vietnamese.stdout).toMatch(/^Cách dùng: qms check/);
    expect(vietnamese.stdout).toMatch(/Ví dụ:/);
    expect(vietnamese.stdout).toMatch(/Mã thoát/);
  });

  it('exits 0 on a clean repository and writes nothing', () => {
    const root = cleanRepo();
    const before = snapshot(root);
    const result = runBin(['check', '--today', TODAY], root, EN);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/no problems — 1 document and 1 register entry checked/);
    expect(runBin(['check', '--today', TODAY], root, VI).stdout).toMatch(/không có vấn đề nào — đã kiểm tra 1 tài liệu và 1 văn bản trong sổ đăng ký/);
    expect(snapshot(root)).toEqual(before);
  });

  it('exits 1 with findings, printed as file:line:column severity message ruleId', () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'legal/nd-61-2018.md': ND_61_2018, 'procedures/QT-VP-01.md': procedure('QT-VP-01', 'colour: red\n').replace('revision: 1', 'revision: 2') });
    const before = snapshot(root);
    const result = runBin(['check', '--today', TODAY], root, EN);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}procedures\/QT-VP-01\.md:\d+:\d+ {2}error {2}.+ {2}revision\/history$/m);
    expect(result.stdout).toMatch(/warning .*frontmatter\/schema/);
    expect(snapshot(root)).toEqual(before);
  });

  it('prints JSON findings with paths relative to the root', () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'legal/nd-61-2018.md': ND_61_2018, 'procedures/QT-VP-01.md': procedure('QT-VP-01', 'colour: red\n') });
    const result = runBin(['check', '--format', 'json', '--today', TODAY], join(root, 'procedures'));
    expect(result.code).toBe(0);
    const findings = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(findings).toEqual([
      { file: 'procedures/QT-VP-01.md', line: 17, column: 1, severity: 'warning', ruleId: 'frontmatter/schema', message: expect.any(String), messageId: 'shape.unknown-field', data: { field: 'colour' } },
    ]);
  });

  it('fails on more warnings than --max-warnings', () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'legal/nd-61-2018.md': ND_61_2018, 'procedures/QT-VP-01.md': procedure('QT-VP-01', 'colour: red\n') });
    expect(runBin(['check', '--max-warnings', '1', '--today', TODAY], root).code).toBe(0);
    const strict = runBin(['check', '--max-warnings', '0', '--today', TODAY], root);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/max-warnings/);
  });

  it('exits 2 with a clear message and no stack trace for usage and config errors', () => {
    const root = cleanRepo();
    const cases: Array<[string[], RegExp]> = [
      [['check', '--format', 'xml'], /unknown format "xml"/],
      [['check', '--today', '27/11/2026'], /write 2026-11-27/],
      [['check', '--max-warnings', 'many'], /--max-warnings/],
      [['check', 'no/such/path'], /no such file or folder/],
      [['frobnicate'], /unknown command/],
    ];
    for (const [args, message] of cases) {
      const result = runBin(args, root, EN);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr).not.toMatch(/\bat .+\.js:\d+/);
    }
  });

  it('reports an invalid config with its line, and an unknown rule id', () => {
    const bad = makeRepo({ 'qms.config.yaml': 'language: fr\n' });
    const result = runBin(['check'], bad, { QMS_LANG: 'en' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/qms\.config\.yaml:1:\d+: language must be one of vi, en/);
    // In Vietnamese (the default), the same place and the values the field takes.
    expect(runBin(['check'], bad, { QMS_LANG: 'vi' }).stderr).toMatch(/qms\.config\.yaml:1:\d+: language nhận một trong các giá trị vi hoặc en/);
    const unknownRule = makeRepo({ 'qms.config.yaml': 'rules:\n  code/formatt: off\n' });
    expect(runBin(['check'], unknownRule, { QMS_LANG: 'en' }).stderr).toMatch(/unknown rule id "code\/formatt"/);
  });

  it('exits 2 outside a repository', () => {
    const folder = makeRepo({ 'notes.txt': 'x' });
    const result = runBin(['check', folder], '/');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/qms\.config\.yaml.*qms init/s);
  });
});

describe('qms check (in-process)', () => {
  it('narrows the report to given paths while repository-wide rules see every document', async () => {
    const root = makeRepo({
      'qms.config.yaml': BARE_CONFIG,
      'legal/nd-61-2018.md': ND_61_2018,
      'procedures/QT-VP-01.md': procedure('QT-VP-01'),
      'procedures/QT-VP-02.md': procedure('QT-VP-01'),
    });
    const result = await runMain(['check', '--format', 'json', '--today', TODAY, 'procedures/QT-VP-02.md'], root);
    const findings = JSON.parse(result.stdout) as Array<{ file: string; ruleId: string }>;
    expect(findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual(['procedures/QT-VP-02.md code/duplicate', 'procedures/QT-VP-02.md code/filename']);
  });

  it('colours output only when asked or on a terminal, and never with NO_COLOR', async () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'legal/nd-61-2018.md': ND_61_2018, 'procedures/QT-VP-01.md': procedure('QT-VP-01', 'colour: red\n') });
    const plain = await runMain(['check', '--today', TODAY], root);
    expect(plain.stdout).not.toContain(ESC);
    const forced = await runMain(['check', '--today', TODAY], root, { FORCE_COLOR: '1' });
    expect(forced.stdout).toContain(ESC);
    const noColor = await runMain(['check', '--today', TODAY, '--color'], root, { NO_COLOR: '1' });
    expect(noColor.stdout).toContain(ESC);
    const optedOut = await runMain(['check', '--today', TODAY], root, { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(optedOut.stdout).not.toContain(ESC);
  });

  it('does not take a folder named like a document for one', async () => {
    const root = makeRepo({ 'qms.config.yaml': BARE_CONFIG, 'procedures/QT-VP-09.md/inner/.keep': '' });
    const result = await runMain(['check', '--lang', 'en'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/0 documents/);
  });
});

/**
 * The language of a run is chosen the same way for every command — --lang, else QMS_LANG, else the
 * config's language, else the locale — and findings, help texts, commander's own errors and
 * refusals all follow it; the cache keeps no language.
 */
import { Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { allCommands, commandPath } from '../../src/cli/localize.js';
import { findingText } from '../../src/i18n/messages/findings.js';
import { HELP_TEXTS, helpText } from '../../src/i18n/messages/help.js';
import { t } from '../../src/i18n/messages/index.js';
import { BARE_CONFIG, makeRepo, ND_61_2018, runMain, tempFolder, TODAY, type JsonFinding } from '../helpers/index.js';

/** A procedure with a code its type's format refuses, and a field the schema does not know. */
const PROCEDURE = `---
code: QT_VP_01
title: Quy trình tiếp nhận hồ sơ
type: procedure
revision: 1
status: draft
owner: Văn phòng Sở
legal_basis:
  - id: 61/2018/NĐ-CP
history:
  - { revision: 1, date: 2026-05-10, summary: Ban hành lần đầu }
colour: red
---
# Quy trình
`;

function repo(config = BARE_CONFIG): string {
  return makeRepo({ 'qms.config.yaml': config, 'legal/nd-61-2018.md': ND_61_2018, 'procedures/QT_VP_01.md': PROCEDURE });
}

/** `qms check --format json`: each finding's message, and the text it should be in `language`. */
async function messages(root: string, args: string[], env: Record<string, string | undefined>, cache = tempFolder()): Promise<Array<{ message: string; vi: string; en: string }>> {
  const result = await runMain(['check', '--format', 'json', '--today', TODAY, '--cache-location', cache, ...args], root, { LANG: undefined, LC_ALL: undefined, QMS_LANG: undefined, ...env });
  const findings = JSON.parse(result.stdout) as JsonFinding[];
  expect(findings.length).toBeGreaterThan(0);
  return findings.map((finding) => ({ message: finding.message, vi: findingText('vi', finding), en: findingText('en', finding) }));
}

function allIn(found: Array<{ message: string; vi: string; en: string }>, language: 'vi' | 'en'): boolean {
  return found.every((finding) => finding.message === finding[language] && finding.vi !== finding.en);
}

describe('the language of a run', () => {
  it('is --lang, else QMS_LANG, else the config, else the locale, else Vietnamese', async () => {
    const plain = repo();
    const english = repo(`language: en\n${BARE_CONFIG}`);
    expect(allIn(await messages(plain, [], {}), 'vi')).toBe(true);
    expect(allIn(await messages(plain, [], { LANG: 'en_US.UTF-8' }), 'en')).toBe(true);
    expect(allIn(await messages(plain, [], { LC_ALL: 'vi_VN.UTF-8', LANG: 'en_US.UTF-8' }), 'vi')).toBe(true);
    expect(allIn(await messages(english, [], { LANG: 'vi_VN.UTF-8' }), 'en')).toBe(true);
    expect(allIn(await messages(english, [], { QMS_LANG: 'vi' }), 'vi')).toBe(true);
    expect(allIn(await messages(english, ['--lang', 'vi'], { QMS_LANG: 'en' }), 'vi')).toBe(true);
    expect(allIn(await messages(plain, ['--lang', 'en'], { QMS_LANG: 'vi' }), 'en')).toBe(true);
  });

  it('takes --lang before the command too', async () => {
    const root = repo();
    const result = await runMain(['--lang', 'en', 'check', '--format', 'json', '--today', TODAY, '--no-cache'], root, { QMS_LANG: 'vi' });
    const findings = JSON.parse(result.stdout) as JsonFinding[];
    expect(findings.map((f) => f.message)).toEqual(findings.map((f) => findingText('en', f)));
  });

  it('is not kept in the cache: a run in English after one in Vietnamese reads the cache and speaks English', async () => {
    const root = repo();
    const cache = tempFolder();
    expect(allIn(await messages(root, ['--lang', 'vi'], {}, cache), 'vi')).toBe(true);
    expect(allIn(await messages(root, ['--lang', 'en'], {}, cache), 'en')).toBe(true);
    const warm = await runMain(['check', '--today', TODAY, '--cache-location', cache, '--lang', 'en'], root, { QMS_DEBUG: '1' });
    expect(warm.stderr).toMatch(/1 documents, \d+ read \([^)]*\), 1 from the cache/);
  });

  it('refuses a --lang other than vi or en', async () => {
    const result = await runMain(['check', '--lang', 'fr'], repo());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang');
  });

  it('explains a refused code with a valid code of its type, never the pattern', async () => {
    const result = await runMain(['check', '--format', 'json', '--today', TODAY, '--no-cache', '--lang', 'vi'], repo());
    const format = (JSON.parse(result.stdout) as JsonFinding[]).find((f) => f.ruleId === 'code/format')!;
    expect(format).toMatchObject({ messageId: 'code/format', data: { code: 'QT_VP_01', type: 'procedure', label: 'Quy trình', example: 'QT-KHCN-01' } });
    expect(format.message).toContain('QT-KHCN-01');
    expect(format.message).not.toContain('[A-Z');
    const custom = makeRepo({ 'qms.config.yaml': `types:\n  procedure:\n    sections: []\n    pattern: "^QT\\\\.[A-Z]+\\\\.\\\\d{2}$"\n`, 'procedures/QT_VP_01.md': PROCEDURE });
    const own = (JSON.parse((await runMain(['check', '--format', 'json', '--no-cache'], custom)).stdout) as JsonFinding[]).find((f) => f.ruleId === 'code/format')!;
    expect(own.data.example).toBe('QT.A.11');
  });
});

describe('help and usage errors', () => {
  const io = { stdout: { write: () => true, isTTY: false }, stderr: { write: () => true, isTTY: false }, cwd: '/', env: {} };

  it('has a catalogue text for every command, argument and option, and the text after each help', () => {
    const missing: string[] = [];
    for (const command of allCommands(buildProgram(io, () => undefined, 'vi'))) {
      const path = commandPath(command);
      const elements = ['', ...command.registeredArguments.map((a) => `<${a.name()}>`), ...command.options.map((o) => o.long!).filter((long) => long !== '--help')];
      for (const element of elements) if (!helpText(path, element)) missing.push(`${path} ${element}`);
    }
    expect(missing).toEqual([]);
  });

  it('shows every help in the chosen language', () => {
    for (const language of ['vi', 'en'] as const) {
      const program = buildProgram(io, () => undefined, language);
      for (const command of allCommands(program)) {
        const path = commandPath(command);
        expect(command.description(), path).toBe(helpText(path, '')![language]({}));
        for (const option of command.options.filter((o) => o.long !== '--help')) expect(option.description, `${path} ${option.long}`).toBe(helpText(path, option.long!)![language]({}));
      }
      const usage = new Help();
      Object.assign(usage, program.configureHelp());
      expect(usage.styleTitle('Options:')).toBe(t(language, 'cli.title.Options:', {}));
    }
  });

  it('gives commander’s own errors in the chosen language, exit code 2', async () => {
    const root = repo();
    const missing = await runMain(['new', 'procedure', '--code', 'QT-VP-09'], root, { QMS_LANG: 'vi' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(t('vi', 'cli.required-option', { option: '--title <title>' }));
    const unknown = await runMain(['chek'], root, { QMS_LANG: 'vi' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n').slice(0, 2)).toEqual([t('vi', 'cli.unknown-command', { command: 'chek' }), t('vi', 'cli.suggestion', { names: ['check'] })]);
    const english = await runMain(['show', 'QT-VP-01', 'extra', '--lang', 'en'], root, { QMS_LANG: 'vi' });
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(t('en', 'cli.excess-arguments', { command: 'show', expected: 1, received: 2 }));
    const option = await runMain(['check', '--langue', 'en'], root, { QMS_LANG: 'vi' });
    expect(option.stderr).toContain(t('vi', 'cli.unknown-option', { option: '--langue' }));
    expect(option.stderr).toContain(HELP_TEXTS['help:hint']!.vi({}));
  });

  it('shows the help in Vietnamese with Vietnamese headings', async () => {
    const help = await runMain(['check', '--help'], '/', { QMS_LANG: 'vi' });
    expect(help.stdout.split('\n')[0]).toMatch(new RegExp(`^${t('vi', 'cli.title.Usage:', {})} qms check \\[tùy chọn\\]`));
    expect(help.stdout).toContain(helpText('check', 'after')!.vi({}));
    expect(help.stdout).toContain(t('vi', 'cli.default', { value: '"stylish"' }));
  });
});

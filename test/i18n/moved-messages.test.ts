/**
 * The messages of init, the lifecycle commands, the config and the rule descriptions come from the
 * catalogue: refusals carry their message id and data (what scripts and these tests read), the
 * same refusal reads in either language, and no command wires a help text of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { t, ruleDescription, MESSAGES } from '../../src/i18n/messages/index.js';
import { QmsError } from '../../src/util/errors.js';
import { RULES } from '../../src/lint/catalogue.js';
import { effectiveProcedure, lifecycleRepo, refusalOf, runMain, runMainToday, tempFolder } from '../helpers/index.js';

/** The error a config text is refused with. */
function configRefusal(source: string): QmsError {
  return refusalOf(() => parseConfig(source));
}

describe('refusals from the catalogue', () => {
  it('a lifecycle refusal carries its message id and data in --json, and its text in the chosen language', async () => {
    const root = lifecycleRepo({ 'procedures/QT-KHCN-01.md': effectiveProcedure('QT-KHCN-01') });
    const args = ['approve', 'QT-KHCN-01', '--step', 'signed', '--name', 'A', '--title', 'B', '--json'];
    const vi = await runMainToday(root, args, { QMS_LANG: 'vi' });
    const en = await runMainToday(root, args, { QMS_LANG: 'en' });
    expect(vi.code).toBe(2);
    const error = (JSON.parse(vi.stdout) as { error: Record<string, unknown> }).error;
    expect(error).toMatchObject({ reason: 'usage', messageId: 'approve.step-takes-prepared-reviewed', data: { value: 'signed' } });
    expect(error.message).toBe(t('vi', 'approve.step-takes-prepared-reviewed', { value: 'signed' }));
    expect((JSON.parse(en.stdout) as { error: { message: string } }).error.message).toBe(t('en', 'approve.step-takes-prepared-reviewed', { value: 'signed' }));
  });

  it('qms init speaks the chosen language: its refusals and its report', async () => {
    const folder = tempFolder();
    const refused = await runMain(['init', join(folder, 'a'), '--print'], folder, { QMS_LANG: 'vi' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`qms: ${t('vi', 'init.print-goes-ci', {})}\n`);
    const english = await runMain(['init', join(folder, 'b'), '--language', 'en', '--branch', 'main/..'], folder, { QMS_LANG: 'en' });
    expect(english.stderr).toBe(`qms: ${t('en', 'init.valid-branch-name', { branch: 'main/..' })}\n`);
  });

  it('config errors name the place and explain a pattern by an example of a code it accepts', () => {
    const memo = configRefusal('types:\n  memo:\n    sections: []\n');
    expect(memo.messageId).toBe('config.type-needs-pattern');
    expect(memo.data).toEqual({ file: 'qms.config.yaml', name: 'memo' });
    expect(memo.in('vi')).toContain('QT-KHCN-01');
    const nested = configRefusal('types:\n  procedure:\n    pattern: "^(A+)+$"\n');
    expect(nested.messageId).toBe('config.pattern-nested');
    expect(nested.in('vi')).toContain('nhận mã như QT-KHCN-01');
    const invalid = configRefusal('langauge: vi\nlanguage: fr\n');
    expect(invalid.messageId).toBe('config.invalid');
    expect(invalid.in('vi')).toContain('qms.config.yaml:1:1: không có khóa "langauge" ở cấp ngoài cùng');
    expect(invalid.in('en')).toContain('qms.config.yaml:1:1: unknown key "langauge" at the top level');
    expect(configRefusal('rules:\n  code/formatt: off\n')).toMatchObject({ messageId: 'config.unknown-rule', data: { id: 'code/formatt' } });
  });
});

describe('rule descriptions', () => {
  it('every rule has one in each language, under its stable id', () => {
    for (const rule of RULES) {
      expect(Object.hasOwn(MESSAGES, `rule-description.${rule.meta.id}`), rule.meta.id).toBe(true);
      expect(ruleDescription('vi', rule.meta.id)).not.toBe(ruleDescription('en', rule.meta.id));
    }
    expect(ruleDescription('vi', 'plugin/other')).toBe('plugin/other');
  });
});

describe('help texts', () => {
  it('come from the catalogue only: no command file wires a description, an option text or a text after the help', () => {
    const folder = join(import.meta.dirname, '../../src/cli/commands');
    const wired: string[] = [];
    for (const name of readdirSync(folder)) {
      const source = readFileSync(join(folder, name), 'utf8');
      for (const pattern of [/\.description\(\s*['"`]/, /\.addHelpText\(/, /\.(?:option|requiredOption|argument)\(\s*['"`][^'"`]*['"`]\s*,\s*['"`]/]) {
        if (pattern.test(source)) wired.push(`${name} ${pattern.source}`);
      }
    }
    expect(wired).toEqual([]);
  });
});

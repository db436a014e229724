/** Findings and helpers shared by the formatter tests. */
import { readFileSync } from 'node:fs';
import type { FormatContext } from '../../src/format/context.js';
import { RULES } from '../../src/lint/catalogue.js';
import type { Finding } from '../../src/model/repository.js';
import type { RuleMeta } from '../../src/rules/rule.js';
import { findingText } from '../../src/i18n/messages/findings.js';

export const RULE_METAS: readonly RuleMeta[] = RULES.map((rule) => rule.meta);

export const DOCS_BASE = 'https://qms.dev/';

/** A formatter's complete context: the catalogue's rules, version 0.1.0, no findings counted; `overrides` replace fields. */
export function formatContext(overrides: Partial<FormatContext> = {}): FormatContext {
  return {
    language: 'en',
    summary: { errors: 0, warnings: 0, infos: 0 },
    color: false,
    checked: { documents: 0, legal: 0 },
    files: [],
    docsBaseUri: DOCS_BASE,
    rules: RULE_METAS,
    toolVersion: '0.1.0',
    ...overrides,
  };
}

/** A file of the repository, read as text (vendored schemas). */
export function readRepoFile(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}

/**
 * A finding; `message` (any text, hostile ones too) is carried verbatim in the data of a catalogue
 * message (read.yaml), so a formatter's escaping is tested on it; `textOf` is what it then prints.
 */
export function finding(overrides: Partial<Finding> & Pick<Finding, 'file'> & { message?: string }): Finding {
  const { message = 'a problem', ...rest } = overrides;
  return { line: 1, column: 1, severity: 'error', ruleId: 'legal/superseded', messageId: 'read.yaml', data: { detail: message }, ...rest };
}

/** The text of a finding's message in English, as the formatters print it with `formatContext()`. */
export function textOf(finding: Finding): string {
  return findingText('en', finding);
}

/** Vietnamese paths with spaces (NFC, and one in NFD), every severity, several rules in one file. */
export const PROCEDURE = 'quy trình/QT-KHCN-01 Quản lý đề tài.md';
export const FORM_NFD = 'biểu mẫu/BM-02 Phiếu đề xuất.md'.normalize('NFD');
export const MIXED: readonly Finding[] = [
  finding({
    file: FORM_NFD,
    line: 2,
    column: 1,
    severity: 'warning',
    ruleId: 'code/filename',
    messageId: 'code/filename',
    data: { actual: 'BM-02 Phiếu đề xuất.md', code: 'BM-02/QT-KHCN-01', expected: 'BM-02-QT-KHCN-01.md' },
  }),
  finding({ file: PROCEDURE, line: 6, column: 1, severity: 'warning', ruleId: 'review/overdue', messageId: 'review/overdue', data: { last: '2023-05-10', due: '2024-05-10', months: 12, today: '2024-06-01' } }),
  finding({ file: PROCEDURE, line: 8, column: 14, severity: 'error', ruleId: 'ref/obsolete', messageId: 'ref/obsolete', data: { code: 'BM-01/QT-KHCN-01', since: '2024-08-01' } }),
  finding({
    file: PROCEDURE,
    line: 14,
    column: 5,
    severity: 'error',
    ruleId: 'legal/superseded',
    messageId: 'legal/superseded.replaced',
    data: { cited: { kind: 'Nghị định', number: '43/2014/NĐ-CP' }, successors: [{ kind: 'Nghị định', number: '102/2024/NĐ-CP' }], citedId: '43/2014/NĐ-CP' },
  }),
  finding({ file: PROCEDURE, line: 20, column: 3, severity: 'info', ruleId: 'frontmatter/schema', messageId: 'shape.unknown-field', data: { field: 'ngay_ban_hanh' } }),
  finding({
    file: PROCEDURE,
    line: 31,
    column: 9,
    severity: 'error',
    ruleId: 'legal/superseded',
    messageId: 'legal/superseded.replaced',
    data: { cited: { kind: 'Thông tư', number: '26/2014/TT-BTC' }, successors: [{ kind: 'Thông tư', number: '116/2024/TT-BTC' }], citedId: '26/2014/TT-BTC' },
  }),
  finding({ file: 'register/legal.yaml', line: 40, column: 3, severity: 'info', ruleId: 'register/dates', messageId: 'register/dates.effective-before-signed', data: { effective: '2024-01-01', signed: '2024-01-02' } }),
];

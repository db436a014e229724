/** Findings and helpers shared by the formatter tests. */
import { readFileSync } from 'node:fs';
import type { FormatContext } from '../../src/format/context.js';
import { RULES } from '../../src/lint/catalogue.js';
import type { Finding } from '../../src/model/repository.js';
import type { RuleMeta } from '../../src/rules/rule.js';

export const RULE_METAS: readonly RuleMeta[] = RULES.map((rule) => rule.meta);

export const DOCS_BASE = 'https://qms.dev/';

/** A formatter's complete context: the catalogue's rules, version 0.1.0, no findings counted; `overrides` replace fields. */
export function formatContext(overrides: Partial<FormatContext> = {}): FormatContext {
  return {
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

export function finding(overrides: Partial<Finding> & Pick<Finding, 'file'>): Finding {
  return { line: 1, column: 1, severity: 'error', ruleId: 'legal/superseded', message: 'a problem', ...overrides };
}

/** Vietnamese paths with spaces (NFC, and one in NFD), every severity, several rules in one file. */
export const PROCEDURE = 'quy trình/QT-KHCN-01 Quản lý đề tài.md';
export const FORM_NFD = 'biểu mẫu/BM-02 Phiếu đề xuất.md'.normalize('NFD');
export const MIXED: readonly Finding[] = [
  finding({ file: FORM_NFD, line: 2, column: 1, severity: 'warning', ruleId: 'code/filename', message: 'file name "BM-02 Phiếu đề xuất.md" does not match code "BM-02/QT-KHCN-01"' }),
  finding({ file: PROCEDURE, line: 6, column: 1, severity: 'warning', ruleId: 'review/overdue', message: 'last approved or reviewed on 2023-05-10; a review was due by 2024-05-10' }),
  finding({ file: PROCEDURE, line: 8, column: 14, severity: 'error', ruleId: 'ref/obsolete', message: 'references BM-01/QT-KHCN-01, which is obsolete since 2024-08-01' }),
  finding({ file: PROCEDURE, line: 14, column: 5, severity: 'error', ruleId: 'legal/superseded', message: 'cites Nghị định 43/2014/NĐ-CP, replaced by Nghị định 102/2024/NĐ-CP (in force 2024-08-01)' }),
  finding({ file: PROCEDURE, line: 20, column: 3, severity: 'info', ruleId: 'frontmatter/schema', message: 'unknown field "ngay_ban_hanh"' }),
  finding({ file: PROCEDURE, line: 31, column: 9, severity: 'error', ruleId: 'legal/superseded', message: 'cites Thông tư 26/2014/TT-BTC, replaced by Thông tư 116/2024/TT-BTC' }),
  finding({ file: 'register/legal.yaml', line: 40, column: 3, severity: 'info', ruleId: 'register/dates', message: 'signed 2024-01-02 is after effective 2024-01-01' }),
];

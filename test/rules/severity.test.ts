/**
 * Per-rule severities from qms.config.yaml `rules:` — off, a different level — and reports that are
 * milder than their rule (frontmatter/schema's unknown fields): configuration sets the ceiling.
 */
import { describe, expect, it } from 'vitest';
import { at, checkFolder, makeRepo, procedure, ruleLines, ruleSeverities, SHORT_CONFIG } from '../helpers/index.js';

const FILE = 'procedures/QT-KHCN-01.md';

/** Self-approved, reviewed long ago, with one mistyped and one unknown field. */
const DOCUMENT = procedure({
  approval: [
    '  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: 2024-02-02 }',
    '  reviewed: { name: Trần Thị Bình, title: Trưởng phòng, date: 2024-02-10 }',
    '  approved: { name: Nguyễn Văn An, title: Giám đốc, date: 2024-02-20 }',
  ].join('\n'),
  effective: '2024-03-01',
  history: '  - { revision: 1, date: 2024-02-20, summary: Ban hành lần đầu }',
  extra: 'owner_unit: Phòng Quản lý chuyên ngành\ntthc: [1.004227]',
});
const SELF = at(FILE, DOCUMENT, 'approved: { name: Nguyễn Văn An');
const UNKNOWN = at(FILE, DOCUMENT, 'owner_unit:');
const TTHC = at(FILE, DOCUMENT, 'tthc:');
const STATUS = at(FILE, DOCUMENT, 'status:');

function check(rules: string): ReturnType<typeof checkFolder> {
  return checkFolder(makeRepo({ 'qms.config.yaml': `${SHORT_CONFIG}${rules}`, [FILE]: DOCUMENT }));
}

describe('rule severities from the config', () => {
  it('uses each rule’s own severity by default', () => {
    const findings = check('');
    expect(ruleSeverities(findings, 'approval/self')).toEqual([`${SELF}:error`]);
    expect(ruleSeverities(findings, 'review/overdue')).toEqual([`${STATUS}:warning`]);
  });

  it('turns a rule off', () => {
    const findings = check('rules:\n  approval/self: off\n  review/overdue: off\n');
    expect(ruleLines(findings, 'approval/self')).toEqual([]);
    expect(ruleLines(findings, 'review/overdue')).toEqual([]);
    // Other rules still run.
    expect(ruleLines(findings, 'frontmatter/schema')).not.toEqual([]);
  });

  it('lowers an error rule to a warning and raises a warning rule to an error', () => {
    const findings = check('rules:\n  approval/self: warning\n  review/overdue: error\n');
    expect(ruleSeverities(findings, 'approval/self')).toEqual([`${SELF}:warning`]);
    expect(ruleSeverities(findings, 'review/overdue')).toEqual([`${STATUS}:error`]);
  });

  it('keeps an unknown field a warning while the rule is an error (default or configured)', () => {
    for (const rules of ['', 'rules:\n  frontmatter/schema: error\n']) {
      expect(ruleSeverities(check(rules), 'frontmatter/schema').sort()).toEqual([`${TTHC}:error`, `${UNKNOWN}:warning`].sort());
    }
  });

  it('caps every report of a rule at its configured level', () => {
    expect(ruleSeverities(check('rules:\n  frontmatter/schema: warning\n'), 'frontmatter/schema').sort()).toEqual([`${TTHC}:warning`, `${UNKNOWN}:warning`].sort());
    expect(ruleSeverities(check('rules:\n  frontmatter/schema: info\n'), 'frontmatter/schema').sort()).toEqual([`${TTHC}:info`, `${UNKNOWN}:info`].sort());
  });
});

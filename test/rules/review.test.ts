/**
 * review/overdue: an effective document is approved or reviewed (last_review) at least every
 * `review.interval_months` months; today is 2026-11-27.
 */
import { describe, expect, it } from 'vitest';
import { at, checkFolder, makeRepo, procedure, ruleLines, ruleSeverities, SHORT_CONFIG } from '../helpers/index.js';

const FILE = 'procedures/QT-KHCN-01.md';
const RULE = 'review/overdue';

function approvedOn(date: string, more: { lastReview?: string; status?: string } = {}): string {
  const obsolete = more.status === 'obsolete' ? '\nobsolete: { date: 2026-01-01, reason: Thay bằng QT-KHCN-02 }' : '';
  return procedure({
    status: more.status ?? 'effective',
    effective: date,
    approval: [
      `  prepared: { name: Nguyễn Văn An, title: Chuyên viên, date: ${date} }`,
      `  reviewed: { name: Trần Thị Bình, title: Trưởng phòng, date: ${date} }`,
      `  approved: { name: Lê Văn Cường, title: Giám đốc, date: ${date} }`,
    ].join('\n'),
    history: `  - { revision: 1, date: ${date}, summary: Ban hành lần đầu }`,
    ...(more.lastReview || obsolete ? { extra: `${more.lastReview ? `last_review: ${more.lastReview}` : ''}${obsolete}`.trim() } : {}),
  });
}

function check(text: string, config = SHORT_CONFIG): ReturnType<typeof checkFolder> {
  return checkFolder(makeRepo({ 'qms.config.yaml': config, [FILE]: text }));
}

describe('review/overdue', () => {
  it('is due twelve months after approval: reported from the day after, as a warning at status', () => {
    const due = approvedOn('2025-11-27');
    expect(ruleLines(check(due), RULE)).toEqual([]);
    const late = approvedOn('2025-11-26');
    expect(ruleSeverities(check(late), RULE)).toEqual([`${at(FILE, late, 'status:')}:warning`]);
  });

  it('counts from last_review when it is later than the approval', () => {
    expect(ruleLines(check(approvedOn('2023-05-25', { lastReview: '2026-01-10' })), RULE)).toEqual([]);
    const stale = approvedOn('2023-05-25', { lastReview: '2025-10-01' });
    expect(ruleLines(check(stale), RULE)).toEqual([at(FILE, stale, 'last_review:')]);
  });

  it('counts from the approval when it is later than last_review', () => {
    expect(ruleLines(check(approvedOn('2026-06-01', { lastReview: '2024-06-01' })), RULE)).toEqual([]);
  });

  it('follows review.interval_months', () => {
    const text = approvedOn('2026-05-01');
    expect(ruleLines(check(text), RULE)).toEqual([]);
    expect(ruleLines(check(text, `${SHORT_CONFIG}review:\n  interval_months: 6\n`), RULE)).toEqual([at(FILE, text, 'status:')]);
  });

  it('checks effective documents only', () => {
    expect(ruleLines(check(approvedOn('2019-05-25', { status: 'obsolete' })), RULE)).toEqual([]);
    expect(ruleLines(check(approvedOn('2019-05-25', { status: 'approved' })), RULE)).toEqual([]);
    expect(ruleLines(check(approvedOn('2019-05-25')), RULE)).toHaveLength(1);
  });
});

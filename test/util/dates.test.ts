import { describe, expect, it } from 'vitest';
import { addMonths, readDate } from '../../src/util/dates.js';

describe('readDate', () => {
  it('accepts real ISO dates only', () => {
    expect(readDate('2024-02-29')).toEqual({ ok: true, date: '2024-02-29' });
    expect(readDate('2023-02-29')).toMatchObject({ ok: false, reason: 'impossible' });
    expect(readDate('2024-13-01')).toMatchObject({ ok: false, reason: 'impossible' });
    expect(readDate('24-01-01')).toMatchObject({ ok: false, reason: 'not-a-date' });
    expect(readDate(20240101)).toMatchObject({ ok: false, reason: 'not-a-date' });
  });

  it('recognises day/month/year and suggests the ISO spelling', () => {
    expect(readDate('15/05/2024')).toEqual({ ok: false, reason: 'vietnamese-order', suggestion: '2024-05-15' });
    expect(readDate('5/1/2024')).toEqual({ ok: false, reason: 'vietnamese-order', suggestion: '2024-01-05' });
    expect(readDate('30/02/2024')).toMatchObject({ ok: false, reason: 'impossible' });
  });
});

describe('addMonths', () => {
  it('adds calendar months and clamps to the end of the month', () => {
    expect(addMonths('2022-02-21', 3)).toBe('2022-05-21');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2023-12-31', 2)).toBe('2024-02-29');
  });
});

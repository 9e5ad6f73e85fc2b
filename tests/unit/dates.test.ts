import { describe, expect, it } from 'vitest';
import { dateProblem, formatDate } from '../../src/lib/core/dates.ts';

describe('dateProblem', () => {
  it('accepts a real date', () => {
    expect(dateProblem('2026-02-28')).toBeUndefined();
    expect(dateProblem('2028-02-29')).toBeUndefined();
  });

  it.each([
    [
      '2026-13-01',
      'a date that exists: there is no month 13 (write the year, then the month from 01 to 12, then the day; for 13 January 2026, write 2026-01-13)',
    ],
    [
      '2026-00-10',
      'a date that exists: there is no month 0 (write the year, then the month from 01 to 12, then the day)',
    ],
    ['2026-02-30', 'a date that exists: there is no 30 February 2026 (February 2026 has 28 days)'],
    ['2026-04-31', 'a date that exists: there is no 31 April 2026 (April 2026 has 30 days)'],
    ['2026-04-00', 'a date that exists: there is no day 0 (days start at 01)'],
    [
      '31/03/2026',
      'a date written as YYYY-MM-DD, like 2024-03-31: the year first, then the month, then the day (2026-03-31 for 31/03/2026)',
    ],
    [
      '2026-3-1',
      'a date written as YYYY-MM-DD, like 2024-03-31, with two digits for the month and the day (2026-03-01)',
    ],
    ['next May', 'a date written as YYYY-MM-DD, like 2024-03-31'],
  ])('%s', (text, expected) => {
    expect(dateProblem(text)).toBe(expected);
  });

  it('formats a date as GOV.UK does', () => {
    expect(formatDate('2023-12-05')).toBe('5 December 2023');
  });
});

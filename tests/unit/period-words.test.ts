import { describe, expect, it } from 'vitest';
import { periodInWords, periodMentions, statesPeriod } from '../../src/lib/core/period-words.ts';
import { period } from '../../src/lib/core/periods.ts';

const mentions = (text: string) => periodMentions(text).map((m) => [m.kind, m.text, m.lastDay]);

describe('periodMentions', () => {
  it.each([
    ['By 2028, 20%.', [['year', '2028', '2028-12-31']]],
    ['By 2028/29', [['span', '2028/29', '2029-03-31']]],
    ['By 2028-29', [['span', '2028-29', '2029-03-31']]],
    ['from 2021 to 2023', [['span', '2021 to 2023', '2023-12-31']]],
    ['by 31 March 2029', [['month', '31 March 2029', '2029-03-31']]],
    ['by Sept 2027', [['month', 'Sept 2027', '2027-09-30']]],
    ['in 2027-05', [['month', '2027-05', '2027-05-31']]],
    [
      'by Q2 2027 or 2027 Q3',
      [
        ['quarter', 'Q2 2027', '2027-06-30'],
        ['quarter', '2027 Q3', '2027-09-30'],
      ],
    ],
    ['from 22.3% to 20% in 2011-12', [['span', '2011-12', '2012-03-31']]],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('reads no year in money, percentages or long numbers', () => {
    expect(periodMentions('£2025 for 2030% of 12,2028 people and 120284 more')).toEqual([]);
  });
});

describe('statesPeriod', () => {
  it('accepts the month a financial year ends in, but not its last calendar year', () => {
    expect(statesPeriod('by March 2029', period('2028/29'))).toBe(true);
    expect(statesPeriod('by April 2029', period('2028/29'))).toBe(false);
    expect(statesPeriod('by 2029', period('2028/29'))).toBe(false);
    expect(statesPeriod('by 2028/29', period('2028'))).toBe(false);
  });

  it('suggests how to write each kind of period', () => {
    expect(periodInWords(period('2028'))).toBe('"2028"');
    expect(periodInWords(period('2028/29'))).toBe('"2028/29" or "March 2029"');
    expect(periodInWords(period('2028 Q2'))).toBe('"2028 Q2" or "June 2028"');
    expect(periodInWords(period('2028-05'))).toBe('"May 2028"');
    expect(periodInWords(period('2026-28'))).toBe('"2026-28" or "2026 to 2028"');
  });
});

describe('the forms Fingertips publishes', () => {
  it('are stated as written, or by the month they end', () => {
    expect(statesPeriod('by 2023/24 Q1', period('2023/24 Q1'))).toBe(true);
    expect(statesPeriod('by June 2023', period('2023/24 Q1'))).toBe(true);
    expect(statesPeriod('by Aug 2023 - Jul 2024', period('Aug 2023 - Jul 2024'))).toBe(true);
    expect(statesPeriod('by 2024', period('Aug 2023 - Jul 2024'))).toBe(false);
    expect(periodInWords(period('2023/24 Q1'))).toBe('"2023/24 Q1" or "June 2023"');
  });
});

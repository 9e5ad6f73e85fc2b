import { describe, expect, it } from 'vitest';
import {
  cellHeader,
  formatCell,
  formatNumber,
  formatValue,
  rateWords,
  statesNumber,
  unitLabel,
  writtenNumbers,
} from '../../src/lib/core/numbers.ts';
import { UNITS, type Unit } from '../../src/lib/core/vocabulary.ts';

describe('writtenNumbers', () => {
  it.each([
    ['22.3%', [22.3]],
    ['395 per 100,000', [395, 100000]],
    ['12,000', [12000]],
    ['£1.1bn', [1.1]],
    ['1.5%', [1.5]],
    ['from 8% to above 10%', [8, 10]],
    ['2028/29', [2028, 29]],
    ['158,700 residents', [158700]],
    ['1,234,567.89', [1234567.89]],
    ['It will fall to 20.', [20]],
    ['no numbers here', []],
  ])('%j -> %j', (text, numbers) => {
    expect(writtenNumbers(text)).toEqual(numbers);
  });

  it('does not read a period as a decimal: 2028/29 is never 28.29', () => {
    expect(writtenNumbers('by 2028/29')).not.toContain(28.29);
    expect(statesNumber('by 2028/29', 28.29)).toBe(false);
  });

  it('does not read part of a number as a number of its own', () => {
    expect(writtenNumbers('22.35')).toEqual([22.35]);
    expect(writtenNumbers('100,000')).not.toContain(0);
  });
});

describe('statesNumber', () => {
  const sentence = 'By 2028, the share of adults who are inactive will fall from 22.3% to 20%.';

  it('finds the target and baseline in a Target sentence', () => {
    expect(statesNumber(sentence, 20)).toBe(true);
    expect(statesNumber(sentence, 22.3)).toBe(true);
    expect(statesNumber(sentence, 2028)).toBe(true);
  });

  it('matches whole written numbers only: 22.3 is not stated by "22.35"', () => {
    expect(statesNumber('from 22.35%', 22.3)).toBe(false);
    expect(statesNumber('from 122.3%', 22.3)).toBe(false);
    expect(statesNumber('to 2%', 20)).toBe(false);
  });

  it('reads thousands separators and units around the digits', () => {
    expect(statesNumber('395 per 100,000', 395)).toBe(true);
    expect(statesNumber('395 per 100,000', 100000)).toBe(true);
    expect(statesNumber('12,000 more people', 12000)).toBe(true);
    expect(statesNumber('£1.1bn', 1.1)).toBe(true);
    expect(statesNumber('up 1.5%', 1.5)).toBe(true);
  });

  it('treats trailing zeros as the same number', () => {
    expect(statesNumber('to 20.0%', 20)).toBe(true);
    expect(statesNumber('from 22.30%', 22.3)).toBe(true);
  });

  it('finds a negative value written with a minus sign', () => {
    expect(statesNumber('a change of -1.5 points', -1.5)).toBe(true);
  });
});

describe('formatNumber', () => {
  it.each([
    [100000, undefined, '100,000'],
    [22.3, undefined, '22.3'],
    [20, undefined, '20'],
    [0.1 + 0.2, undefined, '0.3'],
    [1234567.891, undefined, '1,234,567.891'],
    [-1.5, undefined, '-1.5'],
    [0, undefined, '0'],
    [22.3, 2, '22.30'],
    [22.35, 1, '22.4'],
    [158700, 0, '158,700'],
    [20, 1, '20.0'],
  ])('formatNumber(%j, %j) is %j', (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });
});

describe('formatValue', () => {
  const cases: readonly [Unit, number, string][] = [
    ['percent', 22.3, '22.3%'],
    ['per-1000', 4.5, '4.5 per 1,000'],
    ['per-10k', 112.4, '112.4 per 10,000'],
    ['per-100k', 395, '395 per 100,000'],
    ['count', 12000, '12,000'],
    ['years', 79.4, '79.4 years'],
    ['years', 1, '1 year'],
    ['gbp', 36000, '£36,000'],
    ['ratio', 1.25, '1.25'],
    ['score', 7.6, '7.6'],
  ];

  it.each(cases)('%s: %j is %j', (unit, value, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it('covers every unit in the vocabulary', () => {
    expect(new Set(cases.map(([unit]) => unit))).toEqual(new Set(UNITS));
  });

  it('passes decimals through', () => {
    expect(formatValue(22.3, 'percent', 2)).toBe('22.30%');
    expect(formatValue(395.04, 'per-100k', 1)).toBe('395.0 per 100,000');
  });

  it('says "No value" for null in every unit', () => {
    for (const unit of UNITS) expect(formatValue(null, unit)).toBe('No value');
  });

  it('puts the minus sign before the pound sign', () => {
    expect(formatValue(-1500, 'gbp')).toBe('-£1,500');
  });
});

describe('unitLabel', () => {
  it('names every unit in words', () => {
    expect(Object.fromEntries(UNITS.map((u) => [u, unitLabel(u)]))).toEqual({
      percent: 'Percentage',
      'per-1000': 'Rate per 1,000',
      'per-10k': 'Rate per 10,000',
      'per-100k': 'Rate per 100,000',
      count: 'Number',
      years: 'Years',
      gbp: 'Pounds (£)',
      ratio: 'Ratio',
      score: 'Score',
    });
  });
});

describe('rates in tables', () => {
  it('says a rate once, in the column header, and leaves the cells bare', () => {
    expect(rateWords('per-100k')).toBe('per 100,000');
    expect(rateWords('per-1000')).toBe('per 1,000');
    expect(cellHeader('England', 'per-100k')).toBe('England (per 100,000)');
    expect(formatCell(402.5, 'per-100k')).toBe('402.5');
    expect(formatCell(1234, 'per-1000')).toBe('1,234');
    expect(formatCell(null, 'per-100k')).toBe('No value');
  });

  it('keeps every other unit in its cells', () => {
    for (const unit of ['percent', 'count', 'years', 'gbp', 'ratio', 'score'] as const) {
      expect(rateWords(unit), unit).toBeUndefined();
      expect(cellHeader('Value', unit)).toBe('Value');
      expect(formatCell(2, unit)).toBe(formatValue(2, unit));
    }
  });
});

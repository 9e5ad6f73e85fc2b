import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  fingertipsPeriod,
  parsePeriod,
  period,
  periodMidpoint,
  PERIOD_FORMS,
  spanKey,
  spansYears,
  type Period,
} from '../../src/lib/core/periods.ts';

/** The span a period parses to, or the failure text when it does not parse. */
function span(text: string): { kind: string; start: string; end: string } | string {
  const result = parsePeriod(text);
  if (!result.ok) return result.expected;
  const { kind, start, end } = result.period;
  return { kind, start, end };
}

function expected(text: string): string {
  const result = parsePeriod(text);
  if (result.ok) throw new Error(`"${text}" parsed, but the test expected a failure`);
  return result.expected;
}

describe('parsePeriod: the five forms', () => {
  it.each([
    ['2023', 'year', '2023-01-01', '2023-12-31'],
    ['2024', 'year', '2024-01-01', '2024-12-31'],
    ['2023/24', 'financial-year', '2023-04-01', '2024-03-31'],
    ['1999/00', 'financial-year', '1999-04-01', '2000-03-31'],
    ['2023 Q1', 'quarter', '2023-01-01', '2023-03-31'],
    ['2023 Q2', 'quarter', '2023-04-01', '2023-06-30'],
    ['2023 Q3', 'quarter', '2023-07-01', '2023-09-30'],
    ['2023 Q4', 'quarter', '2023-10-01', '2023-12-31'],
    ['2023-05', 'month', '2023-05-01', '2023-05-31'],
    ['2023-04', 'month', '2023-04-01', '2023-04-30'],
    ['2023-02', 'month', '2023-02-01', '2023-02-28'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2000-02', 'month', '2000-02-01', '2000-02-29'],
    ['2100-02', 'month', '2100-02-01', '2100-02-28'],
    ['2023-12', 'month', '2023-12-01', '2023-12-31'],
    ['2021-23', 'pooled-years', '2021-01-01', '2023-12-31'],
    ['2018-20', 'pooled-years', '2018-01-01', '2020-12-31'],
  ])('%s is a %s from %s to %s', (text, kind, start, end) => {
    expect(span(text)).toEqual({ kind, start, end });
  });

  it('keeps the label exactly as written', () => {
    expect(period('2023 Q2').label).toBe('2023 Q2');
    expect(period('2021-23').label).toBe('2021-23');
  });
});

describe('parsePeriod: YYYY-NN is a month when NN is 01 to 12, else pooled years', () => {
  it.each([
    ['2011-01', 'month'],
    ['2011-12', 'month'],
    ['2011-13', 'pooled-years'],
    ['2019-21', 'pooled-years'],
    ['2009-11', 'month'],
  ])('%s is a %s', (text, kind) => {
    const result = parsePeriod(text);
    expect(result.ok && result.period.kind).toBe(kind);
  });

  it('refuses NN that is neither a month nor a later year', () => {
    // 13 is not a month, and as a two-digit year it names 2013, before 2023.
    expect(expected('2023-13')).toBe(
      'a month from 2023-01 to 2023-12, or pooled years that end later in the same century, like 2021-23',
    );
    expect(expected('2023-00')).toMatch(/^a month from 2023-01 to 2023-12/);
  });

  it('suggests an example of pooled years that itself parses as pooled years', () => {
    for (const text of ['2010-00', '2098-00']) {
      const example = /like (\S+)$/.exec(expected(text))?.[1] ?? '';
      expect(parsePeriod(example)).toMatchObject({ ok: true, period: { kind: 'pooled-years' } });
    }
  });
});

describe('parsePeriod: malformed periods say what was expected', () => {
  it.each([
    ['2023/25', 'a financial year whose second part is the next year, like 2023/24'],
    ['2023 Q5', 'a quarter from Q1 to Q4, like 2023 Q2'],
    ['2023 Q0', 'a quarter from Q1 to Q4, like 2023 Q2'],
    ['2023-2025', 'pooled years written with a two-digit end, like 2023-25'],
    ['2023q2', 'a quarter written with a space and a capital Q, like 2023 Q2'],
    ['2023 q2', 'a quarter written with a space and a capital Q, like 2023 Q2'],
    ['FY2023', PERIOD_FORMS],
    ['', PERIOD_FORMS],
    ['23/24', PERIOD_FORMS],
    [' 2023', PERIOD_FORMS],
    ['2023/2024', PERIOD_FORMS],
  ])('%j: expected %s', (text, message) => {
    expect(expected(text)).toBe(message);
  });

  it('lists every form in the general message', () => {
    expect(PERIOD_FORMS).toBe('a period written as 2023, 2023/24, 2023 Q2, 2023-05 or 2021-23');
  });

  it('period() throws with the text and what was expected', () => {
    expect(() => period('2023/25')).toThrow(
      '"2023/25" is not a financial year whose second part is the next year, like 2023/24',
    );
    expect(period('2023/24').kind).toBe('financial-year');
  });
});

describe('comparePeriods', () => {
  it('sorts a mixed list by start, then shorter first, then label', () => {
    const labels = ['2023/24', '2021-23', '2023', '2023-05', '2023 Q2', '2022', '2023 Q1', '2023-04', '2022/23'];
    const sorted = labels
      .map(period)
      .sort(comparePeriods)
      .map((p) => p.label);
    expect(sorted).toEqual([
      '2021-23', // starts 2021-01-01
      '2022', // 2022-01-01 to 2022-12-31
      '2022/23', // 2022-04-01
      '2023 Q1', // 2023-01-01 to 2023-03-31: shorter than the year
      '2023', // 2023-01-01 to 2023-12-31
      '2023-04', // 2023-04-01, one month
      '2023 Q2', // 2023-04-01, three months
      '2023/24', // 2023-04-01, twelve months
      '2023-05',
    ]);
  });

  it('is a total order: equal only for the same label', () => {
    const a = period('2023');
    expect(comparePeriods(a, period('2023'))).toBe(0);
    expect(comparePeriods(period('2023-05'), period('2023-04'))).toBeGreaterThan(0);
    const same: Period = { ...a, label: 'another label' };
    expect(Math.sign(comparePeriods(a, same)) + Math.sign(comparePeriods(same, a))).toBe(0);
    expect(comparePeriods(a, same)).not.toBe(0);
  });
});

describe('periodMidpoint', () => {
  const mid = (text: string) => periodMidpoint(period(text));

  it('is the middle of the span, counting the last day in full', () => {
    expect(new Date(mid('2023')).toISOString()).toBe('2023-07-02T12:00:00.000Z');
    expect(new Date(mid('2023-02')).toISOString()).toBe('2023-02-15T00:00:00.000Z');
    expect(new Date(mid('2024-02')).toISOString()).toBe('2024-02-15T12:00:00.000Z');
  });

  it('places periods in time order on an axis', () => {
    const order = ['2022/23', '2023 Q1', '2023-04', '2023', '2023 Q3', '2023/24', '2021-23'];
    const mids = order.map(mid);
    expect(mid('2022/23')).toBeLessThan(mid('2023 Q1'));
    expect(mid('2023 Q2')).toBeLessThan(mid('2023'));
    expect(mid('2023')).toBeLessThan(mid('2023/24'));
    expect(mid('2021-23')).toBe(mid('2022'));
    expect(mids.slice(0, 6)).toEqual([...mids.slice(0, 6)].sort((x, y) => x - y));
  });
});

describe('parsePeriod: the forms Fingertips publishes', () => {
  it.each([
    // Pooled years, with Fingertips' spaces: never a month, even where the end is 01 to 12.
    ['2015 - 17', 'pooled-years', '2015-01-01', '2017-12-31'],
    ['2009 - 11', 'pooled-years', '2009-01-01', '2011-12-31'],
    ['2006 - 07', 'pooled-years', '2006-01-01', '2007-12-31'],
    // Pooled financial years.
    ['2015/16 - 17/18', 'pooled-financial-years', '2015-04-01', '2018-03-31'],
    ['2006/07 - 07/08', 'pooled-financial-years', '2006-04-01', '2008-03-31'],
    // Financial quarters: Q1 is April to June, Q4 January to March of the next year.
    ['2023/24 Q1', 'financial-quarter', '2023-04-01', '2023-06-30'],
    ['2023/24 Q4', 'financial-quarter', '2024-01-01', '2024-03-31'],
    // Runs of quarters: rolling years and a financial year so far.
    ['2006 Q2 - 2007 Q1', 'quarters', '2006-04-01', '2007-03-31'],
    ['2006/07 Q2 - 2007/08 Q1', 'quarters', '2006-07-01', '2007-06-30'],
    ['2013/14 Q1 - 2014/15 Q4', 'quarters', '2013-04-01', '2015-03-31'],
    ['2013/14 Q1-Q3', 'quarters', '2013-04-01', '2013-12-31'],
    // Runs of months: years that start in August, March or July.
    ['Aug 2006 - Jul 2007', 'months', '2006-08-01', '2007-07-31'],
    ['Jan 2009 - Dec 2009', 'months', '2009-01-01', '2009-12-31'],
  ])('%s is %s from %s to %s', (text, kind, start, end) => {
    expect(span(text)).toEqual({ kind, start, end });
  });

  it('explains a Fingertips-like period it cannot read', () => {
    expect(expected('2009 - 08')).toBe('pooled years that end later in the same century, like 2009 - 11');
    expect(expected('2015/16 - 15/16')).toBe('pooled financial years written like 2015/16 - 17/18');
    expect(expected('2023/25 Q1')).toBe('a financial quarter written like 2023/24 Q1 (Q1 is April to June)');
    expect(expected('2007 Q1 - 2006 Q4')).toBe(
      'a run of quarters written like 2023 Q2 - 2024 Q1, or 2023/24 Q2 - 2024/25 Q1',
    );
    expect(expected('Jul 2007 - Aug 2006')).toMatch(/^a run of months written like Aug 2023 - Jul 2024/);
    expect(expected('May 2023')).toBe('a month written as 2023-MM, like 2023-05 for May');
  });

  it('reads Fingertips labels into the kept form: spaces tidied, a month in words as YYYY-MM', () => {
    expect(
      ['2015 -17', ' 2015  -  17 ', 'Jan 2024', '2023/24 Q1-Q3', 'Aug 2023 - Jul 2024'].map(fingertipsPeriod),
    ).toEqual(['2015 - 17', '2015 - 17', '2024-01', '2023/24 Q1-Q3', 'Aug 2023 - Jul 2024']);
  });

  it('knows which periods cover more than one year (no trend is worked out on them)', () => {
    const more = (t: string) => spansYears(period(t));
    expect(
      ['2023', '2023/24', '2023 Q2', '2023-05', '2023/24 Q1', '2023 Q2 - 2024 Q1', 'Aug 2023 - Jul 2024'].map(more),
    ).toEqual([false, false, false, false, false, false, false]);
    expect(['2021-23', '2021 - 22', '2021/22 - 22/23', '2013/14 Q1 - 2014/15 Q4'].map(more)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('gives one span key to two ways of writing a period', () => {
    expect(spanKey(period('2019-21'))).toBe(spanKey(period('2019 - 21')));
    expect(spanKey(period('2019-21'))).not.toBe(spanKey(period('2019/20 - 21/22')));
  });
});

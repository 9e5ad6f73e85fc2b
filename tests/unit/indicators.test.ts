import { areasIn, seriesFor } from '../../src/lib/contract/series.ts';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/lib/contract/schemas.ts';
import { defaultAreaOf, earliestPoint, latestPoint, periodsOf } from '../../src/lib/contract/series.ts';
import { checkSite } from '../../src/lib/site/load.ts';
import { goodDirs } from './overlay.ts';

const { content } = checkSite(goodDirs());
const inactivity = content.indicators.find((i) => i.id === 'physical-inactivity') as Indicator;

/** An indicator with the given points, in the order given (series are not sorted in files). */
function withSeries(series: Indicator['series'], extra: Partial<Indicator> = {}): Indicator {
  return { ...inactivity, ...extra, series };
}

describe('latestPoint and earliestPoint', () => {
  it('skip null values: the latest value is 2022/23, not the suppressed 2023/24', () => {
    expect(latestPoint(inactivity, 'sample-county')).toMatchObject({ period: '2022/23', value: 21.8 });
    expect(earliestPoint(inactivity, 'sample-county')).toMatchObject({ period: '2021/22', value: 22.3 });
  });

  it('order by period, not by place in the file', () => {
    const indicator = withSeries([
      { period: '2023', area: 'a', value: 3 },
      { period: '2021-22', area: 'a', value: 1 },
      { period: '2023 Q4', area: 'a', value: 4 },
      { period: '2021', area: 'a', value: 2 },
      { period: '2024', area: 'b', value: 9 },
    ]);
    expect(latestPoint(indicator, 'a')?.period).toBe('2023 Q4');
    expect(earliestPoint(indicator, 'a')?.period).toBe('2021');
  });

  it('are undefined for an area without values', () => {
    expect(latestPoint(inactivity, 'nowhere')).toBeUndefined();
    expect(earliestPoint(withSeries([{ period: '2023', area: 'a', value: null, note: 'x' }]), 'a')).toBeUndefined();
  });
});

describe('periodsOf', () => {
  it('lists each period once, oldest first', () => {
    expect(periodsOf(inactivity)).toEqual(['2021/22', '2022/23', '2023/24']);
    const mixed = withSeries([
      { period: '2023/24', area: 'a', value: 1 },
      { period: '2023-05', area: 'a', value: 1 },
      { period: '2021-23', area: 'a', value: 1 },
      { period: '2023-05', area: 'b', value: 1 },
    ]);
    expect(periodsOf(mixed)).toEqual(['2021-23', '2023/24', '2023-05']);
  });
});

describe('defaultAreaOf', () => {
  it('prefers the given area, then the indicator default, then the first in the series', () => {
    expect(defaultAreaOf(inactivity, 'E92000001')).toBe('E92000001');
    expect(defaultAreaOf(inactivity)).toBe('sample-county');
    expect(defaultAreaOf({ ...inactivity, defaultArea: 'E92000001' })).toBe('E92000001');
    expect(defaultAreaOf({ ...inactivity, defaultArea: 'E92000001' }, 'sample-county')).toBe('sample-county');
  });

  it('ignores preferences with no values in the series', () => {
    expect(defaultAreaOf({ ...inactivity, defaultArea: 'nowhere' }, 'elsewhere')).toBe('sample-county');
    expect(defaultAreaOf(withSeries([]))).toBeUndefined();
  });
});

describe('seriesFor and areasIn', () => {
  it('give one area oldest first, with each span', () => {
    const series = seriesFor(inactivity, 'E92000001');
    expect(series.map((p) => [p.period, p.value, p.span.start])).toEqual([
      ['2021/22', 22.3, '2021-04-01'],
      ['2022/23', 22.6, '2022-04-01'],
    ]);
  });

  it('list areas in order of first appearance', () => {
    expect(areasIn(inactivity)).toEqual(['sample-county', 'E92000001']);
  });
});

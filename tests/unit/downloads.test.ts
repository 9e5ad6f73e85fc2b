/** CSV and JSON downloads: columns, quoting, formula-safe text, stable order, sizes in words. */

import { describe, expect, it } from 'vitest';
import type { Area, Indicator } from '../../src/lib/contract/schemas.ts';
import { csvField, formatBytes, indicatorCsv, indicatorJson } from '../../src/lib/indicators/downloads.ts';

const areas: Area[] = [
  { id: 'E92000001', name: 'England', type: 'country' },
  { id: 'sample', name: 'Sample, "County"', type: 'local-authority', parent: 'E92000001' },
];
const indicator: Indicator = {
  id: 'x',
  title: 'Adults, inactive',
  unit: 'percent',
  polarity: 'lower-is-better',
  comparators: [],
  illustrative: false,
  series: [
    { period: '2022/23', area: 'sample', value: null, note: '=HYPERLINK("http://evil")' },
    { period: '2021/22', area: 'sample', value: 22.3, lower: 21.1, upper: 23.5 },
    { period: '2021/22', area: 'E92000001', value: -1.5 },
  ],
};

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas in text', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-5', false)).toBe('-5');
    expect(csvField(null)).toBe('');
  });
});

describe('indicatorCsv', () => {
  it('writes one row per value, areas in areas.json order then periods, nulls empty', () => {
    const lines = indicatorCsv(indicator, areas).split('\r\n');
    expect(lines[0]).toBe(
      'indicator_id,indicator_title,unit,area_code,area_name,area_type,sex,age,category_type,category,period,period_start,period_end,value,lower_95,upper_95,count,denominator,note,published_trend,published_benchmark',
    );
    expect(lines[1]).toBe(
      'x,"Adults, inactive",percent,E92000001,England,country,persons,,,,2021/22,2021-04-01,2022-03-31,-1.5,,,,,,,',
    );
    expect(lines[2]).toBe(
      'x,"Adults, inactive",percent,sample,"Sample, ""County""",local-authority,persons,,,,2021/22,2021-04-01,2022-03-31,22.3,21.1,23.5,,,,,',
    );
    expect(lines[3]).toBe(
      `x,"Adults, inactive",percent,sample,"Sample, ""County""",local-authority,persons,,,,2022/23,2022-04-01,2023-03-31,,,,,,"'=HYPERLINK(""http://evil"")",,`,
    );
    expect(lines.at(-1)).toBe('');
  });
});

describe('breakdowns in the downloads', () => {
  const broken: Indicator = {
    ...indicator,
    age: '18+ yrs',
    series: [
      { period: '2021/22', area: 'sample', value: 30.1, sex: 'male', published: { benchmark: 'worse' } },
      {
        period: '2021/22',
        area: 'sample',
        value: 31.5,
        lower: 29.0,
        upper: 34.1,
        categoryType: 'Deprivation deciles, "IMD2019"',
        category: 'Most deprived decile',
      },
      { period: '2021/22', area: 'sample', value: 22.3, published: { trend: 'decreasing-better' } },
    ],
  };

  it('carry sex, age band and category in the CSV, the headline first, and the published judgements', () => {
    expect(indicatorCsv(broken, areas).split('\r\n').slice(1, 4)).toEqual([
      'x,"Adults, inactive",percent,sample,"Sample, ""County""",local-authority,persons,18+ yrs,,,2021/22,2021-04-01,2022-03-31,22.3,,,,,,decreasing-better,',
      'x,"Adults, inactive",percent,sample,"Sample, ""County""",local-authority,male,18+ yrs,,,2021/22,2021-04-01,2022-03-31,30.1,,,,,,,worse',
      'x,"Adults, inactive",percent,sample,"Sample, ""County""",local-authority,persons,18+ yrs,"Deprivation deciles, ""IMD2019""",Most deprived decile,2021/22,2021-04-01,2022-03-31,31.5,29,34.1,,,,,',
    ]);
  });

  it('keep every breakdown field in the JSON as the file has it', () => {
    const data = JSON.parse(indicatorJson(broken, areas));
    expect(data.age).toBe('18+ yrs');
    expect(data.series.map((p: { sex?: string; category?: string }) => p.sex ?? p.category ?? 'headline')).toEqual([
      'headline',
      'male',
      'Most deprived decile',
    ]);
  });
});

describe('indicatorJson', () => {
  it('is the indicator with its series sorted and the areas it names', () => {
    const data = JSON.parse(indicatorJson(indicator, areas));
    expect(data.series.map((p: { area: string }) => p.area)).toEqual(['E92000001', 'sample', 'sample']);
    expect(data.series[2].value).toBeNull();
    expect(data.areas).toHaveLength(2);
  });
});

describe('formatBytes', () => {
  it('says sizes as people read them', () => {
    expect(formatBytes(850)).toBe('850 bytes');
    expect(formatBytes(2300)).toBe('2 KB');
    expect(formatBytes(1024 * 1024 * 1.25)).toBe('1.3 MB');
  });
});

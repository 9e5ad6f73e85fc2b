/**
 * Chart specs and their SVG: the palette and shapes, gaps for null values
 * (never zero), the target and trajectory, ids made unique per chart,
 * escaping of authors' text, and the same bytes every time.
 */

import { describe, expect, it, vi } from 'vitest';
import { areasSpec, sortBars } from '../../src/lib/indicators/charts/areas.ts';
import { COLOURS } from '../../src/lib/indicators/charts/palette.ts';
import { renderChart, renderChartFile } from '../../src/lib/indicators/charts/render.ts';
import { sparklineSvg, sparklineText } from '../../src/lib/indicators/charts/sparkline.ts';
import { evenTicks, seriesStyles, trendSpec, type ChartSeries } from '../../src/lib/indicators/charts/trend.ts';
import { textWidth, wrapText } from '../../src/lib/indicators/charts/text-width.ts';

const HOSTILE = 'County <script>alert(1)</script> "><svg onload=alert(1)>';

const main: ChartSeries = {
  name: HOSTILE,
  role: 'main',
  points: [
    { period: '2020/21', area: 'a', value: 22, lower: 21, upper: 23 },
    { period: '2021/22', area: 'a', value: null, note: 'Suppressed' },
    { period: '2022/23', area: 'a', value: 21, lower: 20, upper: 22 },
    { period: '2023/24', area: 'a', value: 20.5, lower: 19.5, upper: 21.5 },
  ],
};
const england: ChartSeries = {
  name: 'England',
  role: 'benchmark',
  points: [
    { period: '2020/21', area: 'E', value: 22.4 },
    { period: '2023/24', area: 'E', value: 22.1 },
  ],
};
const spec = trendSpec({
  unit: 'percent',
  series: [main, england],
  target: { baseline: 22, since: '2020/21', value: 19, by: '2028' },
  yTitle: 'Percentage',
});

describe('trendSpec', () => {
  it('gives each series a palette colour and its own shape and dash', () => {
    const styles = seriesStyles([main, england, { ...england, name: 'Kent', role: 'comparator' }]);
    expect(styles.map((s) => s.colour)).toEqual([COLOURS.darkBlue, COLOURS.darkGrey, COLOURS.turquoise]);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(3);
    expect(new Set(styles.map((s) => JSON.stringify(s.dash))).size).toBe(3);
  });

  it('keeps a null value as null (a gap), never zero', () => {
    const rows = (spec as { data: { values: { period: string; value: number | null }[] } }).data.values;
    expect(rows.find((r) => r.period === '2021/22')?.value).toBeNull();
  });
});

describe('renderChart', () => {
  it('draws a line with a gap where the value is null', async () => {
    const { inline } = await renderChart(spec, 'gap');
    // The main area's line path: a move to 2020/21, then a new move (the gap) to 2022/23.
    const path = /stroke="#12436D" stroke-width="2.5"/.exec(inline) ? inline : '';
    expect(path).toMatch(/<path d="M[\d.,]+(?:Z)?M[\d.,]+L[\d.,]+" stroke="#12436D"/);
  });

  it('marks the target and labels it', async () => {
    const { inline } = await renderChart(spec, 't');
    expect(inline).toContain('>Target: 19% by 2028</text>');
    expect(inline).toContain(`fill="${COLOURS.darkPink}"`);
  });

  it('hides the SVG from assistive technology, drops its size and prefixes its ids', async () => {
    const { inline, width, height } = await renderChart(spec, 'chart-x');
    expect(inline).toMatch(/^<svg[^>]*aria-hidden="true"/);
    expect(inline).not.toMatch(/^<svg[^>]*\swidth=/);
    expect(inline).not.toMatch(/\srole="/);
    expect(width).toBeGreaterThan(500);
    expect(height).toBeGreaterThan(300);
    for (const [, id] of inline.matchAll(/\bid="([^"]+)"/g)) expect(id).toMatch(/^chart-x-/);
  });

  it('escapes authors’ text', async () => {
    const { inline } = await renderChart(spec, 'h');
    expect(inline).not.toContain('<script');
    expect(inline).not.toContain('<svg onload');
    expect(inline).toContain('County &lt;script&gt;');
    const file = await renderChartFile(spec, HOSTILE, HOSTILE);
    expect(file).toContain('<title>County &lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;svg onload');
    expect(file.match(/<svg/g)?.length).toBe(1);
  });

  it('renders the same bytes every time, from scratch', async () => {
    // A fresh copy of the module each time, so that neither render comes from its cache.
    const fresh = async () => {
      vi.resetModules();
      const render: typeof import('../../src/lib/indicators/charts/render.ts') =
        await import('../../src/lib/indicators/charts/render.ts');
      return (await render.renderChart(spec, 'same')).inline;
    };
    const a = await fresh();
    const b = await fresh();
    expect(a).toBe(b);
    expect(a).toBe((await renderChart(spec, 'same')).inline);
  });
});

describe('the narrow layout, for a phone', () => {
  const long: ChartSeries = { ...main, name: 'NHS Kent and Medway Integrated Care Board' };
  const narrow = trendSpec(
    {
      unit: 'per-100k',
      series: [long, england],
      target: { baseline: 22, since: '2020/21', value: 19, by: '2028' },
      yTitle: 'Rate per 100,000',
    },
    'narrow',
  );

  /** Every font size in an SVG. */
  const measure = (svg: string) => {
    const sizes = [...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(5);
    return { sizes };
  };

  it('fits a 290 px column at its own size, so its 13 px text is never scaled down', async () => {
    const { inline, width } = await renderChart(narrow, 'n');
    expect(width).toBeLessThanOrEqual(290);
    expect(Math.min(...measure(inline).sizes)).toBeGreaterThanOrEqual(13);
  });

  it('wraps a long name in the key onto lines, rather than cutting or shrinking it', async () => {
    const { inline } = await renderChart(narrow, 'k');
    expect(inline).toMatch(/<tspan[^>]*>NHS Kent and Medway Integrated<\/tspan><tspan[^>]*>Care Board<\/tspan>/);
    expect(wrapText('NHS Kent and Medway Integrated Care Board', 230, 13)).toEqual([
      'NHS Kent and Medway Integrated',
      'Care Board',
    ]);
  });

  it('thins the period labels to those that fit side by side, keeping the first and last', () => {
    const ticks = ['2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2028'].map(
      (label) => ({
        label,
      }),
    );
    const shown = evenTicks(ticks, 210).map((t) => t.label);
    expect(shown[0]).toBe('2017/18');
    expect(shown.at(-1)).toBe('2028');
    const widest = Math.max(...shown.map((l) => textWidth(l, 13)));
    expect(shown.length * widest + (shown.length - 1) * 12).toBeLessThanOrEqual(210 + 1);
    expect(evenTicks(ticks.slice(0, 2), 210)).toEqual(ticks.slice(0, 2));
  });

  it('puts each area’s name above its bar, and the benchmark’s label on the side with room', async () => {
    const bars = [
      { name: 'Knightsbridge and Belgravia', point: { period: '2023', area: 'k', value: 40 } },
      { name: 'B ward', point: { period: '2023', area: 'b', value: 10 } },
    ];
    const s = areasSpec(
      { unit: 'percent', bars, benchmark: { name: 'England', value: 36 }, xTitle: 'Percentage' },
      'narrow',
    );
    const { inline, width } = await renderChart(s, 'a');
    expect(width).toBeLessThanOrEqual(290);
    expect(inline).toMatch(/<text[^>]*>Knightsbridge and Belgravia<\/text>/);
    // The benchmark is near the right end, so its label sits to the left of its line.
    expect(inline).toMatch(/<text text-anchor="end"[^>]*>England: 36%<\/text>/);
    expect(Math.min(...measure(inline).sizes)).toBeGreaterThanOrEqual(13);
  });
});

describe('areasSpec', () => {
  const bars = [
    { name: 'B ward', point: { period: '2023', area: 'b', value: 10 } },
    { name: 'A ward', point: { period: '2023', area: 'a', value: null, note: 'Suppressed' } },
    { name: 'C ward', point: { period: '2023', area: 'c', value: 30, lower: 28, upper: 32 } },
  ];

  it('sorts highest first, areas without a value last', () => {
    expect(sortBars(bars).map((b) => b.name)).toEqual(['C ward', 'B ward', 'A ward']);
  });

  it('writes "No value" instead of drawing a bar, and labels the benchmark line', async () => {
    const s = areasSpec({ unit: 'percent', bars, benchmark: { name: 'England', value: 20 }, xTitle: 'Percentage' });
    const { inline } = await renderChart(s, 'areas');
    expect(inline).toMatch(/<text[^>]*>No value<\/text>/);
    expect(inline).toMatch(/<text[^>]*>England: 20%<\/text>/);
    // Two bars, not three: the suppressed ward has none.
    expect(inline.match(/<path[^>]*fill="#12436D"/g)?.length).toBe(2);
  });
});

describe('sparkline', () => {
  it('breaks the line at a null value and says so in words', () => {
    const svg = sparklineSvg(main.points);
    expect(svg).toMatch(/d="M[\d.,]+M[\d.,]+L[\d.,]+"/);
    expect(sparklineText(main.points, 'percent')).toBe(
      'From 22% in 2020/21 to 20.5% in 2023/24; lowest 20.5% (2023/24), highest 22% (2020/21); 1 period with no value.',
    );
  });

  it('is empty with no values', () => {
    expect(sparklineSvg([{ period: '2023', area: 'a', value: null, note: 'x' }])).toBe('');
    expect(sparklineText([], 'percent')).toBe('No values yet.');
  });
});

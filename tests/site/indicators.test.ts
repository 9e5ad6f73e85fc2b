/**
 * Indicator pages of the built site: every indicator in the example data has
 * a page whose chart is an SVG in the HTML (labelled wrapper, visible title,
 * summary, data table), whose downloads exist at the sizes it states, whose
 * missing values show as gaps with their note. The hostile build's downloads
 * stay inert. Charts in the browser (live, with tooltips) are charts.test.ts.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/lib/indicators/downloads.ts';
import { buildDir } from '../support/builds.ts';
import { readTags } from '../support/html.ts';

const dir = buildDir('root');
const ids = readdirSync(path.join(process.cwd(), 'data', 'indicators'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const html = (id: string, build = dir) => readFileSync(path.join(build, 'indicators', id, 'index.html'), 'utf8');

describe('every indicator page, as HTML', () => {
  it('exists for every indicator in data/indicators', () => {
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(existsSync(path.join(dir, 'indicators', id, 'index.html')), id).toBe(true);
  });

  it.for(ids)('%s has a labelled SVG chart with a visible title, summary and data table', (id) => {
    const page = html(id);
    const tags = readTags(page);
    const wrapper = tags.find((t) => t.attrs.class === 'app-chart__drawing');
    expect(wrapper, 'chart wrapper').toBeDefined();
    expect(wrapper?.attrs.role).toBe('img');
    expect(wrapper?.attrs['aria-roledescription']).toBe('chart');
    expect(wrapper?.attrs['aria-label']?.length).toBeGreaterThan(10);
    expect(page).toMatch(/<svg[^>]*aria-hidden="true"/);
    // The heading the figure is labelled by, and the summary it is described by, are on the page.
    const figure = tags.find((t) => t.name === 'figure');
    const titleId = figure?.attrs['aria-labelledby'] ?? '';
    expect(tags.some((t) => /^h[23]$/.test(t.name) && t.attrs.id === titleId)).toBe(true);
    expect(tags.some((t) => t.name === 'figcaption' && t.attrs.id === wrapper?.attrs['aria-describedby'])).toBe(true);
    expect(page).toContain('id="trend-values-caption"');
    // The message, and the three judgements each with its key.
    expect(page).toContain('data-headline');
    expect(page).toMatch(/data-benchmark="[a-z-]+"/);
    expect(page).toMatch(/data-trend="[a-z-]+"/);
  });

  it.for(ids)('%s links its CSV, JSON and SVG downloads with their real sizes', (id) => {
    const tags = readTags(html(id));
    const links = tags.filter((t) => t.name === 'a' && t.attrs.download !== undefined);
    const names = links.map((t) => path.posix.basename(t.attrs.href ?? ''));
    expect(names).toEqual(expect.arrayContaining([`${id}.csv`, `${id}.json`, `${id}-trend.svg`]));
    const page = html(id);
    for (const name of names) {
      const file = path.join(dir, 'indicators', id, name);
      expect(existsSync(file), name).toBe(true);
      const type = name.split('.').pop()?.toUpperCase();
      expect(page).toContain(`(${type}, ${formatBytes(readFileSync(file).length)})`);
    }
  });

  it('the CSV has one row per value and the JSON parses back to the series', () => {
    const source = JSON.parse(readFileSync(path.join('data', 'indicators', 'physical-inactivity.json'), 'utf8'));
    const csv = readFileSync(path.join(dir, 'indicators', 'physical-inactivity', 'physical-inactivity.csv'), 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'indicator_id,indicator_title,unit,area_code,area_name,area_type,sex,age,category_type,category,period,period_start,period_end,value,lower_95,upper_95,count,denominator,note,published_trend,published_benchmark',
    );
    expect(lines.length - 1).toBe(source.series.length);
    expect(lines).toContain(
      'physical-inactivity,Physically inactive adults,percent,E54000032,NHS Kent and Medway Integrated Care Board,integrated-care-board,persons,,,,2021/22,2021-04-01,2022-03-31,22.3,21.2,23.5,,,,,',
    );
    const json = JSON.parse(
      readFileSync(path.join(dir, 'indicators', 'physical-inactivity', 'physical-inactivity.json'), 'utf8'),
    );
    expect(json.series.length).toBe(source.series.length);
    expect(json.areas.map((a: { id: string }) => a.id)).toContain('E92000001');
  });

  it('a suppressed value is a gap with its note, never a zero', () => {
    const page = html('children-low-income');
    expect(page).toContain('Suppressed: fewer than 10 children in low income families');
    // The ward table says "No value" for St James's, and the ward chart writes it instead of a bar.
    expect(page).toMatch(/St James(?:&#39;|&#x27;|')s<\/th>\s*<td[^>]*>2022\/23<\/td>\s*<td[^>]*>No value<\/td>/);
    expect(page).toMatch(/<text[^>]*>No value<\/text>/);
    expect(page).not.toMatch(/St James(?:&#39;|&#x27;|')s<\/th>\s*<td[^>]*>2022\/23<\/td>\s*<td[^>]*>0%/);
  });

  it('ward breakdowns get a sorted bar chart with the benchmark line, and its table', () => {
    const page = html('children-low-income');
    expect(page).toContain('id="areas-title"');
    expect(page).toContain('id="area-values-caption"');
    expect(page).toMatch(/<text[^>]*>England: 19.9%<\/text>/);
  });

  it('draws the target and names it in the summary', () => {
    const page = html('physical-inactivity');
    expect(page).toMatch(/<text[^>]*>Target: 20% by 2028<\/text>/);
    expect(page).toContain('The diamond marks the target of 20% by 2028');
    expect(page).toContain('data-progress="on-track"');
  });
});

describe('the hostile build', () => {
  const hostile = buildDir('hostile');
  it('escapes authors’ text in chart SVGs and downloads', () => {
    const folder = path.join(hostile, 'indicators', 'hostile-inactivity');
    // Every file; the pages for each area (areas/) are HTML, which escaping.test.ts checks in a browser.
    const files = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile());
    for (const { name } of files) {
      const text = readFileSync(path.join(folder, name), 'utf8');
      // The payloads may appear as text (escaped), never as markup. (Pages are checked by escaping.test.ts.)
      if (name.endsWith('.svg')) expect(text, name).not.toMatch(/<script|<img|<svg onload/i);
    }
    const csv = readFileSync(path.join(folder, 'hostile-inactivity.csv'), 'utf8');
    expect(csv).toContain('"Point <script>alert(1)</script>');
  });
});

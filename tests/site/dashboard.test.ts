/**
 * Dashboards of the built site: one for the current version of each strategy
 * and one for every version; the example strategies' targets carry the
 * progress words worked out by hand below, the counts at the top agree
 * with the rows, and the cards shown on narrow screens say what the table
 * rows say.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDir } from '../support/builds.ts';

const dir = buildDir('root');
const page = (...parts: string[]) =>
  readFileSync(path.join(dir, 'strategies', ...parts, 'dashboard', 'index.html'), 'utf8');

/** The table rows of a dashboard, each up to its end tag. */
function tableRows(html: string): string[] {
  return html
    .split('<tr class="govuk-table__row" data-indicator=')
    .slice(1)
    .map((row) => row.slice(0, row.indexOf('</tr>')));
}

/** The progress key of each target row, in page order: "indicator=key". */
function targets(html: string): string[] {
  const rows = tableRows(html);
  return rows
    .filter((row) => row.includes('data-kind="target"'))
    .map((row) => `${/^"([^"]+)"/.exec(row)?.[1]}=${/data-progress="([^"]+)"/.exec(row)?.[1]}`);
}

describe('dashboards', () => {
  it('exist for the current version and for every version', () => {
    for (const parts of [
      ['kent-medway-integrated-care'],
      ['kent-medway-integrated-care', '7.1'],
      ['kent-medway-integrated-care', '8.0'],
      ['westminster-outcomes-framework'],
      ['westminster-outcomes-framework', '1.0'],
      ['kensington-chelsea-joint-strategy'],
      ['kensington-chelsea-joint-strategy', '1.0'],
    ]) {
      expect(existsSync(path.join(dir, 'strategies', ...parts, 'dashboard', 'index.html')), parts.join('/')).toBe(true);
    }
  });

  it('show the adopted Kent and Medway targets with the right progress words', () => {
    // Worked by hand, e.g. physical inactivity: trajectory in 2023/24 is
    // 22.3 - 2.3 x (2 / 6.75) = 21.62; the latest 21.4% is below it, so on track.
    // Overweight: 64.6% is worse than the 64.1% baseline. Reablement: 86.2% is past the 85% target.
    // The child obesity gap between the most and least deprived tenths: 15.2 points in 2017/18,
    // 44.6 - 27.8 = 16.8 in 2023/24, wider, so not improving.
    expect(targets(page('kent-medway-integrated-care'))).toEqual([
      'child-obesity-year-6=not-improving',
      'loneliness-often-always=not-improving',
      'smh-employment=on-track',
      'physical-inactivity=on-track',
      'overweight-obesity-adults=not-improving',
      'alcohol-admissions=on-track',
      'gp-appointment-experience=behind',
      'carer-satisfaction=behind',
      'reablement-91-days=achieved',
    ]);
  });

  it('show the targets a draft proposed: the 7.1 draft asked for 18% inactivity, which is behind', () => {
    const t = targets(page('kent-medway-integrated-care', '7.1'));
    expect(t).toContain('physical-inactivity=behind');
    expect(t).toContain('average-income-vs-england=not-improving');
    expect(page('kent-medway-integrated-care', '7.1')).toContain('These are the targets this version proposed.');
  });

  it('count the targets at the top as the rows say', () => {
    const html = page('westminster-outcomes-framework');
    const keys = targets(html).map((t) => t.split('=')[1]);
    expect(keys).toEqual(['behind', 'on-track', 'on-track', 'achieved', 'achieved', 'behind', 'achieved']);
    expect(html).toContain('Targets: 3 achieved, 2 on track, 2 behind.');
    expect(html).toMatch(/data-count="achieved"[\s\S]*?<strong>3<\/strong>/);
  });

  it('give every row a word for benchmark and trend, and a sparkline with a text alternative', () => {
    const html = page('westminster-outcomes-framework');
    const rows = tableRows(html);
    expect(rows.length).toBe(36);
    for (const row of rows) {
      expect(row).toMatch(/data-benchmark="[a-z-]+"/);
      expect(row).toMatch(/data-trend="[a-z-]+"/);
      expect(row).toMatch(/<svg class="app-sparkline"[^>]*aria-hidden="true"/);
      expect(row).toMatch(/<span class="govuk-visually-hidden">From [^<]+ in [^<]+ to /);
    }
  });

  it('draw each row again as a card, for narrow screens, with the same judgements', () => {
    const html = page('kent-medway-integrated-care');
    const cards = html
      .split('<li class="govuk-summary-card app-dashboard-card" data-indicator=')
      .slice(1)
      .map((card) => card.slice(0, card.indexOf('</li>')));
    const keys = (part: string) =>
      [
        /^"([^"]+)"/.exec(part)?.[1],
        /data-kind="([^"]+)"/.exec(part)?.[1],
        ...['progress', 'benchmark', 'trend'].map((j) => new RegExp(`data-${j}="([^"]+)"`).exec(part)?.[1] ?? '-'),
      ].join(' ');
    expect(cards.length).toBeGreaterThan(10);
    expect(cards.map(keys)).toEqual(tableRows(html).map(keys));
    // The table is left out of the search index, so that each measure is found once.
    expect(html).toContain('<div class="app-dashboard-table" data-pagefind-ignore>');
  });

  it('list measures without inventing progress when a version sets no targets', () => {
    const html = page('kensington-chelsea-joint-strategy');
    expect(html).toMatch(/0 targets and \d+ other measures\./);
    expect(html).not.toContain('data-progress=');
    expect(html).toContain('data-kind="measure"');
  });
});

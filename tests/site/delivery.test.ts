/**
 * The delivery pages of the example board (Leicester) in the `root` build,
 * read in Chromium with JavaScript off: the latest report leads with counts
 * and points for escalation, shows every field of the monitoring template for
 * every project, links KPIs to their indicators, and offers its CSV; the
 * history table gives each project's rating in each period as a word and a
 * shape; earlier reports keep their own pages. No page runs a script.
 * (axe runs over these pages with every other page in axe.test.ts.)
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTags, runsScripts } from '../support/html.ts';
import { buildDir } from '../support/builds.ts';
import { useSitePage } from '../support/site-page.ts';

const dir = buildDir('root');
const BASE = '/strategies/leicester-health-care-wellbeing/delivery/';
const PERIODS = ['2024-Q3', '2024-Q4', '2025-Q1'];
const PAGES = [BASE, `${BASE}history/`, ...PERIODS.map((p) => `${BASE}${p}/`)];

const site = useSitePage('root', { javaScript: false });
const open = (url: string): Promise<void> => site.open(url);

const html = (url: string) => readFileSync(path.join(dir, url, 'index.html'), 'utf8');

describe('delivery pages', () => {
  it('are built for the latest report, the history and every period, and run no script', () => {
    for (const url of PAGES) expect(runsScripts(readTags(html(url))), url).toBe(false);
  });

  it('lead with the counts by rating and the points for escalation, before the workstreams', async () => {
    await open(BASE);
    expect(await site.page.locator('h1').textContent()).toBe('Delivery progress');
    const counts = await site.page
      .locator('[data-rag-counts] [data-count]')
      .evaluateAll((rows) =>
        rows.map((r) => `${r.getAttribute('data-count')}: ${(r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()}`),
      );
    expect(counts.map((c) => c.split(' projects')[0])).toEqual([
      'red: Red 0',
      'amber: Amber 4',
      'green: Green 9',
      'complete: Complete 2',
      'not-started: Not started 0',
    ]);
    const headings = await site.page.locator('main h2').allTextContents();
    expect(headings.slice(0, 3)).toEqual(['Ratings', 'Points for escalation', 'What changed since 2024 Q4']);
    expect(headings.slice(-3)).toEqual([
      'Childhood immunisations',
      'Healthy weight',
      'Mental health, social inclusion and supportive networks',
    ]);
    expect(await site.page.locator('[data-escalation-workstream]').count()).toBe(1);
    expect(await site.page.locator('[data-illustrative]').count()).toBe(1);
  });

  it('show every field of the monitoring template for each project', async () => {
    await open(BASE);
    const projects = site.page.locator('section[data-project]');
    expect(await projects.count()).toBe(15);
    const mmr = site.page.locator('section[data-project="babies-and-pre-school"]');
    const keys = await mmr.locator('.govuk-summary-list__key').allTextContents();
    for (const key of [
      'What it is',
      'What it does',
      'Update',
      'Next steps',
      'PLUS group: severe mental illness',
      'PLUS group: learning disability',
      'PLUS group: homelessness',
      'Risks and mitigations',
      'Responsible group',
    ]) {
      expect(keys.map((k) => k.trim())).toContain(key);
    }
    expect(await mmr.locator('[data-rag]').first().getAttribute('data-rag')).toBe('amber');
    // The KPI table: value and target in words, the indicator linked.
    const row = mmr.locator('tr[data-kpi="mmr-two-doses"]');
    expect((await row.textContent())?.replace(/\s+/g, ' ')).toMatch(/71%.*95%.*World Health Organization/);
    expect(await row.locator('a[data-indicator="mmr-two-doses"]').getAttribute('href')).toBe(
      '/indicators/mmr-two-doses/',
    );
    // The workstream's objective, rationale, governance and outcomes.
    const workstream = site.page.locator(
      'section[data-workstream="childhood-immunisations"] > dl .govuk-summary-list__key',
    );
    expect((await workstream.allTextContents()).map((k) => k.trim())).toEqual([
      'Objective',
      'Why it matters',
      'Governance',
      'Outcomes',
    ]);
  });

  it('give every rating a word and a shape, never colour alone', async () => {
    await open(`${BASE}history/`);
    const tags = site.page.locator('[data-rag]');
    expect(await tags.count()).toBeGreaterThan(40);
    const bare = await tags.evaluateAll(
      (els) => els.filter((el) => !el.querySelector('svg[aria-hidden="true"]') || !el.textContent?.trim()).length,
    );
    expect(bare).toBe(0);
  });

  it('have a history table of each project by period, with a word in every cell', async () => {
    await open(`${BASE}history/`);
    const table = site.page.locator('table[data-history]');
    expect(await table.locator('thead th').allTextContents()).toEqual(['Project', '2024 Q3', '2024 Q4', '2025 Q1']);
    const row = table.locator('tr[data-project="healthy-weight-declaration"] td');
    expect((await row.allTextContents()).map((t) => t.trim())).toEqual(['Not started', 'Amber', 'Amber']);
    expect(await table.locator('tr[data-project]').count()).toBe(15);
    expect(await site.page.locator('h3[id^="changes-"]').allTextContents()).toEqual([
      '2025 Q1, compared with 2024 Q4',
      '2024 Q4, compared with 2024 Q3',
    ]);
  });

  it('keep earlier reports readable, saying they are not the latest', async () => {
    await open(`${BASE}2024-Q3/`);
    expect(await site.page.locator('h1').textContent()).toBe('Delivery report: July to September 2024');
    expect(await site.page.locator('[data-not-latest]').count()).toBe(1);
    // The first report has nothing to compare with.
    expect(await site.page.locator('#changes').count()).toBe(0);
    expect(await site.page.locator('[data-escalation-workstream]').count()).toBe(2);
  });

  it('offer each report as a CSV, linked from its page', () => {
    for (const p of PERIODS) {
      const name = `leicester-health-care-wellbeing-delivery-${p}.csv`;
      const file = path.join(dir, BASE, p, name);
      expect(existsSync(file), file).toBe(true);
      const csv = readFileSync(file, 'utf8');
      expect(csv.startsWith('record,period,period_start,period_end,workstream_id')).toBe(true);
      expect(csv.split('\r\n').filter((l) => l.startsWith('project,')).length).toBe(15);
      expect(html(`${BASE}${p}/`)).toContain(`href="${BASE}${p}/${name}"`);
    }
  });
});

/**
 * Every page on a phone, at 320 px (the width WCAG 1.4.10 reflow asks for)
 * and 390 px, in the root build and under /health/: the page never scrolls
 * sideways; every judgement shown (data-progress, data-benchmark,
 * data-trend) lies within the screen, not in the part of a table scrolled
 * out of view; chart text renders at 12 px or more. And on a wide screen
 * (1280 px) no dashboard table is clipped. The readings are
 * tests/support/phone.ts's, which `npm run screenshots` prints too.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PagePool } from '../support/browser.ts';
import { BUILDS, buildDir, type BuildName } from '../support/builds.ts';
import { listPages } from '../support/files.ts';
import { pageKind } from '../support/kinds.ts';
import { MIN_CHART_TEXT_PX, PHONE_HEIGHT, PHONE_WIDTHS, readPhone } from '../support/phone.ts';
import { serveBuild, type StaticServer } from '../support/server.ts';

const NAMES = ['root', 'health'] as const satisfies readonly BuildName[];
/** Pages measured at once; vitest's maxConcurrency for the site project matches. */
const CONCURRENCY = 2;

let browser: Browser | undefined;
let pool: PagePool | undefined;
const servers: Partial<Record<BuildName, StaticServer>> = {};

beforeAll(async () => {
  for (const name of NAMES) servers[name] = await serveBuild(buildDir(name), BUILDS[name].base);
  browser = await launchBrowser();
  pool = new PagePool(browser, CONCURRENCY);
});

afterAll(async () => {
  await pool?.close();
  await browser?.close();
  for (const name of NAMES) await servers[name]?.close();
});

function origin(name: BuildName): string {
  const server = servers[name];
  if (!server) throw new Error('the server did not start');
  return server.origin;
}

for (const name of NAMES) {
  const pages = listPages(buildDir(name), BUILDS[name].base).map((page) => ({
    ...page,
    kind: pageKind(page.url, BUILDS[name].base),
  }));

  describe.concurrent(`on a phone (${name})`, () => {
    it('covers every kind of page', () => {
      const kinds = new Set(pages.map((page) => page.kind));
      for (const kind of [
        'home',
        'strategy (current version)',
        'strategy version (reading)',
        'compare',
        'dashboard',
        'delivery',
        'indicator',
        'methodology',
        'updates',
        'update',
        'search',
        'accessibility',
        'not found',
      ] as const) {
        expect(kinds, kind).toContain(kind);
      }
    });

    it.for(pages)('$url ($kind)', async ({ url }, { expect }) => {
      if (!pool) throw new Error('the browser did not start');
      const problems = await pool.use(async (page) => {
        const found: string[] = [];
        for (const width of PHONE_WIDTHS) {
          await page.setViewportSize({ width, height: PHONE_HEIGHT });
          const response = await page.goto(`${origin(name)}${url}`, { waitUntil: 'load' });
          // The 404 page is served as a file of its own here, with 200.
          if (response?.status() !== 200) throw new Error(`${url} was served with ${String(response?.status())}`);
          const reading = await readPhone(page);
          if (reading.scrollWidth > reading.width) {
            found.push(
              `${width} px: the page scrolls sideways (${reading.scrollWidth} px wide): ${reading.widest.join('; ')}`,
            );
          }
          for (const off of reading.judgementsOff) found.push(`${width} px: judgement off screen: ${off}`);
          for (const small of reading.smallChartTexts) {
            found.push(`${width} px: chart text below ${MIN_CHART_TEXT_PX} px: ${small}`);
          }
        }
        return found;
      });
      expect(problems).toEqual([]);
    });
  });
}

describe('on a wide screen (root)', () => {
  const dashboards = listPages(buildDir('root'), BUILDS.root.base).filter(
    (page) => pageKind(page.url, BUILDS.root.base) === 'dashboard',
  );

  it.for(dashboards)('$url: every table column fits at 1280 px', async ({ url, file }, { expect }) => {
    if (!pool) throw new Error('the browser did not start');
    const { tables, clipped } = await pool.use(async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${origin('root')}${url}`, { waitUntil: 'load' });
      return page.evaluate(() => {
        const shown = Array.from(document.querySelectorAll<HTMLElement>('.app-table-wrapper')).filter(
          (wrapper) => wrapper.getClientRects().length > 0,
        );
        return {
          tables: shown.filter((wrapper) => wrapper.querySelector('table.app-dashboard')).length,
          clipped: shown
            .filter((wrapper) => wrapper.scrollWidth > wrapper.clientWidth)
            .map((w) => `${w.getAttribute('aria-labelledby') ?? ''}: ${w.scrollWidth} > ${w.clientWidth}`),
        };
      });
    });
    // A dashboard with measures shows them as tables on a wide screen, not as cards.
    const cards = readFileSync(path.join(buildDir('root'), file), 'utf8').includes('app-dashboard-card');
    expect(tables > 0).toBe(cards);
    expect(clipped).toEqual([]);
  });
});

/**
 * Charts in the browser (src/scripts/charts.ts, charts-live.ts). A chart is
 * complete as HTML; Vega loads only when the reader asks, with the "Show
 * values on the chart" button (click, Enter or Space) or a tap or click on
 * the chart itself, never on load, on scrolling, on pointing or on a scroll
 * that starts on the chart. Live, a tap or the mouse shows a mark's values,
 * as text even when they carry markup; the drawing stays hidden from
 * assistive technology, and axe passes. On a phone the live chart is drawn
 * from the narrow layout, as the static one is. Without JavaScript there is
 * no button.
 */

import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockSiteScripts, launchBrowser } from '../support/browser.ts';
import { BUILDS, buildDir } from '../support/builds.ts';
import { serveBuild, type StaticServer } from '../support/server.ts';

const TREND = '/indicators/physical-inactivity/';
const MAIN_AREA = 'NHS Kent and Medway Integrated Care Board';
/** The chunk that carries Vega, and the compiled specs it fetches. */
const VEGA = /\/_astro\/charts-live\.[\w-]+\.js$|\.vg\.json$/;
const DESKTOP: BrowserContextOptions = { viewport: { width: 1000, height: 900 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true };
const BUTTON = /^Show values on the chart/;

let browser: Browser | undefined;
let root: StaticServer | undefined;
let hostile: StaticServer | undefined;

beforeAll(async () => {
  root = await serveBuild(buildDir('root'), BUILDS.root.base);
  hostile = await serveBuild(buildDir('hostile'), BUILDS.hostile.base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await root?.close();
  await hostile?.close();
});

interface Opened {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Paths of every request the page made. */
  readonly loaded: string[];
}

/** A page of a served build in a context of its own, recording what it loads. Close `context` when done. */
async function open(url: string, options: BrowserContextOptions, server = root, scripts = true): Promise<Opened> {
  if (!browser || !server) throw new Error('the browser or the server did not start');
  const context = await browser.newContext(options);
  const page = await context.newPage();
  if (!scripts) await blockSiteScripts(page, server.origin);
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`${server.origin}${url}`, { waitUntil: 'networkidle' });
  return { context, page, loaded };
}

/**
 * The centre, in the viewport, of the live mark whose values include
 * `values` (for example { Period: '2022/23' }), scrolled into view. Vega's
 * SVG renderer keeps each element's item, with the values it shows, in
 * `__data__`.
 */
async function markCentre(
  page: Page,
  chart: number,
  values: Record<string, string>,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    async ([chart, values]) => {
      const svg = document.querySelectorAll('figure[data-live] .app-chart__drawing svg')[chart];
      for (const element of Array.from(svg?.querySelectorAll('path') ?? [])) {
        const shown = (element as Element & { __data__?: { tooltip?: Record<string, string> } }).__data__?.tooltip;
        if (shown && Object.entries(values).every(([key, value]) => shown[key] === value)) {
          element.scrollIntoView({ block: 'center' });
          // The scroll event comes a frame later, and hides any values showing: let it pass first.
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const box = element.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }
      }
      throw new Error(`no mark shows ${JSON.stringify(values)}`);
    },
    [chart, values] as const,
  );
}

/** Moves the mouse onto the live mark whose values include `values`. */
async function pointAt(page: Page, chart: number, values: Record<string, string>): Promise<void> {
  const { x, y } = await markCentre(page, chart, values);
  await page.mouse.move(x, y);
}

/** The tooltip as the reader sees it, one "key: value" a row; '' when it is not showing. */
async function tooltip(page: Page): Promise<string> {
  const element = page.locator('#app-chart-tooltip');
  if (!(await element.isVisible())) return '';
  return element.evaluate((tip) =>
    Array.from(tip.querySelectorAll('tr'))
      .map((row) => Array.from(row.cells, (cell) => cell.textContent).join(': '))
      .join('; '),
  );
}

/** Presses the first "Show values" button left on the page, and waits for its chart to go live. */
async function goLiveWith(page: Page, how: 'click' | 'Enter' | 'Space'): Promise<void> {
  const live = await page.locator('figure[data-live]').count();
  const button = page.getByRole('button', { name: BUTTON }).first();
  if (how === 'click') await button.click();
  else {
    await button.focus();
    await page.keyboard.press(how);
  }
  await page.waitForFunction((n) => document.querySelectorAll('figure[data-live]').length > n, live, {
    timeout: 30_000,
  });
}

describe('live charts', () => {
  it('load no Vega on load, in view, under the pointer, or when a touch scroll starts on the chart', async () => {
    const desktop = await open(TREND, DESKTOP);
    try {
      const drawing = desktop.page.locator('.app-chart__drawing').first();
      await drawing.scrollIntoViewIfNeeded();
      await drawing.hover();
      await desktop.page.mouse.move(10, 10);
      await desktop.page.waitForTimeout(300);
      expect(desktop.loaded.filter((url) => VEGA.test(url))).toEqual([]);
      expect(await desktop.page.locator('figure[data-live]').count()).toBe(0);
    } finally {
      await desktop.context.close();
    }

    const phone = await open(TREND, PHONE);
    try {
      const drawing = phone.page.locator('.app-chart__drawing').first();
      await drawing.scrollIntoViewIfNeeded();
      const box = await drawing.boundingBox();
      if (!box) throw new Error('the chart has no box');
      const before = await phone.page.evaluate(() => window.scrollY);
      // A touch scroll: finger down on the chart, moving up the screen, then lifted.
      const cdp = await phone.context.newCDPSession(phone.page);
      const x = Math.round(box.x + box.width / 2);
      const y = Math.round(box.y + box.height / 2);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let step = 1; step <= 10; step++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - step * 20 }] });
        await phone.page.waitForTimeout(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await phone.page.waitForTimeout(300);
      expect(await phone.page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
      expect(phone.loaded.filter((url) => VEGA.test(url))).toEqual([]);
      expect(await phone.page.locator('figure[data-live]').count()).toBe(0);
    } finally {
      await phone.context.close();
    }
  });

  it.for(['click', 'Enter', 'Space'] as const)('go live from the button (%s)', async (how) => {
    const { context, page, loaded } = await open(TREND, DESKTOP);
    try {
      // One button a chart, named for its chart.
      const button = page.getByRole('button', { name: BUTTON });
      expect(await button.count()).toBe(1);
      expect(await button.textContent()).toContain('Physically inactive adults');
      await goLiveWith(page, how);
      expect(loaded.filter((url) => VEGA.test(url))).toEqual([
        expect.stringMatching(/\/_astro\/charts-live\./),
        '/indicators/physical-inactivity/physical-inactivity-trend.vg.json',
      ]);
      // The button has done its work; focus moves to the line that says what to do now.
      expect(await page.getByRole('button', { name: BUTTON }).count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Point at or tap the chart to see its values.',
      );
      // The live drawing is hidden from assistive technology; the wrapper keeps its role and label.
      const drawing = page.locator('figure[data-live] .app-chart__drawing');
      expect(await drawing.getAttribute('role')).toBe('img');
      expect(await drawing.getAttribute('aria-label')).toContain('Physically inactive adults');
      expect(await drawing.locator('svg').getAttribute('aria-hidden')).toBe('true');
    } finally {
      await context.close();
    }
  });

  it('on a phone: a tap on the chart makes it live and shows the nearest values; a tap on a point shows its own', async () => {
    const { context, page, loaded } = await open(TREND, PHONE);
    try {
      const drawing = page.locator('.app-chart__drawing').first();
      await drawing.scrollIntoViewIfNeeded();
      const box = await drawing.boundingBox();
      if (!box) throw new Error('the chart has no box');
      // Among the lines, two fifths down the drawing.
      await drawing.tap({ position: { x: box.width * 0.5, y: box.height * 0.4 } });
      await page.locator('figure[data-live]').waitFor({ timeout: 30_000 });
      // The layout drawn for a phone, whose text stays 13 px on its screen.
      expect(loaded).toContain('/indicators/physical-inactivity/physical-inactivity-trend-narrow.vg.json');
      expect(await tooltip(page)).toMatch(/^Area: .+; Period: \d{4}\/\d{2}; Value: [\d.]+%$/);

      const point = await markCentre(page, 0, { Area: MAIN_AREA, Period: '2022/23' });
      await page.touchscreen.tap(point.x, point.y);
      expect(await tooltip(page)).toBe(`Area: ${MAIN_AREA}; Period: 2022/23; Value: 21.8%`);
      // A tap away from the chart hides it.
      const heading = await page.locator('h1').boundingBox();
      await page.touchscreen.tap((heading?.x ?? 0) + 5, (heading?.y ?? 0) + 5);
      expect(await tooltip(page)).toBe('');
    } finally {
      await context.close();
    }
  });

  it('with a mouse: a point shows its values, Escape hides them, a bar shows its own; axe passes, live', async () => {
    const { context, page } = await open('/indicators/children-low-income/', DESKTOP);
    try {
      await goLiveWith(page, 'click');
      await pointAt(page, 0, { Area: 'Westminster', Period: '2019/20' });
      expect(await tooltip(page)).toBe('Area: Westminster; Period: 2019/20; Value: 18.1%');
      await page.keyboard.press('Escape');
      expect(await tooltip(page)).toBe('');

      // The ward chart: its button is the one left.
      await goLiveWith(page, 'click');
      await pointAt(page, 1, { Area: 'Church Street' });
      expect(await tooltip(page)).toBe('Area: Church Street; Value: 41.2%');

      // WCAG 2.2 AA with both charts live and values showing.
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    } finally {
      await context.close();
    }
  });

  it('without JavaScript: no button, and the static chart, its summary and its table are all there', async () => {
    const { context, page, loaded } = await open(TREND, DESKTOP, root, false);
    try {
      expect(await page.getByRole('button').count()).toBe(0);
      expect(loaded.filter((url) => VEGA.test(url))).toEqual([]);
      const drawing = page.locator('figure[data-chart] .app-chart__drawing');
      expect(await drawing.getAttribute('role')).toBe('img');
      // Two layouts of the chart, wide and narrow (one shown per screen width), each hidden from assistive technology and marking the target once.
      const svgs = drawing.locator('svg');
      expect(await svgs.evaluateAll((all) => all.map((svg) => svg.getAttribute('aria-hidden')))).toEqual([
        'true',
        'true',
      ]);
      for (const layout of ['wide', 'narrow']) {
        const target = drawing.locator(`.app-chart__layout--${layout} svg text`, { hasText: 'Target: 20% by 2028' });
        expect(await target.count(), layout).toBe(1);
      }
      expect(await drawing.locator('.app-chart__layout--wide').isVisible()).toBe(true);
      expect(await drawing.locator('.app-chart__layout--narrow').isVisible()).toBe(false);
      expect(await page.locator('figure[data-chart] figcaption').textContent()).toContain(
        'The diamond marks the target',
      );
      expect(await page.locator('#trend-values-caption').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('show authors’ markup in values as text, and run none of it (hostile build)', async () => {
    const { context, page } = await open('/indicators/hostile-inactivity/', DESKTOP, hostile);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await goLiveWith(page, 'click');
      const area =
        'County <script>alert(1)</script> <img src=x onerror=alert(1)> "><svg onload=alert(1)> </script><script>alert(2)</script>';
      await pointAt(page, 0, { Area: area, Period: '2022/23' });
      expect(await tooltip(page)).toBe(`Area: ${area}; Period: 2022/23; Value: 21.8%`);
      expect(
        await page
          .locator('#app-chart-tooltip')
          .evaluate((tip) => tip.querySelectorAll('*:not(table, tbody, tr, td)').length),
      ).toBe(0);
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

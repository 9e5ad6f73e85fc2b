/**
 * The consultation loop closed, on the `root` build: what Kent and Medway
 * heard about draft 7.1 (content/.../7.1/consultation.yaml), its page, the
 * compare page from 7.1 to 8.0 joined to it, and the pages that announce it.
 * Read as a visitor without JavaScript reads it (the pages ship none), on a
 * desktop and on a 320 px phone.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockSiteScripts, launchBrowser } from '../support/browser.ts';
import { BUILDS, buildDir } from '../support/builds.ts';
import { readTags, runsScripts } from '../support/html.ts';
import { serveBuild, type StaticServer } from '../support/server.ts';
import { useSitePage } from '../support/site-page.ts';

const KENT = '/strategies/kent-medway-integrated-care/';
const PAGE = `${KENT}consultation/7.1/`;
const COMPARE = `${KENT}compare/7.1/8.0/`;
const OUTCOMES = ['changed', 'partly-changed', 'not-changed', 'already-covered'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const dir = buildDir('root');
const html = (url: string) => readFileSync(path.join(dir, url, 'index.html'), 'utf8');

const site = useSitePage('root', { javaScript: false });
const open = (url: string): Promise<void> => site.open(url);

describe('the consultation page', () => {
  it('ships no script: it is complete as HTML', () => {
    expect(runsScripts(readTags(html(PAGE)))).toBe(false);
  });

  it('says that its counts, themes and quotes are illustrative, before any of them', async () => {
    await open(PAGE);
    const warning = site.page.locator('[data-illustrative]');
    expect(await warning.count()).toBe(1);
    expect(await warning.textContent()).toMatch(
      /Warning\s*Illustrative: the counts, themes and quotes on this page were made up/,
    );
    const before = await warning.evaluate((w) => {
      const table = document.querySelector('table');
      return table !== null && (w.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(before).toBe(true);
  });

  it('counts the responses by channel, with their total', async () => {
    await open(PAGE);
    expect(await site.page.locator('h1').textContent()).toBe('What you told us about version 7.1, and what we did');
    const table = site.page.getByRole('table', { name: /Responses to the consultation on version 7.1/ });
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent?.trim())));
    expect(rows.at(-1)).toEqual(['Total', '663']);
    expect(rows.slice(0, -1).reduce((n, [, count]) => n + Number(count), 0)).toBe(663);
  });

  it('shows each theme with its outcome as a word and a shape, in data-outcome', async () => {
    await open(PAGE);
    const themes = site.page.locator('section.app-theme');
    expect(await themes.count()).toBe(11);
    const outcomes = await themes.evaluateAll((sections) =>
      sections.map((section) => {
        const tag = section.querySelector('[data-outcome]');
        return {
          id: section.id,
          outcome: tag?.getAttribute('data-outcome'),
          word: tag?.textContent,
          shape: tag?.querySelector('svg[aria-hidden="true"]') !== null,
        };
      }),
    );
    for (const o of outcomes) {
      expect(OUTCOMES, o.id).toContain(o.outcome);
      expect(o.shape, o.id).toBe(true);
    }
    expect(outcomes.find((o) => o.id === 'theme-alcohol-target')).toMatchObject({
      outcome: 'changed',
      word: 'Changed',
    });
    expect(outcomes.find((o) => o.id === 'theme-fewer-outcomes')).toMatchObject({ outcome: 'not-changed' });
    // The summary counts the same themes.
    const counts = await site.page
      .locator('[data-outcome-count]')
      .evaluateAll((items) => items.map((li) => [li.getAttribute('data-outcome-count'), li.textContent?.trim()]));
    expect(counts).toEqual([
      ['changed', 'Changed 7 themes'],
      ['partly-changed', 'Partly changed 2 themes'],
      ['not-changed', 'Not changed 1 theme'],
      ['already-covered', 'Already covered 1 theme'],
    ]);
  });

  it('links each change to its place in version 8.0 and on the compare page, and the links land there', async () => {
    await open(PAGE);
    const theme = site.page.locator('#theme-alcohol-target');
    const inVersion = theme.getByRole('link', {
      name: /^Target for hospital admissions caused by alcohol: 395 per 100,000 by 2028/,
    });
    const onCompare = theme.getByRole('link', { name: /^see what changed/ });
    expect(await inVersion.getAttribute('href')).toBe(`${KENT}8.0/#healthy-living-target-alcohol-admissions`);
    expect(await onCompare.getAttribute('href')).toBe(`${COMPARE}#target-alcohol-admissions`);
    await onCompare.click();
    expect(site.page.url()).toBe(`${site.origin}${COMPARE}#target-alcohol-admissions`);
    expect(await site.page.locator('#target-alcohol-admissions').textContent()).toContain('395 per 100,000');
    await open(PAGE);
    await inVersion.click();
    expect(await site.page.locator('#healthy-living-target-alcohol-admissions').textContent()).toContain(
      'By 2028, hospital admissions caused by alcohol will have fallen from 418.7 per 100,000 people to 395 per 100,000.',
    );
  });
});

describe('the compare page from 7.1 to 8.0', () => {
  it('says "Changed after consultation:" beside each change a theme names, with data-theme, linking to the theme', async () => {
    await open(COMPARE);
    const notes = await site.page.locator('main [data-theme]').evaluateAll((els) =>
      els.map((el) => ({
        theme: el.getAttribute('data-theme'),
        text: el.textContent,
        href: el.querySelector('a')?.getAttribute('href'),
        after: el.previousElementSibling?.id,
      })),
    );
    for (const note of notes) {
      expect(note.text).toMatch(/^Changed after consultation: /);
      expect(note.href).toBe(`${PAGE}#theme-${note.theme}`);
    }
    // Every changed or partly changed theme is shown at least once; the others never.
    expect([...new Set(notes.map((n) => n.theme))].sort()).toEqual([
      'alcohol-target',
      'carers-deadline',
      'inactivity-target',
      'measures-to-be-added',
      'mental-health-work',
      'plain-words',
      'reablement-target',
      'who-delivers',
      'work-with-families',
    ]);
    // A target's theme sits right after the target it changed.
    expect(notes.find((n) => n.theme === 'alcohol-target')?.after).toBe('target-alcohol-admissions');
    // Each theme the compare page links to is on the consultation page.
    const ids = new Set([...html(PAGE).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    for (const note of notes) expect(ids.has(`theme-${note.theme}`), note.theme ?? '').toBe(true);
  });

  it('counts the themes by outcome in its summary', async () => {
    await open(COMPARE);
    const summary = site.page.locator('[data-summary="consultation"]');
    expect(
      await summary.locator('[data-outcome]').evaluateAll((els) => els.map((el) => el.getAttribute('data-outcome'))),
    ).toEqual(OUTCOMES);
    expect(await summary.getByRole('link').getAttribute('href')).toBe(PAGE);
  });

  it('shows the same themes on the full text with changes marked', async () => {
    await open(`${COMPARE}full/`);
    const themes = await site.page
      .locator('main [data-theme]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-theme')));
    expect(new Set(themes).size).toBe(9);
  });
});

describe('pages that announce the outcome', () => {
  it('the strategy page: the consultation concluded, with a link to what you told us', async () => {
    await open(KENT);
    expect(await site.page.locator('[data-consultation="concluded"]').textContent()).toContain(
      'The consultation ran from 18 October 2023 to 17 November 2023.',
    );
    const links = site.page.getByRole('link', { name: /what you told us/i });
    expect(await links.evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))])).toEqual([PAGE]);
  });

  it('the version consulted on and the version it changed', async () => {
    for (const [version, sentence] of [
      ['7.1', 'We asked people what they thought of this version.'],
      ['8.0', 'We changed this version after the consultation on version 7.1.'],
    ] as const) {
      await open(`${KENT}${version}/`);
      const notice = site.page.locator('[data-outcome-notice="7.1"]');
      expect(await notice.textContent(), version).toContain(sentence);
      expect(await notice.getByRole('link').getAttribute('href')).toBe(PAGE);
    }
  });

  it('the updates page and the feed', () => {
    expect(html('/updates/')).toContain(`href="${PAGE}"`);
    const feed = readFileSync(path.join(dir, 'updates/rss.xml'), 'utf8');
    expect(feed).toContain(
      '<title>Kent and Medway Integrated Care Strategy: what you told us about version 7.1, and what we did</title>',
    );
  });
});

describe('on a 320 px phone, without script', () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  let phone: Page | undefined;

  beforeAll(async () => {
    server = await serveBuild(dir, BUILDS.root.base);
    browser = await launchBrowser();
    // Scripts blocked rather than JavaScript turned off: axe needs JavaScript to finish its run.
    context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    phone = await context.newPage();
    await blockSiteScripts(phone, server.origin);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  // The pages this feature draws, or adds to.
  it.for([PAGE, COMPARE, KENT])('%s reflows without sideways scrolling and passes axe', async (url) => {
    if (!phone || !server) throw new Error('the browser or the server did not start');
    const response = await phone.goto(`${server.origin}${url}`);
    expect(response?.status()).toBe(200);
    // WCAG 1.4.10: nothing but a table's own scrolling region is wider than the screen.
    const wide = await phone.evaluate(() =>
      Array.from(document.querySelectorAll('main *'))
        .filter((el) => !el.closest('.app-table-wrapper') && el.getBoundingClientRect().right > 320 + 1)
        .map((el) => `${el.localName}.${el.className}`)
        .slice(0, 5),
    );
    expect(wide, url).toEqual([]);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const results = await new AxeBuilder({ page: phone }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

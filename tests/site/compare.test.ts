/**
 * The compare pages of the `root` build: one pair of pages (changes only and
 * full text) for every pair of versions and none for a version with itself;
 * no script at all; every change that the council's own "changes between
 * 7.1 and 8.0" (reference 003) describes, by its facts; marks that a screen
 * reader announces and that survive black-and-white printing; in-page links
 * that land. axe runs over these pages in axe.test.ts, with every page.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { BUILDS, buildDir } from '../support/builds.ts';
import { listPages } from '../support/files.ts';
import { readTags } from '../support/html.ts';
import { serveBuild, type StaticServer } from '../support/server.ts';

const dir = buildDir('root');
const KENT = '/strategies/kent-medway-integrated-care/';
const CHANGES = `${KENT}compare/7.1/8.0/`;
const FULL = `${CHANGES}full/`;

const html = (url: string) => readFileSync(path.join(dir, url, 'index.html'), 'utf8');
/** The page's main text with markup removed and entities decoded, whitespace made single. */
function text(source: string): string {
  const main = source.slice(source.indexOf('<main'), source.indexOf('</main>'));
  return main
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
/** The text of every <del> (or <ins>) on the page, visually hidden prefix included. */
function marked(source: string, tag: 'del' | 'ins'): string[] {
  return [...source.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
    (m[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('compare pages', () => {
  it('exist for every pair of versions, newer as <to>, and never for a version with itself', () => {
    const pages = listPages(dir, BUILDS.root.base).map((p) => p.url);
    const compare = pages.filter((url) => url.includes('/compare/'));
    expect(compare.sort()).toEqual([CHANGES, FULL].sort());
    expect(existsSync(path.join(dir, KENT, 'compare', '7.1', '7.1'))).toBe(false);
    expect(existsSync(path.join(dir, KENT, 'compare', '8.0', '7.1'))).toBe(false);
  });

  it('carry no <script> element and no event handler, in either view', () => {
    for (const url of [CHANGES, FULL]) {
      const scripts = readTags(html(url)).filter(
        (tag) => tag.name === 'script' || Object.keys(tag.attrs).some((name) => /^on[a-z]+$/.test(name)),
      );
      expect(scripts, url).toEqual([]);
    }
  });

  it('give the summary first: target changes as sentences, then sections, then counts', () => {
    const page = text(html(CHANGES));
    for (const sentence of [
      'The target for physically inactive adults changed from 18% to 20% by 2028.',
      'The target for hospital admissions caused by alcohol changed from 360 per 100,000 to 395 per 100,000 by 2028.',
      'changed from 90% to 85% by 2028/29.',
      'who are in paid work changed from 15% to 10% by 2028/29.',
      'The target for average household income compared with England (5% by 2028) was removed.',
      'The section ‘About this draft’ was removed.',
      'The section ‘How we will deliver this strategy’ was added.',
      'The section ‘Support adoption of healthy living for all’ is now called ‘Support people to live and age well’.',
    ]) {
      expect(page, sentence).toContain(sentence);
    }
    expect(page).toMatch(/\d+ sections changed, 1 added, 1 removed, \d+ words added and \d+ removed\./);
    expect(page.indexOf('Summary of changes')).toBeLessThan(page.indexOf('Sections that changed'));
    // The change note from version.yaml.
    expect(page).toContain('We changed four targets after feedback');
  });

  // Each change that reference 003 lists, by its facts: what 8.0 removed and what it added.
  const FACTS: { what: string; removed?: string[]; added?: string[] }[] = [
    { what: 'p25 coastal sentence', removed: ['East Kent is bordered by the sea.'] },
    {
      what: 'p26 resource pressures',
      removed: ['given the pressures'],
      added: ['within the limits', 'that we all face'],
    },
    {
      what: 'p26 logframe now in use',
      removed: ['will build'],
      added: ['are using', 'All partners can use it to track progress towards each outcome.'],
    },
    { what: 'p27 every contact', added: ['at every contact, so people can make healthy choices'] },
    { what: 'p30 responsibility', removed: ['business'], added: ['responsibility'] },
    { what: 'p30 support families', removed: ['make sure'], added: ['support families so that'] },
    { what: 'p30 with families', added: ['With families, we'] },
    { what: 'p31 fulfil potential', removed: ['people achieve'], added: ['individuals fulfil'] },
    { what: 'p31 adopt sustainable ways', removed: ['better normalise'], added: ['help people adopt'] },
    {
      what: 'p31 income target removed',
      removed: ['By 2028, average income in Kent and Medway will be 5% higher than the national average.'],
    },
    { what: 'p31 employment target 15% to 10%', removed: ['15%'], added: ['10%'] },
    { what: 'p31 environment placeholder removed', removed: ['A measure for the environment is still to be added.'] },
    { what: 'p31 quote edited', removed: [' but my'], added: ['. My'] },
    { what: 'p32 heading', removed: ['adoption of'], added: ['people to adopt'] },
    { what: 'p32 all individuals', removed: ['all'] },
    { what: 'p32 inactivity 18% to 20%', removed: ['18%'], added: ['20%'] },
    { what: 'p32 alcohol 360 to 395', removed: ['360'], added: ['395'] },
    { what: 'p32 social care placeholder removed', removed: ['A measure for social care is still to be added.'] },
    {
      what: 'p32 long-term support at home removed',
      removed: ['By 2028, more people who get long-term support will live in their own home or with their family.'],
    },
    { what: 'p33 carers strategies by 2027', removed: ['Each'], added: ['By 2027, each', 'have'] },
    { what: 'p34 reablement 90% to 85%', removed: ['90%'], added: ['85%'] },
    {
      what: 'p34 healthy life ratio removed',
      removed: ['The share of life that people spend in good health will keep rising.'],
    },
  ];

  it.each(FACTS)('shows $what', ({ removed = [], added = [] }) => {
    for (const url of [CHANGES, FULL]) {
      const source = html(url);
      const dels = marked(source, 'del');
      const inss = marked(source, 'ins');
      for (const r of removed) expect(dels, `${url}: removed "${r}"`).toContain(`Removed: ${r}`);
      for (const a of added) expect(inss, `${url}: added "${a}"`).toContain(`Added: ${a}`);
    }
  });

  it('mark every removal and addition with visually hidden words, and show a key', () => {
    const source = html(CHANGES);
    for (const d of marked(source, 'del')) expect(d).toMatch(/^Removed: /);
    for (const i of marked(source, 'ins')) expect(i).toMatch(/^Added: /);
    expect(text(source)).toContain('How changes are shown');
  });

  it('list the changed sections with counts, and each link lands on its section', () => {
    for (const url of [CHANGES, FULL]) {
      const source = html(url);
      const ids = new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      const anchors = [...source.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      expect(anchors.length).toBeGreaterThan(0);
      for (const a of anchors) expect(ids.has(a), `${url}: #${a}`).toBe(true);
    }
    expect(text(html(CHANGES))).toMatch(
      /Tackle the wider causes of poor health \(4 changed, 2 removed; \d+ words added, \d+ removed\)/,
    );
  });

  it('show only changed sections with a little context, and the full view shows every section', () => {
    expect(html(CHANGES)).not.toContain('data-section="services" data-status="same"');
    const full = html(FULL);
    expect(full.match(/<section class="app-compare__section"/g)?.length).toBe(10);
    expect(html(CHANGES)).toContain('data-change="context"');
  });
});

describe('compare page in a browser', () => {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let server: StaticServer | undefined;
  let page: Page;

  beforeAll(async () => {
    server = await serveBuild(dir, BUILDS.root.base);
    browser = await launchBrowser();
    context = await browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(`${server.origin}${CHANGES}`);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('strikes removals through and underlines additions, not by colour alone', async () => {
    const del = await page
      .locator('del.app-del')
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationLine);
    const ins = await page
      .locator('ins.app-ins')
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(del).toContain('line-through');
    expect(ins).toContain('underline');
  });

  it('reads removals and additions out as such', async () => {
    const name = await page.locator('del.app-del').first().innerText();
    expect(
      name.startsWith('Removed:') ||
        (await page.locator('del.app-del .govuk-visually-hidden').first().textContent()) === 'Removed: ',
    ).toBe(true);
  });

  it('keeps its marks in black-and-white print: brackets and lines, no fill', async () => {
    await page.emulateMedia({ media: 'print' });
    const before = await page
      .locator('del.app-del')
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').content);
    const after = await page
      .locator('ins.app-ins')
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').content);
    expect(before).toBe('"[-"');
    expect(after).toBe('"[+"');
    const fill = await page
      .locator('del.app-del')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(fill).toBe('rgba(0, 0, 0, 0)');
    await page.emulateMedia({ media: 'screen' });
  });
});

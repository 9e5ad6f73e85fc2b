/**
 * The MDX components and prose features as rendered, on the small section in
 * tests/fixtures/consultation/.../open-strategy/2.0/ that uses each of them
 * (the `consultation` build): Quote, CaseStudy, AtAGlance and Stat, Table,
 * footnotes, passages in another language, and the section kinds.
 */

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { BUILDS, buildDir } from '../support/builds.ts';
import { serveBuild, type StaticServer } from '../support/server.ts';

let browser: Browser | undefined;
let context: BrowserContext | undefined;
let server: StaticServer | undefined;
let page: Page;

beforeAll(async () => {
  server = await serveBuild(buildDir('consultation'), BUILDS.consultation.base);
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
  page = await context.newPage();
  const response = await page.goto(`${server.origin}/strategies/open-strategy/2.0/`);
  expect(response?.status()).toBe(200);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const section = () => page.locator('[data-section="move-more"]');

describe('components', () => {
  it('Quote: a quotation with its source, in its own language', async () => {
    const figure = section().locator('figure.app-quote');
    expect(await figure.locator('blockquote').getAttribute('lang')).toBe('pl');
    expect(await figure.locator('blockquote').textContent()).toContain('Chcę bezpiecznie chodzić do parku.');
    expect(await figure.locator('figcaption').textContent()).toBe('Resident, in Polish');
  });

  it('CaseStudy: a heading that says it is a case study, then the story', async () => {
    const heading = section().getByRole('heading', { name: /^Case study\s*:\s*Ali's story$/ });
    expect(await heading.evaluate((h) => h.tagName)).toBe('H3');
    expect(await section().locator('.app-case-study p').textContent()).toContain('Ali joined a walking group');
  });

  it('AtAGlance and Stat: a list of figures, each read with its label', async () => {
    expect(await section().getByRole('heading', { name: 'Walking at a glance' }).count()).toBe(1);
    const items = section().locator('ul.app-at-a-glance > li');
    expect(await items.allTextContents()).toEqual(['12 walking groups', '3,400 walkers each week']);
  });

  it('Table: a captioned table with column headers, in a focusable scrolling region', async () => {
    const table = section().getByRole('table', { name: 'Walking groups by day' });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Day', 'Groups']);
    expect(await table.getByRole('rowheader').count()).toBe(0);
    const region = section().getByRole('region', { name: 'Walking groups by day' });
    expect(await region.getAttribute('tabindex')).toBe('0');
  });

  it('footnotes: "note 1", linking to the note and back', async () => {
    const ref = section().locator('a[data-footnote-ref]');
    expect(await ref.textContent()).toBe('note 1');
    expect(await ref.getAttribute('href')).toBe('#move-more-note-survey');
    await ref.click();
    expect(new URL(page.url()).hash).toBe('#move-more-note-survey');
    expect(await page.locator('#move-more-note-survey').textContent()).toContain('2025 residents');
    expect(await page.locator('#move-more-notes').textContent()).toBe('Notes');
  });

  it('passages marked with lang keep it', async () => {
    expect(await section().locator('span[lang="cy"]').textContent()).toBe('Rydym eisiau cerdded mwy');
    expect(await page.locator('[data-section="vision"] div[lang="cy"] p').textContent()).toContain('Gall pawb');
  });
});

describe('section kinds', () => {
  it('captions a priority and numbers its standard parts', async () => {
    expect(await section().locator('.app-section__caption').textContent()).toBe('Priority');
    const parts = await section()
      .locator('h3[data-part]')
      .evaluateAll((hs) => hs.map((h) => [h.textContent, h.getAttribute('data-part')]));
    expect(parts).toEqual([
      ['2.1 Where are we now?', 'now'],
      ['2.2 What will we do?', 'do'],
      ['2.3 How will we know?', 'know'],
    ]);
  });

  it('gives a vision its own class, and a foreword no caption', async () => {
    expect(await page.locator('section.app-section--vision').count()).toBe(1);
    expect(await page.locator('[data-section="foreword"] .app-section__caption').count()).toBe(0);
  });
});

/**
 * Print media on a version page: navigation chrome hidden, link targets
 * printed after the link, major sections on a new page, status words kept
 * with a border instead of a coloured fill; and Chromium can print it.
 */

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { BUILDS, buildDir } from '../support/builds.ts';
import { serveBuild, type StaticServer } from '../support/server.ts';

const KENT_OLD = '/strategies/kent-medway-integrated-care/7.1/';

let browser: Browser | undefined;
let context: BrowserContext | undefined;
let server: StaticServer | undefined;
let page: Page;

beforeAll(async () => {
  server = await serveBuild(buildDir('root'), BUILDS.root.base);
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: true });
  page = await context.newPage();
  await page.goto(`${server.origin}${KENT_OLD}`);
  await page.emulateMedia({ media: 'print' });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const style = (selector: string, property: string, pseudo?: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, [p, ps]) => getComputedStyle(el, ps).getPropertyValue(p as string), [property, pseudo ?? null]);

describe('print', () => {
  it('hides navigation chrome', async () => {
    for (const selector of [
      '.govuk-skip-link',
      '.govuk-breadcrumbs',
      '.govuk-footer',
      '.app-header',
      '.app-contents',
    ]) {
      expect(await style(selector, 'display'), selector).toBe('none');
    }
    expect(await style('.app-permalink', 'display')).toBe('inline');
    expect(await style('.app-section__link', 'display')).toBe('none');
    expect(await style('.app-back-to-top', 'display')).toBe('none');
  });

  it('prints where links go, but not for links within the page', async () => {
    const content = await style('.app-version-notice a', 'content', '::after');
    expect(content).toBe('" (/strategies/kent-medway-integrated-care/8.0/)"');
    expect(await style('a[data-footnote-ref], .app-section__link a', 'content', '::after')).toBe('none');
  });

  it('starts major sections on a new page', async () => {
    expect(await style('.app-section--outcome', 'break-before')).toBe('page');
    expect(await style('.app-section--foreword', 'break-before')).not.toBe('page');
  });

  it('keeps status words, with a border rather than colour alone', async () => {
    const tag = page.locator('.app-document-meta [data-status]');
    expect(await tag.textContent()).toBe('Superseded');
    expect(await tag.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    expect(await tag.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
    expect(await page.locator('.app-version-notice .govuk-warning-text__icon').isVisible()).toBe(true);
  });

  it('prints to PDF', async () => {
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});

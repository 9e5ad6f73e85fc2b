/**
 * Search (/search/): with script, a word from a Target's sentence finds the
 * strategy version that makes it, a long page's result links to the sections
 * that match, indicators are found by their everyday keywords, dashboards and
 * the methodology page are indexed, and the filters narrow the results;
 * without script the page says search needs JavaScript and is a site index of
 * plain links, the form hidden. Both in the root build and under /health/.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dirsFromEnv } from '../../src/lib/contract/site-model.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSite } from '../../src/lib/site/load.ts';
import { paths, withBase } from '../../src/lib/core/urls.ts';
import { blockSiteScripts, launchBrowser } from '../support/browser.ts';
import { BUILDS, buildDir } from '../support/builds.ts';
import { fileForUrlPath } from '../support/files.ts';
import { readTags } from '../support/html.ts';
import { serveBuild, type StaticServer } from '../support/server.ts';

const site = getSite(dirsFromEnv({}));
const kent = site.strategy('kent-medway-integrated-care');

let browser: Browser | undefined;
const servers: Partial<Record<'root' | 'health', StaticServer>> = {};

beforeAll(async () => {
  servers.root = await serveBuild(buildDir('root'), BUILDS.root.base);
  servers.health = await serveBuild(buildDir('health'), BUILDS.health.base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await servers.root?.close();
  await servers.health?.close();
});

async function open(name: 'root' | 'health', scripts: boolean, query = ''): Promise<Page> {
  const server = servers[name];
  if (!browser || !server) throw new Error('the browser or the server did not start');
  const context = await browser.newContext();
  const page = await context.newPage();
  if (!scripts) await blockSiteScripts(page, server.origin);
  await page.goto(`${server.origin}${withBase(BUILDS[name].base, paths.search())}${query}`);
  return page;
}

async function search(page: Page, term: string): Promise<string[]> {
  await page.getByLabel('Search this site').fill(term);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/match/);
  return page.locator('#search-results a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

describe('search with script', () => {
  it('finds the current version of a strategy by a word from a target sentence', async () => {
    const page = await open('root', true);
    expect(await page.locator('#search-needs-script').isHidden()).toBe(true);
    // "inactive" appears in the Kent and Medway 8.0 physical inactivity target.
    const found = await search(page, 'inactive');
    expect(found).toContain(paths.version(kent.id, '8.0'));
    // The superseded draft 7.1 is left out until the reader asks for other versions.
    expect(found).not.toContain(paths.version(kent.id, '7.1'));
    await page.context().close();
  });

  it('includes other versions when asked, and filters by the kind of page', async () => {
    const page = await open('root', true);
    await page.getByText('Filter the results').click();
    await page.getByLabel('Include other versions of strategies').check();
    const all = await search(page, 'inactive');
    expect(all).toContain(paths.version(kent.id, '7.1'));
    expect(all.some((url) => url.startsWith('/indicators/'))).toBe(true);
    await page.getByLabel('Indicators and figures').check();
    await expect
      .poll(() => page.locator('#search-results a').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname)))
      .toSatisfy((urls: string[]) => urls.length > 0 && urls.every((url) => url.startsWith('/indicators/')));
    await page.context().close();
  });

  it('filters by the status of the version', async () => {
    const page = await open('root', true);
    await page.getByText('Filter the results').click();
    await page.getByLabel('Status of the version').selectOption('Superseded');
    const found = await search(page, 'inactive');
    expect(found).toContain(paths.version(kent.id, '7.1'));
    expect(found).not.toContain(paths.version(kent.id, '8.0'));
    expect(found.every((url) => url.startsWith('/strategies/'))).toBe(true);
    await page.context().close();
  });

  it('finds indicators by their everyday keywords', async () => {
    const page = await open('root', true);
    expect(await search(page, 'childhood obesity')).toContain(paths.indicator('child-obesity-year-6'));
    expect(await search(page, 'loneliness')).toContain(paths.indicator('loneliness-often-always'));
    await page.context().close();
  });

  it('links a long page’s result to the sections that match, not to its top', async () => {
    const page = await open('root', true);
    await search(page, 'inactive');
    const version = paths.version(kent.id, '8.0');
    const hrefs = await page
      .locator('#search-results li.app-search__result')
      .filter({ has: page.locator(`h3 a[href^="${version}"]`) })
      .locator('a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(1);
    // The page's own link and each section's go to a heading of the page, which exists.
    const ids = new Set(
      readTags(readFileSync(path.join(buildDir('root'), 'strategies', kent.id, '8.0', 'index.html'), 'utf8')).map(
        (t) => t.attrs.id,
      ),
    );
    for (const href of hrefs) {
      expect(href, href).toMatch(new RegExp(`^${version.replace(/\./g, '\\.')}#.+`));
      expect(ids.has(href.split('#')[1]), href).toBe(true);
    }
    // A sub-heading is named with its section.
    expect(await page.locator('.app-search__sections a').allTextContents()).toContainEqual(
      expect.stringMatching(/, in \d+\. /),
    );
    await page.context().close();
  });

  it('finds dashboards and the methodology page', async () => {
    const page = await open('root', true);
    expect(await search(page, 'trajectory')).toContain(paths.methodology());
    await page.getByText('Filter the results').click();
    await page.getByLabel('Dashboards of targets and measures').check();
    await search(page, 'lonely');
    await expect
      .poll(() =>
        page.locator('#search-results h3 a').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname)),
      )
      .toContain(paths.dashboard(kent.id));
    // The current version's dashboard is indexed once, at the strategy's address.
    const urls = await page
      .locator('#search-results h3 a')
      .evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
    expect(urls).not.toContain(paths.versionDashboard(kent.id, '8.0'));
    await page.context().close();
  });

  it('runs a shared search link, and links to pages under /health/', async () => {
    const page = await open('health', true, '?q=inactive');
    await expect.poll(() => page.locator('#search-results a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const urls = await page
      .locator('#search-results a')
      .evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
    for (const url of urls) {
      expect(url.startsWith('/health/'), url).toBe(true);
      expect(fileForUrlPath(buildDir('health'), BUILDS.health.base, url), `${url} exists`).toBeDefined();
    }
    await page.context().close();
  });
});

describe('search without script', () => {
  it('hides the form, says search needs JavaScript, and lists every strategy version, indicator and update as links', async () => {
    const page = await open('root', false);
    await expect(page.locator('#app-search').isHidden()).resolves.toBe(true);
    await expect(page.locator('#search-needs-script').textContent()).resolves.toContain('needs JavaScript');
    await expect(page.locator('#search-needs-script').isVisible()).resolves.toBe(true);
    const links = await page.locator('main a').evaluateAll((l) => l.map((a) => (a as HTMLAnchorElement).pathname));
    for (const strategy of site.content.strategies) {
      for (const version of strategy.versions) expect(links).toContain(paths.version(strategy.id, version.id));
    }
    for (const indicator of site.content.indicators) expect(links).toContain(paths.indicator(indicator.id));
    for (const update of site.content.updates) expect(links).toContain(paths.update(update.id));
    for (const link of links) expect(fileForUrlPath(buildDir('root'), '/', link), `${link} exists`).toBeDefined();
    await page.context().close();
  });
});

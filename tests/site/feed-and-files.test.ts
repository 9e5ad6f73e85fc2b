/**
 * The files around the pages: the updates feed (RSS 2.0, parsed by
 * Chromium's XML parser, every link absolute and resolving under the base),
 * the sitemap, robots.txt, the 404 page and the favicon. Checked in the root
 * build, under /health/, and with hostile strings in every field.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { BUILDS, buildDir } from '../support/builds.ts';
import { fileForUrlPath } from '../support/files.ts';

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface ParsedFeed {
  error: string | null;
  version: string | null;
  channel: Record<string, string>;
  items: Record<string, string>[];
}

/** Parses RSS with the browser's XML parser and returns the fields that RSS 2.0 requires. */
async function parseFeed(xml: string): Promise<ParsedFeed> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext();
  const page = await context.newPage();
  const result = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const fields = (element: Element | null): Record<string, string> =>
      Object.fromEntries(
        [...(element?.children ?? [])]
          .filter((child) => child.tagName !== 'item')
          .map((child) => [child.tagName, child.getAttribute('href') ?? child.textContent ?? '']),
      );
    const channel = doc.querySelector('rss > channel');
    return {
      error,
      version: doc.documentElement.getAttribute('version'),
      channel: fields(channel),
      items: [...doc.querySelectorAll('rss > channel > item')].map((item) => fields(item)),
    };
  }, xml);
  await context.close();
  return result;
}

const SITE_URL: Record<string, string> = {
  root: 'https://strategies.example.org',
  health: 'https://strategies.example.org',
  hostile: 'https://hostile.example.org',
};

for (const name of ['root', 'health', 'hostile'] as const) {
  const dir = buildDir(name);
  const base = BUILDS[name].base;
  const prefix = `${SITE_URL[name]}${base}`;
  /** The file an absolute URL of the site is served from, if any. */
  const served = (url: string): string | undefined =>
    url.startsWith(prefix) ? fileForUrlPath(dir, base, new URL(url).pathname) : undefined;

  describe(`updates feed (${name})`, () => {
    it('is well-formed RSS 2.0 with absolute links that resolve under the base', async () => {
      const feed = await parseFeed(readFileSync(path.join(dir, 'updates/rss.xml'), 'utf8'));
      expect(feed.error).toBeNull();
      expect(feed.version).toBe('2.0');
      for (const field of ['title', 'link', 'description']) expect(feed.channel[field], field).toBeTruthy();
      expect(feed.channel.link).toBe(prefix);
      expect(feed.channel['atom:link']).toBe(`${prefix}updates/rss.xml`);
      expect(feed.items.length).toBeGreaterThan(0);
      for (const item of feed.items) {
        expect(item.title).toBeTruthy();
        expect(item.description).toBeTruthy();
        expect(item.guid).toBe(item.link);
        expect(item.pubDate).toMatch(
          /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
        );
        expect(served(item.link ?? ''), `${item.link} is a page of the build`).toBeDefined();
      }
    });

    it('is linked from the updates page', () => {
      const html = readFileSync(path.join(dir, 'updates/index.html'), 'utf8');
      expect(html).toContain(`href="${base}updates/rss.xml"`);
    });
  });

  describe(`sitemap, robots.txt, 404 and favicon (${name})`, () => {
    it('lists every page in the sitemap, each resolving under the base', () => {
      const index = readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8');
      const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
      expect(sitemaps.length).toBeGreaterThan(0);
      const locs = sitemaps.flatMap((sitemap) => {
        const file = served(sitemap);
        expect(file, `${sitemap} is in the build`).toBeDefined();
        const xml = readFileSync(path.join(dir, file ?? ''), 'utf8');
        return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
      });
      expect(locs).toContain(prefix);
      expect(locs).toContain(`${prefix}search/`);
      for (const loc of locs) expect(served(loc), `${loc} is a page of the build`).toBeDefined();
      expect(locs.some((loc) => loc.includes('404'))).toBe(false);
    });

    it('points robots.txt at the sitemap', () => {
      const robots = readFileSync(path.join(dir, 'robots.txt'), 'utf8');
      expect(robots).toContain('User-agent: *');
      expect(robots).toContain(`Sitemap: ${prefix}sitemap-index.xml`);
    });

    it('has a 404 page that helps the reader on, with links under the base', () => {
      const html = readFileSync(path.join(dir, '404.html'), 'utf8');
      expect(html).toContain('Page not found');
      const links = [...html.matchAll(/href="([^"#]+)"/g)].map((m) => m[1] ?? '').filter((h) => h.startsWith('/'));
      expect(links).toContain(`${base}search/`);
      for (const link of links) expect(fileForUrlPath(dir, base, link), `${link} exists`).toBeDefined();
    });

    it('serves a favicon in the site colour, with its letter escaped', () => {
      const svg = readFileSync(path.join(dir, 'favicon.svg'), 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).not.toMatch(/<script|onerror|onload/);
    });
  });
}

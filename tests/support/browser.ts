/**
 * Launching Chromium (or Chrome, found by ./find-browser.ts) through
 * playwright-core, with the flags that keep it quiet on a machine without a
 * network. A missing browser is a failure, never a skip.
 */

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { requireBrowser } from './find-browser.ts';

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: requireBrowser(), args: ARGS, timeout: 60_000 });
}

/**
 * Shows pages as a visitor without JavaScript sees them: requests for the
 * site's own scripts (same origin, .js or .mjs) are aborted, and pages are
 * served with `Content-Security-Policy: script-src 'none'` so inline scripts
 * do not run either. Playwright's own evaluation (axe) is not subject to CSP.
 */
export async function blockSiteScripts(page: Page, origin: string): Promise<void> {
  await page.route(
    (url) => url.origin === origin && /\.m?js$/i.test(url.pathname),
    (route) => route.abort('blockedbyclient'),
  );
  await page.route(
    (url) => url.origin === origin && (url.pathname.endsWith('/') || url.pathname.endsWith('.html')),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
      });
    },
  );
}

/**
 * A few pages, each in its own context from browser.newContext(), lent out
 * one test at a time and reused from one URL to the next. Reusing a page is
 * about twice as fast as a new context per URL (the renderer and its compiled
 * copy of axe survive navigation); every URL is a fresh navigation of a
 * static page, so nothing of the previous page remains but storage, which
 * the site does not use to change what it shows.
 */
export class PagePool {
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  private readonly contexts: BrowserContext[] = [];
  private created = 0;
  private readonly browser: Browser;
  private readonly size: number;
  private readonly prepare: (page: Page) => Promise<void>;

  constructor(browser: Browser, size: number, prepare: (page: Page) => Promise<void> = async () => {}) {
    this.browser = browser;
    this.size = size;
    this.prepare = prepare;
  }

  private async acquire(): Promise<Page> {
    const page = this.idle.pop();
    if (page) return page;
    if (this.created < this.size) {
      this.created++;
      const context = await this.browser.newContext();
      this.contexts.push(context);
      const fresh = await context.newPage();
      await this.prepare(fresh);
      return fresh;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(page: Page): void {
    const next = this.waiting.shift();
    if (next) next(page);
    else this.idle.push(page);
  }

  /** Runs `work` with a page of the pool; a page that failed is replaced. */
  async use<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.acquire();
    try {
      const result = await work(page);
      this.release(page);
      return result;
    } catch (error) {
      await page.context().close();
      this.created--;
      const next = this.waiting.shift();
      if (next) void this.acquire().then(next);
      throw error;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close()));
  }
}

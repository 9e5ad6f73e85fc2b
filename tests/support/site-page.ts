/**
 * One Chromium page on one served build, for a test file: registers the
 * beforeAll/afterAll that start and stop the server and the browser, and
 * returns a handle whose `page` and `origin` are ready inside tests.
 */

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser.ts';
import { BUILDS, buildDir, type BuildName } from './builds.ts';
import { serveBuild, type StaticServer } from './server.ts';

export interface SitePage {
  /** The page (available once beforeAll has run). */
  readonly page: Page;
  /** `http://127.0.0.1:PORT` of the served build. */
  readonly origin: string;
  /** Goes to a URL path of the build and expects it to be served with 200. */
  open(url: string): Promise<void>;
}

export function useSitePage(name: BuildName, options: { javaScript: boolean }): SitePage {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let server: StaticServer | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await serveBuild(buildDir(name), BUILDS[name].base);
    browser = await launchBrowser();
    context = await browser.newContext({ javaScriptEnabled: options.javaScript });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} did not start`);
    return value;
  };
  return {
    get page() {
      return ready(page, 'the browser');
    },
    get origin() {
      return ready(server, 'the server').origin;
    },
    async open(url: string) {
      const response = await ready(page, 'the browser').goto(`${ready(server, 'the server').origin}${url}`);
      expect(response?.status(), url).toBe(200);
    },
  };
}

/**
 * axe-core on every page of the `root` build, served as a web server would
 * serve it, in Chromium: once as it is, and once as a visitor without
 * JavaScript sees it (the site's own scripts blocked; axe is injected by
 * Playwright and still runs). WCAG 2.2 AA rules; zero violations allowed.
 * No rule is disabled.
 *
 * A page whose HTML runs no script at all looks the same either way, so it is
 * audited once; the test title says so. Two pages are audited at a time,
 * each on a page of a small pool (see PagePool).
 *
 * The audit above runs at the default desktop width, where the phone layouts
 * (dashboard and compare-areas cards, narrow charts) are display: none and so
 * never audited. The first page of each kind is audited again at 390 px
 * without scripts, as most residents read it.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { blockSiteScripts, launchBrowser, PagePool } from '../support/browser.ts';
import { BUILDS, buildDir } from '../support/builds.ts';
import { listPages } from '../support/files.ts';
import { pageKind } from '../support/kinds.ts';
import { readTags, runsScripts } from '../support/html.ts';
import { serveBuild, type StaticServer } from '../support/server.ts';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MAX_NODES = 10;

const dir = buildDir('root');
const pages = listPages(dir, BUILDS.root.base).map((page) => {
  const scripted = runsScripts(readTags(readFileSync(path.join(dir, page.file), 'utf8')));
  return { url: page.url, scripted, title: `${page.url} (${scripted ? 'with and without scripts' : 'no scripts'})` };
});

/** Pages audited at once; vitest's maxConcurrency for the site project matches. */
const CONCURRENCY = 2;

let browser: Browser | undefined;
let server: StaticServer | undefined;
let asServed: PagePool | undefined;
let withoutJs: PagePool | undefined;
let phone: PagePool | undefined;

/** The first page of each kind (listed last to first, so that the first one of a kind is the one kept), at phone width. */
const phonePages = [
  ...new Map([...pages].reverse().map((page) => [pageKind(page.url, BUILDS.root.base), page.url])).entries(),
].map(([kind, url]) => ({ kind, url }));

beforeAll(async () => {
  const started = await serveBuild(dir, BUILDS.root.base);
  server = started;
  browser = await launchBrowser();
  asServed = new PagePool(browser, CONCURRENCY);
  withoutJs = new PagePool(browser, CONCURRENCY, (page) => blockSiteScripts(page, started.origin));
  phone = new PagePool(browser, CONCURRENCY, async (page) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await blockSiteScripts(page, started.origin);
  });
});

afterAll(async () => {
  await asServed?.close();
  await withoutJs?.close();
  await phone?.close();
  await browser?.close();
  await server?.close();
});

function describeViolations(heading: string, violations: readonly Violation[]): string[] {
  const lines = [`${heading}: ${violations.length} axe violation${violations.length === 1 ? '' : 's'}`];
  for (const v of violations) {
    lines.push(`  ${v.id} [${v.impact ?? 'unknown impact'}] ${v.help}`, `    ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, MAX_NODES)) {
      lines.push(`    - ${node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | ')}`);
      const summary = node.failureSummary?.split('\n').slice(1, 3).join('; ').trim();
      if (summary) lines.push(`      ${summary}`);
    }
    if (v.nodes.length > MAX_NODES) lines.push(`    ... and ${v.nodes.length - MAX_NODES} more elements`);
  }
  return lines;
}

async function audit(url: string, withScripts: boolean, scripted: boolean, atPhoneWidth = false): Promise<Violation[]> {
  const pool = atPhoneWidth ? phone : withScripts ? asServed : withoutJs;
  if (!pool || !server) throw new Error('the browser or the server did not start');
  const origin = server.origin;
  return pool.use(async (page) => {
    const response = await page.goto(`${origin}${url}`, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`${url} was served with status ${String(response?.status())}`);
    // Let enhancements that load more code (dynamic imports) finish first.
    if (withScripts && scripted) await page.waitForLoadState('networkidle');
    // Legacy mode runs axe in the page itself instead of finishing in a second
    // blank page: 40% faster, and the same rules. It only loses cross-origin
    // iframes, so pages with any iframe use the default mode.
    const legacy = page.frames().length === 1;
    const results = await new AxeBuilder({ page }).setLegacyMode(legacy).withTags(TAGS).analyze();
    return results.violations;
  });
}

describe.concurrent('axe (WCAG 2.2 AA) on every page of the root build', () => {
  it.for(pages)('$title', async ({ url, scripted }, { expect }) => {
    const asServedViolations = await audit(url, true, scripted);
    const withoutJsViolations = scripted ? await audit(url, false, scripted) : [];
    const report = [
      ...(asServedViolations.length > 0 ? describeViolations(`${url} as served`, asServedViolations) : []),
      ...(withoutJsViolations.length > 0 ? describeViolations(`${url} without JavaScript`, withoutJsViolations) : []),
    ];
    expect(asServedViolations.length + withoutJsViolations.length, report.join('\n')).toBe(0);
  });
});

describe.concurrent('axe (WCAG 2.2 AA) at 390 px without scripts, one page of each kind', () => {
  it('audits every kind of page', () => {
    if (phonePages.length < 10) throw new Error(`only ${phonePages.length} kinds of page found`);
  });
  it.for(phonePages)('$kind: $url', async ({ url }, { expect }) => {
    const violations = await audit(url, false, true, true);
    expect(violations.length, describeViolations(`${url} at 390 px`, violations).join('\n')).toBe(0);
  });
});

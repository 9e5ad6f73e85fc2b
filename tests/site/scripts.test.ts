/**
 * Reading pages (/strategies/<id>/<version>/) are plain HTML: no <script>
 * element of any type, and no JavaScript loaded. For every kind of page the
 * script bytes it loads are measured in Chromium and recorded in
 * .cache/test-builds/script-bytes.json (and printed).
 */

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { BUILDS, BUILDS_DIR, buildDir } from '../support/builds.ts';
import { listPages } from '../support/files.ts';
import { isExecutableScript, readTags } from '../support/html.ts';
import { pageKind, type PageKind } from '../support/kinds.ts';
import { serveBuild, type StaticServer } from '../support/server.ts';

const READING: PageKind = 'strategy version (reading)';
const dir = buildDir('root');
const base = BUILDS.root.base;
const pages = listPages(dir, base).map((page) => ({ ...page, kind: pageKind(page.url, base) }));
const reading = pages.filter((page) => page.kind === READING);

interface PageScripts {
  readonly url: string;
  readonly kind: PageKind;
  /** Bytes of JavaScript files the page loaded. */
  readonly external: number;
  /** Bytes of inline <script> code in the HTML. */
  readonly inline: number;
  /** Bytes of data blocks (<script type="application/json"> and the like). */
  readonly data: number;
  readonly files: string[];
}

let browser: Browser | undefined;
let server: StaticServer | undefined;

beforeAll(async () => {
  server = await serveBuild(dir, base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('scripts', () => {
  it('the build has reading pages to check', () => {
    expect(reading.length, 'no page matches /strategies/<id>/<version>/').toBeGreaterThan(0);
  });

  it('reading pages contain no <script> element and no script preload', () => {
    const problems: string[] = [];
    for (const page of reading) {
      for (const tag of readTags(readFileSync(path.join(dir, page.file), 'utf8'))) {
        const rel = (tag.attrs.rel ?? '').toLowerCase();
        const preloadsScript = tag.name === 'link' && (rel.includes('modulepreload') || tag.attrs.as === 'script');
        const handler = Object.keys(tag.attrs).find((name) => /^on[a-z]+$/.test(name));
        if (tag.name === 'script') problems.push(`${page.url}: <script type="${tag.attrs.type ?? ''}">`);
        if (preloadsScript) problems.push(`${page.url}: <link rel="${rel}" href="${tag.attrs.href ?? ''}">`);
        if (handler) problems.push(`${page.url}: <${tag.name} ${handler}=...>`);
      }
    }
    expect(problems.length, `reading pages must not carry scripts:\n  ${problems.join('\n  ')}`).toBe(0);
  });

  it('records the script bytes of every page, and reading pages load none', async () => {
    if (!browser || !server) throw new Error('the browser or the server did not start');
    const origin = server.origin;
    const context = await browser.newContext();
    const results: PageScripts[] = [];
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      let loads: Promise<[string, number]>[] = [];
      page.on('response', (response) => {
        const request = response.request();
        if (request.resourceType() !== 'script' && !/\.m?js$/i.test(new URL(request.url()).pathname)) return;
        loads.push(response.body().then((body): [string, number] => [request.url().replace(origin, ''), body.length]));
      });
      page.on('worker', (worker) => loads.push(Promise.resolve([`worker ${worker.url()}`, 0])));
      for (const { url, kind, file } of pages) {
        loads = [];
        await page.goto(`${origin}${url}`, { waitUntil: 'load' });
        const scriptsInDom = await page.locator('script').count();
        const loaded = await Promise.all(loads);
        let inline = 0;
        let data = 0;
        for (const tag of readTags(readFileSync(path.join(dir, file), 'utf8'))) {
          if (tag.name !== 'script' || tag.attrs.src !== undefined) continue;
          if (isExecutableScript(tag)) inline += Buffer.byteLength(tag.text ?? '');
          else data += Buffer.byteLength(tag.text ?? '');
        }
        const external = loaded.reduce((sum, [, bytes]) => sum + bytes, 0);
        results.push({ url, kind, external, inline, data, files: loaded.map(([name]) => name) });
        if (kind === READING && loaded.length > 0) problems.push(`${url} loaded ${loaded.map(([f]) => f).join(', ')}`);
        if (kind === READING && scriptsInDom > 0)
          problems.push(`${url} has ${scriptsInDom} <script> elements after load`);
      }
    } finally {
      await context.close();
    }
    writeFileSync(path.join(BUILDS_DIR, 'script-bytes.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(summarise(results));
    expect(problems.length, `reading pages must load no JavaScript:\n  ${problems.join('\n  ')}`).toBe(0);
  });
});

/** A table of script bytes per page kind: pages, and the least and most any page of that kind loads. */
function summarise(results: readonly PageScripts[]): string {
  const kinds = new Map<PageKind, PageScripts[]>();
  for (const r of results) kinds.set(r.kind, [...(kinds.get(r.kind) ?? []), r]);
  const lines = ['script bytes per page kind (JS files + inline JS; data blocks separate):'];
  lines.push(
    `  ${'kind'.padEnd(28)} ${'pages'.padStart(5)} ${'min JS'.padStart(9)} ${'max JS'.padStart(9)} ${'max data'.padStart(9)}`,
  );
  for (const [kind, list] of [...kinds].sort(([a], [b]) => a.localeCompare(b))) {
    const js = list.map((r) => r.external + r.inline);
    const data = Math.max(...list.map((r) => r.data));
    lines.push(
      `  ${kind.padEnd(28)} ${String(list.length).padStart(5)} ${String(Math.min(...js)).padStart(9)} ${String(Math.max(...js)).padStart(9)} ${String(data).padStart(9)}`,
    );
  }
  return lines.join('\n');
}

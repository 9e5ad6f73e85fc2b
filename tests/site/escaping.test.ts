/**
 * The `hostile` build comes from tests/fixtures/hostile, where every
 * free-text string of the content and data (and the text attributes of the
 * MDX components) carries markup: <script>, <img onerror>, "><svg onload>
 * and </script><script>. All of it must reach readers as text.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { BUILDS, buildDir } from '../support/builds.ts';
import { listFiles, listPages } from '../support/files.ts';
import { readTags } from '../support/html.ts';
import { serveBuild, type StaticServer } from '../support/server.ts';

const PAYLOAD = '<script>alert(1)</script>';
const UNESCAPED = [/<script/i, /onerror\s*=/i, /onload\s*=/i, /<!--/];

const dir = buildDir('hostile');
const base = BUILDS.hostile.base;
const pages = listPages(dir, base);

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

describe('escaping of hostile content', () => {
  it.for(pages.map((p) => p.url))('%s shows the markup as text and runs none of it', async (url) => {
    if (!browser || !server) throw new Error('the browser or the server did not start');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      const response = await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
      expect(response?.status(), `${url} was not served`).toBe(200);
      await page.waitForLoadState('networkidle');
      const found = await page.evaluate(() => {
        const handlers: string[] = [];
        for (const element of Array.from(document.querySelectorAll('*'))) {
          for (const attr of Array.from(element.attributes)) {
            if (/^on/i.test(attr.name)) handlers.push(`<${element.localName} ${attr.name}="${attr.value}">`);
          }
        }
        const alerting = Array.from(document.querySelectorAll('script'))
          .map((script) => script.textContent)
          .filter((text) => /alert/.test(text))
          .map((text) => text.slice(0, 80));
        return { handlers, alerting, text: document.body.innerText };
      });
      expect(dialogs, `${url} opened dialogs`).toEqual([]);
      expect(found.handlers, `${url} has elements with event-handler attributes`).toEqual([]);
      expect(found.alerting, `${url} has <script> elements whose text calls alert`).toEqual([]);
      expect(found.text.includes(PAYLOAD), `${url} does not show the text ${PAYLOAD} anywhere`).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("the header logo comes from the site's public/ folder, its alternative text kept as text", () => {
    const home = readTags(readFileSync(path.join(dir, 'index.html'), 'utf8'));
    const logo = home.find((t) => t.name === 'img' && (t.attrs.class ?? '').includes('app-header__logo-image'));
    expect(logo?.attrs.src).toBe('/images/logo.svg');
    expect(logo?.attrs.alt).toContain(`Logo ${PAYLOAD} <img src=x onerror=alert(1)>`);
    expect(readFileSync(path.join(dir, 'images', 'logo.svg'), 'utf8')).toContain('<svg');
  });

  it('every SVG file has no unescaped markup from content', () => {
    const problems: string[] = [];
    for (const file of listFiles(dir).filter((f) => f.endsWith('.svg'))) {
      const svg = readFileSync(path.join(dir, file), 'utf8');
      for (const pattern of UNESCAPED) if (pattern.test(svg)) problems.push(`${file}: matches ${String(pattern)}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('every embedded JSON block parses and has no unescaped markup', () => {
    const problems: string[] = [];
    let blocks = 0;
    for (const page of pages) {
      for (const tag of readTags(readFileSync(path.join(dir, page.file), 'utf8'))) {
        const type = (tag.attrs.type ?? '').toLowerCase();
        if (tag.name !== 'script' || !/json/.test(type)) continue;
        blocks++;
        const text = tag.text ?? '';
        for (const pattern of UNESCAPED) {
          if (pattern.test(text)) problems.push(`${page.url}: <script type="${type}"> matches ${String(pattern)}`);
        }
        try {
          JSON.parse(text);
        } catch (error) {
          problems.push(`${page.url}: <script type="${type}"> is not valid JSON: ${String(error)}`);
        }
      }
    }
    console.log(`[escaping] ${blocks} embedded JSON block${blocks === 1 ? '' : 's'} checked`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

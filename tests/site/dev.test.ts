/**
 * `npm run dev` on a copy of the example content: an edit to data/ shows on
 * the next request, a mistake shows the check's message in the page (as
 * plain HTML) and in the terminal, and fixing it brings the page back.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/builds.ts';
import { envOutsideVitest, freePort } from '../support/ports.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dev-test-'));
const contentDir = path.join(work, 'content');
const dataDir = path.join(work, 'data');
const indicatorFile = path.join(dataDir, 'indicators', 'active-travel.json');
let server: ChildProcess | undefined;
let output = '';
let origin = '';

async function page(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${origin}${url}`, { headers: { accept: 'text/html' } });
  return { status: response.status, html: await response.text() };
}

beforeAll(async () => {
  cpSync(path.join(REPO_ROOT, 'content'), contentDir, { recursive: true });
  cpSync(path.join(REPO_ROOT, 'data'), dataDir, { recursive: true });
  cpSync(path.join(REPO_ROOT, 'public'), path.join(work, 'public'), { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [path.join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: REPO_ROOT,
      // Astro behaves differently under vitest (collections come back empty): hide that it is one.
      env: envOutsideVitest({
        CONTENT_DIR: contentDir,
        DATA_DIR: dataDir,
        ASTRO_CACHE_DIR: path.join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_DEV_BACKGROUND: '0',
        NO_COLOR: '1',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.on('exit', (code, signal) => (output += `\n[astro dev exited: ${code ?? signal}]`));
  // Wait for the server to answer.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await page('/indicators/active-travel/').then(
      (r) => `${r.status}: ${r.html.slice(0, 300)}`,
      (error: unknown) => String(error),
    );
    if (status.startsWith('200')) break;
    if (Date.now() > deadline) throw new Error(`astro dev did not start (${status}):\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev', () => {
  const original = (): string => readFileSync(path.join(REPO_ROOT, 'data/indicators/active-travel.json'), 'utf8');

  it('shows an edit to data/ without a restart', async () => {
    writeFileSync(
      indicatorFile,
      original().replace('"Adults who walk or cycle to get around"', '"Adults who walk or cycle: edited"'),
    );
    await expect
      .poll(async () => (await page('/indicators/active-travel/')).html, { timeout: 15_000, interval: 300 })
      .toContain('Adults who walk or cycle: edited');
  });

  it('renumbers the sections after one is added or removed', async () => {
    const url = '/strategies/kent-medway-integrated-care/8.0/';
    const preface = path.join(contentDir, 'strategies/kent-medway-integrated-care/8.0/00-preface.mdx');
    // Sub-headings are numbered when Astro compiles each file, so the other sections must be compiled again.
    const introduction = async () =>
      /app-heading__number">([\d.]+)<\/span> Why health in our area/.exec((await page(url)).html)?.[1];
    expect(await introduction()).toBe('2.1');
    writeFileSync(preface, '---\ntitle: Preface\n---\n\nA few words first.\n');
    await expect.poll(introduction, { timeout: 15_000, interval: 300 }).toBe('3.1');
    rmSync(preface);
    await expect.poll(introduction, { timeout: 15_000, interval: 300 }).toBe('2.1');
  });

  it('shows a check error in the page and the terminal, then the page again once fixed', async () => {
    writeFileSync(indicatorFile, original().replace('"unit": "percent"', '"unit": "percentage"'));
    await expect
      .poll(async () => (await page('/indicators/active-travel/')).html, { timeout: 15_000, interval: 300 })
      .toContain('indicators/active-travel.json:5:11 unit: found &quot;percentage&quot;');
    expect((await page('/')).status).toBe(500);
    expect(output).toContain('indicators/active-travel.json:5:11 unit: found "percentage"');
    writeFileSync(indicatorFile, original());
    await expect
      .poll(async () => (await page('/indicators/active-travel/')).status, { timeout: 15_000, interval: 300 })
      .toBe(200);
  });
});

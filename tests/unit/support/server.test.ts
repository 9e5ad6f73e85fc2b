/**
 * tests/support/server.ts serves a build to the browser tests and to
 * Lighthouse the way a plain static host would; what it answers (status,
 * content type, compression) decides what those tests see.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, serveBuild, type StaticServer } from '../../support/server.ts';
import { scratchBuild } from './scratch-build.ts';

const { dir, write } = scratchBuild('server');
const PAGE = '<!doctype html><title>Home</title>' + '<p>Words.</p>'.repeat(50);

write('index.html', PAGE);
write('indicators/x/x.csv', 'period,value\n2023,1\n');
write('favicon.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));

describe('contentType', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['_astro/a.JS', 'text/javascript; charset=utf-8'],
    ['x.csv', 'text/csv; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['pagefind/x.pf_index', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentType(file)).toBe(type);
  });
});

describe('serveBuild', () => {
  let plain: StaticServer;
  let gzip: StaticServer;
  beforeAll(async () => {
    plain = await serveBuild(dir, '/health/');
    gzip = await serveBuild(dir, '/health/', { gzip: true });
  });
  afterAll(async () => {
    await plain.close();
    await gzip.close();
  });

  it('serves a page at its folder URL, with its type, uncached', async () => {
    const response = await fetch(`${plain.origin}/health/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(PAGE);
    const csv = await fetch(`${plain.origin}/health/indicators/x/x.csv?download=1`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toBe('period,value\n2023,1\n');
  });

  it.each([['/'], ['/health'], ['/index.html'], ['/health/indicators/x'], ['/health/missing/']])(
    'answers 404 for %s',
    async (url) => {
      const response = await fetch(`${plain.origin}${url}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(`404: ${url}\n`);
    },
  );

  it('answers HEAD without a body, and 404 for other methods', async () => {
    const head = await fetch(`${plain.origin}/health/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${plain.origin}/health/`, { method: 'POST', body: 'x' })).status).toBe(404);
  });

  it('gzips text when asked and the client accepts it, never images', async () => {
    const page = await fetch(`${gzip.origin}/health/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('vary')).toBe('accept-encoding');
    expect(await page.text()).toBe(PAGE);
    const refused = await fetch(`${gzip.origin}/health/`, { headers: { 'accept-encoding': 'identity' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    const image = await fetch(`${gzip.origin}/health/favicon.png`, { headers: { 'accept-encoding': 'gzip' } });
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('content-encoding')).toBeNull();
  });
});

/**
 * tests/support/files.ts decides which pages the site tests visit (one test
 * per page) and which file a URL is served from (the link checker and the
 * static server both ask it), so its answers are pinned down here.
 */

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileForUrlPath, listFiles, listPages, urlForFile } from '../../support/files.ts';
import { scratchBuild } from './scratch-build.ts';

const { dir, write } = scratchBuild('files');
write('index.html');
write('404.html');
write('strategies/kent/8.0/index.html');
write('strategies/kent/index.html');
write('indicators/x/x.csv');
write('a b/index.html');
write('_astro/site.css');
mkdirSync(path.join(dir, 'empty'));

describe('listFiles', () => {
  it('lists every file, sorted, relative, with / separators, and no folders', () => {
    expect(listFiles(dir)).toEqual([
      '404.html',
      '_astro/site.css',
      'a b/index.html',
      'index.html',
      'indicators/x/x.csv',
      'strategies/kent/8.0/index.html',
      'strategies/kent/index.html',
    ]);
  });
});

describe('urlForFile', () => {
  it.each([
    ['index.html', '/', '/'],
    ['index.html', '/health/', '/health/'],
    ['strategies/kent/index.html', '/health/', '/health/strategies/kent/'],
    ['404.html', '/', '/404.html'],
    ['indicators/x/x.csv', '/', '/indicators/x/x.csv'],
    ['not-index.html', '/', '/not-index.html'],
  ])('%s under %s is served at %s', (file, base, url) => {
    expect(urlForFile(file, base)).toBe(url);
  });
});

describe('listPages', () => {
  it('lists every HTML page with its URL', () => {
    expect(listPages(dir, '/health/')).toEqual([
      { file: '404.html', url: '/health/404.html' },
      { file: 'a b/index.html', url: '/health/a b/' },
      { file: 'index.html', url: '/health/' },
      { file: 'strategies/kent/8.0/index.html', url: '/health/strategies/kent/8.0/' },
      { file: 'strategies/kent/index.html', url: '/health/strategies/kent/' },
    ]);
  });

  it('fails loudly, saying how to build, when there is no build or no page', () => {
    expect(() => listPages(path.join(dir, 'nowhere'), '/')).toThrow(
      /^No build at .*nowhere: .*npx vitest run --project site/,
    );
    expect(() => listPages(path.join(dir, 'index.html'), '/')).toThrow(/^No build at /);
    expect(() => listPages(path.join(dir, 'empty'), '/')).toThrow(/has no HTML pages\.$/);
  });
});

describe('fileForUrlPath', () => {
  it.each([
    ['/health/', 'index.html'],
    ['/health/strategies/kent/', 'strategies/kent/index.html'],
    ['/health/strategies/kent/8.0/', 'strategies/kent/8.0/index.html'],
    ['/health/indicators/x/x.csv', 'indicators/x/x.csv'],
    ['/health/a%20b/', 'a b/index.html'],
    ['/health/404.html', '404.html'],
  ])('serves %s from %s', (url, file) => {
    expect(fileForUrlPath(dir, '/health/', url)).toBe(file);
  });

  it.each([
    ['/health', 'the base without its slash'],
    ['/strategies/kent/', 'a path outside the base'],
    ['/health/strategies/kent', 'a folder without its trailing slash'],
    ['/health/indicators/x/', 'a folder with no index.html'],
    ['/health/indicators/x/x.csv/', 'a file with a trailing slash'],
    ['/health/missing.css', 'a file that is not there'],
    ['/health/%E0%A4%A', 'a badly encoded path'],
    ['/health/indicators/x/..%2f..%2findex.html', 'an encoded ..'],
  ])('serves nothing for %s (%s)', (url) => {
    expect(fileForUrlPath(dir, '/health/', url)).toBeUndefined();
  });
});

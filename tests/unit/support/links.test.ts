/**
 * tests/support/links.ts decides tests/site/links.test.ts: a build passes
 * only when every reference in it resolves. Each case here is a kind of
 * reference a page can hold, in a small build served under /health/, with
 * the exact line the site test would print.
 */

import { describe, expect, it } from 'vitest';
import { LinkChecker } from '../../support/links.ts';
import { scratchBuild } from './scratch-build.ts';

const { dir, write } = scratchBuild('links');
function checkPage(html: string): string[] {
  write('index.html', html);
  return new LinkChecker(dir, '/health/').checkHtml().problems;
}

write('index.html', '<h1 id="here">Home</h1>');
write('a/index.html', '<h2 id="sec">A</h2><h3 id="caf&eacute;">Café</h3><a name="old"></a>');
write('data/x.csv', 'a,b\n');
write('_astro/site.css', 'body{background:url(../img/bg.png)}');
write('img/bg.png', '');
write('img/logo.png', '');
write('img/logo-2x.png', '');

const checker = (): LinkChecker => new LinkChecker(dir, '/health/');

describe('LinkChecker.check', () => {
  const from = (ref: string): string | undefined => checker().check(ref, '/health/', 'index.html');

  it.each([
    ['/health/a/'],
    ['a/'],
    ['./a/'],
    ['/health/a/#sec'],
    ['/health/a/#old'],
    ['/health/a/#caf%C3%A9'],
    ['/health/data/x.csv'],
    ['/health/data/x.csv#not-html'],
    ['#top'],
    ['/health/a/#top'],
    ['https://example.org/nothing-here'],
    ['mailto:someone@example.org'],
    ['tel:+441234567890'],
    ['//cdn.example.org/x.js'],
    [''],
  ])('accepts %j', (ref) => {
    expect(from(ref)).toBeUndefined();
  });

  it.each([
    ['/a/', 'escapes the base path /health/ (resolves to /a/)'],
    ['../a/', 'escapes the base path /health/ (resolves to /a/)'],
    ['/health/a', "has no trailing slash (/health/a); the site uses trailingSlash 'always'"],
    ['/health/missing/', 'resolves to /health/missing/, which is not a file in the build'],
    ['/health/data/', 'resolves to /health/data/, which is not a file in the build'],
    ['/health/a/#nope', 'points at #nope, which is not an id on /health/a/'],
    ['/health/a/#SEC', 'points at #SEC, which is not an id on /health/a/'],
    ['/health/a/#%E0%A4%A', 'has a badly encoded fragment #%E0%A4%A'],
    ['JavaScript:alert(1)', 'is a javascript: URL'],
  ])('refuses %j: %s', (ref, problem) => {
    expect(from(ref)).toBe(problem);
  });

  it('checks a fragment alone against the page it is on', () => {
    expect(checker().check('#here', '/health/', 'index.html')).toBeUndefined();
    expect(checker().check('#gone', '/health/', 'index.html')).toBe('points at #gone, which is not an id on /health/');
  });
});

describe('LinkChecker.checkHtml', () => {
  it('checks every URL attribute, each srcset candidate, and counts repeats once per line', () => {
    const problems = checkPage(
      '<a href="/health/a/">ok</a><a href="/gone/">1</a><a href="/gone/">2</a>' +
        '<img src="/health/img/logo.png" srcset="/health/img/logo.png 1x, /health/img/missing.png 2x" alt="">' +
        '<link rel="stylesheet" href="/health/_astro/site.css"><script src="/health/_astro/app.js"></script>' +
        '<form action="/health/search/"></form>' +
        '<svg><use href="#icon"/><image xlink:href="/health/img/logo-2x.png"/></svg>',
    );
    expect(problems).toEqual([
      '/health/: <a href="/gone/"> escapes the base path /health/ (resolves to /gone/) (2 times)',
      '/health/: <img srcset="/health/img/missing.png"> resolves to /health/img/missing.png, which is not a file in the build',
      '/health/: <script src="/health/_astro/app.js"> resolves to /health/_astro/app.js, which is not a file in the build',
      '/health/: <form action="/health/search/"> resolves to /health/search/, which is not a file in the build',
      '/health/: <use href="#icon"> points at #icon, which is not an id on /health/',
    ]);
  });

  it('reads references as a browser does: decoded, and not inside comments, scripts or attribute text', () => {
    const problems = checkPage(
      '<a href="/health/a/?x=1&amp;y=2#sec">ok</a><a href="/health/a/#caf&eacute;">ok</a>' +
        '<!-- <a href="/gone/"> --><script>document.write("<a href=\'/gone/\'>")</script>' +
        '<a title="<a href=\'/gone/\'>" href="/health/a/#old">ok</a>',
    );
    expect(problems).toEqual([]);
  });

  it('counts what it checked', () => {
    write('index.html', '<a href="/health/a/">x</a><a href="https://example.org/">y</a><p>text</p>');
    expect(checker().checkHtml()).toEqual({ checked: 2, problems: [] });
  });
});

describe('LinkChecker.checkCss', () => {
  it('checks url() references relative to the stylesheet, and skips data: URLs and fragments', () => {
    write(
      '_astro/site.css',
      'a{background:url(../img/bg.png)}b{background:url("/health/img/none.png")}' +
        "i{background:url('data:image/png;base64,AA==')}svg{mask:url(#m)}",
    );
    expect(checker().checkCss()).toEqual({
      checked: 2,
      problems: [
        '/health/_astro/site.css: url(/health/img/none.png) resolves to /health/img/none.png, which is not a file in the build',
      ],
    });
  });
});

/**
 * The page shell (src/lib/site/shell.ts): what the layout shows around every
 * page, from site.yaml and the page's address, under "/" and under a sub-path.
 */

import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/lib/contract/schemas.ts';
import { pageShell } from '../../src/lib/site/shell.ts';

const config = siteSchema.parse({
  name: 'Sample Board',
  url: 'https://strategies.example.org/health/',
  colour: '#005a70',
  organisation: { name: 'Sample Council', url: 'https://www.example.org' },
  logo: { src: '/images/logo.svg', alt: 'Sample Council' },
});
const bare = siteSchema.parse({ name: 'Sample Board' });
const page = { title: 'Updates', lang: 'en-GB', pathname: '/health/updates/', base: '/health/' };

describe('pageShell', () => {
  it('names the page and the site in the title, the site alone on the home page', () => {
    expect(pageShell(config, page).documentTitle).toBe('Updates - Sample Board');
    expect(pageShell(config, { ...page, title: 'Sample Board', pathname: '/health/' }).documentTitle).toBe(
      'Sample Board',
    );
  });

  it('gives a canonical address and a feed only when site.yaml has the url', () => {
    const shell = pageShell(config, page);
    expect(shell.canonical).toBe('https://strategies.example.org/health/updates/');
    expect(shell.feedTitle).toBe('Updates from Sample Board');
    expect(pageShell(bare, page).canonical).toBeUndefined();
    expect(pageShell(bare, page).feedTitle).toBeUndefined();
  });

  it('marks the section the page is in, under the base path', () => {
    const current = (pathname: string) =>
      pageShell(config, { ...page, pathname })
        .menu.filter((item) => item.current)
        .map((item) => item.text);
    expect(current('/health/')).toEqual(['Strategies']);
    expect(current('/health/updates/')).toEqual(['Updates']);
    // An update's own page is in the updates section but is not the list of updates.
    expect(current('/health/updates/2026-11-02-strategy-adopted/')).toEqual([]);
    expect(current('/health/search/')).toEqual(['Search']);
    expect(current('/health/indicators/x/')).toEqual([]);
    expect(pageShell(config, page).menu.map((item) => item.path)).toEqual(['/', '/updates/', '/search/']);
  });

  it('passes the brand, logo (as a site path) and publisher through, and the language in Open Graph form', () => {
    const shell = pageShell(config, { ...page, lang: 'cy' });
    expect(shell).toMatchObject({
      siteName: 'Sample Board',
      colour: '#005a70',
      logo: { path: '/images/logo.svg', alt: 'Sample Council' },
      publisher: { name: 'Sample Council', url: 'https://www.example.org' },
      ogLocale: 'cy',
    });
    expect(pageShell(config, page).ogLocale).toBe('en_GB');
    expect(pageShell(bare, page).logo).toBeUndefined();
    // The name is written beside the logo: a logo that only says the name is decorative there.
    const named = siteSchema.parse({ name: 'Sample Board', logo: { src: 'images/logo.svg', alt: ' sample  BOARD' } });
    expect(pageShell(named, page).logo).toEqual({ path: '/images/logo.svg', alt: '' });
    expect(pageShell(bare, page).publisher).toBeUndefined();
  });

  it('gives search filters only to pages the index should hold', () => {
    expect(pageShell(config, page).searchFilters).toBeUndefined();
    expect(pageShell(config, { ...page, search: { kind: 'Indicator' } }).searchFilters).toEqual([
      'kind:Indicator',
      'version:Current version',
    ]);
  });
});

/**
 * The lib behind search, the feed, the accessibility statement and the
 * favicon, on the good fixture with one more indicator
 * (tests/fixtures/site-index/) whose file name and title sort differently.
 */

import path from 'node:path';
import { currentVersion, SiteModel } from '../../src/lib/contract/site-model.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { accessibilityStatement } from '../../src/lib/site/accessibility.ts';
import { siteSchema } from '../../src/lib/contract/schemas.ts';
import { escapeMarkup } from '../../src/lib/core/escape.ts';
import { favicon } from '../../src/lib/site/favicon.ts';
import { feedItems } from '../../src/lib/site/feed.ts';
import { CURRENT, OTHER, searchFilters, searchGlob, siteIndex } from '../../src/lib/site/search.ts';
import { getSite } from '../../src/lib/site/load.ts';
import { FIXTURES, overlay } from './overlay.ts';

const dirs = overlay(path.join(FIXTURES, 'site-index'));
afterAll(() => dirs.cleanup());
const site = getSite(dirs);

describe('searchFilters', () => {
  it('records kind, strategy, version and status as Pagefind attribute filters', () => {
    expect(
      searchFilters({ kind: 'Strategy', strategy: 'Kent and Medway', current: false, status: 'Superseded' }),
    ).toEqual(['kind:Strategy', 'strategy:Kent and Medway', `version:${OTHER}`, 'status:Superseded']);
  });

  it('counts pages without versions as current, so the default search keeps them', () => {
    expect(searchFilters({ kind: 'Indicator' })).toEqual(['kind:Indicator', `version:${CURRENT}`]);
  });

  it('turns commas into spaces, since Pagefind splits filters on commas', () => {
    expect(searchFilters({ kind: 'Update', strategy: 'Health, care and wellbeing' })).toContain(
      'strategy:Health care and wellbeing',
    );
  });
});

describe('searchGlob', () => {
  const glob = searchGlob(['strategies', 'indicators', 'areas', '_astro', 'pagefind', 'search']);
  it('reads every page but those for one area of an indicator', () => {
    const read = (file: string) => path.matchesGlob(file, glob);
    expect(read('index.html')).toBe(true);
    expect(read('404.html')).toBe(true);
    expect(read('strategies/kent/1.0/index.html')).toBe(true);
    expect(read('areas/E06000035/index.html')).toBe(true);
    expect(read('search/index.html')).toBe(true);
    expect(read('indicators/smoking/index.html')).toBe(true);
    expect(read('indicators/smoking/areas/E06000035/index.html')).toBe(false);
    expect(read('pagefind/fragment/x.html')).toBe(false);
  });
});

describe('siteIndex', () => {
  const index = siteIndex(site.content, currentVersion, '2026-12-01');
  it('lists each strategy with every version, newest first, marking the current one', () => {
    const sample = index.strategies.find((s) => s.title === 'Sample Health Strategy');
    // 1.10 is newer than 1.9: versions are ordered as numbers, not as text.
    expect(sample?.links.map((l) => l.text)).toEqual([
      'Overview and versions',
      'Version 1.10',
      'Version 1.9',
      'Version 1.0',
      'Dashboard of targets and measures',
    ]);
    expect(sample?.links[1]?.note).toBe('Adopted, current version');
    expect(sample?.links[2]?.note).toBe('Superseded');
  });

  it('lists every indicator in title order and every update', () => {
    expect(site.content.indicators.map((i) => i.id)).toEqual([
      'adult-smoking',
      'alcohol-admissions',
      'physical-inactivity',
    ]);
    const indicators = index.groups.find((g) => g.heading === 'Indicators');
    expect(indicators?.links).toHaveLength(site.content.indicators.length);
    expect(indicators?.links.map((l) => l.text)).toEqual([
      'Admissions for alcohol-specific conditions',
      'Physically inactive adults',
      'Smoking in adults',
    ]);
    expect(index.groups.find((g) => g.heading === 'Updates')?.links).toHaveLength(site.content.updates.length);
  });
});

describe('feedItems', () => {
  it('makes every link absolute under the site address and the base', () => {
    const feed = feedItems(site, '/health/', '2026-12-01');
    expect(feed.home).toBe('https://strategies.example.org/health/');
    expect(feed.self).toBe('https://strategies.example.org/health/updates/rss.xml');
    expect(feed.items[0]?.link).toBe('https://strategies.example.org/health/updates/2026-11-02-strategy-adopted/');
    expect(feed.items[0]?.pubDate.toISOString()).toBe('2026-11-02T00:00:00.000Z');
  });

  it('refuses to build a feed without the site address', () => {
    const content = { ...site.content, site: { ...site.content.site, url: undefined } };
    expect(() => feedItems(new SiteModel(content), '/', '2026-12-01')).toThrow(/site\.yaml: url is needed/);
  });
});

describe('accessibilityStatement', () => {
  const config = (accessibility: unknown) => siteSchema.parse({ name: 'Partnership', accessibility });

  it('uses the model statement sentence for each compliance status', () => {
    expect(accessibilityStatement(config({ status: 'full' })).complianceSentence).toMatch(
      /^This website is fully compliant/,
    );
    expect(accessibilityStatement(config({ status: 'partial' })).complianceSentence).toMatch(
      /partially compliant .* due to the non-compliances listed below\.$/,
    );
    expect(accessibilityStatement(config({ status: 'not' })).complianceSentence).toMatch(/is not compliant/);
  });

  it('accepts problems in words or with their criterion and fix date', () => {
    const statement = accessibilityStatement(
      config({ issues: ['Old maps.', { text: 'Charts lack summaries.', criterion: '1.1.1', fixBy: '2027-03-31' }] }),
    );
    expect(statement.issues).toEqual([
      { text: 'Old maps.' },
      { text: 'Charts lack summaries.', criterion: '1.1.1', fixBy: '2027-03-31' },
    ]);
  });

  it('rejects a criterion that is not a WCAG number', () => {
    expect(() => config({ issues: [{ text: 'x', criterion: 'contrast' }] })).toThrow(/success criterion number/);
  });

  it('dates the statement and its test', () => {
    const statement = accessibilityStatement(
      config({ prepared: '2026-10-21', reviewed: '2026-11-16', tested: '2026-10-14', testedBy: 'our team' }),
    );
    expect(statement.preparationSentence).toBe(
      'This statement was prepared on 21 October 2026. It was last reviewed on 16 November 2026.',
    );
    expect(statement.testingSentence).toBe(
      'This website was last tested on 14 October 2026. The test was carried out by our team.',
    );
    expect(accessibilityStatement(config({})).preparationSentence).toMatch(/not yet been dated/);
  });
});

describe('favicon', () => {
  it('escapes the letter and the colour', () => {
    expect(escapeMarkup(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
    expect(favicon('<b>', '#005a70')).toContain('>&lt;</text>');
    expect(favicon('westminster', '#005a70')).toContain('fill="#005a70"');
    expect(favicon('westminster', '#005a70')).toContain('>W</text>');
  });
});

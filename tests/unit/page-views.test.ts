/**
 * The views of the site's own pages and the strategy pages (src/lib/site/,
 * src/lib/strategy/), on the good fixture: what each page says in words,
 * decided before any component draws it.
 */

import { describe, expect, it } from 'vitest';
import type { Strategy } from '../../src/lib/contract/model.ts';
import { homePage, notFoundPage } from '../../src/lib/site/home-page.ts';
import { getSite } from '../../src/lib/site/load.ts';
import { searchPage } from '../../src/lib/site/search-page.ts';
import { strategyPage } from '../../src/lib/site/strategy-page.ts';
import { updatePage, updatesPage } from '../../src/lib/site/updates.ts';
import type { Consultation } from '../../src/lib/strategy/consultation.ts';
import { consultationBanner, consultationSummary, versionNotice } from '../../src/lib/strategy/notices.ts';
import { versionPage } from '../../src/lib/strategy/version-page.ts';
import { goodDirs } from './overlay.ts';

const site = getSite(goodDirs());
/** The build date the views are judged on. */
const TODAY = '2026-12-01';
const strategy = site.strategy('sample-strategy');
const [v1, v19, v110] = strategy.versions;
if (!v1 || !v19 || !v110) throw new Error('The good fixture has versions 1.0, 1.9 and 1.10');
const update = {
  title: 'Strategy adopted',
  path: '/updates/2026-11-02-strategy-adopted/',
  date: '2026-11-02',
  dateText: '2 November 2026',
  summary: 'The board adopted version 1.10.',
  strategy: { text: 'Sample Health Strategy', path: '/strategies/sample-strategy/' },
};

describe('home, not found and updates', () => {
  it('lists each strategy with its current version, and the latest updates with their strategy', () => {
    const home = homePage(site, TODAY);
    expect(home.title).toBe('Sample Health and Wellbeing Board');
    expect(home.description).toMatch(/^The health and wellbeing strategies of Sample Health and Wellbeing Board:/);
    expect(home.strategies).toEqual([
      {
        title: 'Sample Health Strategy',
        path: '/strategies/sample-strategy/',
        summary: 'How we will help people live longer, healthier lives.',
        current: { id: '1.10', dateText: '15 March 2024', status: 'adopted' },
      },
    ]);
    expect(home.updates).toEqual([update]);
    expect(notFoundPage(site, TODAY)).toEqual({ strategies: home.strategies, email: 'health@example.org' });
  });

  it('says whether there is a feed, and gives an update its search filters', () => {
    expect(updatesPage(site, TODAY)).toMatchObject({ feed: true, updates: [update] });
    const one = site.content.updates[0];
    if (!one) throw new Error('The good fixture has an update');
    expect(updatePage(site, one)).toMatchObject({
      title: 'Strategy adopted',
      dateText: '2 November 2026',
      strategy: update.strategy,
      searchFilters: ['kind:Update', 'strategy:Sample Health Strategy', 'version:Current version'],
    });
  });

  it('offers the search filters the script reads, and every page as a list', () => {
    const search = searchPage(site, TODAY);
    expect(search.description).toBe(
      'Search the strategies, figures and updates of Sample Health and Wellbeing Board, or browse a list of every page.',
    );
    expect(search.kinds.map((k) => k.label)).toEqual([
      'Strategies',
      'Dashboards of targets and measures',
      'Indicators and figures',
      'Areas',
      'How we judge progress',
      'Updates',
    ]);
    // The methodology page is listed for readers without script, as search finds it for those with.
    expect(search.index.groups.at(-1)?.links.map((l) => l.text)).toContain('How we judge progress');
    expect(search.strategies).toEqual(['Sample Health Strategy']);
    expect(search.statuses).toEqual(['Draft', 'Consultation draft', 'Adopted', 'Superseded', 'Withdrawn']);
    expect(search.index.strategies[0]?.links.map((l) => l.text)).toContain('Version 1.10');
    // Every area with figures has a page, listed largest first with its type.
    expect(search.index.groups.find((g) => g.heading === 'Areas')?.links).toEqual([
      { text: 'England', path: '/areas/E92000001/', note: 'Country' },
      { text: 'Sample County', path: '/areas/sample-county/', note: 'Local authority' },
    ]);
  });
});

describe('strategyPage', () => {
  const page = strategyPage(site, strategy, '2026-01-01');

  it('lists the versions newest first, each with what changed since the one before', () => {
    expect(page.versionsCaption).toBe('Versions of Sample Health Strategy, newest first');
    expect(page.versions.map((v) => [v.id, v.isCurrent, v.changes?.path])).toEqual([
      ['1.10', true, '/strategies/sample-strategy/compare/1.9/1.10/'],
      ['1.9', false, '/strategies/sample-strategy/compare/1.0/1.9/'],
      ['1.0', false, undefined],
    ]);
  });

  it('gives the facts in words and links to progress; no delivery link without reports', () => {
    expect(page).toMatchObject({
      partners: 'Sample Council, NHS Sample',
      covers: '2023 to 2028',
      current: { id: '1.10', path: '/strategies/sample-strategy/1.10/', dateText: '15 March 2024' },
      dashboardPath: '/strategies/sample-strategy/dashboard/',
      deliveryPath: undefined,
      banner: undefined,
      consultation: undefined,
    });
    expect(page.updates).toEqual([update]);
  });
});

describe('versionPage', () => {
  it('titles a version with its status, and marks the contents entry of the section read', () => {
    const page = versionPage(strategy, v1, '2026-01-01', site.config.contact);
    expect(page.title).toBe('Sample Health Strategy, version 1.0 (superseded)');
    expect(page.search).toEqual({
      kind: 'Strategy',
      strategy: 'Sample Health Strategy',
      current: false,
      status: 'Superseded',
    });
    expect(page.currentSectionCss).toBe(
      'main:has([data-section="foreword"] :target) .app-contents a[href="#foreword"],\n' +
        'main:has([data-section="move-more"] :target) .app-contents a[href="#move-more"] { font-weight: 700; }',
    );
    expect(page.dateText).toBe('15 January 2024');
  });

  it('shows what changed when there is a note or an earlier version', () => {
    expect(versionPage(strategy, v1, '2026-01-01', site.config.contact).showsChange).toBe(true);
    const first: Strategy = { ...strategy, versions: [{ ...v1, note: undefined }] };
    const only = first.versions[0];
    if (!only) throw new Error('unreachable');
    expect(versionPage(first, only, '2026-01-01', site.config.contact).showsChange).toBe(false);
  });
});

describe('notices', () => {
  it('warns on a version not in force and links to the current one; says nothing on the current one', () => {
    expect(versionNotice(strategy, v1)).toEqual({
      status: 'superseded',
      text: 'This version has been replaced by a newer one.',
      warn: true,
      current: { id: '1.10', path: '/strategies/sample-strategy/1.10/', dateText: '15 March 2024' },
    });
    expect(versionNotice(strategy, v110)).toBeUndefined();
  });

  const consultation = (state: Consultation['state'], outcomeUrl?: string): Consultation => ({
    opens: '2026-11-01',
    closes: '2027-01-31',
    respond: 'Answer the survey.',
    respondUrl: 'https://example.org/survey',
    outcomeUrl,
    state,
    today: '2026-12-15',
    version: { ...v19, status: 'consultation' },
  });

  it('says each consultation state in a sentence, with the outcome once concluded', () => {
    expect(consultationSummary(consultation('upcoming')).sentence).toBe(
      'The consultation opens on 1 November 2026 and closes on 31 January 2027.',
    );
    expect(consultationSummary(consultation('open'))).toEqual({
      state: 'open',
      stateWord: 'Open',
      sentence: 'The consultation opened on 1 November 2026 and closes at the end of 31 January 2027.',
      outcomeUrl: undefined,
      checked: '15 December 2026',
    });
    expect(consultationSummary(consultation('closed')).sentence).toBe(
      'The consultation ran from 1 November 2026 to 31 January 2027. We are considering the responses and will publish what we heard.',
    );
    const concluded = consultationSummary(consultation('concluded', 'https://example.org/outcome'));
    expect(concluded.outcomeUrl).toBe('https://example.org/outcome');
    expect(consultationSummary(consultation('closed', 'https://example.org/outcome')).outcomeUrl).toBeUndefined();
  });

  it('links the banner to the draft except on the draft itself, with every way to respond', () => {
    expect(consultationBanner(strategy, consultation('open'), false, site.config.contact)).toEqual({
      opens: '1 November 2026',
      closes: '31 January 2027',
      respond: 'Answer the survey.',
      // The form from strategy.yaml; email and phone from site.yaml's contact, which has no address.
      ways: {
        form: 'https://example.org/survey',
        email: 'health@example.org',
        phone: '01234 567890',
        address: undefined,
      },
      draft: { id: '1.9', path: '/strategies/sample-strategy/1.9/' },
      checked: '15 December 2026',
    });
    expect(consultationBanner(strategy, consultation('open'), true, site.config.contact).draft).toBeUndefined();
  });
});

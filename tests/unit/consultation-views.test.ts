/**
 * What a published consultation outcome shows, and where: its page
 * (src/lib/strategy/consultation-page.ts), its join to the compare page (consultation-joins.ts),
 * when it counts as published and what it concludes (strategy/consultation.ts),
 * and its announcements (strategy/notices.ts, the version page, the updates
 * and the feed). On tests/fixtures/diff/, whose 1.0 has a consultation.yaml
 * and 2.0 (dated 2026-03-02) shows the changes.
 */

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { joinedComparisonView } from '../../src/lib/strategy/consultation-joins.ts';
import { consultationPage, consultationRoutes } from '../../src/lib/strategy/consultation-page.ts';
import type { Strategy, Version } from '../../src/lib/contract/model.ts';
import { SiteModel } from '../../src/lib/contract/site-model.ts';
import { feedItems } from '../../src/lib/site/feed.ts';
import { homePage, notFoundPage } from '../../src/lib/site/home-page.ts';
import { getSite } from '../../src/lib/site/load.ts';
import { strategyPage } from '../../src/lib/site/strategy-page.ts';
import { latestItems } from '../../src/lib/site/updates.ts';
import {
  consultationOf,
  outcomeCounts,
  outcomeDate,
  publishedOutcome,
  publishedOutcomes,
} from '../../src/lib/strategy/consultation.ts';
import { consultationSummary, contactWays, openConsultationText } from '../../src/lib/strategy/notices.ts';
import { versionPage } from '../../src/lib/strategy/version-page.ts';
import { FIXTURES } from './overlay.ts';

const site = getSite({
  contentDir: path.join(FIXTURES, 'diff', 'content'),
  dataDir: path.join(FIXTURES, 'good', 'data'),
});
const strategy = site.strategy('sample-strategy');
const [v1, v2] = strategy.versions;
if (!v1 || !v2) throw new Error('The diff fixture has versions 1.0 and 2.0');
const file = v1.consultation;
if (!file) throw new Error('1.0 has a consultation.yaml');

/** The version with 1.0's consultation.yaml, its fields replaced. */
const withFile = (version: Version, fields: Partial<typeof file>): Version => ({
  ...version,
  consultation: { ...file, ...fields },
});
/** A day after 2.0, whose date is when the outcome is published. */
const TODAY = '2026-12-01';
const PAGE = '/strategies/sample-strategy/consultation/1.0/';

describe('when an outcome is published', () => {
  it("is the next version's date unless the file gives its own, and is judged on the build date", () => {
    expect(outcomeDate(strategy, v1)).toBe('2026-03-02');
    expect(publishedOutcome(strategy, v1, '2026-03-01')).toBeUndefined();
    expect(publishedOutcome(strategy, v1, '2026-03-02')?.next?.id).toBe('2.0');
    const own = withFile(v1, { published: '2026-05-01' });
    expect(outcomeDate(strategy, own)).toBe('2026-05-01');
    // Without a next version or a date of its own, it is not published yet.
    const last = withFile(v2, {});
    expect(outcomeDate({ ...strategy, versions: [v1, last] }, last)).toBeUndefined();
    expect(outcomeDate(strategy, v2)).toBeUndefined();
  });

  it('builds a page for each published outcome, and only those', () => {
    expect(consultationRoutes([strategy], TODAY)).toEqual([
      { params: { strategy: 'sample-strategy', version: '1.0' } },
    ]);
    expect(consultationRoutes([strategy], '2026-01-01')).toEqual([]);
  });

  it('concludes a consultation that closed before it was published, with a link to it on this site', () => {
    const consulted: Strategy = { ...strategy, consultation: { opens: '2026-01-10', closes: '2026-02-10' } };
    const c = consultationOf(consulted, TODAY);
    expect(c?.state).toBe('concluded');
    expect(c?.outcome?.version.id).toBe('1.0');
    expect(c && consultationSummary(c)).toMatchObject({ outcomePath: PAGE, outcomeUrl: undefined });
    // Published before a later consultation closed: it is the earlier one's outcome, not this one's.
    const later: Strategy = { ...strategy, consultation: { opens: '2026-10-01', closes: '2026-11-01' } };
    expect(consultationOf(later, TODAY)?.state).toBe('closed');
  });

  it('counts the themes by outcome, zeros too', () => {
    expect(outcomeCounts(file.themes).map((c) => [c.outcome, c.count, c.themes])).toEqual([
      ['changed', 1, '1 theme'],
      ['partly-changed', 1, '1 theme'],
      ['not-changed', 1, '1 theme'],
      ['already-covered', 1, '1 theme'],
    ]);
    expect(outcomeCounts(file.themes.slice(0, 1)).map((c) => c.count)).toEqual([1, 0, 0, 0]);
  });
});

describe('the consultation page', () => {
  const page = consultationPage(site, strategy, v1, TODAY);

  it('says what the consultation was, with the responses by channel and their total', () => {
    expect(page.heading).toBe('What you told us about version 1.0, and what we did');
    expect(page.intro).toEqual([
      'We asked for views on version 1.0.',
      '1,165 responses came in. Thank you to everyone who took part.',
      'This page sets out what people told us, theme by theme, and what we did about each. The changes are in version 2.0.',
    ]);
    expect(page.dateText).toBe('2 March 2026');
    // The fixture's file says nothing of being illustrative: real counts, no warning.
    expect(page.illustrative).toBe(false);
    expect(page.responses?.rows.map((r) => [r.header, r.cells[0]?.text])).toEqual([
      ['Online survey', '1,120'],
      ['Drop-in sessions', '45'],
      ['Total', '1,165'],
    ]);
    expect(page.comparePath).toBe('/strategies/sample-strategy/compare/1.0/2.0/');
    expect(page.search).toEqual({ kind: 'Strategy', strategy: 'Sample Health Strategy', current: true });
  });

  it('links each change to its exact place in the next version and on the compare page', () => {
    const [target, section, notChanged, covered] = page.themes;
    expect(target).toMatchObject({
      anchor: 'theme-activity-target',
      outcome: 'changed',
      outcomeWord: 'Changed',
      countText: 'Raised in 30 responses',
      changesHeading: 'Where to see the change',
      changes: [
        {
          text: 'Target for physically inactive adults: 20% by 2028 (it was 18% by 2028)',
          path: '/strategies/sample-strategy/2.0/#move-more-target-physical-inactivity',
          comparePath: '/strategies/sample-strategy/compare/1.0/2.0/#target-physical-inactivity',
        },
      ],
    });
    expect(target?.quotes[1]).toEqual({
      text: 'Mae angen targed y gallwn ei gyrraedd.',
      from: 'Resident, Southtown',
      lang: 'cy',
    });
    expect(section?.changes).toEqual([
      {
        text: 'Section 2: Be more active',
        path: '/strategies/sample-strategy/2.0/#move-more',
        comparePath: '/strategies/sample-strategy/compare/1.0/2.0/#section-move-more',
      },
    ]);
    expect(notChanged).toMatchObject({ outcome: 'not-changed', changes: [], countText: 'Raised in 8 responses' });
    // Already covered: where the strategy says it, with no "what changed" link (it need not have changed).
    expect(covered).toMatchObject({
      changesHeading: 'Where the strategy covers this',
      countText: undefined,
      changes: [
        { text: 'Section 1: Foreword', path: '/strategies/sample-strategy/2.0/#foreword', comparePath: undefined },
      ],
    });
  });

  it("gives site.yaml's contact for questions, with no form to fill in", () => {
    expect(page.contact).toEqual({
      form: undefined,
      email: 'health@example.org',
      phone: '01234 567890',
      address: undefined,
    });
  });
});

describe('the compare page from the consulted version to the next', () => {
  const view = joinedComparisonView(site.content, 'sample-strategy', '1.0', '2.0', 'changes', TODAY);

  it('counts the themes by outcome in its summary', () => {
    expect(view.consultation).toMatchObject({
      title: 'What you told us about version 1.0, and what we did',
      path: PAGE,
      sentence: 'We grouped what people told us about version 1.0 into 4 themes.',
    });
  });

  it('puts each changed theme beside the section or target it names, and an already-covered one nowhere', () => {
    const moveMore = view.sections.find((s) => s.id === 'move-more');
    expect(moveMore?.themes?.map((t) => [t.id, t.path])).toEqual([['walking-routes', `${PAGE}#theme-walking-routes`]]);
    const blocks = moveMore?.parts.flatMap((p) => (p.part === 'block' ? [p.block] : p.part === 'list' ? p.items : []));
    const target = blocks?.find((b) => b.kind === 'target');
    expect(target?.anchor).toBe('target-physical-inactivity');
    expect(target?.themes?.map((t) => t.id)).toEqual(['activity-target']);
    expect(view.sections.find((s) => s.id === 'foreword')?.themes).toBeUndefined();
  });

  it('puts the theme of a target whose figures changed but whose sentence did not on its section, and links there', () => {
    // 2.0's target keeps 1.0's sentence and 18%, and is now for England (a sentence need not name its area):
    // the changes page does not show it.
    const later = withTarget('area="E92000001" value={18} by="2028"', '22.3% to 18%');
    const moved = joinedComparisonView(later.content, 'sample-strategy', '1.0', '2.0', 'changes', TODAY);
    const section = moved.sections.find((s) => s.id === 'move-more');
    expect(section?.themes?.map((t) => t.id)).toEqual(['walking-routes', 'activity-target']);
    expect(targetLink(later)).toMatchObject({
      text: 'Target for physically inactive adults: 18% by 2028',
      comparePath: '/strategies/sample-strategy/compare/1.0/2.0/#section-move-more',
    });
  });

  it('says what the promise was when only its date moved', () => {
    const later = withTarget('value={18} by="2029"', '22.3% to 18%', 'By 2029');
    expect(targetLink(later)?.text).toBe('Target for physically inactive adults: 18% by 2029 (it was 18% by 2028)');
  });

  it('joins nothing before the outcome is published, or to another pair', () => {
    expect(joinedComparisonView(site.content, 'sample-strategy', '1.0', '2.0', 'full', '2026-03-01').consultation).toBe(
      undefined,
    );
  });
});

describe('announcements', () => {
  it('on the consulted version and the version it changed', () => {
    const on1 = versionPage(strategy, v1, TODAY, site.config.contact).outcomes;
    expect(on1.map((o) => [o.versionId, o.sentence])).toEqual([
      [
        '1.0',
        'We asked people what they thought of this version. We have published what they told us, and what we did.',
      ],
    ]);
    expect(on1[0]?.summary).toBe(
      '1,165 responses, grouped into 4 themes: 1 changed, 1 partly changed, 1 not changed and 1 already covered.',
    );
    const on2 = versionPage(strategy, v2, TODAY, site.config.contact).outcomes;
    expect(on2.map((o) => o.sentence)).toEqual(['We changed this version after the consultation on version 1.0.']);
    expect(versionPage(strategy, v2, '2026-03-01', site.config.contact).outcomes).toEqual([]);
  });

  it('on the strategy page, the updates and the feed, once published', () => {
    expect(strategyPage(site, strategy, TODAY).outcomes.map((o) => o.path)).toEqual([PAGE]);
    const items = latestItems(site, TODAY);
    expect(items.map((i) => [i.title, i.date])).toEqual([
      ['What you told us about version 1.0, and what we did', '2026-03-02'],
    ]);
    const feed = feedItems(site, '/', TODAY);
    expect(feed.items.map((i) => [i.title, i.link])).toEqual([
      [
        'Sample Health Strategy: what you told us about version 1.0, and what we did',
        `https://strategies.example.org${PAGE}`,
      ],
    ]);
    expect(latestItems(site, '2026-03-01')).toEqual([]);
    expect(publishedOutcomes(strategy, '2026-03-01')).toEqual([]);
  });
});

describe('ways to respond, and open consultations in lists', () => {
  const contact = { email: 'site@example.org', phone: '0100', address: '1 Street' };

  it("takes the strategy's own details first, then site.yaml's contact; none at all is undefined", () => {
    expect(contactWays({ respondUrl: 'https://example.org/form', email: 'consult@example.org' }, contact)).toEqual({
      form: 'https://example.org/form',
      email: 'consult@example.org',
      phone: '0100',
      address: '1 Street',
    });
    expect(contactWays({ address: 'Freepost CONSULT' }, contact)?.address).toBe('Freepost CONSULT');
    expect(contactWays({}, {})).toBeUndefined();
  });

  it('says "Open, closes <date>" while open, and nothing otherwise', () => {
    const open: Strategy = { ...strategy, consultation: { opens: '2026-11-01', closes: '2027-01-31' } };
    expect(openConsultationText(consultationOf(open, '2026-12-01'))).toBe('Open, closes 31 January 2027');
    expect(openConsultationText(consultationOf(open, '2027-02-01'))).toBeUndefined();
    expect(openConsultationText(consultationOf(strategy, '2026-12-01'))).toBeUndefined();
  });

  it('shows it on the home page and the list of strategies on the "not found" page', () => {
    const open: Strategy = { ...strategy, consultation: { opens: '2026-11-01', closes: '2027-01-31' } };
    const withOpen = new SiteModel({ ...site.content, strategies: [open] });
    expect(homePage(withOpen, TODAY).strategies[0]?.consultation).toBe('Open, closes 31 January 2027');
    expect(notFoundPage(withOpen, TODAY).strategies[0]?.consultation).toBe('Open, closes 31 January 2027');
    expect(homePage(site, TODAY).strategies[0]?.consultation).toBeUndefined();
  });
});

const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

/** The fixture with 2.0's target written with `attributes`, its sentence's figures, and its year. */
function withTarget(attributes: string, figures: string, year = 'By 2028') {
  const root = mkdtempSync(path.join(os.tmpdir(), 'strategy-site-consultation-views-'));
  copies.push(root);
  cpSync(path.join(FIXTURES, 'diff', 'content'), root, { recursive: true });
  const file = path.join(root, 'strategies/sample-strategy/2.0/02-be-more-active.mdx');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace('value={20} by="2028"', attributes)
      .replace('22.3% to 20%', figures)
      .replace('By 2028', year),
  );
  return getSite({ contentDir: root, dataDir: path.join(FIXTURES, 'good', 'data') });
}

/** The first theme's link to the target it names, on the consultation page of 1.0. */
function targetLink(later: SiteModel) {
  const consulted = later.strategy('sample-strategy');
  const [first] = consulted.versions;
  if (!first) throw new Error('The fixture has version 1.0');
  return consultationPage(later, consulted, first, TODAY).themes[0]?.changes[0];
}

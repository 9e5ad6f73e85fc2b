/**
 * The reading experience of the `root` build in Chromium, with JavaScript
 * turned off (version pages ship none): the contents list is a numbered
 * navigation landmark whose links land on their sections, every section has
 * a stable anchor and a visible link to itself, sub-headings carry citable
 * numbers, footnotes link both ways, and the headings form one outline.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDir } from '../support/builds.ts';
import { useSitePage } from '../support/site-page.ts';

const dir = buildDir('root');
const KC = '/strategies/kensington-chelsea-joint-strategy/';
const KC_DRAFT = `${KC}1.0/`;
const KENT = '/strategies/kent-medway-integrated-care/';

const site = useSitePage('root', { javaScript: false });
const open = (url: string): Promise<void> => site.open(url);

const html = (url: string) => readFileSync(path.join(dir, url, 'index.html'), 'utf8');

describe('version page', () => {
  it('has one h1 and headings that never skip a level', async () => {
    for (const url of [KC_DRAFT, `${KENT}7.1/`, `${KENT}8.0/`, '/strategies/westminster-outcomes-framework/1.0/']) {
      await open(url);
      const levels = await site.page
        .locator('main h1, main h2, main h3, main h4, main h5, main h6')
        .evaluateAll((els) => els.map((el) => Number(el.tagName.slice(1))));
      expect(
        levels.filter((l) => l === 1),
        url,
      ).toHaveLength(1);
      const skips = levels.flatMap((level, i) => (i > 0 && level > (levels[i - 1] ?? 1) + 1 ? [i] : []));
      expect(skips, `${url} heading levels ${levels.join(',')}`).toEqual([]);
    }
  });

  it('has a numbered contents list in a navigation landmark, and each link lands on its section', async () => {
    await open(KC_DRAFT);
    const nav = site.page.getByRole('navigation', { name: 'Contents' });
    const links = nav.getByRole('link');
    expect(await links.count()).toBe(9);
    await expect.poll(() => nav.locator('li').first().textContent()).toMatch(/^1\.\s+Foreword$/);
    const fifth = links.nth(4);
    expect(await fifth.textContent()).toBe('Good mental health for all');
    await fifth.click();
    expect(new URL(site.page.url()).hash).toBe('#good-mental-health');
    const heading = site.page.locator('#good-mental-health');
    expect(await heading.textContent()).toMatch(/^5\.\s+Good mental health for all$/);
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y < 200, `heading at ${JSON.stringify(box)}`).toBe(true);
    // The contents entry of the section the reader jumped to is marked (CSS :target, no script).
    expect(await fifth.evaluate((a) => getComputedStyle(a).fontWeight)).toBe('700');
    expect(await links.nth(0).evaluate((a) => getComputedStyle(a).fontWeight)).not.toBe('700');
  });

  it('gives every section a stable anchor (its id) and a visible link to itself', async () => {
    await open(KC_DRAFT);
    const sections = site.page.locator('section.app-section');
    const ids = await sections.evaluateAll((els) => els.map((el) => el.querySelector('h2')?.id));
    expect(ids).toEqual([
      'foreword',
      'at-a-glance',
      'vision',
      'case-for-change',
      'good-mental-health',
      'best-start',
      'long-term-conditions',
      'sustainable-system',
      'life-stages',
    ]);
    const permalink = site.page.locator('[data-section="best-start"] .app-permalink');
    expect(await permalink.isVisible()).toBe(true);
    expect(await permalink.getAttribute('href')).toBe('#best-start');
    expect(await permalink.textContent()).toBe(
      'Link to this section: 6. The best start in life for children, young people and families',
    );
    const back = site.page.locator('[data-section="best-start"] .app-back-to-top a');
    await back.click();
    expect(new URL(site.page.url()).hash).toBe('#contents');
  });

  it('numbers sub-headings so a respondent can cite them, with anchors of their own', async () => {
    await open(KC_DRAFT);
    const heading = site.page.locator('#good-mental-health-what-will-we-do');
    expect(await heading.textContent()).toBe('5.2 What will we do?');
    expect(await heading.getAttribute('data-part')).toBe('do');
  });

  it('links footnotes both ways, with ids unique to their section', async () => {
    await open(KC_DRAFT);
    const ref = site.page.locator('#foreword-noteref-1');
    expect(await ref.getAttribute('href')).toBe('#foreword-note-1');
    await ref.click();
    expect(new URL(site.page.url()).hash).toBe('#foreword-note-1');
    await site.page.locator('#foreword-note-1 a[data-footnote-backref]').click();
    expect(new URL(site.page.url()).hash).toBe('#foreword-noteref-1');
    const source = html(KC_DRAFT);
    expect(source).not.toContain('user-content-fn');
    const ids = [...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('renders each kind of content: signatories, figures at a glance, measures, case studies, quotes, tables', async () => {
    await open(KC_DRAFT);
    expect(await site.page.locator('[data-kind="foreword"] .app-signatory__name').first().textContent()).toBe(
      'Councillor Mary Weale',
    );
    expect(await site.page.locator('.app-at-a-glance li').count()).toBeGreaterThan(10);
    expect(await site.page.locator('.app-at-a-glance li').first().textContent()).toBe('158,700 residents');
    expect(await site.page.locator('.app-section__caption').first().textContent()).toBe('Priority 1 of 4');
    const table = site.page.getByRole('table', { name: 'Outcomes, priorities and measures at each stage of life' });
    expect(await table.getByRole('rowheader').count()).toBe(4);
    expect(await table.getByRole('columnheader').count()).toBe(4);
    await open(`${KENT}8.0/`);
    expect(await site.page.locator('.app-case-study h3').count()).toBeGreaterThan(0);
    expect(await site.page.locator('figure.app-quote blockquote + figcaption').count()).toBeGreaterThan(0);
    expect(await site.page.locator('.app-target').count()).toBeGreaterThan(0);
  });

  it('says when a version is superseded and links to the current one, and links to what changed', async () => {
    await open(`${KENT}7.1/`);
    const notice = site.page.locator('[data-notice="superseded"]');
    expect(await notice.textContent()).toContain('This version has been replaced by a newer one.');
    expect(await notice.getByRole('link').getAttribute('href')).toBe(`${KENT}8.0/`);
    // The notice comes straight after the h1, before the document.
    expect(await site.page.locator('h1 + [data-notice]').count()).toBe(1);
    await open(`${KENT}8.0/`);
    expect(await site.page.locator('[data-notice]').count()).toBe(0);
    expect(await site.page.locator('a[data-compare="7.1/8.0"]').getAttribute('href')).toBe(`${KENT}compare/7.1/8.0/`);
  });

  it('has a title, description, Open Graph metadata and a language', () => {
    const source = html(`${KENT}8.0/`);
    expect(source).toMatch(/<html lang="en-GB"/);
    expect(source).toContain('<title>Kent and Medway Integrated Care Strategy, version 8.0 (adopted) - ');
    expect(source).toMatch(/<meta name="description" content="How the NHS, councils/);
    expect(source).toContain('<meta property="og:type" content="article">');
    expect(source).toContain(
      '<meta property="og:title" content="Kent and Medway Integrated Care Strategy, version 8.0 (adopted)">',
    );
    expect(source).toMatch(
      /<meta property="og:url" content="https:\/\/[^"]+\/strategies\/kent-medway-integrated-care\/8\.0\/">/,
    );
  });
});

describe('strategy page', () => {
  it('lists every version, newest first, with date, status, change note and a link to what changed', async () => {
    await open(KENT);
    const rows = site.page.locator('table.app-versions tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).getAttribute('data-version')).toBe('8.0');
    const newest = rows.nth(0);
    expect(await newest.locator('th').textContent()).toBe('Version 8.0 (current)');
    expect(await newest.textContent()).toContain('6 December 2023');
    expect(await newest.locator('[data-status]').textContent()).toBe('Adopted');
    expect(await newest.textContent()).toContain('We changed four targets');
    expect(await newest.locator('a[data-compare]').getAttribute('href')).toBe(`${KENT}compare/7.1/8.0/`);
    expect(await rows.nth(1).textContent()).toContain('First version');
  });

  it('leads to the current version: the latest adopted, else the latest', async () => {
    await open(KENT);
    expect(await site.page.getByRole('link', { name: /Read the strategy/ }).getAttribute('href')).toBe(`${KENT}8.0/`);
    await open(KC);
    expect(await site.page.getByRole('link', { name: /Read the strategy/ }).getAttribute('href')).toBe(KC_DRAFT);
  });
});

/**
 * Consultation states judged at build time: the `consultation` build pins
 * BUILD_DATE to 2026-06-15, and tests/fixtures/consultation/ has one strategy
 * whose consultation opens the next day (upcoming), one that closes that very
 * day (open: the closing day counts), one that closed the day before (closed)
 * and one whose outcome is published (concluded).
 */

import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useSitePage } from '../support/site-page.ts';

const s = (id: string, version = '') => `/strategies/${id}-strategy/${version ? `${version}/` : ''}`;

const site = useSitePage('consultation', { javaScript: true });
const open = (url: string): Promise<void> => site.open(url);

const banners = () => site.page.locator('.govuk-notification-banner');
const state = () => site.page.locator('[data-consultation]').first().getAttribute('data-consultation');

describe('an open consultation (closing on the build date)', () => {
  it('has one banner on the strategy page, before the h1, with the closing date and how to respond', async () => {
    await open(s('open'));
    expect(await banners().count()).toBe(1);
    const banner = banners().first();
    expect(await banner.getAttribute('role')).toBe('region');
    expect(await site.page.getByRole('region', { name: 'Consultation open' }).count()).toBe(1);
    const beforeH1 = await banner.evaluate((el) => {
      const h1 = document.querySelector('h1');
      return h1 !== null && (el.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(beforeH1).toBe(true);
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('Have your say on this strategy by 15 June 2026');
    expect(text).toContain('Fill in our online form, or email us.');
    expect(text).toContain('Dates checked on 15 June 2026.');
    expect(await banner.getByRole('link', { name: 'Respond to the consultation' }).getAttribute('href')).toBe(
      'https://consultation.example.org/respond',
    );
    expect(await banner.getByRole('link', { name: /Read the consultation draft/ }).getAttribute('href')).toBe(
      s('open', '2.0'),
    );
  });

  it("gives every way to respond: the strategy's form, email and address, and site.yaml's phone", async () => {
    await open(s('open'));
    const ways = banners().first().locator('[data-contact-ways]');
    expect(await ways.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-way')))).toEqual([
      'form',
      'email',
      'phone',
      'post',
    ]);
    expect(await ways.getByRole('link', { name: 'have-your-say@consultation.example.org' }).getAttribute('href')).toBe(
      'mailto:have-your-say@consultation.example.org',
    );
    expect(await ways.locator('[data-way="phone"]').textContent()).toBe('Phone: 0300 123 4567');
    expect(await ways.locator('[data-way="post"]').textContent()).toBe('Post: Freepost HAVE YOUR SAY');
  });

  it('says "Open, closes <date>" on the home page, for the open consultation only', async () => {
    await open('/');
    const openNow = site.page.locator('[data-consultation="open"]');
    expect(await openNow.count()).toBe(1);
    expect(await openNow.textContent()).toBe('Consultation: Open, closes 15 June 2026');
    const item = site.page.locator('li', { has: openNow });
    expect(await item.getByRole('link').first().textContent()).toBe('Open Consultation Strategy');
  });

  it('has the banner on the version under consultation, and not on other versions', async () => {
    await open(s('open', '2.0'));
    expect(await banners().count()).toBe(1);
    expect(
      await banners()
        .getByRole('link', { name: /Read the consultation draft/ })
        .count(),
    ).toBe(0);
    expect(await site.page.locator('[data-notice="consultation"]').textContent()).toContain('draft for consultation');
    await open(s('open', '1.0'));
    expect(await banners().count()).toBe(0);
  });
});

describe('other states', () => {
  it('upcoming: no banner; the strategy page says when it opens', async () => {
    await open(s('upcoming'));
    expect(await banners().count()).toBe(0);
    expect(await state()).toBe('upcoming');
    expect(await site.page.locator('[data-consultation]').textContent()).toContain(
      'Opens soon. The consultation opens on 16 June 2026 and closes on 31 August 2026.',
    );
    await open(s('upcoming', '1.0'));
    expect(await banners().count()).toBe(0);
    expect(await site.page.locator('[data-notice="draft"]').textContent()).toContain('This is a draft.');
  });

  it('closed: no banner; the strategy page and the draft say it has closed', async () => {
    await open(s('closed'));
    expect(await banners().count()).toBe(0);
    expect(await state()).toBe('closed');
    expect(await site.page.locator('[data-consultation]').textContent()).toContain(
      'ran from 1 April 2026 to 14 June 2026',
    );
    await open(s('closed', '1.0'));
    expect(await banners().count()).toBe(0);
    expect(await state()).toBe('closed');
  });

  it('concluded elsewhere: an outcome written here but published after the build date is not shown yet', async () => {
    await open(s('concluded'));
    expect(await site.page.getByRole('link', { name: 'Read what you told us, and what we did' }).count()).toBe(0);
    const response = await site.page.goto(`${site.origin}${s('concluded')}consultation/1.0/`);
    expect(response?.status()).toBe(404);
  });

  it('concluded: links to the outcome; the superseded draft links to the current version', async () => {
    await open(s('concluded'));
    expect(await banners().count()).toBe(0);
    expect(await state()).toBe('concluded');
    expect(
      await site.page.getByRole('link', { name: 'Read the outcome of the consultation' }).getAttribute('href'),
    ).toBe('https://consultation.example.org/outcome');
    await open(s('concluded', '1.0'));
    const notice = site.page.locator('[data-notice="superseded"]');
    expect(await notice.getByRole('link').getAttribute('href')).toBe(s('concluded', '1.1'));
  });

  it('none: a strategy without a consultation says nothing about one', async () => {
    await open(s('no-consultation'));
    expect(await site.page.locator('[data-consultation]').count()).toBe(0);
    expect(await banners().count()).toBe(0);
  });
});

describe('axe (WCAG 2.2 AA) on every consultation state', () => {
  it.for(['open', 'open/2.0', 'upcoming', 'closed', 'closed/1.0', 'concluded', 'concluded/1.0'])('%s', async (id) => {
    const [strategy = '', version] = id.split('/');
    await open(s(strategy, version));
    const results = await new AxeBuilder({ page: site.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

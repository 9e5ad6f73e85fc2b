/**
 * Budgets that readers pay for (tests/support/weight.ts): no script on
 * reading pages, indicator pages at most 60 KB gzipped on first load. Checked
 * on the example build and on the build served under /health/.
 */

import { describe, expect, it } from 'vitest';
import { BUDGETS, overBudget, pageWeight } from '../support/weight.ts';
import { BUILDS, buildDir } from '../support/builds.ts';
import { listPages } from '../support/files.ts';

for (const name of ['root', 'health'] as const) {
  describe(`page weight (${name})`, () => {
    const dir = buildDir(name);
    const base = BUILDS[name].base;
    const cache = new Map();
    const weights = listPages(dir, base).map((page) => pageWeight(dir, base, page.file, page.url, cache));

    it('measures every page, and each budget applies to at least one page', () => {
      expect(weights.length).toBeGreaterThan(10);
      for (const budget of BUDGETS) {
        expect(
          weights.some((weight) => budget.kinds.includes(weight.kind)),
          budget.why,
        ).toBe(true);
      }
      for (const weight of weights) expect(weight.css.raw, `${weight.url} loads no stylesheet`).toBeGreaterThan(0);
    });

    it('keeps every page within its budget', () => {
      const over = overBudget(weights).map(
        ({ page, budget }) =>
          `${page.url}: ${budget.why}, but loads ${budget.what === 'script' ? page.script.gzip : page.total.gzip} bytes gzipped`,
      );
      expect(over).toEqual([]);
    });
  });
}

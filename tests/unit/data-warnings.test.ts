/**
 * Data that would quietly mislead a reader (issue 16): warnings judged
 * against a given day.
 */

import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/contract/load.ts';
import type { Content } from '../../src/lib/contract/model.ts';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import type { Indicator } from '../../src/lib/contract/schemas.ts';
import { checkDataWarnings } from '../../src/lib/indicators/data-warnings.ts';
import { goodDirs } from './overlay.ts';

const good = loadContent(goodDirs().contentDir, goodDirs().dataDir).content;
const TODAY = '2026-11-30';

function withIndicator(id: string, change: (i: Indicator) => Indicator): Content {
  return { ...good, indicators: good.indicators.map((i) => (i.id === id ? change(i) : i)) };
}
const lines = (content: Content, today = TODAY) =>
  checkDataWarnings(content, today).map((p) => formatProblem({ ...p, line: undefined }));

describe('checkDataWarnings', () => {
  it('finds nothing in the good fixture', () => {
    expect(lines(good)).toEqual([]);
  });

  describe('the latest local figure without a benchmark figure', () => {
    const later = (i: Indicator): Indicator => ({
      ...i,
      series: [...i.series, { period: '2023/24', area: 'sample-county', value: 398.1, lower: 383, upper: 413.6 }],
    });

    it('is warned about once, naming the period and the benchmark', () => {
      expect(lines(withIndicator('alcohol-admissions', later))).toEqual([
        'warning indicators/alcohol-admissions.json series[4]: found a value for Sample County in 2023/24, the latest period, but none for England, the benchmark; expected a value for England in 2023/24 added to series, so that the latest figure can be compared with it (until then the page says "Not compared" for 2023/24)',
      ]);
    });

    it('is not warned about when the benchmark has a null with a note for that period', () => {
      const noted = withIndicator('alcohol-admissions', (i) => {
        const l = later(i);
        return {
          ...l,
          series: [...l.series, { period: '2023/24', area: 'E92000001', value: null, note: 'Not yet published.' }],
        };
      });
      expect(lines(noted)).toEqual([]);
    });
  });

  describe('nextUpdate', () => {
    const due = (date: string) => withIndicator('physical-inactivity', (i) => ({ ...i, nextUpdate: date }));
    it('is warned about the day after it passes', () => {
      expect(lines(due('2026-11-29'))[0]).toMatch(
        /^warning indicators\/physical-inactivity\.json nextUpdate: found 2026-11-29, which has passed \(the check ran on 30 November 2026\)/,
      );
      expect(lines(due('2026-11-30'))).toEqual([]);
    });
  });

  describe("a target's by period that has ended with no figure for it", () => {
    // The good fixture's targets are by 2028; sample-county's latest figure is for 2022/23.
    it('is warned about once the period has ended, once per target kept across versions', () => {
      const found = lines(good, '2029-01-01');
      expect(found).toEqual([
        'warning strategies/sample-strategy/1.10/02-move-more.mdx Target.by: found "2028", which ended on 31 December 2028, and data/indicators/physical-inactivity.json has no value for Sample County for 2028 or later; expected the figure for 2028 added to the data once it is published, so readers can see whether the target was met (and nextUpdate in data/indicators/physical-inactivity.json set to the date it is due)',
      ]);
    });

    it('is not warned about while nextUpdate says figures are due', () => {
      const due = withIndicator('physical-inactivity', (i) => ({ ...i, nextUpdate: '2029-05-01' }));
      expect(lines(due, '2029-01-01')).toEqual([]);
    });
  });
});

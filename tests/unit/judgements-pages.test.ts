/**
 * The judgements as pages use them (src/lib/indicator-page.ts, dashboard.ts),
 * on the good fixture: a target's baseline filled in from the data, the
 * message in the title, gaps with their notes, and dashboard counts.
 */

import { describe, expect, it } from 'vitest';
import { dashboardOf } from '../../src/lib/indicators/dashboard.ts';
import { changePhrase, indicatorView, targetsFor } from '../../src/lib/indicators/view.ts';
import { judgeTargetProgress, resolveTarget } from '../../src/lib/indicators/assess.ts';
import { getSite } from '../../src/lib/site/load.ts';
import { goodDirs } from './overlay.ts';

const site = getSite(goodDirs());
const inactivity = site.indicator('physical-inactivity');

describe('resolveTarget and judgeTargetProgress', () => {
  it('fill in since and baseline from the earliest value for the area when the author leaves them out', () => {
    expect(
      resolveTarget(inactivity, { indicator: 'physical-inactivity', value: 20, by: '2028' }, 'sample-county'),
    ).toEqual({ baseline: 22.3, since: '2021/22', value: 20, by: '2028' });
  });

  it('skip the suppressed 2023/24 value: 21.8% in 2022/23 is on track (trajectory 21.96%)', () => {
    const p = judgeTargetProgress(
      inactivity,
      { indicator: 'physical-inactivity', value: 20, by: '2028' },
      'sample-county',
    );
    expect(p.key).toBe('on-track');
    expect(p.latest).toEqual({ period: '2022/23', value: 21.8 });
    expect(p.trajectory).toBeCloseTo(22.3 - 2.3 / 6.75, 10);
  });

  it('have not enough data for an area with no values', () => {
    expect(
      judgeTargetProgress(inactivity, { indicator: 'physical-inactivity', value: 20, by: '2028' }, 'nowhere').key,
    ).toBe('not-enough-data');
  });
});

describe('indicatorView', () => {
  const view = indicatorView(site, inactivity);

  it('states the message in one sentence', () => {
    expect(view.headline).toBe(
      'Physically inactive adults in Sample County: down from 22.3% in 2021/22 to 21.8% in 2022/23, on track for the 2028 target of 20%',
    );
  });

  it('lists the missing value with its note', () => {
    expect(view.gaps).toEqual([
      { areaName: 'Sample County', period: '2023/24', note: 'Not published: survey sample too small.' },
    ]);
    expect(view.trend?.summary).toContain('There is no value for 2023/24 (Not published: survey sample too small.)');
  });

  it('compares with the one country when the indicator names no benchmark', () => {
    expect(view.benchmarkName).toBe('England');
    // 21.8% (20.6 to 23.0) against England's 22.6%: the interval contains it.
    expect(view.judgements?.benchmark.key).toBe('similar');
  });

  it('finds the target in the current version only', () => {
    expect(targetsFor(site, inactivity).map((t) => t.version.id)).toEqual(['1.10']);
  });
});

describe('changePhrase', () => {
  const p = (period: string, value: number | null) => ({ period, area: 'a', value });
  it('says up, down, or the same', () => {
    expect(changePhrase(inactivity, p('2021/22', 22.3), p('2022/23', 21.8))).toBe(
      'down from 22.3% in 2021/22 to 21.8% in 2022/23',
    );
    expect(changePhrase(inactivity, p('2021/22', 21), p('2022/23', 21.8))).toBe(
      'up from 21% in 2021/22 to 21.8% in 2022/23',
    );
    expect(changePhrase(inactivity, p('2021/22', 21.8), p('2022/23', 21.8))).toBe(
      '21.8% in 2022/23, the same as in 2021/22',
    );
    expect(changePhrase(inactivity, undefined, undefined)).toBe('no figures yet');
  });
});

describe('dashboardOf', () => {
  it('groups targets and measures by section and counts progress', () => {
    const strategy = site.strategy('sample-strategy');
    const d = dashboardOf(site, strategy, site.version('sample-strategy', '1.10'));
    expect(d.targets).toBe(1);
    expect(d.measures).toBe(1);
    expect(d.progressSentence).toBe('1 on track');
    expect(d.groups.map((g) => g.rows.map((r) => r.kind))).toEqual([['target', 'measure']]);
    expect(d.groups[0]?.rows[0]?.sparklineText).toContain('1 period with no value');
  });
});

/**
 * What /methodology/ shows: the worked examples of methodology.ts written out
 * as the table cells read, so the page only draws them.
 */

import { formatValue } from '../core/numbers.ts';
import { POLARITY_WORDS } from '../core/vocabulary.ts';
import type { BenchmarkKey, ProgressKey, TrendKey } from './judgements.ts';
import { TREND_MINIMUM, TREND_WINDOW } from './judgements.ts';
import { benchmarkExamples, PROGRESS_TARGET, progressExamples, trendExamples } from './methodology.ts';

export interface MethodologyPage {
  /** How many figures a trend looks at, and how many it needs. */
  readonly trendWindow: number;
  readonly trendMinimum: number;
  /** What the progress examples' target is, as the table's caption. */
  readonly progressCaption: string;
  readonly progress: readonly {
    readonly latest: string;
    readonly trajectory: string;
    readonly key: ProgressKey;
    readonly why: string;
  }[];
  readonly benchmark: readonly {
    readonly value: string;
    readonly interval: string;
    readonly benchmark: string;
    readonly betterIs: string;
    readonly key: BenchmarkKey;
  }[];
  readonly trend: readonly {
    readonly values: string;
    readonly interval: string;
    readonly slope: string;
    /** "5.29 (3.182)": the test value, and the value it must pass. */
    readonly test: string;
    readonly key: TrendKey;
    readonly betterIs: string;
  }[];
}

const pct = (n: number) => formatValue(n, 'percent');

export function methodologyPage(): MethodologyPage {
  const t = PROGRESS_TARGET;
  return {
    trendWindow: TREND_WINDOW,
    trendMinimum: TREND_MINIMUM,
    progressCaption: `Worked examples: a target to reduce a figure from ${pct(t.baseline)} in ${t.since} to ${pct(t.value)} by ${t.by}`,
    progress: progressExamples().map((e) => ({
      latest: e.latest ? `${pct(e.latest.value)} in ${e.latest.period}` : 'None yet',
      trajectory: e.trajectory ? `${e.trajectory}%` : '',
      key: e.key,
      why: e.why,
    })),
    benchmark: benchmarkExamples().map((e) => ({
      value: pct(e.value),
      interval: e.lower !== undefined && e.upper !== undefined ? `${pct(e.lower)} to ${pct(e.upper)}` : 'None',
      benchmark: pct(e.benchmark),
      betterIs: POLARITY_WORDS[e.polarity],
      key: e.key,
    })),
    trend: trendExamples().map((e) => ({
      values: e.values.map(pct).join(', '),
      interval: e.halfWidth === undefined ? 'None' : `plus or minus ${pct(e.halfWidth)}`,
      slope: e.slope,
      test: `${e.statistic} (${e.critical})`,
      key: e.key,
      betterIs: POLARITY_WORDS[e.polarity],
    })),
  };
}

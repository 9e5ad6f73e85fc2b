/**
 * What /methodology/ shows: the worked examples of methodology.ts written out
 * as the table cells read, so the page only draws them.
 */

import { formatValue } from '../core/numbers.ts';
import { POLARITY_WORDS } from '../core/vocabulary.ts';
import type { BenchmarkKey, ProgressKey, TrendKey } from './judgements.ts';
import { benchmarkExamples, PROGRESS_TARGET, progressExamples, TREND_METHOD, trendExamples } from './methodology.ts';

export interface MethodologyPage {
  /** How the recent trend is worked out, a paragraph each. */
  readonly trendMethod: readonly string[];
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
    /** What the figures are, and where Fingertips published them. */
    readonly title: string;
    readonly figures: string;
    readonly test: string;
    /** What each figure came with: "95% intervals", "counts and denominators". */
    readonly evidence: string;
    /** "12.3 (9.55)": the chi-square statistic and the value it must pass; empty when not tested. */
    readonly chiSquare: string;
    readonly robust: string;
    readonly key: TrendKey;
    /** Why there is no trend, or which way is better. */
    readonly detail: string;
    /** The marker Fingertips shows for these figures, in its words. */
    readonly fingertips: string;
  }[];
}

const pct = (n: number) => formatValue(n, 'percent');

export function methodologyPage(): MethodologyPage {
  const t = PROGRESS_TARGET;
  return {
    trendMethod: TREND_METHOD,
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
      title: e.title,
      figures: e.figures.join(', '),
      test: e.test,
      evidence: e.evidence,
      chiSquare: e.chiSquare ? `${e.chiSquare} (${e.critical})` : '',
      robust: e.robust,
      key: e.key,
      detail: e.reason ?? POLARITY_WORDS[e.polarity],
      fingertips: e.fingertips,
    })),
  };
}

/**
 * The worked examples on /methodology/, computed by the same functions that
 * judge the real figures, so the explanation can never drift from the code.
 */

import {
  CHI_SQUARE_998,
  TREND_WINDOW,
  judgeBenchmark,
  judgeProgress,
  judgeTrend,
  type BenchmarkKey,
  type ProgressKey,
  type ResolvedTarget,
  type TrendKey,
  type TrendMethod,
  type TrendPoint,
} from './judgements.ts';
import { formatNumber, formatValue } from '../core/numbers.ts';
import type { Polarity, Unit } from '../core/vocabulary.ts';

export interface ProgressExample {
  readonly latest: { period: string; value: number } | undefined;
  readonly trajectory: string | undefined;
  readonly key: ProgressKey;
  readonly why: string;
}

/** Lower is better: from 22.3% in 2021/22 to 20% by 2028. */
export const PROGRESS_TARGET: ResolvedTarget = { baseline: 22.3, since: '2021/22', value: 20, by: '2028' };

export function progressExamples(): ProgressExample[] {
  const cases: [{ period: string; value: number } | undefined, string][] = [
    [{ period: '2027/28', value: 19.8 }, 'It is at or below the target of 20%.'],
    [{ period: '2023/24', value: 21.5 }, 'It is below where the straight line from 22.3% to 20% stands in 2023/24.'],
    [{ period: '2023/24', value: 21.8 }, 'It is better than 22.3% but above the trajectory.'],
    [{ period: '2023/24', value: 22.3 }, 'It is the same as the baseline: no improvement.'],
    [undefined, 'There is no figure after 2021/22 yet.'],
  ];
  return cases.map(([latest, why]) => {
    const p = judgeProgress(PROGRESS_TARGET, latest ? [latest] : [], 'lower-is-better');
    return {
      latest,
      trajectory: p.trajectory === undefined ? undefined : formatNumber(p.trajectory, 2),
      key: p.key,
      why,
    };
  });
}

export interface BenchmarkExample {
  readonly value: number;
  readonly lower: number | undefined;
  readonly upper: number | undefined;
  readonly benchmark: number;
  readonly polarity: Polarity;
  readonly key: BenchmarkKey;
}

export function benchmarkExamples(): BenchmarkExample[] {
  const cases: [number, number | undefined, number | undefined, number, Polarity][] = [
    [20.1, 19.0, 21.2, 22.6, 'lower-is-better'],
    [24.0, 23.1, 24.9, 22.6, 'lower-is-better'],
    [22.0, 20.9, 23.2, 22.6, 'lower-is-better'],
    [48.0, 46.1, 49.9, 56.9, 'no-judgement'],
    [22.0, undefined, undefined, 22.6, 'lower-is-better'],
  ];
  return cases.map(([value, lower, upper, benchmark, polarity]) => ({
    value,
    lower,
    upper,
    benchmark,
    polarity,
    key: judgeBenchmark({ period: '2023', value, lower, upper }, { value: benchmark }, polarity).key,
  }));
}

/** How the recent trend is worked out, in plain words: the paragraphs /methodology/ shows before its examples. */
export const TREND_METHOD: readonly string[] = [
  `We use the method Fingertips uses for its trend markers, so that the two sites say the same thing about the same figures. We look at the ${TREND_WINDOW} most recent figures for the area that can be tested, skipping any that are missing, and treat them as one step apart.`,
  'When the figures are percentages and we have the number of people counted and the number they are out of, we use a test made for counts (the chi-square test for trend). Otherwise each figure needs its 95% confidence interval: we draw the straight line that fits the figures best, counting figures with narrower intervals for more, and work out a chi-square value from how steep the line is.',
  `The trend is clear only when the chi-square value is more than ${formatNumber(CHI_SQUARE_998, 2)} (a 99.8% test, so it is very unlikely to be chance) and the line still goes the same way when we leave out any one of the ${TREND_WINDOW} figures.`,
  `With fewer than ${TREND_WINDOW} figures we can test, or figures that each cover more than one year (next to each other, they share years of data), the trend is "Not enough data", where Fingertips says "Cannot be calculated". The page says why.`,
];

export interface TrendExample {
  /** What the figures are, and where Fingertips published them. */
  readonly title: string;
  readonly polarity: Polarity;
  /** The five (or fewer) figures, oldest first, each as "2020: 7.1%". */
  readonly figures: readonly string[];
  /** What each figure came with: "95% intervals", "counts and denominators". */
  readonly evidence: string;
  /** The test used, in words, or "None" when there was too little to test. */
  readonly test: string;
  /** The chi-square statistic, and the value it had to pass. */
  readonly chiSquare: string;
  readonly critical: string;
  /** Whether the direction held with any one figure left out: "Yes", "No" or "". */
  readonly robust: string;
  readonly key: TrendKey;
  /** The trend marker Fingertips shows for these figures, in its words. */
  readonly fingertips: string;
  /** For not-enough-data, why. */
  readonly reason: string | undefined;
}

interface TrendCase {
  readonly title: string;
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly fingertips: string;
  readonly points: readonly TrendPoint[];
}

/** Under-75 cancer mortality, England, 2019 to 2023 (Fingertips indicator 40501). */
const CANCER_UNDER_75: readonly TrendPoint[] = [
  { period: '2019', value: 126.9341, lower: 125.9343, upper: 127.94 },
  { period: '2020', value: 125.829, lower: 124.8371, upper: 126.8268 },
  { period: '2021', value: 121.5234, lower: 120.5533, upper: 122.4993 },
  { period: '2022', value: 122.3782, lower: 121.4012, upper: 123.361 },
  // Fingertips' test writes this value as 120/7742, a typing slip for 120.7742 (its interval is 119.8 to 121.8).
  { period: '2023', value: 120.7742, lower: 119.8035, upper: 121.7507 },
];

/**
 * Fingertips' own worked examples: real England and regional figures that
 * Fingertips' trend calculator is tested against (FingertipsNext,
 * TrendCalculatorTests; fingertips-open, WhenUsingTrendMarkerCalculator), with
 * the marker Fingertips shows for each. Our code must reach the same marker.
 */
export const FINGERTIPS_TREND_CASES: readonly TrendCase[] = [
  {
    title: 'Diabetes prevalence, people aged 17 and over, England (Fingertips indicator 241)',
    unit: 'percent',
    polarity: 'no-judgement',
    fingertips: 'Increasing',
    points: [
      { period: '2020', value: 7.0826, lower: 7.0754, upper: 7.094, count: 3455176, denominator: 48783947 },
      { period: '2021', value: 7.1085, lower: 7.1013, upper: 7.1199, count: 3491868, denominator: 49122259 },
      { period: '2022', value: 7.2571, lower: 7.2499, upper: 7.2684, count: 3625401, denominator: 49956777 },
      { period: '2023', value: 7.4528, lower: 7.4456, upper: 7.4643, count: 3774801, denominator: 50649129 },
      { period: '2024', value: 7.6554, lower: 7.6481, upper: 7.6669, count: 3938080, denominator: 51441896 },
    ],
  },
  {
    title:
      'Children vaccinated against measles, mumps and rubella (one dose by age 2), Yorkshire and the Humber (Fingertips indicator 30309)',
    unit: 'percent',
    polarity: 'higher-is-better',
    fingertips: 'Decreasing and getting worse',
    points: [
      { period: '2020', value: 92.6254, lower: 92.4168, upper: 92.8288 },
      { period: '2021', value: 92.3221, lower: 92.1072, upper: 92.5315 },
      { period: '2022', value: 90.8708, lower: 90.6358, upper: 91.1004 },
      { period: '2023', value: 90.017, lower: 89.7694, upper: 90.2594 },
      { period: '2024', value: 90.1013, lower: 89.8578, upper: 90.3396 },
    ],
  },
  {
    title: 'Sight loss from diabetic eye disease, rate per 100,000, England (Fingertips indicator 41203)',
    unit: 'per-100k',
    polarity: 'lower-is-better',
    fingertips: 'Increasing and getting worse',
    points: [
      { period: '2020', value: 2.935, lower: 2.7841, upper: 3.0919 },
      { period: '2021', value: 1.93028, lower: 1.8085, upper: 2.058 },
      { period: '2022', value: 2.7567, lower: 2.6113, upper: 2.9082 },
      { period: '2023', value: 2.8701, lower: 2.7225, upper: 3.0237 },
      { period: '2024', value: 3.0121, lower: 2.8616, upper: 3.1683 },
    ],
  },
  {
    title: 'Deaths from cancer under 75, rate per 100,000, England (Fingertips indicator 40501)',
    unit: 'per-100k',
    polarity: 'lower-is-better',
    fingertips: 'Decreasing and getting better',
    points: CANCER_UNDER_75,
  },
  {
    title: 'A proportion that goes up and down, from Fingertips indicator 10101 (2008 to 2012)',
    unit: 'percent',
    polarity: 'no-judgement',
    fingertips: 'No significant change',
    points: [
      [5405, 18095, '2008'],
      [5500, 18170, '2009'],
      [5435, 18005, '2010'],
      [5480, 17890, '2011'],
      [5315, 17860, '2012'],
    ].map(([count, denominator, year]) => ({
      period: String(year),
      value: (Number(count) / Number(denominator)) * 100,
      count: Number(count),
      denominator: Number(denominator),
    })),
  },
  {
    title: 'Deaths from cancer under 75, England, with only the 4 years from 2020',
    unit: 'per-100k',
    polarity: 'lower-is-better',
    fingertips: 'Cannot be calculated',
    points: CANCER_UNDER_75.slice(1),
  },
];

const TEST_WORDS: Record<TrendMethod, string> = {
  counts: 'Chi-square test for trend on the counts',
  intervals: 'Regression weighted by the 95% intervals',
};

export function trendExamples(): TrendExample[] {
  return FINGERTIPS_TREND_CASES.map((c) => {
    const t = judgeTrend(c.points, c.polarity, c.unit);
    const used = new Set(t.used.map((o) => o.period));
    const shown = c.points.filter((p) => used.size === 0 || used.has(p.period));
    const hasCounts = shown.every((p) => p.count !== undefined);
    const hasIntervals = shown.every((p) => p.lower !== undefined);
    return {
      title: c.title,
      polarity: c.polarity,
      figures: shown.map((p) => `${p.period}: ${formatValue(p.value, c.unit, 1)}`),
      evidence: [hasIntervals ? '95% intervals' : '', hasCounts ? 'counts and denominators' : '']
        .filter(Boolean)
        .join(', '),
      test: t.method ? TEST_WORDS[t.method] : 'None',
      chiSquare: t.chiSquare === undefined ? '' : formatNumber(t.chiSquare, 1),
      critical: t.critical === undefined ? '' : formatNumber(t.critical, 2),
      robust: t.robust === undefined ? '' : t.robust ? 'Yes' : 'No',
      key: t.key,
      fingertips: c.fingertips,
      reason: t.reason,
    };
  });
}

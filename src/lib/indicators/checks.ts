/**
 * Checks that keep the indicator judgements honest (issue 4): a series whose
 * periods for one area are written in more than one form (a time axis would
 * mix 2023 with 2023/24 and the trend would be wrong), a target whose `by`
 * period is not after its baseline period (no trajectory can be drawn), and a
 * benchmark area the indicator names but has no values for (every comparison
 * would silently say "Not compared").
 *
 * And warnings (issue 13) where a judgement Fingertips published with a
 * value (`published.trend`, `published.benchmark`) differs from the site's own
 * for the same figures: two sites must not tell residents different things
 * without someone knowing why.
 *
 * A confidence interval that does not contain its value is checked with the
 * other per-point checks in checks.ts (`lower` above the value, `upper` below it).
 */

import {
  breakdownKey,
  breakdownOf,
  describeBreakdown,
  headlineOf,
  targetObservations,
} from '../contract/breakdowns.ts';
import { axisMonths, BENCHMARK_WORDS, judgeTrend, TREND_WORDS } from './judgements.ts';
import { comparePeriods, parsePeriod, period, type PeriodKind } from '../core/periods.ts';
import type { Content } from '../contract/model.ts';
import { describe, fieldPath, problem, type Problem } from '../contract/problems.ts';
import type { Area, Indicator, Point } from '../contract/schemas.ts';
import type { BenchmarkKey, Polarity, TrendKey } from '../core/vocabulary.ts';
import { benchmarkAreaOf, compareWith } from './assess.ts';

const KIND_WORDS: Record<PeriodKind, string> = {
  year: 'a calendar year (2023)',
  'financial-year': 'a financial year (2023/24)',
  quarter: 'a quarter (2023 Q2)',
  month: 'a month (2023-05)',
  'pooled-years': 'pooled years (2021-23)',
  'pooled-financial-years': 'pooled financial years (2021/22 - 23/24)',
  'financial-quarter': 'a financial quarter (2023/24 Q1)',
  quarters: 'a run of quarters (2023 Q2 - 2024 Q1)',
  months: 'a run of months (Aug 2023 - Jul 2024)',
};

export function checkIndicatorData(content: Content): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, path: readonly (string | number)[], found: string, expected: string) =>
    problems.push(problem(file, fieldPath(path), found, expected, content.locate(file, path)));

  for (const indicator of content.indicators) {
    const file = `indicators/${indicator.id}.json`;

    problems.push(...publishedDisagreements(indicator, content.areas, (path) => content.locate(file, path)));

    // One period form per area: the first point of each area sets it.
    const firstKind = new Map<string, { kind: PeriodKind; index: number }>();
    const reported = new Set<string>();
    indicator.series.forEach((point, i) => {
      const parsed = parsePeriod(point.period);
      if (!parsed.ok) return; // reported by the schema check
      const first = firstKind.get(point.area);
      if (!first) {
        firstKind.set(point.area, { kind: parsed.period.kind, index: i });
      } else if (first.kind !== parsed.period.kind && !reported.has(point.area)) {
        reported.add(point.area);
        at(
          file,
          ['series', i, 'period'],
          `${describe(point.period)}, ${KIND_WORDS[parsed.period.kind]}`,
          `${KIND_WORDS[first.kind]} like the other values for ${point.area} (series[${first.index}] is ${describe(indicator.series[first.index]?.period)}): write every period of one area in the same form`,
        );
      }
    });

    // A benchmark the author names must have values to compare with.
    const benchmark = indicator.benchmark;
    const knownArea = benchmark !== undefined && (content.present.areas?.has(benchmark) ?? true);
    if (
      benchmark !== undefined &&
      knownArea &&
      !indicator.series.some((p) => p.area === benchmark && p.value !== null)
    ) {
      at(
        file,
        ['benchmark'],
        `${describe(benchmark)}, which has no values in series`,
        `an area with values in this file's series, or values for ${benchmark} added to it, so that the comparison with the benchmark can be made`,
      );
    }
  }

  // A target's `by` must come after its baseline period.
  const indicators = new Map(content.indicators.map((i) => [i.id, i]));
  for (const strategy of content.strategies) {
    for (const version of strategy.versions) {
      for (const section of version.sections) {
        for (const t of section.targets) {
          const by = parsePeriod(t.by);
          if (!by.ok) continue;
          const area = t.area ?? strategy.area;
          const indicator = indicators.get(t.indicator);
          const since =
            t.since ??
            (indicator && area !== undefined
              ? targetObservations(indicator, area, t).sort((a, b) =>
                  comparePeriods(period(a.period), period(b.period)),
                )[0]?.period
              : undefined);
          if (since === undefined) continue;
          const sinceParsed = parsePeriod(since);
          if (!sinceParsed.ok) continue;
          if (axisMonths(by.period) <= axisMonths(sinceParsed.period)) {
            const place = t.places.by ?? { line: t.line, column: t.column };
            problems.push(
              problem(
                section.file,
                'Target.by',
                describe(t.by),
                `a period after the baseline period ${since}${t.since === undefined ? ' (the earliest in the data)' : ''}, since a target is reached after it starts`,
                place,
              ),
            );
          }
        }
      }
    }
  }
  return problems;
}

// ------------------------------------------------------------ published judgements

/** A trend key's direction, and whether it says better or worse: comparable across polarities. */
function trendParts(key: TrendKey): { direction: string; verdict: string | undefined } {
  const [direction = key, verdict] = key.split('-') as [string, string | undefined];
  return key === 'no-clear-change' ? { direction: key, verdict: undefined } : { direction, verdict };
}

/** Whether two trend keys say the same: the same direction, and the same verdict when both give one. */
export function sameTrend(a: TrendKey, b: TrendKey): boolean {
  const x = trendParts(a);
  const y = trendParts(b);
  return x.direction === y.direction && (x.verdict === undefined || y.verdict === undefined || x.verdict === y.verdict);
}

/** A benchmark key as higher, lower or similar, using the polarity for better and worse. */
function benchmarkSide(key: BenchmarkKey, polarity: Polarity): string {
  if (key === 'better' || key === 'worse') {
    if (polarity === 'no-judgement') return key;
    const higherIsBetter = polarity === 'higher-is-better';
    return (key === 'better') === higherIsBetter ? 'higher' : 'lower';
  }
  return key;
}

/** Whether two comparisons say the same: equal, or the same side of the benchmark once polarity is applied. */
export function sameBenchmark(a: BenchmarkKey, b: BenchmarkKey, polarity: Polarity): boolean {
  return a === b || benchmarkSide(a, polarity) === benchmarkSide(b, polarity);
}

/**
 * Warnings where a value's published judgement and the site's own both
 * exist and differ. "Cannot be calculated" and "Not compared" are not
 * judgements: an export often holds only the latest period, so the site
 * cannot judge a trend Fingertips worked out from earlier years.
 */
export function publishedDisagreements(
  indicator: Indicator,
  areas: readonly Area[],
  locate: (path: readonly (string | number)[]) => { line?: number | undefined; column?: number | undefined },
): Problem[] {
  const problems: Problem[] = [];
  if (!indicator.series.some((p) => p.published !== undefined)) return problems;
  const file = `indicators/${indicator.id}.json`;
  const h = headlineOf(indicator);
  const byName = new Map(areas.map((a) => [a.id, a.name]));
  const benchmarkId = benchmarkAreaOf(indicator, areas);
  const benchmarkIsCountry = areas.some((a) => a.id === benchmarkId && a.type === 'country');
  // The series each point belongs to (area and breakdown), oldest first.
  const seriesOf = new Map<string, Point[]>();
  const keyOf = (p: Point, area = p.area) => `${area}\u0000${breakdownKey(breakdownOf(indicator, p))}`;
  for (const p of indicator.series) {
    const list = seriesOf.get(keyOf(p)) ?? [];
    list.push(p);
    seriesOf.set(keyOf(p), list);
  }
  for (const list of seriesOf.values()) list.sort((a, b) => comparePeriods(period(a.period), period(b.period)));

  indicator.series.forEach((point, i) => {
    const published = point.published;
    if (!published || point.value === null) return;
    const which = describeBreakdown(breakdownOf(indicator, point), h);
    const where = `${byName.get(point.area) ?? point.area} (${point.area})${which === 'the headline figures' ? '' : `, ${which},`} in ${point.period}`;
    const warn = (field: string, found: string, expected: string) =>
      problems.push(
        problem(
          file,
          fieldPath(['series', i, 'published', field]),
          found,
          expected,
          locate(['series', i, 'published', field]),
          'warning',
        ),
      );

    if (published.trend !== undefined && published.trend !== 'not-enough-data') {
      const upTo = (seriesOf.get(keyOf(point)) ?? []).filter(
        (p) => comparePeriods(period(p.period), period(point.period)) <= 0,
      );
      const own = judgeTrend(upTo, indicator.polarity, indicator.unit);
      if (own.key !== 'not-enough-data' && !sameTrend(own.key, published.trend)) {
        warn(
          'trend',
          `Fingertips' recent trend "${TREND_WORDS[published.trend]}" for ${where}`,
          `the site's own trend to agree, but it is "${TREND_WORDS[own.key]}" from the ${own.used.length} values in this file up to ${point.period} (check that they are Fingertips' values, and the polarity; pages show the site's own)`,
        );
      }
    }
    if (
      published.benchmark !== undefined &&
      published.benchmark !== 'not-compared' &&
      benchmarkIsCountry &&
      benchmarkId !== point.area
    ) {
      const benchmarkPoint =
        benchmarkId === undefined
          ? undefined
          : seriesOf.get(keyOf(point, benchmarkId))?.find((p) => p.period === point.period);
      const own = compareWith(indicator, { ...point, value: point.value }, benchmarkPoint).key;
      if (own !== 'not-compared' && !sameBenchmark(own, published.benchmark, indicator.polarity)) {
        warn(
          'benchmark',
          `Fingertips' comparison with England "${BENCHMARK_WORDS[published.benchmark]}" for ${where}`,
          `the site's own comparison to agree, but it is "${BENCHMARK_WORDS[own]}" (check the confidence limits, the polarity and the comparison method: Fingertips compares some indicators at 99.8%, "comparison": "ci99.8"; pages show the site's own)`,
        );
      }
    }
  });
  return problems;
}

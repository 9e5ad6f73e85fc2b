/**
 * Warnings about data that is valid but would quietly mislead a reader
 * (issue 16). None stops publishing; each says what to add or change:
 *
 * - the latest local figure has no benchmark figure for the same period, so
 *   the page would quietly say "Not compared" where it said "Better";
 * - `nextUpdate` has passed, so the page promises an update that is overdue;
 * - a target's `by` period has ended and the data has no figure for it (or a
 *   later one), so readers cannot see whether it was met. While `nextUpdate`
 *   says new figures are still due, the gap is expected and not warned about.
 *
 * "Passed" and "ended" are judged against the build date (core/build-date.ts),
 * the same day the consultation states are judged on.
 */

import { formatDate } from '../core/dates.ts';
import { comparePeriods, parsePeriod, period } from '../core/periods.ts';
import type { Content } from '../contract/model.ts';
import { headlineSeries, targetObservations } from '../contract/breakdowns.ts';
import { fieldPath, problem, type Problem } from '../contract/problems.ts';
import { listing } from '../core/text.ts';
import type { Area, Indicator } from '../contract/schemas.ts';
import { benchmarkAreaOf } from './assess.ts';

export function checkDataWarnings(content: Content, today: string): Problem[] {
  const names = new Map(content.areas.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const problems: Problem[] = [];
  for (const indicator of content.indicators) {
    const file = `indicators/${indicator.id}.json`;
    const warn = (path: readonly (string | number)[], found: string, expected: string) =>
      problems.push(problem(file, fieldPath(path), found, expected, content.locate(file, path), 'warning'));
    const missing = missingBenchmark(indicator, content.areas);
    if (missing) {
      const areas = listing(missing.areas.map(nameOf));
      warn(
        ['series', missing.index],
        `a value for ${areas} in ${missing.period}, the latest period, but none for ${nameOf(missing.benchmark)}, the benchmark`,
        `a value for ${nameOf(missing.benchmark)} in ${missing.period} added to series, so that the latest figure can be compared with it (until then the page says "Not compared" for ${missing.period})`,
      );
    }
    if (indicator.nextUpdate !== undefined && indicator.nextUpdate < today) {
      warn(
        ['nextUpdate'],
        `${indicator.nextUpdate}, which has passed (the check ran on ${formatDate(today)})`,
        'the date the next figures are due: add the figures published since, then set nextUpdate to the next date (the page shows the date as the next update, so a past date tells readers the figures are out of date)',
      );
    }
  }
  problems.push(...targetsWithoutFigures(content, today, nameOf));
  return problems;
}

interface MissingBenchmark {
  readonly period: string;
  readonly benchmark: string;
  /** The local areas whose latest value is for that period. */
  readonly areas: string[];
  /** The series index of the first of their values. */
  readonly index: number;
}

/**
 * The latest period of some local area has a value there but no benchmark
 * point at all, while the benchmark has values for other periods: one
 * finding per indicator, naming every area it affects (one slip, one warning).
 * A benchmark point that is null with a note is the author saying why, so
 * it is not warned about.
 */
function missingBenchmark(indicator: Indicator, areas: readonly Area[]): MissingBenchmark | undefined {
  const benchmark = benchmarkAreaOf(indicator, areas);
  if (benchmark === undefined) return undefined;
  // The judgement compares headline figures (not breakdowns by sex, age or group).
  const headline = new Set(headlineSeries(indicator));
  const benchmarkPoints = indicator.series.filter((p) => p.area === benchmark && headline.has(p));
  const benchmarkPeriods = new Set(benchmarkPoints.map((p) => p.period));
  if (!benchmarkPoints.some((p) => p.value !== null)) return undefined;
  const latest = new Map<string, { period: string; index: number }>();
  indicator.series.forEach((p, index) => {
    if (p.area === benchmark || p.value === null || !headline.has(p)) return;
    const best = latest.get(p.area);
    if (!best || comparePeriods(period(p.period), period(best.period)) > 0)
      latest.set(p.area, { period: p.period, index });
  });
  const gaps = [...latest.entries()].filter(([, l]) => !benchmarkPeriods.has(l.period));
  const first = gaps.sort((a, b) => a[1].index - b[1].index)[0];
  if (!first) return undefined;
  const period0 = first[1].period;
  const same = gaps.filter(([, l]) => l.period === period0);
  return { period: period0, benchmark, areas: same.map(([id]) => id), index: first[1].index };
}

/** Targets whose `by` period has ended with no figure for it in the data, while no new figures are due. */
function targetsWithoutFigures(content: Content, today: string, nameOf: (id: string) => string): Problem[] {
  const indicators = new Map(content.indicators.map((i) => [i.id, i]));
  const problems: Problem[] = [];
  // Newest version first, and each target once: a target kept from one version to the next is one gap.
  const seen = new Set<string>();
  for (const strategy of content.strategies) {
    for (const version of [...strategy.versions].reverse()) {
      for (const section of version.sections) {
        for (const t of section.targets) {
          const indicator = indicators.get(t.indicator);
          const area = t.area ?? strategy.area;
          const by = parsePeriod(t.by);
          if (!indicator || area === undefined || !by.ok || by.period.end >= today) continue;
          const key = `${t.indicator}\u0000${area}\u0000${t.by}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (indicator.nextUpdate !== undefined && indicator.nextUpdate >= today) continue;
          // The series the target follows: the headline, its breakdown, or the gap it names.
          const reached = targetObservations(indicator, area, t).some((o) => period(o.period).end >= by.period.end);
          if (reached) continue;
          problems.push(
            problem(
              section.file,
              'Target.by',
              `"${t.by}", which ended on ${formatDate(by.period.end)}, and data/indicators/${indicator.id}.json has no value for ${nameOf(area)} for ${t.by} or later`,
              `the figure for ${t.by} added to the data once it is published, so readers can see whether the target was met (and nextUpdate in data/indicators/${indicator.id}.json set to the date it is due)`,
              t.places.by ?? { line: t.line, column: t.column },
              'warning',
            ),
          );
        }
      }
    }
  }
  return problems;
}

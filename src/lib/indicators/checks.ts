/**
 * Checks that keep the indicator judgements honest (issue 4): a series whose
 * periods for one area are written in more than one form (a time axis would
 * mix 2023 with 2023/24 and the trend would be wrong), a target whose `by`
 * period is not after its baseline period (no trajectory can be drawn), and a
 * benchmark area the indicator names but has no values for (every comparison
 * would silently say "Not compared").
 *
 * A confidence interval that does not contain its value is checked with the
 * other per-point checks in checks.ts (`lower` above the value, `upper` below it).
 */

import { earliestPoint } from '../contract/series.ts';
import { axisMonths } from './judgements.ts';
import { parsePeriod, type PeriodKind } from '../core/periods.ts';
import type { Content } from '../contract/model.ts';
import { describe, fieldPath, problem, type Problem } from '../contract/problems.ts';

const KIND_WORDS: Record<PeriodKind, string> = {
  year: 'a calendar year (2023)',
  'financial-year': 'a financial year (2023/24)',
  quarter: 'a quarter (2023 Q2)',
  month: 'a month (2023-05)',
  'pooled-years': 'pooled years (2021-23)',
};

export function checkIndicatorData(content: Content): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, path: readonly (string | number)[], found: string, expected: string) =>
    problems.push(problem(file, fieldPath(path), found, expected, content.locate(file, path)));

  for (const indicator of content.indicators) {
    const file = `indicators/${indicator.id}.json`;

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
            t.since ?? (indicator && area !== undefined ? earliestPoint(indicator, area)?.period : undefined);
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

/**
 * Cross-checks across files: references that must resolve, ids that must be
 * unique, data that must agree with itself. Runs on the loaded model.
 */

import { contrastRatio } from '../colour.ts';
import { parsePeriod } from '../periods.ts';
import { earliestPoint } from '../indicators.ts';
import type { Content, TargetUse } from './model.ts';
import { describe, problem, type Problem } from './problems.ts';

export function checkContent(content: Content): Problem[] {
  const problems: Problem[] = [];
  // When areas.json is unreadable, every reference would look broken: report the file, not the echoes.
  const knownAreas = content.present.areas;
  const areaIds = { has: (id: string) => knownAreas === undefined || knownAreas.has(id) };
  const indicatorIds = content.present.indicators;
  const strategyIds = content.present.strategies;
  const areaList = (id: string) => `an area id listed in areas.json (${describe(id)} is not there)`;

  // site.yaml
  const ratio = contrastRatio(content.site.colour, '#ffffff');
  if (ratio < 4.5) {
    problems.push(
      problem(
        'site.yaml',
        'colour',
        `${content.site.colour} (contrast with white text ${ratio.toFixed(2)}:1)`,
        'a darker colour, so that white header text has a contrast of at least 4.5:1',
      ),
    );
  }

  // areas.json
  const seenAreas = new Set<string>();
  content.areas.forEach((area, i) => {
    if (seenAreas.has(area.id))
      problems.push(problem('areas.json', `[${i}].id`, describe(area.id), 'an id used by no other area'));
    seenAreas.add(area.id);
    if (area.parent !== undefined && !areaIds.has(area.parent)) {
      problems.push(problem('areas.json', `[${i}].parent`, describe(area.parent), areaList(area.parent)));
    }
  });
  const countries = content.areas.filter((a) => a.type === 'country');

  // indicators
  for (const indicator of content.indicators) {
    const file = `indicators/${indicator.id}.json`;
    for (const field of ['benchmark', 'defaultArea'] as const) {
      const id = indicator[field];
      if (id !== undefined && !areaIds.has(id)) problems.push(problem(file, field, describe(id), areaList(id)));
    }
    if (indicator.benchmark === undefined && countries.length !== 1 && indicator.polarity !== 'no-judgement') {
      problems.push(
        problem(
          file,
          'benchmark',
          'nothing',
          `a benchmark area, since areas.json has ${countries.length} areas of type country rather than one`,
        ),
      );
    }
    indicator.comparators.forEach((id, i) => {
      if (!areaIds.has(id)) problems.push(problem(file, `comparators[${i}]`, describe(id), areaList(id)));
    });
    const seenPoints = new Map<string, number>();
    indicator.series.forEach((point, i) => {
      const at = `series[${i}]`;
      if (!areaIds.has(point.area))
        problems.push(problem(file, `${at}.area`, describe(point.area), areaList(point.area)));
      const key = `${point.period}\u0000${point.area}`;
      const first = seenPoints.get(key);
      if (first !== undefined) {
        problems.push(
          problem(
            file,
            at,
            `a second value for ${point.period} in ${point.area}`,
            `one value per period and area (series[${first}] has the same period and area)`,
          ),
        );
      } else {
        seenPoints.set(key, i);
      }
      if (point.value === null && point.note === undefined) {
        problems.push(
          problem(
            file,
            `${at}.note`,
            'nothing',
            'a note saying why the value is null (for example "Suppressed: fewer than 5 cases")',
          ),
        );
      }
      if (point.value !== null && point.lower !== undefined && point.lower > point.value) {
        problems.push(
          problem(
            file,
            `${at}.lower`,
            String(point.lower),
            `a lower confidence limit at or below the value ${point.value}`,
          ),
        );
      }
      if (point.value !== null && point.upper !== undefined && point.upper < point.value) {
        problems.push(
          problem(
            file,
            `${at}.upper`,
            String(point.upper),
            `an upper confidence limit at or above the value ${point.value}`,
          ),
        );
      }
    });
  }

  // strategies, versions, sections
  for (const strategy of content.strategies) {
    const sfile = `strategies/${strategy.id}/strategy.yaml`;
    if (strategy.area !== undefined && !areaIds.has(strategy.area)) {
      problems.push(problem(sfile, 'area', describe(strategy.area), areaList(strategy.area)));
    }
    const c = strategy.consultation;
    if (c && c.closes < c.opens) {
      problems.push(problem(sfile, 'consultation.closes', c.closes, `a date on or after the opening date ${c.opens}`));
    }
    if (strategy.period) {
      const start = parsePeriod(strategy.period.start);
      const end = parsePeriod(strategy.period.end);
      if (start.ok && end.ok && end.period.end < start.period.start) {
        problems.push(
          problem(
            sfile,
            'period.end',
            describe(strategy.period.end),
            `a period after the start, ${strategy.period.start}`,
          ),
        );
      }
    }
    for (const version of strategy.versions) {
      const seenIds = new Map<string, string>();
      for (const section of version.sections) {
        const other = seenIds.get(section.id);
        if (other !== undefined) {
          problems.push(
            problem(
              section.file,
              'id',
              describe(section.id),
              `a section id used by no other section of version ${version.id} (${other} has it too)`,
            ),
          );
        } else {
          seenIds.set(section.id, section.file);
        }
        for (const t of section.targets) {
          const at = { line: t.line, column: t.column };
          if (!indicatorIds.has(t.indicator)) {
            problems.push(
              problem(
                section.file,
                'Target.indicator',
                describe(t.indicator),
                `an indicator with a file data/indicators/${t.indicator}.json`,
                at,
              ),
            );
          }
          const area = t.area ?? strategy.area;
          if (area === undefined) {
            problems.push(
              problem(
                section.file,
                'Target.area',
                'nothing',
                `an area: add area="..." to the Target, or "area:" to strategies/${strategy.id}/strategy.yaml`,
                at,
              ),
            );
          } else if (!areaIds.has(area)) {
            problems.push(
              problem(
                section.file,
                t.area === undefined ? 'Target.area (from strategy.yaml)' : 'Target.area',
                describe(area),
                areaList(area),
                at,
              ),
            );
          } else {
            const mismatch = baselineMismatch(content, t, area);
            if (mismatch)
              problems.push(problem(section.file, 'Target.baseline', mismatch.found, mismatch.expected, at));
          }
        }
        for (const m of section.measures) {
          if (!indicatorIds.has(m.indicator)) {
            problems.push(
              problem(
                section.file,
                'Measure.indicator',
                describe(m.indicator),
                `an indicator with a file data/indicators/${m.indicator}.json`,
                { line: m.line, column: m.column },
              ),
            );
          }
        }
      }
    }
  }

  // updates
  for (const update of content.updates) {
    if (update.strategy !== undefined && !strategyIds.has(update.strategy)) {
      problems.push(
        problem(
          update.file,
          'strategy',
          describe(update.strategy),
          `the id of a strategy (a folder in strategies/): ${[...strategyIds].join(', ')}`,
        ),
      );
    }
  }
  return problems;
}

/**
 * A baseline must agree with the data it claims to start from: the value at
 * `since` (or the earliest value) for the target's area, when the data has one.
 */
function baselineMismatch(
  content: Content,
  t: TargetUse,
  area: string,
): { found: string; expected: string } | undefined {
  if (t.baseline === undefined) return undefined;
  const indicator = content.indicators.find((i) => i.id === t.indicator);
  if (!indicator) return undefined;
  const point =
    t.since === undefined
      ? earliestPoint(indicator, area)
      : indicator.series.find((p) => p.area === area && p.period === t.since);
  if (!point || point.value === null || point.value === t.baseline) return undefined;
  return {
    found: String(t.baseline),
    expected: `the value in data/indicators/${indicator.id}.json for ${area} in ${point.period}, which is ${point.value} (change the baseline, the since period or the data so they agree)`,
  };
}

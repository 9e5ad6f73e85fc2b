/**
 * Cross-checks across files: references that must resolve, ids that must be
 * unique, data that must agree with itself. Runs on the loaded model, and
 * points each problem at the line where the field is written.
 */

import { contrastRatio } from '../core/colour.ts';
import { earliestPoint } from './series.ts';
import { parsePeriod } from '../core/periods.ts';
import type { Content, Strategy, TargetUse } from './model.ts';
import { describe, fieldPath, problem, type Place, type Problem } from './problems.ts';

type Path = readonly (string | number)[];

class Checker {
  readonly problems: Problem[] = [];
  readonly content: Content;

  constructor(content: Content) {
    this.content = content;
  }

  /** A problem at a field of a YAML or JSON file (front matter included), located in its source. */
  field(file: string, path: Path, found: string, expected: string): void {
    this.problems.push(problem(file, fieldPath(path), found, expected, this.content.locate(file, path)));
  }

  /** A problem at a place in an MDX body. */
  at(file: string, field: string, found: string, expected: string, place: Place): void {
    this.problems.push(problem(file, field, found, expected, place));
  }

  /** Whether an area id is known. When areas.json is missing or unreadable, that one problem is enough. */
  hasArea(id: string): boolean {
    const known = this.content.present.areas;
    return known === undefined || known.has(id);
  }
}

const areaList = (id: string) => `an area id listed in areas.json (${describe(id)} is not there)`;

export function checkContent(content: Content): Problem[] {
  const c = new Checker(content);
  checkSiteConfig(c);
  checkAreas(c);
  checkIndicators(c);
  for (const strategy of content.strategies) checkStrategy(c, strategy);
  checkUpdates(c);
  return c.problems;
}

function checkSiteConfig(c: Checker): void {
  const colour = c.content.site.colour;
  const ratio = contrastRatio(colour, '#ffffff');
  if (ratio < 4.5) {
    c.field(
      'site.yaml',
      ['colour'],
      `${colour} (contrast with white text ${ratio.toFixed(2)}:1)`,
      'a darker colour, so that white header text has a contrast of at least 4.5:1',
    );
  }
}

function checkAreas(c: Checker): void {
  const seen = new Set<string>();
  c.content.areas.forEach((area, i) => {
    if (seen.has(area.id)) c.field('areas.json', [i, 'id'], describe(area.id), 'an id used by no other area');
    seen.add(area.id);
    if (area.parent !== undefined && !c.hasArea(area.parent)) {
      c.field('areas.json', [i, 'parent'], describe(area.parent), areaList(area.parent));
    }
  });
}

function checkIndicators(c: Checker): void {
  const countries = c.content.areas.filter((a) => a.type === 'country');
  for (const indicator of c.content.indicators) {
    const file = `indicators/${indicator.id}.json`;
    for (const key of ['benchmark', 'defaultArea'] as const) {
      const id = indicator[key];
      if (id !== undefined && !c.hasArea(id)) c.field(file, [key], describe(id), areaList(id));
    }
    const areasRead = c.content.present.areas !== undefined;
    if (
      areasRead &&
      indicator.benchmark === undefined &&
      countries.length !== 1 &&
      indicator.polarity !== 'no-judgement'
    ) {
      c.field(
        file,
        ['benchmark'],
        'nothing',
        `a benchmark area, since areas.json has ${countries.length} areas of type country rather than one`,
      );
    }
    indicator.comparators.forEach((id, i) => {
      if (!c.hasArea(id)) c.field(file, ['comparators', i], describe(id), areaList(id));
    });
    const seen = new Map<string, number>();
    indicator.series.forEach((point, i) => {
      if (!c.hasArea(point.area)) c.field(file, ['series', i, 'area'], describe(point.area), areaList(point.area));
      const key = `${point.period}\u0000${point.area}`;
      const first = seen.get(key);
      if (first !== undefined) {
        c.field(
          file,
          ['series', i],
          `a second value for ${point.period} in ${point.area}`,
          `one value per period and area (series[${first}] has the same period and area)`,
        );
      } else {
        seen.set(key, i);
      }
      if (point.value === null && point.note === undefined) {
        c.field(
          file,
          ['series', i, 'note'],
          'nothing',
          'a note saying why the value is null (for example "Suppressed: fewer than 5 cases")',
        );
      }
      if (point.value !== null && point.lower !== undefined && point.lower > point.value) {
        c.field(
          file,
          ['series', i, 'lower'],
          String(point.lower),
          `a lower limit at or below the value ${point.value}`,
        );
      }
      if (point.value !== null && point.upper !== undefined && point.upper < point.value) {
        c.field(
          file,
          ['series', i, 'upper'],
          String(point.upper),
          `an upper limit at or above the value ${point.value}`,
        );
      }
    });
  }
}

function checkStrategy(c: Checker, strategy: Strategy): void {
  const file = `strategies/${strategy.id}/strategy.yaml`;
  const strategyAreaKnown = strategy.area === undefined || c.hasArea(strategy.area);
  if (!strategyAreaKnown && strategy.area !== undefined) {
    c.field(file, ['area'], describe(strategy.area), areaList(strategy.area));
  }
  const consultation = strategy.consultation;
  if (consultation && consultation.closes < consultation.opens) {
    c.field(
      file,
      ['consultation', 'closes'],
      consultation.closes,
      `a date on or after the opening date ${consultation.opens}`,
    );
  }
  if (strategy.period) {
    const start = parsePeriod(strategy.period.start);
    const end = parsePeriod(strategy.period.end);
    if (start.ok && end.ok && end.period.end < start.period.start) {
      c.field(
        file,
        ['period', 'end'],
        describe(strategy.period.end),
        `a period after the start, ${strategy.period.start}`,
      );
    }
  }
  const indicators = c.content.present.indicators;
  for (const version of strategy.versions) {
    const seen = new Map<string, string>();
    for (const section of version.sections) {
      const other = seen.get(section.id);
      if (other !== undefined) {
        c.field(
          section.file,
          ['id'],
          describe(section.id),
          `a section id used by no other section of version ${version.id} (${other} has it too)`,
        );
      } else {
        seen.set(section.id, section.file);
      }
      for (const t of section.targets) {
        const at = { line: t.line, column: t.column };
        if (!indicators.has(t.indicator)) {
          c.at(
            section.file,
            'Target.indicator',
            describe(t.indicator),
            `an indicator with a file data/indicators/${t.indicator}.json`,
            t.places.indicator ?? at,
          );
        }
        const area = t.area ?? strategy.area;
        if (area === undefined) {
          c.at(
            section.file,
            'Target.area',
            'nothing',
            `an area: add area="..." to the Target, or "area:" to strategies/${strategy.id}/strategy.yaml`,
            at,
          );
        } else if (t.area !== undefined && !c.hasArea(t.area)) {
          c.at(section.file, 'Target.area', describe(t.area), areaList(t.area), t.places.area ?? at);
        } else if (t.area !== undefined || strategyAreaKnown) {
          // (An unknown strategy area is reported once, in strategy.yaml, not again for every target.)
          const mismatch = baselineMismatch(c.content, t, area);
          if (mismatch)
            c.at(section.file, 'Target.baseline', mismatch.found, mismatch.expected, t.places.baseline ?? at);
        }
      }
      for (const m of section.measures) {
        if (!indicators.has(m.indicator)) {
          c.at(
            section.file,
            'Measure.indicator',
            describe(m.indicator),
            `an indicator with a file data/indicators/${m.indicator}.json`,
            m.places.indicator ?? { line: m.line, column: m.column },
          );
        }
      }
    }
  }
}

function checkUpdates(c: Checker): void {
  const strategies = c.content.present.strategies;
  for (const update of c.content.updates) {
    if (update.strategy !== undefined && !strategies.has(update.strategy)) {
      c.field(
        update.file,
        ['strategy'],
        describe(update.strategy),
        `the id of a strategy (a folder in strategies/): ${[...strategies].join(', ')}`,
      );
    }
  }
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

/**
 * Cross-checks across files: references that must resolve, ids that must be
 * unique, data that must agree with itself. Runs on the loaded model, and
 * points each problem at the line where the field is written.
 */

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { contrastRatio } from '../core/colour.ts';
import { roundsTo, tidyNumber } from '../core/numbers.ts';
import { comparePeriods, parsePeriod, period, spanKey } from '../core/periods.ts';
import {
  breakdownKey,
  breakdownOf,
  categoryTypesOf,
  describeBreakdown,
  headlineOf,
  headlineSeries,
  targetObservations,
} from './breakdowns.ts';
import type { Content, Strategy, TargetUse } from './model.ts';
import { publicDirOf } from './site-model.ts';
import { describe, fieldPath, problem, type Place, type Problem } from './problems.ts';
import type { Indicator } from './schemas.ts';

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

  /** A <Target> or <Measure> naming an indicator that has no file. */
  unknownIndicator(file: string, component: string, id: string, place: Place): void {
    this.at(file, `${component}.indicator`, describe(id), `an indicator with a file data/indicators/${id}.json`, place);
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
  const logo = c.content.site.logo;
  if (logo) {
    const publicDir = publicDirOf(c.content.contentDir);
    const file = path.join(publicDir, logo.src.replace(/^\/+/, ''));
    const inside = !path.relative(publicDir, file).startsWith('..');
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      c.field(
        'site.yaml',
        ['logo', 'src'],
        `${describe(logo.src)}, which is not a file in public/`,
        'the path of an image inside the public/ folder beside content/, like "images/logo.svg"',
      );
    }
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
      // One value per period, area and breakdown; "2019-21" and "2019 - 21" are one period.
      const parsed = parsePeriod(point.period);
      const breakdown = breakdownOf(indicator, point);
      const key = `${parsed.ok ? spanKey(parsed.period) : point.period}\u0000${point.area}\u0000${breakdownKey(breakdown)}`;
      const first = seen.get(key);
      if (first !== undefined) {
        const which = describeBreakdown(breakdown, headlineOf(indicator));
        const forWhat = which === 'the headline figures' ? '' : ` (${which})`;
        c.field(
          file,
          ['series', i],
          `a second value for ${point.period} in ${point.area}${forWhat}`,
          `one value per period, area and breakdown (series[${first}] has the same period, area and breakdown)`,
        );
      } else {
        seen.set(key, i);
      }
      if ((point.category === undefined) !== (point.categoryType === undefined)) {
        const [has, lacks] = point.category === undefined ? ['categoryType', 'category'] : ['category', 'categoryType'];
        c.field(
          file,
          ['series', i, lacks],
          'nothing',
          `a ${lacks} as well, since the value has a ${has}: a category is always named with its type, like "categoryType": "Ethnic groups", "category": "Asian"`,
        );
      }
      if (point.value === null && point.note === undefined) {
        c.field(
          file,
          ['series', i, 'note'],
          'nothing',
          'a note saying why the value is null (for example "Suppressed: fewer than 5 cases")',
        );
      }
      for (const [lowerKey, upperKey, level] of [
        ['lower', 'upper', '95%'],
        ['lower998', 'upper998', '99.8%'],
      ] as const) {
        const lower = point[lowerKey];
        const upper = point[upperKey];
        if (point.value !== null && lower !== undefined && lower > point.value) {
          c.field(file, ['series', i, lowerKey], String(lower), `a lower limit at or below the value ${point.value}`);
        }
        if (point.value !== null && upper !== undefined && upper < point.value) {
          c.field(file, ['series', i, upperKey], String(upper), `an upper limit at or above the value ${point.value}`);
        }
        if ((lower === undefined) !== (upper === undefined)) {
          const [has, lacks] = lower === undefined ? [upperKey, lowerKey] : [lowerKey, upperKey];
          c.field(
            file,
            ['series', i, lacks],
            'nothing',
            `the ${lacks} as well, since the value has ${has}: a ${level} interval needs both limits`,
          );
        }
      }
    });
    if (indicator.series.length > 0 && headlineSeries(indicator).length === 0) {
      c.field(
        file,
        ['series'],
        'values for breakdowns only (no value is for persons and the usual age band with no category)',
        'values for the headline as well: for persons, with no sex, age or category, which pages and targets use',
      );
    }
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
        if (!indicators.has(t.indicator))
          c.unknownIndicator(section.file, 'Target', t.indicator, t.places.indicator ?? at);
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
          const indicator = c.content.indicators.find((i) => i.id === t.indicator);
          const missing = indicator ? missingBreakdown(indicator, t, area) : undefined;
          if (missing) {
            c.at(
              section.file,
              `Target.${missing.attribute}`,
              missing.found,
              missing.expected,
              t.places[missing.attribute] ?? at,
            );
          } else {
            const mismatch = indicator ? baselineMismatch(indicator, t, area) : undefined;
            if (mismatch)
              c.at(section.file, 'Target.baseline', mismatch.found, mismatch.expected, t.places.baseline ?? at);
          }
        }
      }
      for (const m of section.measures) {
        if (!indicators.has(m.indicator)) {
          c.unknownIndicator(
            section.file,
            'Measure',
            m.indicator,
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
 * A target about a breakdown (sex="male", category="Most deprived decile") or
 * a gap (between="..." and="...") needs that breakdown in the data for its
 * area; a category name found in more than one category type needs
 * `categoryType` to say which.
 */
function missingBreakdown(
  indicator: Indicator,
  t: TargetUse,
  area: string,
): { attribute: string; found: string; expected: string } | undefined {
  const file = `data/indicators/${indicator.id}.json`;
  const b = t.breakdown;
  const named: [string, string][] = [];
  if (t.gap) named.push(['between', t.gap.between], ['and', t.gap.and]);
  else if (b?.category !== undefined) named.push(['category', b.category]);
  const categoryType = t.gap?.categoryType ?? b?.categoryType;
  for (const [, category] of named) {
    const types = categoryTypesOf(indicator, area, category);
    if (types.length > 1 && (categoryType === undefined || !types.includes(categoryType))) {
      return {
        attribute: 'categoryType',
        found: describe(categoryType),
        expected: `one of ${types.map((x) => JSON.stringify(x)).join(', ')}, since ${file} has ${JSON.stringify(category)} for ${area} in each of them`,
      };
    }
  }
  for (const [attribute, category] of named) {
    const observations = targetObservations(indicator, area, {
      breakdown: { ...b, category, categoryType },
    });
    if (observations.length === 0) {
      return { attribute, found: describe(category), expected: `${availableCategories(indicator, area, file)}` };
    }
  }
  if (named.length === 0 && (b?.sex !== undefined || b?.age !== undefined || b?.categoryType !== undefined)) {
    if (targetObservations(indicator, area, { breakdown: b }).length === 0) {
      const attribute = b.sex !== undefined ? 'sex' : b.age !== undefined ? 'age' : 'categoryType';
      const found = describe(attribute === 'sex' ? b.sex : attribute === 'age' ? b.age : b.categoryType);
      return { attribute, found, expected: availableBreakdowns(indicator, area, file) };
    }
  }
  return undefined;
}

/** "a category that data/indicators/x.json has values for in E10000016: ..." */
function availableCategories(indicator: Indicator, area: string, file: string): string {
  const categories = [
    ...new Set(indicator.series.filter((p) => p.area === area && p.category !== undefined).map((p) => p.category)),
  ];
  if (categories.length === 0)
    return `a category with values in ${file} for ${area}, which has none (import the breakdown first)`;
  const shown = categories.slice(0, 6).map((x) => JSON.stringify(x));
  return `a category with values in ${file} for ${area}: ${shown.join(', ')}${categories.length > 6 ? ` and ${categories.length - 6} more` : ''}`;
}

/** "a breakdown that data/indicators/x.json has values for in E10000016: male, female" */
function availableBreakdowns(indicator: Indicator, area: string, file: string): string {
  const h = headlineOf(indicator);
  const others = [
    ...new Set(
      indicator.series
        .filter((p) => p.area === area && p.category === undefined)
        .map((p) => describeBreakdown(breakdownOf(indicator, p), h))
        .filter((w) => w !== 'the headline figures'),
    ),
  ];
  return others.length === 0
    ? `a breakdown with values in ${file} for ${area}, which has none by sex or age (import the breakdown first)`
    : `a breakdown with values in ${file} for ${area}: ${others.join('; ')}`;
}

/**
 * A baseline must agree with the data it claims to start from: the value at
 * `since` (or the earliest value) for the target's area and breakdown (for a
 * gap, the difference then), when the data has one. Published figures are
 * often unrounded, so the baseline may be written rounded: 22.3 for 22.2871.
 */
function baselineMismatch(
  indicator: Indicator,
  t: TargetUse,
  area: string,
): { found: string; expected: string } | undefined {
  if (t.baseline === undefined) return undefined;
  const observations = targetObservations(indicator, area, t).sort((a, b) =>
    comparePeriods(period(a.period), period(b.period)),
  );
  const point = t.since === undefined ? observations[0] : observations.find((o) => o.period === t.since);
  if (!point || roundsTo(point.value, t.baseline)) return undefined;
  const what = t.gap
    ? `the gap between ${JSON.stringify(t.gap.between)} and ${JSON.stringify(t.gap.and)}`
    : 'the value';
  const which = t.breakdown && !t.gap ? ` (${describeBreakdown(t.breakdown)})` : '';
  return {
    found: String(t.baseline),
    expected: `${what} in data/indicators/${indicator.id}.json for ${area}${which} in ${point.period}, which is ${tidyNumber(point.value)} (change the baseline, the since period or the data so they agree)`,
  };
}

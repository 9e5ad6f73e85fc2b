/**
 * Breakdowns as the contract defines them: a point may be for one sex, one
 * age band, or one category within a category type ("Most deprived decile"
 * within "County & UA deprivation deciles in England"). A point without them
 * is for persons, the indicator's usual age band and no category: the
 * headline. Files written before breakdowns existed are all headline.
 *
 * Where the data has a single sex or age band (Fingertips publishes some
 * indicators for men only, or for one age band written on every row), that
 * is the headline. Every page and check that speaks of "the value for an
 * area" means the headline series; indicators/breakdowns.ts lists the rest.
 */

import type { Sex } from '../core/vocabulary.ts';
import type { Indicator, Point } from './schemas.ts';

export interface Breakdown {
  readonly sex: Sex;
  /** The age band as written (the point's `age`, else the indicator's `age`); undefined when neither says. */
  readonly age: string | undefined;
  readonly categoryType: string | undefined;
  readonly category: string | undefined;
}

/** The sex and age band of an indicator's headline series (no category). */
export interface Headline {
  readonly sex: Sex;
  readonly age: string | undefined;
}

type PointLike = Pick<Point, 'sex' | 'age' | 'categoryType' | 'category'>;

/** A point's breakdown, with the defaults filled in: persons, the indicator's age band. */
export function breakdownOf(indicator: Pick<Indicator, 'age'>, point: PointLike): Breakdown {
  return {
    sex: point.sex ?? 'persons',
    age: point.age ?? indicator.age,
    categoryType: point.categoryType,
    category: point.category,
  };
}

/** One text per breakdown, for grouping and for telling two apart. */
export function breakdownKey(b: Breakdown): string {
  return [b.sex, b.age ?? '', b.categoryType ?? '', b.category ?? ''].join('\u0000');
}

const headlines = new WeakMap<Indicator, Headline>();

/**
 * The headline's sex and age band. Sex: persons when any point without a
 * category is for persons, else the one sex there is. Age band: the
 * indicator's `age` when some point has it, else that of points that name
 * none, else the one age band there is, else the commonest (the first in the
 * file on a tie).
 */
export function headlineOf(indicator: Indicator): Headline {
  const cached = headlines.get(indicator);
  if (cached) return cached;
  const plain = indicator.series
    .filter((p) => p.category === undefined && p.categoryType === undefined)
    .map((p) => breakdownOf(indicator, p));
  const sexes = [...new Set(plain.map((b) => b.sex))];
  const sex: Sex = sexes.includes('persons') || sexes.length !== 1 ? 'persons' : (sexes[0] ?? 'persons');
  const ages = plain.filter((b) => b.sex === sex).map((b) => b.age);
  let age: string | undefined;
  if (indicator.age !== undefined && ages.includes(indicator.age)) age = indicator.age;
  else if (ages.length === 0 || ages.includes(undefined)) age = undefined;
  else {
    const counts = new Map<string | undefined, number>();
    for (const a of ages) counts.set(a, (counts.get(a) ?? 0) + 1);
    // Map keeps first-seen order, so a tie goes to the first age band in the file.
    let best = -1;
    for (const [a, n] of counts) {
      if (n > best) {
        best = n;
        age = a;
      }
    }
  }
  const headline = { sex, age };
  headlines.set(indicator, headline);
  return headline;
}

/** Whether a point belongs to the headline series. */
export function isHeadline(indicator: Indicator, point: PointLike): boolean {
  if (point.category !== undefined || point.categoryType !== undefined) return false;
  const h = headlineOf(indicator);
  const b = breakdownOf(indicator, point);
  return b.sex === h.sex && b.age === h.age;
}

const headlineSeriesCache = new WeakMap<Indicator, Point[]>();

/** The headline points, in file order. */
export function headlineSeries(indicator: Indicator): readonly Point[] {
  let series = headlineSeriesCache.get(indicator);
  if (!series) {
    series = indicator.series.filter((p) => isHeadline(indicator, p));
    headlineSeriesCache.set(indicator, series);
  }
  return series;
}

/** What a breakdown is, in a few words, for messages and labels: "male", "10-14 yrs", "Most deprived decile". */
export function describeBreakdown(b: Partial<Breakdown>, headline?: Headline): string {
  const parts: string[] = [];
  if (b.sex !== undefined && b.sex !== (headline?.sex ?? 'persons')) parts.push(b.sex);
  if (b.age !== undefined && b.age !== headline?.age) parts.push(b.age);
  if (b.category !== undefined) parts.push(b.category);
  return parts.length === 0 ? 'the headline figures' : parts.join(', ');
}

/** A breakdown a target or page asks for; fields left out take the headline's. */
export interface BreakdownChoice {
  readonly sex?: Sex | undefined;
  readonly age?: string | undefined;
  readonly categoryType?: string | undefined;
  readonly category?: string | undefined;
}

/**
 * The points of one area for a chosen breakdown (the headline's sex and age
 * band unless the choice names others), oldest first is not promised: callers sort.
 * A category without a category type matches that category in any type.
 */
export function pointsMatching(indicator: Indicator, areaId: string, choice: BreakdownChoice): Point[] {
  const h = headlineOf(indicator);
  const sex = choice.sex ?? h.sex;
  const age = choice.age ?? h.age;
  return indicator.series.filter((p) => {
    if (p.area !== areaId) return false;
    const b = breakdownOf(indicator, p);
    if (b.sex !== sex || b.age !== age) return false;
    if (choice.category === undefined) return b.category === undefined && b.categoryType === undefined;
    return (
      b.category === choice.category && (choice.categoryType === undefined || b.categoryType === choice.categoryType)
    );
  });
}

/** The category types that hold a category for an area (more than one means a target must name its type). */
export function categoryTypesOf(indicator: Indicator, areaId: string, category: string): string[] {
  return [
    ...new Set(
      indicator.series
        .filter((p) => p.area === areaId && p.category === category && p.categoryType !== undefined)
        .map((p) => p.categoryType ?? ''),
    ),
  ];
}

/** What a target promises about: the headline, one breakdown, or the gap between two categories. */
export interface TargetSeriesChoice {
  readonly breakdown?: BreakdownChoice | undefined;
  readonly gap?: GapChoice | undefined;
}

/** The gap between two categories: the difference between `between` and `and`, ignoring its sign. */
export interface GapChoice {
  readonly between: string;
  readonly and: string;
  readonly categoryType?: string | undefined;
}

/** The attributes of a `<Target>` that name its series, as written (the check has validated them). */
export interface TargetSeriesAttributes {
  readonly sex?: Sex | undefined;
  readonly age?: string | undefined;
  readonly categoryType?: string | undefined;
  readonly category?: string | undefined;
  readonly between?: string | undefined;
  readonly and?: string | undefined;
}

/**
 * What a Target's attributes promise about: a breakdown (`sex`, `age`,
 * `category`), a gap (`between` and `and`, with `categoryType` naming the
 * gap's type), both (a gap within one sex or age band), or neither (the
 * headline). One rule for the check and for the page that draws the Target.
 */
export function targetSeriesChoice(a: TargetSeriesAttributes): { breakdown?: BreakdownChoice; gap?: GapChoice } {
  const breakdown: BreakdownChoice | undefined =
    a.sex !== undefined ||
    a.age !== undefined ||
    a.category !== undefined ||
    (a.categoryType !== undefined && a.between === undefined)
      ? {
          sex: a.sex,
          age: a.age,
          category: a.category,
          categoryType: a.between === undefined ? a.categoryType : undefined,
        }
      : undefined;
  const gap: GapChoice | undefined =
    a.between !== undefined && a.and !== undefined
      ? { between: a.between, and: a.and, categoryType: a.categoryType }
      : undefined;
  return { ...(breakdown ? { breakdown } : {}), ...(gap ? { gap } : {}) };
}

/** One value of the series a target follows (for a gap, the difference, with no interval). */
export interface TargetObservation {
  readonly period: string;
  readonly value: number;
}

/**
 * The values a target is judged on, oldest first is not promised: for a
 * breakdown, that breakdown's values; for a gap, the difference between the
 * two categories in each period where both have a value; else the headline.
 */
export function targetObservations(
  indicator: Indicator,
  areaId: string,
  target: TargetSeriesChoice,
): TargetObservation[] {
  const valued = (points: readonly Point[]) =>
    points.flatMap((p) => (p.value === null ? [] : [{ period: p.period, value: p.value }]));
  if (target.gap) {
    const { between, and, categoryType } = target.gap;
    const base = target.breakdown ?? {};
    const a = valued(pointsMatching(indicator, areaId, { ...base, category: between, categoryType }));
    const b = new Map(
      valued(pointsMatching(indicator, areaId, { ...base, category: and, categoryType })).map((o) => [
        o.period,
        o.value,
      ]),
    );
    return a.flatMap((o) => {
      const other = b.get(o.period);
      return other === undefined ? [] : [{ period: o.period, value: Math.abs(o.value - other) }];
    });
  }
  return valued(pointsMatching(indicator, areaId, target.breakdown ?? {}));
}

/**
 * An indicator's breakdowns for one area, as plain data a page draws: by sex,
 * by deprivation (deciles or quintiles, most deprived first), by ethnic
 * group, by age, and any other category type, each as series in order with
 * their intervals, and each latest value compared with the area's overall
 * (headline) value. Also the gap between the most and least deprived, with
 * the sentence that says whether it is wider or narrower than at the start.
 */

import { breakdownKey, breakdownOf, headlineOf, type Breakdown, type BreakdownChoice } from '../contract/breakdowns.ts';
import type { Indicator, Point } from '../contract/schemas.ts';
import { decimalsOf, formatNumber, formatValue } from '../core/numbers.ts';
import { comparePeriods, period } from '../core/periods.ts';
import { SEX_WORDS, type Unit } from '../core/vocabulary.ts';
import { compareWith, seriesOf } from './assess.ts';
import type { Benchmarked } from './judgements.ts';

export type BreakdownKind = 'sex' | 'deprivation' | 'ethnicity' | 'age' | 'category';

export interface BreakdownSeries {
  /** What the series is for: "Male", "Most deprived decile", "10-14 yrs". */
  readonly label: string;
  /** The breakdown, as a target or judgeArea names it. */
  readonly choice: BreakdownChoice;
  /** Oldest first, nulls kept (as gaps), each with its interval where the data has one. */
  readonly points: readonly Point[];
  /** The latest point with a value. */
  readonly latest: (Point & { value: number }) | undefined;
  /**
   * The latest value compared with the area's overall value for the same
   * period, by its interval (the indicator's comparison method): better,
   * worse, higher, lower, similar, or not compared.
   */
  readonly comparedWithOverall: Benchmarked;
}

export interface BreakdownGroup {
  readonly kind: BreakdownKind;
  /** A heading: "By sex", "By deprivation", "By ethnic group", "By age", or the category type. */
  readonly title: string;
  /** The source's category type ("County & UA deprivation deciles in England (IMD2019, 4/21 geography)"). */
  readonly categoryType: string | undefined;
  /** For deprivation: whether the groups are tenths or fifths. */
  readonly scale?: 'deciles' | 'quintiles' | undefined;
  readonly series: readonly BreakdownSeries[];
}

// ------------------------------------------------------------ deprivation order

const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5 };

/**
 * A deprivation category's place, 1 = most deprived, as Fingertips and ONS
 * name them: "Most deprived decile", "Second most deprived decile", "Third
 * more deprived decile", "Fifth less deprived decile", "Least deprived decile
 * (IMD2019)", "Middle quintile", or numbered ("Decile 3", "Quintile 1 (most
 * deprived)", "1"). Undefined when the name says neither.
 */
export function deprivationRank(category: string, scale: 'deciles' | 'quintiles'): number | undefined {
  const n = scale === 'deciles' ? 10 : 5;
  const t = category
    .toLowerCase()
    .replace(/\([^)]*imd[^)]*\)/g, '')
    .trim();
  let m: RegExpExecArray | null;
  if ((m = /^(?:(second|third|fourth|fifth) )?(most|more|least|less) deprived\b/.exec(t))) {
    const step = m[1] ? (ORDINALS[m[1]] ?? 1) : 1;
    return m[2] === 'most' || m[2] === 'more' ? step : n + 1 - step;
  }
  if (/^middle\b/.test(t) && scale === 'quintiles') return 3;
  if ((m = /(\d+)/.exec(t))) {
    const k = Number(m[1]);
    if (k < 1 || k > n) return undefined;
    // Numbered groups run from most deprived (1) unless the name says the 1st is the least deprived.
    return /least deprived/.test(t) && k === 1 ? n : k;
  }
  return undefined;
}

function deprivationScale(categoryType: string, categories: readonly string[]): 'deciles' | 'quintiles' | undefined {
  const text = `${categoryType} ${categories.join(' ')}`.toLowerCase();
  if (!/depriv|imd/.test(text)) return undefined;
  if (/decile/.test(text)) return 'deciles';
  if (/quintile/.test(text)) return 'quintiles';
  return undefined;
}

/** Age bands in order of their first age ("<18", "5-16 yrs", "65+ yrs"); others after, as found. */
function ageOrder(age: string): number {
  const m = /(\d+)/.exec(age);
  if (!m) return Infinity;
  return /^\s*</.test(age) ? -1 : Number(m[1]);
}

// ------------------------------------------------------------ listing

/**
 * The breakdowns an indicator has for one area, in the order pages show them:
 * sex, deprivation, ethnic group, age, then other category types in the order
 * they first appear. Sex and age breakdowns are those of the headline's age
 * band and sex with no category; category breakdowns are for the headline's
 * sex and age band. An empty list when the area has none.
 */
export function breakdownsOf(indicator: Indicator, areaId: string): BreakdownGroup[] {
  const h = headlineOf(indicator);
  const seen = new Map<string, Breakdown>();
  for (const p of indicator.series) {
    if (p.area !== areaId) continue;
    const b = breakdownOf(indicator, p);
    const key = breakdownKey(b);
    if (!seen.has(key)) seen.set(key, b);
  }
  const all = [...seen.values()];
  const plain = all.filter((b) => b.category === undefined && b.categoryType === undefined);
  const overall = seriesOf(indicator, areaId);
  const groups: BreakdownGroup[] = [];

  const bySex = plain.filter((b) => b.sex !== h.sex && b.age === h.age);
  if (bySex.length > 0) {
    const order = ['male', 'female', 'persons'];
    const sorted = [...bySex].sort((a, b) => order.indexOf(a.sex) - order.indexOf(b.sex));
    groups.push({
      kind: 'sex',
      title: 'By sex',
      categoryType: undefined,
      series: sorted.map((b) => seriesEntry(indicator, areaId, SEX_WORDS[b.sex], { sex: b.sex }, overall)),
    });
  }

  const withCategory = all.filter((b) => b.category !== undefined && b.sex === h.sex && b.age === h.age);
  const types = [...new Set(withCategory.map((b) => b.categoryType ?? ''))];
  const categoryGroups: { rank: number; group: BreakdownGroup }[] = [];
  types.forEach((type, i) => {
    const members = withCategory.filter((b) => (b.categoryType ?? '') === type);
    const names = members.map((b) => b.category ?? '');
    const scale = deprivationScale(type, names);
    const entry = (b: Breakdown) =>
      seriesEntry(indicator, areaId, b.category ?? '', { category: b.category, categoryType: b.categoryType }, overall);
    if (scale) {
      // Most deprived first; names that give no rank keep their order after the ranked ones.
      const ranked = members
        .map((b, j) => ({ b, rank: deprivationRank(b.category ?? '', scale) ?? 100 + j }))
        .sort((a, b) => a.rank - b.rank);
      categoryGroups.push({
        rank: 1 + i / 1000,
        group: {
          kind: 'deprivation',
          title: 'By deprivation',
          categoryType: type,
          scale,
          series: ranked.map((r) => entry(r.b)),
        },
      });
    } else if (/ethnic/i.test(type)) {
      categoryGroups.push({
        rank: 2 + i / 1000,
        group: { kind: 'ethnicity', title: 'By ethnic group', categoryType: type, series: members.map(entry) },
      });
    } else {
      categoryGroups.push({
        rank: 4 + i / 1000,
        group: {
          kind: 'category',
          title: `By ${type.charAt(0).toLowerCase()}${type.slice(1)}`,
          categoryType: type,
          series: members.map(entry),
        },
      });
    }
  });

  const byAge = plain
    .filter((b) => b.sex === h.sex && b.age !== h.age && b.age !== undefined)
    .sort((a, b) => ageOrder(a.age ?? '') - ageOrder(b.age ?? ''));
  const ageGroup: BreakdownGroup | undefined =
    byAge.length > 0
      ? {
          kind: 'age',
          title: 'By age',
          categoryType: undefined,
          series: byAge.map((b) => seriesEntry(indicator, areaId, b.age ?? '', { age: b.age }, overall)),
        }
      : undefined;

  const ordered = [
    ...categoryGroups.filter((g) => g.rank < 3),
    ...(ageGroup ? [{ rank: 3, group: ageGroup }] : []),
    ...categoryGroups.filter((g) => g.rank >= 3),
  ].sort((a, b) => a.rank - b.rank);
  return [...groups, ...ordered.map((g) => g.group)];
}

function seriesEntry(
  indicator: Indicator,
  areaId: string,
  label: string,
  choice: BreakdownChoice,
  overall: readonly Point[],
): BreakdownSeries {
  const points = seriesOf(indicator, areaId, choice);
  const latest = points.filter((p): p is Point & { value: number } => p.value !== null).at(-1);
  const overallThen = latest ? overall.find((p) => p.period === latest.period) : undefined;
  return { label, choice, points, latest, comparedWithOverall: compareWith(indicator, latest, overallThen) };
}

// ------------------------------------------------------------ the gap

export interface GapAt {
  readonly period: string;
  readonly mostDeprived: number;
  readonly leastDeprived: number;
  /** Most deprived minus least deprived: positive when the most deprived have the higher figure. */
  readonly difference: number;
}

export interface DeprivationGap {
  readonly scale: 'deciles' | 'quintiles';
  /** The most and least deprived groups' names, as the data writes them. */
  readonly mostLabel: string;
  readonly leastLabel: string;
  /** The latest period in which both have a value. */
  readonly latest: GapAt;
  /** The earliest period shown in which both have a value, when it is not the latest. */
  readonly earliest: GapAt | undefined;
  /** Whether the gap (its size, ignoring sign) is wider, narrower or the same as in the earliest period. */
  readonly change: 'wider' | 'narrower' | 'same' | undefined;
  /** One or two sentences saying all of this in words. */
  readonly sentence: string;
}

/**
 * The gap between the most and least deprived groups of a deprivation
 * breakdown, in its latest period, and against the earliest period shown
 * (`from`, default: the earliest in which both have a value). Sizes are
 * compared as they are shown (to the indicator's `decimals`, else those of the data, at most one), so
 * the words never claim a change the figures on the page do not show.
 */
export function deprivationGap(indicator: Indicator, group: BreakdownGroup, from?: string): DeprivationGap | undefined {
  if (group.kind !== 'deprivation' || !group.scale) return undefined;
  const scale = group.scale;
  const ranked = group.series.map((s) => ({ s, rank: deprivationRank(s.label, scale) }));
  const most = ranked.find((r) => r.rank === 1)?.s;
  const least = ranked.find((r) => r.rank === (scale === 'deciles' ? 10 : 5))?.s;
  if (!most || !least) return undefined;
  const leastBy = new Map(least.points.flatMap((p) => (p.value === null ? [] : [[p.period, p.value] as const])));
  const both: GapAt[] = most.points.flatMap((p) => {
    const other = leastBy.get(p.period);
    if (p.value === null || other === undefined) return [];
    if (from !== undefined && comparePeriods(period(p.period), period(from)) < 0) return [];
    return [{ period: p.period, mostDeprived: p.value, leastDeprived: other, difference: p.value - other }];
  });
  const latest = both.at(-1);
  if (!latest) return undefined;
  const first = both[0];
  const earliest = first && first.period !== latest.period ? first : undefined;
  const decimals =
    indicator.decimals ??
    Math.min(1, Math.max(0, ...both.flatMap((g) => [decimalsOf(g.mostDeprived), decimalsOf(g.leastDeprived)])));
  const size = (g: GapAt) => Number(Math.abs(g.difference).toFixed(decimals));
  const change = earliest
    ? size(latest) > size(earliest)
      ? 'wider'
      : size(latest) < size(earliest)
        ? 'narrower'
        : 'same'
    : undefined;
  const sentence = gapSentence(indicator.unit, scale, latest, earliest, change, decimals);
  return { scale, mostLabel: most.label, leastLabel: least.label, latest, earliest, change, sentence };
}

/** A difference in the indicator's unit: "5.1 percentage points", "120 per 100,000", "9.5 years". */
export function differenceWords(difference: number, unit: Unit, decimals?: number): string {
  const size = Math.abs(difference);
  if (unit === 'percent') {
    const n = formatNumber(size, decimals);
    return `${n} percentage point${n === '1' ? '' : 's'}`;
  }
  return formatValue(size, unit, decimals);
}

function gapSentence(
  unit: Unit,
  scale: 'deciles' | 'quintiles',
  latest: GapAt,
  earliest: GapAt | undefined,
  change: 'wider' | 'narrower' | 'same' | undefined,
  decimals: number,
): string {
  const part = scale === 'deciles' ? 'tenth' : 'fifth';
  const value = (n: number) => formatValue(n, unit, decimals);
  const shown = Number(Math.abs(latest.difference).toFixed(decimals));
  let s: string;
  if (shown === 0) {
    s = `In ${latest.period}, the figure for the most deprived ${part} of areas (${value(latest.mostDeprived)}) was the same as for the least deprived ${part} (${value(latest.leastDeprived)}).`;
  } else {
    const direction = latest.difference > 0 ? 'higher' : 'lower';
    s = `In ${latest.period}, the figure for the most deprived ${part} of areas (${value(latest.mostDeprived)}) was ${differenceWords(latest.difference, unit, decimals)} ${direction} than for the least deprived ${part} (${value(latest.leastDeprived)}).`;
  }
  if (earliest && change) {
    const then = differenceWords(earliest.difference, unit, decimals);
    s +=
      change === 'same'
        ? ` The gap is the same as in ${earliest.period}, when it was ${then}.`
        : ` The gap is ${change} than in ${earliest.period}, when it was ${then}.`;
  }
  return s;
}

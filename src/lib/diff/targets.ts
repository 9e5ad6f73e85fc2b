/**
 * The structured parts compared as data, not words: Targets (value,
 * baseline, since, by, area, indicator), Measures, and the indicators the
 * strategy uses. This is what notices that a target moved from 18% to 20%,
 * whatever happened to the sentence around it.
 */

import type { MeasureUse, Section, TargetUse, Version } from '../contract/model.ts';

export const TARGET_FIELDS = ['value', 'baseline', 'since', 'by', 'area'] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];

export interface PlacedTarget {
  readonly target: TargetUse;
  readonly section: string;
}

export type TargetChange =
  | { readonly op: 'added'; readonly indicator: string; readonly after: PlacedTarget }
  | { readonly op: 'removed'; readonly indicator: string; readonly before: PlacedTarget }
  | {
      readonly op: 'changed';
      readonly indicator: string;
      readonly before: PlacedTarget;
      readonly after: PlacedTarget;
      /** Fields whose values differ, in TARGET_FIELDS order. */
      readonly fields: readonly TargetField[];
    };

export type MeasureChange =
  | { readonly op: 'added'; readonly indicator: string; readonly section: string; readonly text: string }
  | { readonly op: 'removed'; readonly indicator: string; readonly section: string; readonly text: string };

export interface StructuredChanges {
  readonly targets: readonly TargetChange[];
  readonly measures: readonly MeasureChange[];
  /** Indicators named by the newer version's Targets and Measures but not the older's. */
  readonly indicatorsAdded: readonly string[];
  readonly indicatorsRemoved: readonly string[];
}

const placed = <T>(sections: readonly Section[], pick: (s: Section) => readonly T[]) =>
  sections.flatMap((s) => pick(s).map((item) => ({ item, section: s.id })));

/** Groups by a key, keeping order, so that several targets for one indicator pair up in order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}

export function diffStructured(from: Version, to: Version, strategyArea?: string): StructuredChanges {
  // Matched by indicator (in order, when one indicator has several targets), so a changed area is a change.
  const targetKey = (t: { item: TargetUse }) => t.item.indicator;
  const field = (t: TargetUse, f: TargetField) => (f === 'area' ? (t.area ?? strategyArea) : t[f]);
  const before = groupBy(
    placed(from.sections, (s) => s.targets),
    targetKey,
  );
  const after = groupBy(
    placed(to.sections, (s) => s.targets),
    targetKey,
  );
  const targets: TargetChange[] = [];
  // Newer order first, then what was removed in older order: a reader follows the new document.
  for (const [key, list] of after) {
    const old = before.get(key) ?? [];
    list.forEach((a, i) => {
      const b = old[i];
      const afterT = { target: a.item, section: a.section };
      if (!b) {
        targets.push({ op: 'added', indicator: a.item.indicator, after: afterT });
        return;
      }
      const changed = TARGET_FIELDS.filter((f) => field(b.item, f) !== field(a.item, f));
      if (changed.length > 0) {
        targets.push({
          op: 'changed',
          indicator: a.item.indicator,
          before: { target: b.item, section: b.section },
          after: afterT,
          fields: changed,
        });
      }
    });
  }
  for (const [key, list] of before) {
    const kept = after.get(key)?.length ?? 0;
    for (const b of list.slice(kept)) {
      targets.push({ op: 'removed', indicator: b.item.indicator, before: { target: b.item, section: b.section } });
    }
  }

  const mBefore = groupBy(
    placed(from.sections, (s) => s.measures),
    (m) => m.item.indicator,
  );
  const mAfter = groupBy(
    placed(to.sections, (s) => s.measures),
    (m) => m.item.indicator,
  );
  const measures: MeasureChange[] = [];
  const measure = (op: 'added' | 'removed', m: { item: MeasureUse; section: string }): MeasureChange => ({
    op,
    indicator: m.item.indicator,
    section: m.section,
    text: m.item.text,
  });
  for (const [key, list] of mAfter) {
    for (const m of list.slice(mBefore.get(key)?.length ?? 0)) measures.push(measure('added', m));
  }
  for (const [key, list] of mBefore) {
    for (const m of list.slice(mAfter.get(key)?.length ?? 0)) measures.push(measure('removed', m));
  }

  const used = (v: Version) =>
    new Set(v.sections.flatMap((s) => [...s.targets, ...s.measures].map((x) => x.indicator)));
  const usedBefore = used(from);
  const usedAfter = used(to);
  return {
    targets,
    measures,
    indicatorsAdded: [...usedAfter].filter((i) => !usedBefore.has(i)).sort(),
    indicatorsRemoved: [...usedBefore].filter((i) => !usedAfter.has(i)).sort(),
  };
}

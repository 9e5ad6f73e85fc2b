/**
 * What the delivery pages compute from the returns: RAG counts for a period,
 * each project's rating across periods, and what changed from one period to
 * the next. Plain functions of the returns, so the tests can pin each rule.
 */

import { RAG_KEYS, type RagKey } from '../core/vocabulary.ts';
import { listing } from '../core/text.ts';
import type { DeliveryReturn } from '../contract/delivery-load.ts';
import { ragMovement, type Movement } from './rag.ts';
import type { Kpi, Project, Workstream } from '../contract/delivery-schema.ts';

export interface RagCount {
  readonly key: RagKey;
  readonly count: number;
}

/** Projects by rating, in the order of the vocabulary, every rating listed (0 included). */
export function ragCounts(r: DeliveryReturn): RagCount[] {
  const projects = r.workstreams.flatMap((w) => w.projects);
  return RAG_KEYS.map((key) => ({ key, count: projects.filter((p) => p.rag === key).length }));
}

/** "1 red, 3 amber, 4 green and 1 complete": the non-zero counts, for a sentence. */
export function ragSentence(counts: readonly RagCount[], words: Record<RagKey, string>): string {
  const parts = counts.filter((c) => c.count > 0).map((c) => `${c.count} ${words[c.key].toLowerCase()}`);
  return parts.length === 0 ? 'no projects' : listing(parts);
}

// ------------------------------------------------------------------ history

export interface HistoryRow {
  readonly projectId: string;
  /** The title in the latest return that has the project. */
  readonly title: string;
  /** The workstream in the latest return that has the project. */
  readonly workstreamId: string;
  readonly workstreamTitle: string;
  /** One cell per return, oldest first: the rating, or undefined when the project did not report. */
  readonly ratings: readonly (RagKey | undefined)[];
}

/**
 * Every project that reported in any period, with its rating in each. Rows
 * follow the latest return's order (workstream by workstream); projects no
 * longer reporting follow, in the order they last appeared.
 */
export function ragHistory(returns: readonly DeliveryReturn[]): HistoryRow[] {
  const order: string[] = [];
  const latest = new Map<string, { project: Project; workstream: Workstream }>();
  for (const r of [...returns].reverse()) {
    for (const w of r.workstreams) {
      for (const p of w.projects) {
        if (latest.has(p.id)) continue;
        latest.set(p.id, { project: p, workstream: w });
        order.push(p.id);
      }
    }
  }
  return order.map((id) => {
    const { project, workstream } = latest.get(id) as { project: Project; workstream: Workstream };
    return {
      projectId: id,
      title: project.title,
      workstreamId: workstream.id,
      workstreamTitle: workstream.title,
      ratings: returns.map((r) => findProject(r, id)?.project.rag),
    };
  });
}

export function findProject(
  r: DeliveryReturn,
  projectId: string,
): { project: Project; workstream: Workstream } | undefined {
  for (const workstream of r.workstreams) {
    const project = workstream.projects.find((p) => p.id === projectId);
    if (project) return { project, workstream };
  }
  return undefined;
}

// ------------------------------------------------------------------ changes

export type ProjectChange =
  | { readonly kind: 'added'; readonly projectId: string; readonly title: string; readonly to: RagKey }
  | { readonly kind: 'removed'; readonly projectId: string; readonly title: string; readonly from: RagKey }
  | {
      readonly kind: 'rating';
      readonly projectId: string;
      readonly title: string;
      readonly from: RagKey;
      readonly to: RagKey;
      readonly movement: Exclude<Movement, 'same'>;
    }
  | {
      readonly kind: 'moved';
      readonly projectId: string;
      readonly title: string;
      readonly fromWorkstream: string;
      readonly toWorkstream: string;
    };

export interface KpiChange {
  readonly projectId: string;
  readonly projectTitle: string;
  readonly kpi: Kpi;
  readonly from: number;
  readonly to: number;
}

export interface Changes {
  readonly from: DeliveryReturn;
  readonly to: DeliveryReturn;
  /** In the order of the later return, then removed projects in the order of the earlier. */
  readonly projects: readonly ProjectChange[];
  /** KPIs (matched by id, else indicator, else title) whose reported value changed. */
  readonly kpis: readonly KpiChange[];
  /** Projects whose rating stayed the same. */
  readonly unchanged: number;
}

export function kpiKey(k: Kpi): string {
  return k.id ?? k.indicator ?? k.title;
}

/** What changed from one return to the next. */
export function changesBetween(from: DeliveryReturn, to: DeliveryReturn): Changes {
  const projects: ProjectChange[] = [];
  const kpis: KpiChange[] = [];
  let unchanged = 0;
  for (const w of to.workstreams) {
    for (const p of w.projects) {
      const before = findProject(from, p.id);
      if (!before) {
        projects.push({ kind: 'added', projectId: p.id, title: p.title, to: p.rag });
        continue;
      }
      if (before.workstream.id !== w.id) {
        projects.push({
          kind: 'moved',
          projectId: p.id,
          title: p.title,
          fromWorkstream: before.workstream.title,
          toWorkstream: w.title,
        });
      }
      const movement = ragMovement(before.project.rag, p.rag);
      if (movement === 'same') unchanged += 1;
      else
        projects.push({
          kind: 'rating',
          projectId: p.id,
          title: p.title,
          from: before.project.rag,
          to: p.rag,
          movement,
        });
      const earlier = new Map(before.project.kpis.map((k) => [kpiKey(k), k]));
      for (const k of p.kpis) {
        const old = earlier.get(kpiKey(k));
        if (old?.value !== undefined && k.value !== undefined && old.value !== k.value) {
          kpis.push({ projectId: p.id, projectTitle: p.title, kpi: k, from: old.value, to: k.value });
        }
      }
    }
  }
  for (const w of from.workstreams) {
    for (const p of w.projects) {
      if (!findProject(to, p.id)) projects.push({ kind: 'removed', projectId: p.id, title: p.title, from: p.rag });
    }
  }
  return { from, to, projects, kpis, unchanged };
}

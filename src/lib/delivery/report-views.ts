/**
 * Pieces both delivery pages show, written out for the page to draw: what
 * changed from one report to the next (with its summary sentence), a
 * project's section of a report, and the counts by rating.
 */

import type { DeliveryReturn } from '../contract/delivery-load.ts';
import type { Project } from '../contract/delivery-schema.ts';
import type { SiteModel } from '../contract/site-model.ts';
import { formatValue } from '../core/numbers.ts';
import { plural, pluralWord } from '../core/text.ts';
import { paths } from '../core/urls.ts';
import type { RagKey } from '../core/vocabulary.ts';
import type { Changes, ProjectChange, RagCount } from './compare.ts';
import { MOVEMENT_WORDS, RAG_MEANINGS } from './rag.ts';
import { kpiView, periodWords, projectAnchor } from './view.ts';

export interface ChangesView {
  /** "2024 Q3 (July to September 2024) compared with 2024 Q2: 2 changes to projects, and ...". */
  readonly summary: string;
  readonly projectsCaptionId: string;
  readonly projectsCaption: string;
  readonly kpisCaptionId: string;
  readonly kpisCaption: string;
  /** The two periods' labels: the KPI table's columns. */
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly projects: readonly (ProjectChange & {
    /** Where the project is described, when the later report has it: a site path, or "#anchor" on this page. */
    readonly link: string | undefined;
    /** "Improved", for a changed rating. */
    readonly movementWord: string | undefined;
  })[];
  readonly kpis: readonly {
    readonly projectId: string;
    readonly title: string;
    readonly projectTitle: string;
    readonly from: string;
    readonly to: string;
  }[];
}

/**
 * What changed from one report to the next. `idPrefix` keeps ids unique on a
 * page with several; `link` says where a project of the later report is.
 */
export function changesView(
  site: SiteModel,
  changes: Changes,
  idPrefix: string,
  link: (projectId: string) => string | undefined,
): ChangesView {
  const from = changes.from.period.label;
  const to = changes.to.period.label;
  const n = changes.projects.length;
  const kept = changes.unchanged;
  return {
    summary:
      `${to} (${periodWords(changes.to.period)}) compared with ${from}: ` +
      `${n === 0 ? 'no project changed' : `${plural(n, 'change')} to projects`}, and ` +
      `${plural(kept, 'project')} kept ${pluralWord(kept, 'its', 'their')} rating.`,
    projectsCaptionId: `${idPrefix}-projects`,
    projectsCaption: `Projects that changed from ${from} to ${to}`,
    kpisCaptionId: `${idPrefix}-kpis`,
    kpisCaption: `KPI values that changed from ${from} to ${to}`,
    fromLabel: from,
    toLabel: to,
    projects: changes.projects.map((c) => ({
      ...c,
      link: link(c.projectId),
      movementWord: c.kind === 'rating' ? MOVEMENT_WORDS[c.movement] : undefined,
    })),
    kpis: changes.kpis.map((k) => {
      const unit = kpiView(site, k.kpi).unit;
      return {
        projectId: k.projectId,
        title: k.kpi.title,
        projectTitle: k.projectTitle,
        from: formatValue(k.from, unit),
        to: formatValue(k.to, unit),
      };
    }),
  };
}

export interface RagCountView {
  readonly key: RagKey;
  /** "3 projects". */
  readonly projects: string;
  readonly meaning: string;
}

/** Every rating with its count (zeros too, so "0 red" is said rather than left out) and what it means. */
export function ragCountViews(counts: readonly RagCount[]): RagCountView[] {
  return counts.map((c) => ({ key: c.key, projects: plural(c.count, 'project'), meaning: RAG_MEANINGS[c.key] }));
}

export interface KpiRow {
  /** What the row is called in data-kpi: the KPI's id, else its indicator, else its title. */
  readonly key: string;
  readonly title: string;
  readonly indicator: { readonly id: string; readonly title: string; readonly path: string } | undefined;
  /** "69%", or "No value reported". */
  readonly value: string;
  /** The period the value is for, when it is not the report's own. */
  readonly valuePeriod: string | undefined;
  readonly note: string | undefined;
  readonly target: string;
  readonly targetNote: string | undefined;
}

export interface ProjectView {
  readonly id: string;
  /** The id of its heading, for links from elsewhere: "project-mmr-core20". */
  readonly anchor: string;
  readonly title: string;
  readonly rag: RagKey;
  /** The report's period: "Rating for 2024 Q3". */
  readonly periodLabel: string;
  readonly reason: string | undefined;
  /** The workstream it moved from this period, when it moved. */
  readonly movedFrom: { readonly id: string; readonly title: string } | undefined;
  readonly description: string | undefined;
  readonly actions: readonly string[];
  readonly kpisCaptionId: string;
  readonly kpisCaption: string;
  readonly kpis: readonly KpiRow[];
  readonly update: string;
  readonly nextSteps: readonly string[];
  /** The three PLUS groups, always all three, so a gap shows. */
  readonly plusGroups: readonly { readonly key: string; readonly label: string; readonly text: string }[];
  readonly risks: readonly { readonly risk: string; readonly mitigation: string }[];
  readonly governance: string | undefined;
  readonly lead: string | undefined;
}

const PLUS_GROUPS = [
  ['severeMentalIllness', 'Severe mental illness'],
  ['learningDisability', 'Learning disability'],
  ['homelessness', 'Homelessness'],
] as const;

/** One project of a report; `returns` (oldest first) name the workstream it moved from. */
export function projectView(
  site: SiteModel,
  p: Project,
  report: DeliveryReturn,
  returns: readonly DeliveryReturn[],
): ProjectView {
  const anchor = projectAnchor(p.id);
  return {
    id: p.id,
    anchor,
    title: p.title,
    rag: p.rag,
    periodLabel: report.period.label,
    reason: p.reason,
    movedFrom:
      p.movedFrom === undefined ? undefined : { id: p.movedFrom, title: workstreamTitle(returns, p.movedFrom) },
    description: p.description,
    actions: p.actions,
    kpisCaptionId: `${anchor}-kpis`,
    kpisCaption: `KPIs and targets: ${p.title}`,
    kpis: p.kpis.map((kpi) => {
      const k = kpiView(site, kpi);
      return {
        key: kpi.id ?? kpi.indicator ?? kpi.title,
        title: kpi.title,
        indicator: k.indicator && { ...k.indicator, path: paths.indicator(k.indicator.id) },
        value: k.value ?? 'No value reported',
        valuePeriod: k.value === undefined ? undefined : kpi.period,
        note: kpi.note,
        target: k.target ?? 'No target',
        targetNote: kpi.targetNote,
      };
    }),
    update: p.update ?? 'No update this period.',
    nextSteps: p.nextSteps,
    plusGroups: PLUS_GROUPS.map(([key, label]) => ({
      key,
      label: `PLUS group: ${label.toLowerCase()}`,
      text: p.plusGroups[key] ?? 'Nothing reported this period.',
    })),
    risks: p.risks.map((r) => ({ risk: r.risk, mitigation: r.mitigation ?? 'none given.' })),
    governance: p.governance,
    lead: p.lead,
  };
}

/** A workstream's title in the latest report that has it, else its id. */
function workstreamTitle(returns: readonly DeliveryReturn[], id: string): string {
  return (
    [...returns]
      .reverse()
      .flatMap((r) => r.workstreams)
      .find((w) => w.id === id)?.title ?? id
  );
}

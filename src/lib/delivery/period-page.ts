/**
 * What a delivery report's page shows: /strategies/<id>/delivery/ (the
 * latest report) and /strategies/<id>/delivery/<period>/ (any report, so
 * earlier ones stay readable).
 */

import type { SiteModel } from '../contract/site-model.ts';
import { formatDate } from '../core/dates.ts';
import { plural } from '../core/text.ts';
import { paths, strategyTrail, type Crumb } from '../core/urls.ts';
import { formatBytes } from '../indicators/downloads.ts';
import { findProject } from './compare.ts';
import {
  changesView,
  projectView,
  ragCountViews,
  type ChangesView,
  type ProjectView,
  type RagCountView,
} from './report-views.ts';
import { csvFileName, csvOf, periodView, projectAnchor } from './view.ts';

export interface PeriodPage {
  readonly strategy: { readonly id: string; readonly title: string; readonly path: string };
  readonly title: string;
  readonly description: string;
  readonly breadcrumbs: readonly Crumb[];
  /** The h1. */
  readonly heading: string;
  readonly illustrative: boolean;
  readonly periodLabel: string;
  /** Which report this is, how many projects it rates, and how: the page's first sentence. */
  readonly lead: string;
  /** The latest report, when this is an earlier one. */
  readonly latest: { readonly label: string; readonly path: string } | undefined;
  readonly dateText: string | undefined;
  readonly reportedTo: string | undefined;
  readonly notes: string | undefined;
  readonly counts: readonly RagCountView[];
  readonly escalations: readonly {
    readonly workstreamId: string;
    readonly workstreamTitle: string;
    /** The project it is about, when it names one, with its anchor on this page. */
    readonly project: { readonly title: string; readonly link: string } | undefined;
    readonly text: string;
  }[];
  /** What changed since the previous report, when there is one. */
  readonly changes: { readonly heading: string; readonly view: ChangesView } | undefined;
  readonly historyPath: string;
  readonly csv: { readonly name: string; readonly path: string; readonly size: string };
  /** Every report, newest first; `here` is this page (not on /delivery/, which is not any one report's page). */
  readonly reports: readonly {
    readonly slug: string;
    readonly label: string;
    readonly path: string;
    readonly here: boolean;
  }[];
  readonly workstreams: readonly {
    readonly id: string;
    readonly title: string;
    readonly objective: string | undefined;
    readonly rationale: readonly string[];
    readonly governance: string | undefined;
    readonly outcomes: readonly string[];
    readonly projects: readonly ProjectView[];
  }[];
}

/** `slug` undefined: the latest report, shown on /delivery/ itself. Throws for an unknown period. */
export function periodPage(site: SiteModel, strategyId: string, slug?: string): PeriodPage {
  const overview = slug === undefined;
  const view = periodView(site, strategyId, slug);
  const { strategy, current: r, previous } = view;
  const csvName = csvFileName(r);

  return {
    strategy: { id: strategy.id, title: strategy.title, path: paths.strategy(strategy.id) },
    title: overview ? `${strategy.title}: delivery progress` : `${strategy.title}: delivery report, ${view.words}`,
    description: `What the projects of ${strategy.title} reported for ${view.words}: ${view.sentence}.`,
    breadcrumbs: overview
      ? strategyTrail(strategy)
      : strategyTrail(strategy, { text: 'Delivery progress', path: paths.delivery(strategy.id) }),
    heading: overview ? 'Delivery progress' : `Delivery report: ${view.words}`,
    illustrative: Boolean(r.illustrative),
    periodLabel: r.period.label,
    lead:
      `${overview ? `The latest report, for ${view.words} (${r.period.label}).` : `The report for ${r.period.label}.`}` +
      ` ${plural(view.projects, 'project')}: ${view.sentence}.`,
    latest: view.isLatest ? undefined : { label: view.latest.period.label, path: paths.delivery(strategy.id) },
    dateText: r.date && formatDate(r.date),
    reportedTo: r.reportedTo,
    notes: r.notes,
    counts: ragCountViews(view.counts),
    escalations: view.escalations.map((e) => ({
      workstreamId: e.workstream.id,
      workstreamTitle: e.workstream.title,
      project: e.project && { title: e.project.title, link: `#${projectAnchor(e.project.id)}` },
      text: e.escalation.text,
    })),
    changes:
      view.changes && previous
        ? {
            heading: `What changed since ${previous.period.label}`,
            view: changesView(site, view.changes, 'changes', (id) =>
              findProject(r, id) ? `#${projectAnchor(id)}` : undefined,
            ),
          }
        : undefined,
    historyPath: paths.deliveryHistory(strategy.id),
    csv: {
      name: csvName,
      path: paths.deliveryCsv(strategy.id, r.slug, csvName),
      size: formatBytes(new TextEncoder().encode(csvOf(site, r)).length),
    },
    reports: [...view.returns].reverse().map((other) => ({
      slug: other.slug,
      label: other.period.label,
      path: paths.deliveryPeriod(strategy.id, other.slug),
      here: other === r && !overview,
    })),
    workstreams: r.workstreams.map((w) => ({
      id: w.id,
      title: w.title,
      objective: w.objective,
      rationale: w.rationale,
      governance: w.governance,
      outcomes: w.outcomes,
      projects: w.projects.map((p) => projectView(site, p, r, view.returns)),
    })),
  };
}

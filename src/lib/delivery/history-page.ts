/**
 * What /strategies/<id>/delivery/history/ shows: every project's rating in
 * every report, as one table (rows are projects, grouped by workstream;
 * columns are periods, oldest first), then what changed from each report to
 * the next, newest first.
 */

import type { DeliveryReturn } from '../contract/delivery-load.ts';
import type { SiteModel } from '../contract/site-model.ts';
import type { TableColumn } from '../core/table.ts';
import { plural } from '../core/text.ts';
import { paths } from '../core/urls.ts';
import type { RagKey } from '../core/vocabulary.ts';
import { changesBetween, findProject, ragHistory } from './compare.ts';
import { changesView, type ChangesView } from './report-views.ts';
import { periodWords, projectAnchor, returnsOf } from './view.ts';

export interface HistoryPage {
  readonly strategy: { readonly id: string; readonly title: string; readonly path: string };
  readonly title: string;
  readonly description: string;
  readonly illustrative: boolean;
  /** How many projects and reports, and the latest period. */
  readonly lead: string;
  /** "Project", then one column per report, linked to it. */
  readonly columns: readonly TableColumn[];
  readonly rows: readonly {
    /** The workstream's title, on the first row of each workstream. */
    readonly group: string | undefined;
    readonly projectId: string;
    readonly title: string;
    /** The project in the last report that has it. */
    readonly link: string | undefined;
    /** One per report, oldest first: undefined when the project did not report. */
    readonly ratings: readonly (RagKey | undefined)[];
  }[];
  /** From each report to the next, newest first. */
  readonly transitions: readonly { readonly id: string; readonly heading: string; readonly changes: ChangesView }[];
}

export function historyPage(site: SiteModel, strategyId: string): HistoryPage {
  const strategy = site.strategy(strategyId);
  const returns = returnsOf(site, strategyId);
  const rows = ragHistory(returns);
  const latest = returns[returns.length - 1];
  const reportPath = (r: DeliveryReturn, projectId: string) =>
    `${paths.deliveryPeriod(strategy.id, r.slug)}#${projectAnchor(projectId)}`;
  const transitions = returns.slice(1).map((to, i) => ({ from: returns[i] as DeliveryReturn, to }));
  return {
    strategy: { id: strategy.id, title: strategy.title, path: paths.strategy(strategy.id) },
    title: `${strategy.title}: delivery ratings over time`,
    description: `The rating of every project of ${strategy.title} in each delivery report.`,
    illustrative: returns.some((r) => r.illustrative),
    lead:
      `${plural(rows.length, 'project')} across ${plural(returns.length, 'report')}` +
      `${latest ? `, the latest for ${periodWords(latest.period)}` : ''}.`,
    columns: [
      { text: 'Project' },
      ...returns.map((r) => ({
        text: r.period.label,
        path: paths.deliveryPeriod(strategy.id, r.slug),
        data: { 'data-period': r.period.label },
      })),
    ],
    rows: rows.map((row, i) => {
      // Where each project was last reported: its row links there.
      const last = [...returns].reverse().find((r) => findProject(r, row.projectId));
      return {
        group: i === 0 || rows[i - 1]?.workstreamId !== row.workstreamId ? row.workstreamTitle : undefined,
        projectId: row.projectId,
        title: row.title,
        link: last && reportPath(last, row.projectId),
        ratings: row.ratings,
      };
    }),
    transitions: transitions.reverse().map((t) => ({
      id: `changes-${t.to.slug}`,
      heading: `${t.to.period.label}, compared with ${t.from.period.label}`,
      changes: changesView(site, changesBetween(t.from, t.to), `changes-${t.to.slug}`, (id) =>
        findProject(t.to, id) ? reportPath(t.to, id) : undefined,
      ),
    })),
  };
}

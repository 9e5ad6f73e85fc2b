/**
 * What the delivery pages show, worked out from the checked site: the
 * returns of one strategy, a period's counts and escalations, its changes
 * since the previous return, and each KPI with its unit, words and indicator.
 */

import type { Strategy } from '../contract/model.ts';
import { MONTH_NAMES } from '../core/dates.ts';
import { formatValue } from '../core/numbers.ts';
import type { Period } from '../core/periods.ts';
import type { SiteModel } from '../contract/site-model.ts';
import type { Unit } from '../core/vocabulary.ts';
import { changesBetween, ragCounts, ragSentence, type Changes, type RagCount } from './compare.ts';
import { deliveryCsv } from './csv.ts';
import type { DeliveryReturn } from '../contract/delivery-load.ts';
import { RAG_WORDS } from './rag.ts';
import type { Escalation, Kpi, Project, Workstream } from '../contract/delivery-schema.ts';

/** A strategy's returns, oldest period first (empty when it has none). */
export function returnsOf(site: SiteModel, strategyId: string): DeliveryReturn[] {
  return site.content.delivery.filter((r) => r.strategyId === strategyId);
}

/** Route parameters for the delivery pages: the strategies with at least one return, in id order. */
export function deliveryRoutes(site: SiteModel): { params: { strategy: string } }[] {
  const ids = new Set(site.content.delivery.map((r) => r.strategyId));
  return site.content.strategies.filter((s) => ids.has(s.id)).map((s) => ({ params: { strategy: s.id } }));
}

const monthOf = (iso: string) => MONTH_NAMES[Number(iso.slice(5, 7)) - 1] ?? '';

/** A reporting period in words: "July to September 2024", "July 2024", "April 2024 to March 2025", "2024". */
export function periodWords(p: Period): string {
  const sy = p.start.slice(0, 4);
  const ey = p.end.slice(0, 4);
  switch (p.kind) {
    case 'month':
      return `${monthOf(p.start)} ${sy}`;
    case 'quarter':
      return `${monthOf(p.start)} to ${monthOf(p.end)} ${sy}`;
    case 'financial-year':
      return `${monthOf(p.start)} ${sy} to ${monthOf(p.end)} ${ey}`;
    case 'year':
      return sy;
    case 'pooled-years':
      return `${sy} to ${ey}`;
    default:
      // Fingertips' other period forms never name a return: they are read as written.
      return p.label;
  }
}

export interface KpiView {
  readonly kpi: Kpi;
  readonly unit: Unit;
  /** "69%", or undefined when no value was reported. */
  readonly value: string | undefined;
  readonly target: string | undefined;
  /** The indicator the KPI links to, when it names one. */
  readonly indicator: { readonly id: string; readonly title: string } | undefined;
}

export function kpiView(site: SiteModel, kpi: Kpi): KpiView {
  const indicator = kpi.indicator === undefined ? undefined : site.indicator(kpi.indicator);
  const unit = kpi.unit ?? indicator?.unit ?? 'count';
  return {
    kpi,
    unit,
    value: kpi.value === undefined ? undefined : formatValue(kpi.value, unit),
    target: kpi.target === undefined ? undefined : formatValue(kpi.target, unit),
    indicator: indicator ? { id: indicator.id, title: indicator.title } : undefined,
  };
}

export interface EscalationView {
  readonly escalation: Escalation;
  readonly workstream: Workstream;
  readonly project: Project | undefined;
}

export interface PeriodView {
  readonly strategy: Strategy;
  readonly returns: readonly DeliveryReturn[];
  readonly current: DeliveryReturn;
  readonly previous: DeliveryReturn | undefined;
  readonly isLatest: boolean;
  readonly latest: DeliveryReturn;
  /** "July to September 2024". */
  readonly words: string;
  readonly counts: readonly RagCount[];
  readonly projects: number;
  /** "1 red, 3 amber and 5 green". */
  readonly sentence: string;
  readonly escalations: readonly EscalationView[];
  readonly changes: Changes | undefined;
}

/** One period's page; `slug` undefined means the latest. Throws for an unknown period. */
export function periodView(site: SiteModel, strategyId: string, slug?: string): PeriodView {
  const strategy = site.strategy(strategyId);
  const returns = returnsOf(site, strategyId);
  const latest = returns[returns.length - 1];
  if (!latest) throw new Error(`Strategy "${strategyId}" has no delivery returns`);
  const index = slug === undefined ? returns.length - 1 : returns.findIndex((r) => r.slug === slug);
  const current = returns[index];
  if (!current) throw new Error(`No delivery return "${String(slug)}" for strategy "${strategyId}"`);
  const previous = index > 0 ? returns[index - 1] : undefined;
  const counts = ragCounts(current);
  return {
    strategy,
    returns,
    current,
    previous,
    isLatest: current === latest,
    latest,
    words: periodWords(current.period),
    counts,
    projects: counts.reduce((sum, c) => sum + c.count, 0),
    sentence: ragSentence(counts, RAG_WORDS),
    escalations: current.workstreams.flatMap((workstream) =>
      workstream.escalations.map((escalation) => ({
        escalation,
        workstream,
        project: workstream.projects.find((p) => p.id === escalation.project),
      })),
    ),
    changes: previous ? changesBetween(previous, current) : undefined,
  };
}

/** The CSV's file name: it names the board and the period, so a downloaded copy says what it is. */
export function csvFileName(r: DeliveryReturn): string {
  return `${r.strategyId}-delivery-${r.slug}.csv`;
}

export function csvOf(site: SiteModel, r: DeliveryReturn): string {
  return deliveryCsv(r, (id) => (id === undefined ? undefined : site.indicator(id).unit));
}

/** The anchor of a project on a period page: "project-mmr-core20". */
export function projectAnchor(projectId: string): string {
  return `project-${projectId}`;
}

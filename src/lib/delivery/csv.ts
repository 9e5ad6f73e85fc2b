/**
 * A period's return as CSV, for people who keep the board's papers in a
 * spreadsheet. One row per record, and the `record` column says which kind:
 * `project` (the monitoring template's row), `kpi` (one per KPI, after its
 * project) or `escalation` (after its workstream's projects). Lists (next
 * steps, risks) are one item a line inside their cell. Same bytes every build.
 */

import { csvField } from '../indicators/downloads.ts';
import type { Unit } from '../core/vocabulary.ts';
import type { DeliveryReturn } from '../contract/delivery-load.ts';
import { RAG_WORDS } from './rag.ts';

export const DELIVERY_CSV_COLUMNS = [
  'record',
  'period',
  'period_start',
  'period_end',
  'workstream_id',
  'workstream_title',
  'project_id',
  'project_title',
  'rag',
  'rag_word',
  'reason',
  'update',
  'next_steps',
  'plus_severe_mental_illness',
  'plus_learning_disability',
  'plus_homelessness',
  'risks_and_mitigations',
  'governance',
  'lead',
  'kpi_title',
  'kpi_indicator',
  'kpi_value',
  'kpi_target',
  'kpi_unit',
  'kpi_period',
  'kpi_note',
  'escalation',
] as const;

type Column = (typeof DELIVERY_CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | undefined>>;

/**
 * @param unitOf the unit of a KPI with no unit of its own (its indicator's), so
 *   the file says what every number is.
 */
export function deliveryCsv(r: DeliveryReturn, unitOf: (indicator: string | undefined) => Unit | undefined): string {
  const rows: Row[] = [];
  const common = { period: r.period.label, period_start: r.period.start, period_end: r.period.end };
  for (const w of r.workstreams) {
    const ws = { ...common, workstream_id: w.id, workstream_title: w.title };
    for (const p of w.projects) {
      const pr = { ...ws, project_id: p.id, project_title: p.title };
      rows.push({
        record: 'project',
        ...pr,
        rag: p.rag,
        rag_word: RAG_WORDS[p.rag],
        reason: p.reason,
        update: p.update,
        next_steps: p.nextSteps.join('\n'),
        plus_severe_mental_illness: p.plusGroups.severeMentalIllness,
        plus_learning_disability: p.plusGroups.learningDisability,
        plus_homelessness: p.plusGroups.homelessness,
        risks_and_mitigations: p.risks
          .map((x) => (x.mitigation ? `${x.risk} Mitigation: ${x.mitigation}` : x.risk))
          .join('\n'),
        governance: p.governance,
        lead: p.lead,
      });
      for (const k of p.kpis) {
        rows.push({
          record: 'kpi',
          ...pr,
          kpi_title: k.title,
          kpi_indicator: k.indicator,
          kpi_value: k.value,
          kpi_target: k.target,
          kpi_unit:
            k.unit ?? unitOf(k.indicator) ?? (k.value !== undefined || k.target !== undefined ? 'count' : undefined),
          kpi_period: k.period,
          kpi_note: [k.targetNote, k.note].filter(Boolean).join('\n') || undefined,
        });
      }
    }
    for (const e of w.escalations) {
      const project = e.project ? w.projects.find((p) => p.id === e.project) : undefined;
      rows.push({
        record: 'escalation',
        ...ws,
        project_id: e.project,
        project_title: project?.title,
        escalation: e.text,
      });
    }
  }
  const lines = [DELIVERY_CSV_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(
      DELIVERY_CSV_COLUMNS.map((c) => {
        const v = row[c];
        return typeof v === 'number' ? csvField(v, false) : csvField(v);
      }).join(','),
    );
  }
  // CRLF line ends, as RFC 4180 and spreadsheet programs expect.
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Cross-checks of delivery returns (data/delivery/<strategy-id>/<period>.json):
 * the folder names a strategy, ids are unique, KPIs name indicators that
 * exist, escalations name projects of their workstream, red and amber
 * ratings say why, one strategy's returns use one kind of period, and a
 * project that changes workstream between periods says so with `movedFrom`.
 *
 * Problems point at the field in the file where it is written. A project
 * move is reported in the later file, at the project's `id`, because that is
 * where the author either typed the wrong place or forgot `movedFrom`.
 */

import type { DeliveryReturn } from '../contract/delivery-load.ts';
import type { Content } from '../contract/model.ts';
import { describe, fieldPath, problem, type Problem } from '../contract/problems.ts';
import type { PeriodKind } from '../core/periods.ts';

type Path = readonly (string | number)[];

const PERIOD_KIND_WORDS: Partial<Record<PeriodKind, string>> = {
  year: 'calendar years (2024.json)',
  'financial-year': 'financial years (2024-25.json)',
  quarter: 'quarters (2024-Q3.json)',
  month: 'months (2024-07.json)',
  'pooled-years': 'pooled years',
};

export function checkDelivery(content: Content): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, path: Path, found: string, expected: string) =>
    problems.push(problem(file, fieldPath(path), found, expected, content.locate(file, path)));

  const byStrategy = new Map<string, DeliveryReturn[]>();
  for (const r of content.delivery) {
    const list = byStrategy.get(r.strategyId) ?? [];
    list.push(r);
    byStrategy.set(r.strategyId, list);
  }

  for (const [strategyId, returns] of byStrategy) {
    if (!content.present.strategies.has(strategyId)) {
      problems.push(
        problem(
          `delivery/${strategyId}`,
          '',
          `a delivery folder for ${describe(strategyId)}, which is not a strategy`,
          `a folder named by the id of a strategy (a folder in strategies/): ${[...content.present.strategies].join(', ')}`,
        ),
      );
    }
    const first = returns[0];
    for (const r of returns) {
      if (first && r.period.kind !== first.period.kind) {
        problems.push(
          problem(
            r.file,
            '',
            `a return for ${r.period.label}, among returns for ${PERIOD_KIND_WORDS[first.period.kind] ?? first.period.kind}`,
            `every return of one strategy for the same kind of period, like ${first.file.split('/').pop() ?? ''}, so that the history lines up`,
          ),
        );
      }
      checkReturn(content, r, at);
    }
    // Where each project was last reported: a project may skip a period and come back.
    const lastSeen = new Map<string, Seen>();
    for (const r of returns) {
      checkMoves(lastSeen, r, at);
      for (const w of r.workstreams) for (const p of w.projects) lastSeen.set(p.id, { workstream: w.id, file: r.file });
    }
  }
  return problems;
}

function checkReturn(
  content: Content,
  r: DeliveryReturn,
  at: (file: string, path: Path, found: string, expected: string) => void,
): void {
  const indicators = content.present.indicators;
  const workstreamIds = new Map<string, number>();
  const projectIds = new Map<string, string>();
  r.workstreams.forEach((w, wi) => {
    const wPath = ['workstreams', wi];
    const firstW = workstreamIds.get(w.id);
    if (firstW !== undefined) {
      at(r.file, [...wPath, 'id'], describe(w.id), `an id used by no other workstream (workstreams[${firstW}] has it)`);
    } else {
      workstreamIds.set(w.id, wi);
    }
    const own = new Set(w.projects.map((p) => p.id));
    w.projects.forEach((p, pi) => {
      const pPath = [...wPath, 'projects', pi];
      const firstP = projectIds.get(p.id);
      if (firstP !== undefined) {
        at(r.file, [...pPath, 'id'], describe(p.id), `an id used by no other project in this file (${firstP} has it)`);
      } else {
        projectIds.set(p.id, fieldPath(pPath));
      }
      if ((p.rag === 'red' || p.rag === 'amber') && p.reason === undefined) {
        at(r.file, [...pPath, 'reason'], 'nothing', `a reason for the ${p.rag} rating, in words`);
      }
      const kpiIds = new Map<string, number>();
      p.kpis.forEach((k, ki) => {
        const kPath = [...pPath, 'kpis', ki];
        if (k.indicator !== undefined && !indicators.has(k.indicator)) {
          at(
            r.file,
            [...kPath, 'indicator'],
            describe(k.indicator),
            `an indicator with a file data/indicators/${k.indicator}.json (or no "indicator", and the value, target and unit in the KPI)`,
          );
        }
        const key = k.id ?? k.indicator ?? k.title;
        const firstK = kpiIds.get(key);
        if (firstK !== undefined) {
          at(
            r.file,
            [...kPath, k.id !== undefined ? 'id' : k.indicator !== undefined ? 'indicator' : 'title'],
            describe(key),
            `a KPI that differs from kpis[${firstK}] of this project: give each KPI its own "id"`,
          );
        } else {
          kpiIds.set(key, ki);
        }
      });
    });
    w.escalations.forEach((e, ei) => {
      if (e.project !== undefined && !own.has(e.project)) {
        at(
          r.file,
          [...wPath, 'escalations', ei, 'project'],
          describe(e.project),
          `the id of a project in this workstream: ${[...own].map((id) => `"${id}"`).join(', ')}`,
        );
      }
    });
  });
}

interface Seen {
  readonly workstream: string;
  readonly file: string;
}

/** A project in another workstream than when it was last reported must say where it came from, and say it truly. */
function checkMoves(
  lastSeen: ReadonlyMap<string, Seen>,
  current: DeliveryReturn,
  at: (file: string, path: Path, found: string, expected: string) => void,
): void {
  current.workstreams.forEach((w, wi) => {
    w.projects.forEach((p, pi) => {
      const pPath = ['workstreams', wi, 'projects', pi];
      const seen = lastSeen.get(p.id);
      const was = seen?.workstream;
      const where = seen ? (seen.file.split('/').pop() ?? seen.file) : 'an earlier return';
      if (p.movedFrom !== undefined) {
        if (was !== p.movedFrom) {
          at(
            current.file,
            [...pPath, 'movedFrom'],
            describe(p.movedFrom),
            was === undefined
              ? `no "movedFrom": project "${p.id}" is in no earlier return, so it is new rather than moved`
              : was === w.id
                ? `no "movedFrom": project "${p.id}" was in this workstream in ${where} too`
                : `"${was}", the workstream project "${p.id}" was in in ${where}`,
          );
        }
      } else if (was !== undefined && was !== w.id) {
        at(
          current.file,
          [...pPath, 'id'],
          `project "${p.id}" in workstream "${w.id}", but in "${was}" in ${where}`,
          `the project back in workstream "${was}", or "movedFrom": "${was}" in the project to say it has moved`,
        );
      }
    });
  });
}

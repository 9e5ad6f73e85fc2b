/**
 * Delivery returns (src/lib/delivery): the schema, period file names, RAG
 * counts, the history across periods, what changed between two periods, the
 * CSV, and the cross-checks that need more than one file.
 */

import { SiteModel } from '../../src/lib/contract/site-model.ts';
import { RAG_KEYS } from '../../src/lib/core/vocabulary.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import { readJson } from '../../src/lib/contract/source.ts';
import { validate } from '../../src/lib/contract/validate.ts';
import { changesBetween, ragCounts, ragHistory, ragSentence } from '../../src/lib/delivery/compare.ts';
import { DELIVERY_CSV_COLUMNS, deliveryCsv } from '../../src/lib/delivery/csv.ts';
import { fileNameOfPeriod, periodOfFileName } from '../../src/lib/contract/delivery-file-names.ts';
import type { DeliveryReturn } from '../../src/lib/contract/delivery-load.ts';
import { RAG_SHAPES, RAG_WORDS, ragMovement } from '../../src/lib/delivery/rag.ts';
import { deliveryReturnSchema, type DeliveryReturnFile } from '../../src/lib/contract/delivery-schema.ts';
import { periodView, periodWords } from '../../src/lib/delivery/view.ts';
import { period } from '../../src/lib/core/periods.ts';
import { checkSite } from '../../src/lib/site/load.ts';
import { summariseContent } from '../../src/lib/site/summary.ts';
import { FIXTURES, overlay, type OverlayDirs } from './overlay.ts';

const FILE = 'delivery/sample/2025-Q1.json';

function parse(json: unknown) {
  return validate(deliveryReturnSchema, readJson(JSON.stringify(json, null, 2), FILE), FILE);
}

/** A return built in memory: `projects` is [workstream id, project id, rag, kpi values?][]. */
function ret(label: string, projects: [string, string, string, Record<string, number>?][]): DeliveryReturn {
  const workstreams = new Map<string, DeliveryReturnFile['workstreams'][number]['projects']>();
  for (const [w, id, rag, kpis] of projects) {
    const list = workstreams.get(w) ?? [];
    list.push({
      id,
      title: `Project ${id}`,
      rag: rag as never,
      actions: [],
      nextSteps: [],
      kpis: Object.entries(kpis ?? {}).map(([k, value]) => ({ id: k, title: `KPI ${k}`, value })),
      plusGroups: {},
      risks: [],
    });
    workstreams.set(w, list);
  }
  return {
    strategyId: 'sample',
    file: `delivery/sample/${fileNameOfPeriod(label)}.json`,
    slug: fileNameOfPeriod(label),
    period: period(label),
    illustrative: false,
    workstreams: [...workstreams].map(([id, ps]) => ({
      id,
      title: `Workstream ${id}`,
      rationale: [],
      outcomes: [],
      escalations: [],
      projects: ps,
    })),
  };
}

describe('the RAG vocabulary', () => {
  it('has the five ratings, each with its own word and its own shape', () => {
    expect(RAG_KEYS).toEqual(['red', 'amber', 'green', 'complete', 'not-started']);
    expect(Object.values(RAG_WORDS)).toEqual(['Red', 'Amber', 'Green', 'Complete', 'Not started']);
    expect(new Set(Object.values(RAG_SHAPES)).size).toBe(RAG_KEYS.length);
  });

  it('judges movement from red to complete, and any move to or from not started as a change', () => {
    expect(ragMovement('red', 'amber')).toBe('better');
    expect(ragMovement('green', 'complete')).toBe('better');
    expect(ragMovement('green', 'amber')).toBe('worse');
    expect(ragMovement('amber', 'amber')).toBe('same');
    expect(ragMovement('not-started', 'green')).toBe('changed');
    expect(ragMovement('red', 'not-started')).toBe('changed');
  });
});

describe('the delivery return schema', () => {
  const minimal = { workstreams: [{ id: 'w', title: 'W', projects: [{ id: 'p', title: 'P', rag: 'green' }] }] };

  it('accepts a minimal return and fills in the defaults', () => {
    const result = parse(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const project = result.value.workstreams[0]?.projects[0];
    expect(result.value.illustrative).toBe(false);
    expect(project?.kpis).toEqual([]);
    expect(project?.plusGroups).toEqual({});
    expect(project?.nextSteps).toEqual([]);
  });

  it('accepts every field of the monitoring template', () => {
    const result = parse({
      date: '2025-04-17',
      reportedTo: 'Health and Wellbeing Board',
      illustrative: true,
      notes: 'Example.',
      workstreams: [
        {
          id: 'healthy-weight',
          title: 'Healthy weight',
          objective: 'More people at a healthy weight.',
          rationale: ['Why'],
          governance: 'Steering group',
          outcomes: ['A healthier system'],
          escalations: [{ text: 'Help needed', project: 'training' }],
          projects: [
            {
              id: 'training',
              title: 'Training',
              description: 'Nutrition training',
              actions: ['Train staff'],
              governance: 'Commissioning',
              lead: 'Lead officer',
              rag: 'amber',
              reason: 'Low attendance',
              update: 'Two sessions ran',
              nextSteps: ['Run more'],
              kpis: [
                { id: 'staff', title: 'Staff trained', value: 47, target: 80, unit: 'count', note: 'Running total' },
                {
                  title: 'MMR',
                  indicator: 'mmr-two-doses',
                  value: 69,
                  target: 95,
                  period: '2023/24',
                  targetNote: 'WHO',
                },
              ],
              plusGroups: { severeMentalIllness: 'a', learningDisability: 'b', homelessness: 'c' },
              risks: [{ risk: 'Funding', mitigation: 'Bid' }, { risk: 'Staff' }],
            },
          ],
        },
      ],
    });
    expect(result.ok).toBe(true);
  });

  it('refuses an unknown RAG word, naming the field, its line and the five words', () => {
    const result = parse({
      workstreams: [{ id: 'w', title: 'W', projects: [{ id: 'p', title: 'P', rag: 'Not started' }] }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      `${FILE}:10:18 workstreams[0].projects[0].rag: found "Not started"; expected one of "red", "amber", "green", "complete", "not-started" (write "not-started" with a hyphen)`,
    ]);
  });

  it('refuses a misspelt field, suggesting the right one', () => {
    const result = parse({
      workstreams: [{ id: 'w', title: 'W', projects: [{ id: 'p', title: 'P', rag: 'green', nextStep: ['x'] }] }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.field).toBe('workstreams[0].projects[0].nextStep');
    expect(result.problems[0]?.expected).toMatch(/^"nextSteps" \(check the spelling\)/);
  });

  it('refuses an unknown PLUS group and a workstream with no projects', () => {
    const result = parse({
      workstreams: [
        { id: 'w', title: 'W', projects: [{ id: 'p', title: 'P', rag: 'green', plusGroups: { smi: 'x' } }] },
        { id: 'v', title: 'V', projects: [] },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual([
      'workstreams[0].projects[0].plusGroups.smi',
      'workstreams[1].projects',
    ]);
  });
});

describe('period file names', () => {
  it.each([
    ['2024-Q3.json', '2024 Q3', 'quarter'],
    ['2024-07.json', '2024-07', 'month'],
    ['2024-25.json', '2024/25', 'financial-year'],
    ['2024.json', '2024', 'year'],
  ])('%s is %s', (name, label, kind) => {
    const result = periodOfFileName(name);
    expect(result.ok && result.period.label).toBe(label);
    expect(result.ok && result.period.kind).toBe(kind);
    expect(result.ok && `${fileNameOfPeriod(result.period.label)}.json`).toBe(name);
  });

  it.each([
    ['2024-q3.json', 'capital Q, like 2024-Q3.json'],
    ['2024 Q3.json', 'hyphen for the space, like 2024-Q3.json'],
    ['2024-Q5.json', 'a quarter from Q1 to Q4, like 2024-Q2.json'],
    ['2024-27.json', 'like 2024-25.json'],
    ['q3.json', 'a file name that is the reporting period'],
  ])('%s is refused: expected %s', (name, expected) => {
    const result = periodOfFileName(name);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.expected).toContain(expected);
  });

  it('are said in words on pages', () => {
    expect(periodWords(period('2024 Q3'))).toBe('July to September 2024');
    expect(periodWords(period('2024-07'))).toBe('July 2024');
    expect(periodWords(period('2024/25'))).toBe('April 2024 to March 2025');
    expect(periodWords(period('2024'))).toBe('2024');
  });
});

describe('RAG counts', () => {
  const r = ret('2025 Q1', [
    ['a', 'p1', 'red'],
    ['a', 'p2', 'green'],
    ['b', 'p3', 'green'],
    ['b', 'p4', 'complete'],
  ]);

  it('count every rating across workstreams, zeros included, in the vocabulary order', () => {
    expect(ragCounts(r)).toEqual([
      { key: 'red', count: 1 },
      { key: 'amber', count: 0 },
      { key: 'green', count: 2 },
      { key: 'complete', count: 1 },
      { key: 'not-started', count: 0 },
    ]);
  });

  it('read as a sentence of the non-zero counts', () => {
    expect(ragSentence(ragCounts(r), RAG_WORDS)).toBe('1 red, 2 green and 1 complete');
    expect(ragSentence(ragCounts(ret('2025 Q1', [['a', 'p', 'amber']])), RAG_WORDS)).toBe('1 amber');
  });
});

describe('history and changes between periods', () => {
  const q1 = ret('2025 Q1', [
    ['a', 'kept', 'amber', { k: 10 }],
    ['a', 'improves', 'red'],
    ['a', 'ends', 'green'],
    ['b', 'moves', 'green'],
  ]);
  const q2 = ret('2025 Q2', [
    ['a', 'kept', 'amber', { k: 12 }],
    ['a', 'improves', 'amber'],
    ['a', 'moves', 'green'],
    ['b', 'starts', 'not-started'],
  ]);
  const q3 = ret('2025 Q3', [
    ['a', 'kept', 'green'],
    ['b', 'starts', 'amber'],
  ]);

  it('lists each project with its rating in every period, latest order first, then projects that stopped', () => {
    const rows = ragHistory([q1, q2, q3]);
    expect(rows.map((r) => [r.projectId, r.workstreamId, ...r.ratings.map((x) => x ?? '-')])).toEqual([
      ['kept', 'a', 'amber', 'amber', 'green'],
      ['starts', 'b', '-', 'not-started', 'amber'],
      ['improves', 'a', 'red', 'amber', '-'],
      ['moves', 'a', 'green', 'green', '-'],
      ['ends', 'a', 'green', '-', '-'],
    ]);
  });

  it('says which ratings moved and how, which projects were added, moved or stopped, and which KPI values changed', () => {
    const c = changesBetween(q1, q2);
    expect(c.projects).toEqual([
      {
        kind: 'rating',
        projectId: 'improves',
        title: 'Project improves',
        from: 'red',
        to: 'amber',
        movement: 'better',
      },
      {
        kind: 'moved',
        projectId: 'moves',
        title: 'Project moves',
        fromWorkstream: 'Workstream b',
        toWorkstream: 'Workstream a',
      },
      { kind: 'added', projectId: 'starts', title: 'Project starts', to: 'not-started' },
      { kind: 'removed', projectId: 'ends', title: 'Project ends', from: 'green' },
    ]);
    expect(c.unchanged).toBe(2);
    expect(c.kpis.map((k) => [k.projectId, k.kpi.id, k.from, k.to])).toEqual([['kept', 'k', 10, 12]]);
  });

  it('calls a rise from not started a change, not an improvement', () => {
    const c = changesBetween(q2, q3);
    expect(c.projects.find((p) => p.projectId === 'starts')).toMatchObject({ kind: 'rating', movement: 'changed' });
    expect(c.projects.find((p) => p.projectId === 'kept')).toMatchObject({ movement: 'better' });
  });
});

describe('the CSV of a return', () => {
  const r = ret('2025 Q1', [['a', 'p', 'red', { k: 5 }]]);
  const first = r.workstreams[0];
  if (!first?.projects[0]) throw new Error('fixture');
  first.projects[0] = {
    ...first.projects[0],
    reason: '=HYPERLINK("x"), with "quotes"',
    nextSteps: ['One', 'Two'],
    risks: [{ risk: 'Funding', mitigation: 'A bid' }],
  };
  first.escalations.push({ text: 'Help', project: 'p' });
  const csv = deliveryCsv(r, () => undefined);
  const lines = csv.split('\r\n');

  it('has a header, a project row, a KPI row and an escalation row, with CRLF line ends', () => {
    expect(lines[0]).toBe(DELIVERY_CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(['project', 'kpi', 'escalation']);
  });

  it('quotes text with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csv).toContain(`"'=HYPERLINK(""x""), with ""quotes"""`);
    expect(csv).toContain('"One\nTwo"');
    expect(csv).toContain('Funding Mitigation: A bid');
  });

  it('gives a KPI without a unit the unit "count"', () => {
    const kpiRow = lines[2]?.split(',') ?? [];
    expect(kpiRow[DELIVERY_CSV_COLUMNS.indexOf('kpi_value')]).toBe('5');
    expect(kpiRow[DELIVERY_CSV_COLUMNS.indexOf('kpi_unit')]).toBe('count');
  });
});

describe('checks across returns', () => {
  const copies: OverlayDirs[] = [];
  afterAll(() => {
    for (const c of copies) c.cleanup();
  });

  /** The good fixture plus these delivery files for sample-strategy. */
  function check(files: Record<string, unknown>) {
    const dirs = overlay('delivery-unknown-indicator');
    copies.push(dirs);
    const dir = path.join(dirs.dataDir, 'delivery', 'sample-strategy');
    mkdirSync(dir, { recursive: true });
    for (const [name, json] of Object.entries(files)) {
      writeFileSync(path.join(dir, name), JSON.stringify(json, null, 2));
    }
    return checkSite(dirs);
  }
  const w = (id: string, projects: object[], extra: object = {}) => ({ id, title: id, projects, ...extra });
  const p = (id: string, extra: object = {}) => ({ id, title: id, rag: 'green', ...extra });

  it('accepts a move declared with movedFrom, even after a period in which the project did not report', () => {
    const result = check({
      '2025-Q1.json': { workstreams: [w('a', [p('x'), p('y')])] },
      '2025-Q2.json': { workstreams: [w('a', [p('y')])] },
      '2025-Q3.json': { workstreams: [w('a', [p('y')]), w('b', [p('x', { movedFrom: 'a' })])] },
    });
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('reports a move after a gap that is not declared, and a movedFrom left in once the move is made', () => {
    const result = check({
      '2025-Q1.json': { workstreams: [w('a', [p('x'), p('y')])] },
      '2025-Q2.json': { workstreams: [w('a', [p('y')])] },
      '2025-Q3.json': { workstreams: [w('a', [p('y')]), w('b', [p('x')])] },
      '2025-Q4.json': { workstreams: [w('a', [p('y', { movedFrom: 'b' })]), w('b', [p('x', { movedFrom: 'a' })])] },
    });
    expect(result.problems.map((x) => `${x.file} ${x.field}`)).toEqual([
      'delivery/sample-strategy/2025-Q3.json workstreams[1].projects[0].id',
      'delivery/sample-strategy/2025-Q4.json workstreams[0].projects[0].movedFrom',
      'delivery/sample-strategy/2025-Q4.json workstreams[1].projects[0].movedFrom',
    ]);
  });

  it("reports duplicate ids, a red rating without a reason, an escalation about another workstream's project, and mixed kinds of period", () => {
    const result = check({
      '2025-Q1.json': {
        workstreams: [
          w('a', [p('x', { rag: 'red' }), p('x')], { escalations: [{ text: 'Help', project: 'z' }] }),
          w('a', [p('z')]),
        ],
      },
      '2025-07.json': { workstreams: [w('a', [p('x')])] },
    });
    expect(result.problems.map((x) => `${x.file} ${x.field} ${x.line ?? '-'}`)).toEqual([
      'delivery/sample-strategy/2025-07.json  -',
      'delivery/sample-strategy/2025-Q1.json workstreams[0].projects[0].reason 7',
      'delivery/sample-strategy/2025-Q1.json workstreams[0].projects[1].id 13',
      'delivery/sample-strategy/2025-Q1.json workstreams[0].escalations[0].project 21',
      'delivery/sample-strategy/2025-Q1.json workstreams[1].id 26',
    ]);
  });

  it('reports a delivery folder for a strategy that does not exist', () => {
    const dirs = overlay('delivery-unknown-rag');
    copies.push(dirs);
    const dir = path.join(dirs.dataDir, 'delivery', 'no-such-strategy');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, '2025-Q1.json'), JSON.stringify({ workstreams: [w('a', [p('x')])] }));
    const problems = checkSite(dirs).problems;
    expect(problems.map((x) => x.file)).toContain('delivery/no-such-strategy');
  });
});

/**
 * A board's three quarterly returns: the ids, ratings and KPIs of the example
 * board (data/delivery/leicester-health-care-wellbeing/), copied without
 * their prose into tests/fixtures/delivery/board/ and laid over the good
 * fixture, so that editing the example does not move these expectations.
 */
describe("a board's returns", () => {
  const dirs = overlay(path.join(FIXTURES, 'delivery', 'board'));
  afterAll(() => dirs.cleanup());
  const result = checkSite(dirs);
  const site = new SiteModel(result.content);
  const id = 'sample-strategy';

  it('check cleanly', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('are counted in the summary line of npm run check', () => {
    expect(summariseContent(result.content)).toMatch(/, 3 delivery returns, 45 project ratings\.$/);
  });

  it('are three quarterly returns, oldest first, marked illustrative', () => {
    const returns = result.content.delivery.filter((r) => r.strategyId === id);
    expect(returns.map((r) => r.period.label)).toEqual(['2024 Q3', '2024 Q4', '2025 Q1']);
    expect(returns.every((r) => r.illustrative)).toBe(true);
  });

  it("keeps the delivery plan's figures: MMR 69% against 95%, HPV 49% for boys and 57% for girls against 90%", () => {
    const first = periodView(site, id, '2024-Q3').current;
    const kpis = first.workstreams.flatMap((w) => w.projects.flatMap((p) => p.kpis));
    expect(kpis.find((k) => k.indicator === 'mmr-two-doses')).toMatchObject({ value: 69, target: 95 });
    expect(kpis.find((k) => k.indicator === 'hpv-vaccination-boys')).toMatchObject({ value: 49, target: 90 });
    expect(kpis.find((k) => k.indicator === 'hpv-vaccination-girls')).toMatchObject({ value: 57, target: 90 });
  });

  it('shows the latest return with its counts and the changes since the one before', () => {
    const view = periodView(site, id);
    expect(view.current.slug).toBe('2025-Q1');
    expect(view.isLatest).toBe(true);
    expect(view.projects).toBe(15);
    expect(view.sentence).toBe('4 amber, 9 green and 2 complete');
    expect(view.previous?.slug).toBe('2024-Q4');
    expect(view.changes?.projects.length).toBe(7);
  });
});

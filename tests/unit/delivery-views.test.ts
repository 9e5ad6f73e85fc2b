/**
 * The delivery pages' views (src/lib/delivery/period-page.ts,
 * history-page.ts, report-views.ts), on the example site's reports: the sentences
 * with their plurals, where each project links, and the project's section.
 */

import { describe, expect, it } from 'vitest';
import { dirsFromEnv } from '../../src/lib/contract/site-model.ts';
import { changesBetween, ragCounts } from '../../src/lib/delivery/compare.ts';
import { historyPage } from '../../src/lib/delivery/history-page.ts';
import { changesView, projectView, ragCountViews } from '../../src/lib/delivery/report-views.ts';
import { periodPage } from '../../src/lib/delivery/period-page.ts';
import { returnsOf } from '../../src/lib/delivery/view.ts';
import { getSite } from '../../src/lib/site/load.ts';

const site = getSite(dirsFromEnv({}));
const ID = 'leicester-health-care-wellbeing';
const returns = returnsOf(site, ID);
const [q3, q4, q1] = returns;
if (!q3 || !q4 || !q1) throw new Error('The example site has three Leicester reports');

describe('changesView', () => {
  const changes = changesBetween(q4, q1);

  it('sums up the changes in a sentence, with plurals', () => {
    const view = changesView(site, changes, 'changes', () => undefined);
    expect(view.summary).toBe(
      '2025 Q1 (January to March 2025) compared with 2024 Q4: 7 changes to projects, and 8 projects kept their rating.',
    );
    const one = changesView(
      site,
      { ...changes, projects: changes.projects.slice(0, 1), unchanged: 1 },
      'x',
      () => undefined,
    );
    expect(one.summary).toMatch(/: 1 change to projects, and 1 project kept its rating\.$/);
    const none = changesView(site, { ...changes, projects: [], unchanged: 0 }, 'x', () => undefined);
    expect(none.summary).toMatch(/: no project changed, and 0 projects kept their rating\.$/);
  });

  it('links each project where the caller says, and formats KPI values in their unit', () => {
    const view = changesView(site, changes, 'changes-2025-Q1', (id) => `#project-${id}`);
    expect(view.projectsCaptionId).toBe('changes-2025-Q1-projects');
    expect(view.kpisCaption).toBe('KPI values that changed from 2024 Q4 to 2025 Q1');
    expect(view.projects.every((p) => p.link === `#project-${p.projectId}`)).toBe(true);
    expect(view.projects.find((p) => p.projectId === 'getting-help-in-neighbourhoods')?.movementWord).toBe('Worse');
    // Percentages and counts, each in its KPI's unit.
    expect(view.kpis.slice(0, 1)).toEqual([
      {
        projectId: 'antenatal-vaccinations',
        title: 'Pregnant women vaccinated against whooping cough (LLR)',
        projectTitle: 'Antenatal vaccinations',
        from: '58%',
        to: '60%',
      },
    ]);
    expect(view.kpis.find((k) => k.title === 'Interventions delivered')).toMatchObject({ from: '2,030', to: '2,890' });
  });
});

describe('ragCountViews and projectView', () => {
  it('says every rating’s count in words, zeros too', () => {
    expect(ragCountViews(ragCounts(q1)).map((c) => c.projects)).toEqual([
      '0 projects',
      '4 projects',
      '9 projects',
      '2 projects',
      '0 projects',
    ]);
    expect(ragCountViews([{ key: 'red', count: 1 }])[0]).toMatchObject({ projects: '1 project' });
  });

  it('writes a project’s section: KPIs in their unit, defaults in words, all three PLUS groups', () => {
    const workstream = q1.workstreams.find((w) => w.id === 'childhood-immunisations');
    const project = workstream?.projects.find((p) => p.id === 'babies-and-pre-school');
    if (!project) throw new Error('The example report has babies-and-pre-school');
    const view = projectView(site, project, q1, returns);
    expect(view).toMatchObject({
      anchor: 'project-babies-and-pre-school',
      periodLabel: '2025 Q1',
      kpisCaptionId: 'project-babies-and-pre-school-kpis',
      kpisCaption: `KPIs and targets: ${project.title}`,
    });
    expect(view.kpis[0]).toMatchObject({
      value: '71%',
      indicator: { id: 'mmr-two-doses', path: '/indicators/mmr-two-doses/' },
    });
    expect(view.plusGroups.map((g) => g.label)).toEqual([
      'PLUS group: severe mental illness',
      'PLUS group: learning disability',
      'PLUS group: homelessness',
    ]);
    const bare = projectView(
      site,
      { ...project, update: undefined, kpis: [], plusGroups: {}, risks: [{ risk: 'x' }] },
      q1,
      returns,
    );
    expect(bare.update).toBe('No update this period.');
    expect(bare.plusGroups.every((g) => g.text === 'Nothing reported this period.')).toBe(true);
    expect(bare.risks).toEqual([{ risk: 'x', mitigation: 'none given.' }]);
  });
});

describe('periodPage and historyPage', () => {
  it('leads /delivery/ with the latest report and links projects on the same page', () => {
    const page = periodPage(site, ID);
    expect(page.title).toBe('Leicester Health, Care and Wellbeing Strategy: delivery progress');
    expect(page.lead).toBe(
      'The latest report, for January to March 2025 (2025 Q1). 15 projects: 4 amber, 9 green and 2 complete.',
    );
    expect(page.latest).toBeUndefined();
    expect(page.breadcrumbs).toHaveLength(2);
    expect(page.reports.map((r) => [r.label, r.here])).toEqual([
      ['2025 Q1', false],
      ['2024 Q4', false],
      ['2024 Q3', false],
    ]);
    expect(page.changes?.heading).toBe('What changed since 2024 Q4');
    expect(page.changes?.view.projects.filter((p) => p.kind !== 'removed').every((p) => p.link?.startsWith('#'))).toBe(
      true,
    );
    expect(page.escalations[0]?.project?.link).toBe('#project-getting-help-in-neighbourhoods');
    expect(page.csv.name).toBe(`${ID}-delivery-2025-Q1.csv`);
  });

  it('marks an earlier report as such, with the way to the latest', () => {
    const page = periodPage(site, ID, q3.slug);
    expect(page.title).toBe('Leicester Health, Care and Wellbeing Strategy: delivery report, July to September 2024');
    expect(page.heading).toBe('Delivery report: July to September 2024');
    expect(page.latest).toEqual({ label: '2025 Q1', path: `/strategies/${ID}/delivery/` });
    expect(page.reports.find((r) => r.here)?.label).toBe('2024 Q3');
    expect(page.changes).toBeUndefined();
    expect(page.breadcrumbs.at(-1)).toEqual({ text: 'Delivery progress', path: `/strategies/${ID}/delivery/` });
  });

  it('tabulates every rating over time, grouped by workstream, and each step newest first', () => {
    const page = historyPage(site, ID);
    expect(page.lead).toBe('15 projects across 3 reports, the latest for January to March 2025.');
    expect(page.columns.map((c) => c.text)).toEqual(['Project', '2024 Q3', '2024 Q4', '2025 Q1']);
    expect(page.columns[1]).toMatchObject({
      path: `/strategies/${ID}/delivery/2024-Q3/`,
      data: { 'data-period': '2024 Q3' },
    });
    expect(page.rows.filter((r) => r.group).map((r) => r.group)).toHaveLength(q1.workstreams.length);
    expect(page.rows[0]?.link).toMatch(new RegExp(`^/strategies/${ID}/delivery/2025-Q1/#project-`));
    expect(page.transitions.map((t) => t.heading)).toEqual([
      '2025 Q1, compared with 2024 Q4',
      '2024 Q4, compared with 2024 Q3',
    ]);
    expect(page.transitions[0]?.changes.projectsCaptionId).toBe('changes-2025-Q1-projects');
  });
});

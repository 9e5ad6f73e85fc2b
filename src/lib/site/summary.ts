import type { Content } from '../contract/model.ts';

const n = (count: number, word: string, plural = `${word}s`) => `${count} ${count === 1 ? word : plural}`;

/** The one-line summary of a clean check: how much content there is (`npm run check`, the dev server). */
export function summariseContent(content: Content, warnings = 0): string {
  const versions = content.strategies.reduce((sum, s) => sum + s.versions.length, 0);
  const sections = content.strategies.reduce(
    (sum, s) => sum + s.versions.reduce((t, v) => t + v.sections.length, 0),
    0,
  );
  const targets = content.strategies.reduce(
    (sum, s) => sum + s.versions.reduce((t, v) => t + v.sections.reduce((u, x) => u + x.targets.length, 0), 0),
    0,
  );
  const points = content.indicators.reduce((sum, i) => sum + i.series.length, 0);
  const parts = [
    n(content.strategies.length, 'strategy', 'strategies'),
    n(versions, 'version'),
    n(sections, 'section'),
    n(targets, 'target'),
    n(content.indicators.length, 'indicator'),
    n(points, 'value'),
    n(content.areas.length, 'area'),
    n(content.updates.length, 'update'),
  ];
  // Only when there are any, so a site without delivery plans reads as before.
  if (content.delivery.length > 0) {
    const projects = content.delivery.reduce(
      (sum, r) => sum + r.workstreams.reduce((t, w) => t + w.projects.length, 0),
      0,
    );
    parts.push(n(content.delivery.length, 'delivery return'), n(projects, 'project rating'));
  }
  const warned = warnings > 0 ? `, ${n(warnings, 'warning')}` : '';
  return `Content OK: ${parts.join(', ')}${warned}.`;
}

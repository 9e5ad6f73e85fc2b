import type { Content } from '../contract/model.ts';
import { plural } from '../core/text.ts';

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
    plural(content.strategies.length, 'strategy', 'strategies'),
    plural(versions, 'version'),
    plural(sections, 'section'),
    plural(targets, 'target'),
    plural(content.indicators.length, 'indicator'),
    plural(points, 'value'),
    plural(content.areas.length, 'area'),
    plural(content.updates.length, 'update'),
  ];
  // Only when there are any, so a site without delivery plans reads as before.
  if (content.delivery.length > 0) {
    const projects = content.delivery.reduce(
      (sum, r) => sum + r.workstreams.reduce((t, w) => t + w.projects.length, 0),
      0,
    );
    parts.push(plural(content.delivery.length, 'delivery return'), plural(projects, 'project rating'));
  }
  const warned = warnings > 0 ? `, ${plural(warnings, 'warning')}` : '';
  return `Content OK: ${parts.join(', ')}${warned}.`;
}

/** The line after the check's own warnings (promises, data, YAML): what they are and where to read more. */
export function summariseWarnings(count: number): string {
  return (
    `${plural(count, 'warning')} about promises, figures or text that would mislead a reader: they do not stop publishing. ` +
    'Each says what to change; to keep a promise as it is, see "Promises with a number" in docs/authoring.md.'
  );
}

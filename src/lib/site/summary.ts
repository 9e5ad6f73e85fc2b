import type { Content } from '../contract/model.ts';
import { formatProblem, sortProblems } from '../contract/problems.ts';
import { plural, pluralWord } from '../core/text.ts';
import { readabilityWarnings, summariseReadability } from '../strategy/readability.ts';
import type { CheckResult } from './load.ts';

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

export interface CheckReport {
  /** What the check prints, in order: `out` to standard output, `error` to standard error. */
  readonly lines: readonly { readonly to: 'out' | 'error'; readonly text: string }[];
  /** False when there is an error: nothing may be built. */
  readonly ok: boolean;
}

/**
 * What `npm run check` prints for a check's result, and whether it passed:
 * every problem one a line, then (with errors) what to do, or (without) the
 * readability warnings, what the warnings are and the summary. The build
 * prints the same when it checks (integrations/build-content.ts).
 */
export function checkReport(result: CheckResult): CheckReport {
  const lines: { to: 'out' | 'error'; text: string }[] = result.problems.map((p) => ({
    to: 'out',
    text: formatProblem(p),
  }));
  if (result.errors > 0) {
    lines.push({
      to: 'error',
      text: `\n${plural(result.errors, 'problem')} found: fix ${pluralWord(result.errors, 'it', 'them')} and run npm run check again. Nothing will be published until then.`,
    });
    return { lines, ok: false };
  }
  // Readability warnings are advice: shown once there are no errors to fix, and they never fail the check.
  const readability = sortProblems(readabilityWarnings(result.content));
  for (const p of readability) lines.push({ to: 'out', text: formatProblem(p) });
  if (result.warnings > 0 || readability.length > 0) lines.push({ to: 'out', text: '' });
  if (result.warnings > 0) lines.push({ to: 'out', text: summariseWarnings(result.warnings) });
  if (readability.length > 0) lines.push({ to: 'out', text: summariseReadability(readability) });
  lines.push({ to: 'out', text: summariseContent(result.content, result.warnings + readability.length) });
  return { lines, ok: true };
}

/**
 * What `npm run import-indicator` says: the problems and the list of
 * indicators when it refuses, and what it read, wrote and worked out when it
 * succeeds. Plain text, built here so that the tests can pin it.
 */

import path from 'node:path';
import { formatProblem } from '../contract/problems.ts';
import type { ImportPlan, ImportRefused } from './import-csv.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The lines printed when an import is refused (each problem, then the indicators the file holds). */
export function refusalLines(result: ImportRefused): string[] {
  const lines = result.problems.map(formatProblem);
  const list = result.indicatorsInFile ?? [];
  if (list.length > 0) {
    const width = Math.max(...list.map((i) => i.id.length));
    lines.push('', 'The file holds these indicators (id, name, rows):');
    for (const i of list) lines.push(`  ${i.id.padEnd(width)}  ${i.name ?? '(no name)'}  ${plural(i.rows, 'row')}`);
  }
  return lines;
}

/** The closing sentence of a refusal. */
export function refusalSummary(result: ImportRefused): string {
  const n = result.problems.length;
  return `${n} problem${n === 1 ? '' : 's'} found: nothing was written. Fix the CSV (or the options) and run the import again.`;
}

/** The lines printed when an import succeeds (or would, with --dry-run), paths shown relative to `cwd`. */
export function planLines(plan: ImportPlan, options: { dryRun: boolean; cwd: string }): string[] {
  const shown = (target: string) => path.relative(options.cwd, target);
  const lines: string[] = [];
  for (const i of plan.indicators) {
    const span = i.periods.length > 1 ? `${i.periods[0]} to ${i.periods[i.periods.length - 1]}` : i.periods[0];
    const from = i.source !== undefined && /^\d+$/.test(i.source) ? ` (Fingertips indicator ${i.source})` : '';
    lines.push(`Read ${plural(i.rows, 'row')} for ${plural(i.areas.length, 'area')}, ${span}${from}.`);
    for (const d of i.decided) lines.push(`  ${d}`);
  }
  if (plan.skipped.length > 0) {
    lines.push(
      `Left out ${plan.skipped.length} row(s) with neither a value nor a note (lines ${plan.skipped.join(', ')}).`,
    );
  }
  if (plan.ignored.length > 0) lines.push(`Columns not used: ${plan.ignored.join(', ')}.`);
  lines.push(...plan.notes);
  if (plan.areas) {
    lines.push(
      `${options.dryRun ? 'Would add' : 'Added'} ${plural(plan.areas.added.length, 'area')} to ${shown(plan.areas.target)}: ${plan.areas.added.map((a) => `${a.name} (${a.id}, ${a.type})`).join(', ')}.`,
    );
  }
  plan.indicators.forEach((i, n) => {
    const values = (k: number) => plural(k, 'value');
    const change = i.created
      ? `a new indicator with ${values(i.added)}`
      : `${values(i.added)} added, ${i.replaced} replaced, ${i.kept} kept`;
    const last = n === plan.indicators.length - 1;
    const after = options.dryRun && last ? ' Nothing was written (--dry-run).' : '';
    lines.push(`${options.dryRun ? 'Would write' : 'Wrote'} ${shown(i.target)}: ${change}.${after}`);
  });
  if (plan.warnings.length > 0) {
    lines.push(
      '',
      `${plural(plan.warnings.length, 'judgement')} Fingertips published ${plan.warnings.length === 1 ? 'differs' : 'differ'} from the site's own (npm run check lists ${plan.warnings.length === 1 ? 'it' : 'them'} too):`,
      ...plan.warnings.map(formatProblem),
    );
  }
  if (options.dryRun) return lines;
  const created = plan.indicators.some((i) => i.created);
  lines.push(
    '',
    'Next:',
    `  1. Check "updated" and "nextUpdate" in each file (the dates the figures were published and are next due)` +
      (created ? ',\n     and add a "definition" to each new indicator for readers.' : '.'),
    '  2. Run npm run check, then npm run dev to see the indicator pages:',
    ...plan.indicators.map((i) => `       /indicators/${i.indicator}/`),
  );
  return lines;
}

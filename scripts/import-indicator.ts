/**
 * npm run import-indicator -- <file.csv> [--indicator <id>] [--title "..."]
 *   [--unit <unit>] [--polarity <polarity>] [--skip-empty] [--dry-run]
 *
 * Turns an analyst's CSV into data/indicators/<id>.json, merging with the file
 * when it exists. Writes nothing, and exits 1, when any row cannot be read.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planImport, writeImport } from '../src/lib/authoring/import-csv.ts';
import { formatProblem } from '../src/lib/contract/problems.ts';
import { dirsFromEnv } from '../src/lib/contract/site-model.ts';
import { plural } from '../src/lib/core/text.ts';

const USAGE = `Usage: npm run import-indicator -- <file.csv> [options]

  --indicator <id>     the indicator to import into: data/indicators/<id>.json
                       (default: the CSV's indicator column, when it holds an id)
  --title "<title>"    for a new indicator (default: the CSV's indicator name column)
  --unit <unit>        for a new indicator: percent, per-1000, per-100k, count,
                       years, gbp, ratio or score
  --polarity <p>       for a new indicator: higher-is-better, lower-is-better
                       or no-judgement
  --skip-empty         leave out rows with neither a value nor a note
  --dry-run            report what would change, and write nothing`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      indicator: { type: 'string' },
      title: { type: 'string' },
      unit: { type: 'string' },
      polarity: { type: 'string' },
      'skip-empty': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [csvPath, ...extra] = positionals;
if (csvPath === undefined || extra.length > 0) fail(USAGE);
if (!existsSync(csvPath)) fail(`${csvPath}: no such file`);

const { contentDir, dataDir } = dirsFromEnv();
const plan = planImport({
  csv: readFileSync(csvPath, 'utf8'),
  csvFile: csvPath,
  contentDir,
  dataDir,
  indicator: values.indicator,
  title: values.title,
  unit: values.unit,
  polarity: values.polarity,
  skipEmpty: values['skip-empty'],
});

if (!plan.ok) {
  for (const p of plan.problems) console.log(formatProblem(p));
  const n = plan.problems.length;
  fail(`\n${plural(n, 'problem')} found: nothing was written. Fix the CSV (or the options) and run the import again.`);
}

const shown = path.relative(process.cwd(), plan.target);
const span =
  plan.periods.length > 1 ? `${plan.periods[0]} to ${plan.periods[plan.periods.length - 1]}` : plan.periods[0];
const lines = [`Read ${plural(plan.rows, 'row')} for ${plural(plan.areas.length, 'area')}, ${span}.`];
if (plan.skipped.length > 0) {
  lines.push(
    `Left out ${plan.skipped.length} row(s) with neither a value nor a note (lines ${plan.skipped.join(', ')}).`,
  );
}
if (plan.ignored.length > 0) lines.push(`Columns not used: ${plan.ignored.join(', ')}.`);
const countValues = (n: number) => plural(n, 'value');
const change = plan.created
  ? `a new indicator with ${countValues(plan.added)}`
  : `${countValues(plan.added)} added, ${plan.replaced} replaced, ${plan.kept} kept`;
if (values['dry-run']) {
  lines.push(`Would write ${shown}: ${change}. Nothing was written (--dry-run).`);
} else {
  writeImport(plan);
  lines.push(`Wrote ${shown}: ${change}.`);
  lines.push(
    '',
    'Next:',
    `  1. Check "updated" and "nextUpdate" in ${shown} (the dates the figures were published and are next due)` +
      (plan.created ? ',\n     and add a "definition" and "source" for readers.' : '.'),
    '  2. Run npm run check, then npm run dev to see the indicator page:',
    `       /indicators/${plan.indicator}/`,
  );
}
console.log(lines.join('\n'));

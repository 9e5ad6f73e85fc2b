/**
 * npm run import-indicator -- <file.csv> [--fingertips-id <id>] [--indicator <id>]
 *   [--mapping <file.yaml>] [--add-areas] [--title "..."] [--unit <unit>]
 *   [--polarity <polarity>] [--skip-empty] [--dry-run]
 *
 * Turns an analyst's CSV (a Fingertips export in either heading style, or a
 * plain CSV) into data/indicators/<id>.json, merging with the file when it
 * exists. Writes nothing, and exits 1, when any row cannot be read.
 */

import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { planImport, writeImport } from '../src/lib/authoring/import-csv.ts';
import { planLines, refusalLines, refusalSummary } from '../src/lib/authoring/import-report.ts';
import { dirsFromEnv } from '../src/lib/contract/site-model.ts';
import { POLARITIES, UNITS } from '../src/lib/core/vocabulary.ts';

const USAGE = `Usage: npm run import-indicator -- <file.csv> [options]

  --fingertips-id <id> the indicator to import from a file that holds several
                       (the Indicator ID column's value, like 90813)
  --indicator <id>     the indicator to import into: data/indicators/<id>.json
                       (default: the file whose "fingertipsId" is the export's,
                       else the CSV's indicator column, when it holds an id)
  --mapping <file>     import every indicator a YAML mapping names (Fingertips
                       id: id, unit, polarity), as docs/authoring.md shows
  --sex <sex>          import only the rows for persons, male or female (for
                       figures published by sex only, like life expectancy)
  --add-areas          add the areas the file names that data/areas.json lacks
  --title "<title>"    for a new indicator (default: the CSV's indicator name)
  --unit <unit>        for a new indicator: ${UNITS.join(', ')}
  --polarity <p>       for a new indicator: ${POLARITIES.join(', ')}
                       (default, for a Fingertips export: what its comparisons show)
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
      'fingertips-id': { type: 'string' },
      mapping: { type: 'string' },
      'add-areas': { type: 'boolean' },
      sex: { type: 'string' },
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
const mappingPath = values.mapping;
if (mappingPath !== undefined && !existsSync(mappingPath)) fail(`${mappingPath}: no such file`);

const { contentDir, dataDir } = dirsFromEnv();
const plan = planImport({
  csv: readFileSync(csvPath, 'utf8'),
  csvFile: csvPath,
  contentDir,
  dataDir,
  indicator: values.indicator,
  fingertipsId: values['fingertips-id'],
  mapping: mappingPath === undefined ? undefined : { text: readFileSync(mappingPath, 'utf8'), file: mappingPath },
  addAreas: values['add-areas'],
  sex: values.sex,
  title: values.title,
  unit: values.unit,
  polarity: values.polarity,
  skipEmpty: values['skip-empty'],
});

if (!plan.ok) {
  console.log(refusalLines(plan).join('\n'));
  fail(`\n${refusalSummary(plan)}`);
}

const dryRun = values['dry-run'] ?? false;
if (!dryRun) writeImport(plan);
console.log(planLines(plan, { dryRun, cwd: process.cwd() }).join('\n'));

/**
 * npm run new-version -- <strategy> <new-version> [--date YYYY-MM-DD]
 *
 * Copies the strategy's latest version folder to a new one with status draft
 * and today's date, refusing to overwrite anything. Exits 1 when it refuses.
 */

import path from 'node:path';
import { parseArgs } from 'node:util';
import { newVersion } from '../src/lib/authoring/new-version.ts';
import { dirsFromEnv } from '../src/lib/contract/site-model.ts';

const USAGE = 'Usage: npm run new-version -- <strategy-id> <new-version> [--date YYYY-MM-DD]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Today in the machine's own time zone (an author's "today"), as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { date: { type: 'string' }, help: { type: 'boolean' } } });
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [strategyId, versionId, ...extra] = parsed.positionals;
if (strategyId === undefined || versionId === undefined || extra.length > 0) fail(USAGE);
const date = parsed.values.date ?? today();
if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
  fail(`--date ${date}: expected a date written as YYYY-MM-DD, like 2026-11-23`);
}

const { contentDir } = dirsFromEnv();
const result = newVersion({ contentDir, strategyId, versionId, date });
if (!result.ok) fail(result.message);

const shown = path.relative(process.cwd(), result.dir) || '.';
const base = `/strategies/${strategyId}`;
console.log(
  [
    `Created ${shown}/ as a copy of version ${result.from} (${result.files.length} files), with status draft and date ${date}.`,
    '',
    'Next:',
    `  1. Edit the sections in ${shown}/. Keep each section's file name (or its id:) so the`,
    '     compare page matches it with the same section of the earlier version.',
    `  2. In ${shown}/version.yaml, write in "note:" what this version changes` +
      (result.replacedNote ? ` (the note of ${result.from} was replaced).` : '.'),
    '  3. Run npm run check, then npm run dev to preview:',
    `       ${base}/${versionId}/  and  ${base}/compare/${result.from}/${versionId}/`,
    '  4. When it is agreed, change "status:" to consultation or adopted, and set the',
    `     earlier version's status to superseded. Until a later version is adopted,`,
    `     ${base}/ keeps showing the latest adopted version.`,
  ].join('\n'),
);

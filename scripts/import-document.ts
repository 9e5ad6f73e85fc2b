/**
 * npm run import-document -- <file.docx> --strategy <id> --version <version>
 *   [--title "..."] [--date YYYY-MM-DD]
 *
 * Turns a Word document into a version folder of a strategy (one section file
 * per Heading 1), with status draft, then lists what could not be carried
 * over, what the check will refuse, and the sentences that look like
 * promises with numbers. Refuses, and writes nothing, when the version exists.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planDocumentImport, writeDocumentImport, type ImportPlan } from '../src/lib/authoring/import-document.ts';
import { formatProblem } from '../src/lib/contract/problems.ts';
import { dirsFromEnv } from '../src/lib/contract/site-model.ts';

const USAGE = `Usage: npm run import-document -- <file.docx> --strategy <id> --version <version> [options]

  --strategy <id>      the strategy: content/strategies/<id>/ (made, with a
                       strategy.yaml, when it does not exist yet)
  --version <version>  the version folder to create, like 1.0 or 8.1
  --title "<title>"    the strategy's title, when the document has none
                       (or has the wrong one) and the strategy is new
  --date YYYY-MM-DD    the version's date (default: today)`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Today in the machine's own time zone (an author's "today"), as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      strategy: { type: 'string' },
      version: { type: 'string' },
      title: { type: 'string' },
      date: { type: 'string' },
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
const [docxPath, ...extra] = positionals;
if (docxPath === undefined || extra.length > 0 || !values.strategy || !values.version) fail(USAGE);
if (!existsSync(docxPath)) fail(`${docxPath}: no such file`);
if (!/\.docx$/i.test(docxPath)) {
  fail(`${docxPath}: expected a Word document ending in .docx (in Word: File > Save As > Word Document)`);
}
const date = values.date ?? today();
if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
  fail(`--date ${date}: expected a date written as YYYY-MM-DD, like 2026-11-23`);
}

const { contentDir } = dirsFromEnv();
const plan = await planDocumentImport({
  contentDir,
  strategyId: values.strategy,
  versionId: values.version,
  date,
  docx: readFileSync(docxPath),
  source: path.basename(docxPath),
  title: values.title,
});
if (!plan.ok) fail(plan.message);
const written = writeDocumentImport(plan, contentDir);
if (!written.ok) fail(written.message);
console.log(report(plan).join('\n'));

function report(plan: ImportPlan): string[] {
  const shown = path.relative(process.cwd(), plan.versionDir) || '.';
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [
    `Read ${path.basename(docxPath ?? '')}${plan.title ? ` ("${plan.title}")` : ''}: ${count(plan.sections.length, 'section')}, ` +
      `${count(plan.tables, 'table')}, ${count(plan.images.length, 'picture')}, ${count(plan.footnotes, 'footnote')}.`,
    `Created ${shown}/ with status draft and date ${date}:`,
  ];
  const width = Math.max(...plan.sections.map((s) => s.file.length));
  for (const s of plan.sections) lines.push(`  ${s.file.padEnd(width)}  ${s.title}${s.kind ? ` (${s.kind})` : ''}`);
  if (plan.images.length > 0) lines.push(`  images/ (${count(plan.images.length, 'picture')})`);
  if (plan.strategyYaml !== undefined) {
    lines.push(`and ${path.join(path.dirname(shown), 'strategy.yaml')}: add its summary, partners, period and area.`);
  }
  if (plan.notLatest !== undefined) {
    lines.push(
      `Version ${plan.versionId} comes before the latest version, ${plan.notLatest}: set its date and status in version.yaml to what they were.`,
    );
  }

  if (plan.notes.length > 0) {
    lines.push('', 'Changed or left out (check each against the Word document):');
    for (const note of plan.notes) lines.push(`  ${note.file ?? 'the whole document'}: ${note.what}`);
  }
  if (plan.problems.length > 0) {
    lines.push('', 'To fix before publishing (npm run check refuses these):');
    for (const p of plan.problems) lines.push(`  ${formatProblem(p)}`);
  }
  if (plan.promises.length > 0) {
    lines.push(
      '',
      'Sentences that look like promises with a number. Wrap each in a <Target> so the site tracks it',
      'against its indicator (replace each ? with the indicator id, figure or year; docs/authoring.md, "Target"):',
    );
    for (const p of plan.promises) {
      lines.push(`  ${p.file}:${p.line}`, `    "${p.sentence}"`, `    ${p.suggestion} ... </Target>`);
    }
  }
  const base = `/strategies/${plan.strategyId}/${plan.versionId}/`;
  lines.push(
    '',
    'Next:',
    `  1. Read the sections in ${shown}/ beside the Word document.` +
      (plan.readabilityWarnings > 0
        ? `\n     The check will also list ${count(plan.readabilityWarnings, 'readability warning')}: long sentences and hard paragraphs.`
        : ''),
    `  2. Run npm run check and fix what it lists, then npm run dev to preview ${base}`,
    `  3. In ${path.join(shown, 'version.yaml')}, write in "note:" what this version is.`,
  );
  return lines;
}

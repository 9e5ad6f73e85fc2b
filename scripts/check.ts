/**
 * npm run check: reads and checks all content and data, printing every
 * problem (one a line) and exiting 1 if there is any error.
 */

import { dirsFromEnv } from '../src/lib/contract/site-model.ts';
import { formatProblem, sortProblems } from '../src/lib/contract/problems.ts';
import { readabilityWarnings, summariseReadability } from '../src/lib/strategy/readability.ts';
import { checkSite } from '../src/lib/site/load.ts';
import { summariseContent, summariseWarnings } from '../src/lib/site/summary.ts';
import { plural, pluralWord } from '../src/lib/core/text.ts';

const dirs = dirsFromEnv();
const result = checkSite(dirs);
for (const p of result.problems) console.log(formatProblem(p));
if (result.errors > 0) {
  console.error(
    `\n${plural(result.errors, 'problem')} found: fix ${pluralWord(result.errors, 'it', 'them')} and run npm run check again. Nothing will be published until then.`,
  );
  process.exit(1);
}
// Readability warnings are advice: shown once there are no errors to fix, and they never fail the check.
const readability = sortProblems(readabilityWarnings(result.content));
for (const p of readability) console.log(formatProblem(p));
if (result.warnings > 0 || readability.length > 0) console.log('');
if (result.warnings > 0) console.log(summariseWarnings(result.warnings));
if (readability.length > 0) console.log(summariseReadability(readability));
console.log(summariseContent(result.content, result.warnings + readability.length));

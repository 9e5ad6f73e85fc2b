/**
 * npm run check: reads and checks all content and data, printing every
 * problem (one a line) and exiting 1 if there is any error.
 */

import { formatProblem } from '../src/lib/contract/problems.ts';
import { checkSite, dirsFromEnv } from '../src/lib/site.ts';
import { summarise } from '../src/lib/summary.ts';

const dirs = dirsFromEnv();
const result = checkSite(dirs);
for (const p of result.problems) console.log(formatProblem(p));
if (result.errors > 0) {
  console.error(
    `\n${result.errors} problem${result.errors === 1 ? '' : 's'} found: fix ${result.errors === 1 ? 'it' : 'them'} and run npm run check again. Nothing will be published until then.`,
  );
  process.exit(1);
}
console.log(summarise(result.content, result.warnings));

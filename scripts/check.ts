/**
 * npm run check: reads and checks all content and data, printing every
 * problem (one a line) and exiting 1 if there is any error. The build runs
 * the same check and prints the same (src/integrations/build-content.ts).
 */

import { dirsFromEnv } from '../src/lib/contract/site-model.ts';
import { checkSite } from '../src/lib/site/load.ts';
import { checkReport } from '../src/lib/site/summary.ts';

const report = checkReport(checkSite(dirsFromEnv()));
for (const line of report.lines) (line.to === 'out' ? console.log : console.error)(line.text);
if (!report.ok) process.exit(1);

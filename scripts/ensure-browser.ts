/**
 * First step of `npm test`: makes sure the browser tests have a Chromium or
 * Chrome before anything else runs, so no test fails half-way for want of one.
 * Prints one line saying which browser the tests will use; where there is
 * none, installs Debian's chromium if this machine can without asking (Debian
 * or Ubuntu, as root or with passwordless sudo), else exits 1 with a message
 * saying what to install. The search order is tests/support/find-browser.ts.
 */

import { spawnSync } from 'node:child_process';
import { findBrowser, POINT_AT_ONE, thisMachine, type BrowserPlan } from '../tests/support/find-browser.ts';

function foundLine(plan: Extract<BrowserPlan, { kind: 'found' }>): string {
  const how = plan.via === 'CHROMIUM_PATH' ? 'from CHROMIUM_PATH' : 'set CHROMIUM_PATH to use another';
  return `Browser tests will use ${plan.path} (${how}).`;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const plan = findBrowser(thisMachine());
if (plan.kind === 'found') {
  console.log(foundLine(plan));
} else if (plan.kind === 'missing') {
  fail(plan.message);
} else {
  console.log(plan.announce);
  for (const argv of plan.commands) {
    const [command = '', ...args] = argv;
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) {
      const why = result.error
        ? `could not start (${result.error.message})`
        : `exited with ${result.status ?? result.signal}`;
      fail(
        `Installing chromium failed: ${argv.join(' ')} ${why}.\nInstall Chromium or Google Chrome yourself.\n${POINT_AT_ONE}`,
      );
    }
  }
  const after = findBrowser(thisMachine());
  if (after.kind !== 'found') {
    fail(`apt-get installed Debian's chromium, but it is still not where the browser tests look.\n${POINT_AT_ONE}`);
  }
  console.log(foundLine(after));
}

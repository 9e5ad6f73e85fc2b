/**
 * Every internal link, image, script, stylesheet and form action resolves to
 * a file of the build, stays under the base path, and every #fragment names
 * an id on its target page. `health` is served under /health/, so a link
 * written as "/x/" instead of through the base path fails here. The url()s in
 * the CSS are held to the same rule.
 */

import { describe, expect, it } from 'vitest';
import { BUILDS, buildDir, type BuildName } from '../support/builds.ts';
import { LinkChecker, type LinkReport } from '../support/links.ts';

const MAX_REPORTED = 40;

const VARIANTS: readonly BuildName[] = ['health', 'root', 'hostile', 'fingertips'];

function explain(report: LinkReport): string {
  const shown = report.problems.slice(0, MAX_REPORTED);
  const more = report.problems.length - shown.length;
  const tail = more > 0 ? `\n  ... and ${more} more` : '';
  return `${report.problems.length} broken of ${report.checked} references:\n  ${shown.join('\n  ')}${tail}`;
}

describe.each(VARIANTS)('links in the %s build', (name) => {
  const checker = new LinkChecker(buildDir(name), BUILDS[name].base);

  it(`HTML references resolve inside ${BUILDS[name].base}`, () => {
    const report = checker.checkHtml();
    expect(report.checked, 'no references were found in the HTML at all').toBeGreaterThan(0);
    expect(report.problems.length, explain(report)).toBe(0);
  });

  it(`CSS url() references resolve inside ${BUILDS[name].base}`, () => {
    const report = checker.checkCss();
    expect(report.problems.length, explain(report)).toBe(0);
  });
});

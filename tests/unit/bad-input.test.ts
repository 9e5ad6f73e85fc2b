/**
 * One fixture per kind of author mistake (tests/fixtures/bad/<kind>/, laid over
 * tests/fixtures/good/). The formatted lines are snapshotted because they are
 * the author-facing interface: review __snapshots__/ by eye when they change.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/lib/contract/problems.ts';
import { checkSite } from '../../src/lib/site/load.ts';
import { CASES, type Expected } from './bad-cases.ts';
import { overlay, type OverlayDirs } from './overlay.ts';

const copies: OverlayDirs[] = [];
const results = new Map<string, readonly Problem[]>();
function problemsOf(kind: string): readonly Problem[] {
  let problems = results.get(kind);
  if (!problems) {
    const dirs = overlay(kind);
    copies.push(dirs);
    problems = checkSite(dirs).problems;
    results.set(kind, problems);
  }
  return problems;
}
afterAll(() => {
  for (const copy of copies) copy.cleanup();
});

/** The problem an expectation describes: same file and field, and (when two share them) its found text. */
const matches = (p: Problem, e: Expected): boolean =>
  p.file === e.file && p.field === e.field && (e.found === undefined || p.found.includes(e.found));

describe.each(CASES)('$kind', (c) => {
  it('prints these problem lines', () => {
    expect(problemsOf(c.kind).map(formatProblem)).toMatchSnapshot();
  });

  it('names the file, the field and what was found', () => {
    const problems = problemsOf(c.kind);
    expect(problems.length).toBe(c.problems.length + (c.followOn ?? 0));
    for (const e of c.problems) {
      const p = problems.find((x) => matches(x, e));
      expect(p, `a problem in ${e.file} at field "${e.field}"`).toBeDefined();
      expect(p?.severity).toBe(e.severity ?? 'error');
      if (e.found !== undefined) expect(p?.found).toContain(e.found);
      expect(p?.expected.length).toBeGreaterThan(10);
    }
  });

  if (c.located) {
    const located = () => {
      for (const p of problemsOf(c.kind)) {
        expect(p.line, formatProblem(p)).toBeTypeOf('number');
        expect(p.column, formatProblem(p)).toBeTypeOf('number');
      }
      for (const e of c.problems) {
        if (e.line !== undefined) expect(problemsOf(c.kind).find((x) => matches(x, e))?.line).toBe(e.line);
      }
    };
    it('points at the line and column', located);
  }
});

describe('an update whose file name is an impossible date', () => {
  it('is refused, naming the file', () => {
    expect(problemsOf('impossible-update-date').map((p) => p.file)).toContain('updates/2026-02-30-board-meeting.mdx');
  });
});

describe('a referenced indicator that fails validation', () => {
  it('is reported once, in its own file, not as a missing file in every Target and Measure', () => {
    const problems = problemsOf('invalid-referenced-indicator');
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['indicators/physical-inactivity.json unit']);
    expect(problems.map(formatProblem)).toMatchSnapshot();
  });
});

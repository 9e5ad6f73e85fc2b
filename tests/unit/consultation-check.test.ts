/**
 * The check of consultation.yaml (src/lib/strategy/consultation-checks.ts and the
 * schema in src/lib/contract/consultation-schema.ts). Each case writes one
 * consultation.yaml into a copy of a fixture: tests/fixtures/diff/ (1.0 and
 * 2.0 differ: a renamed section, a target from 18% to 20%, a section removed)
 * or tests/fixtures/good/ (1.9 and 1.10 are the same). The lines are
 * snapshotted because they are what authors read: review them by eye.
 */

import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import { checkSite } from '../../src/lib/site/load.ts';
import { FIXTURES } from './overlay.ts';

const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

const DIFF = 'strategies/sample-strategy/1.0';

/** The problem lines for consultation.yaml, written as `yaml` into `version` of a copy of a fixture's content. */
function check(fixture: 'diff' | 'good', version: string, yaml: string, files: Record<string, string> = {}): string[] {
  const root = mkdtempSync(path.join(os.tmpdir(), 'strategy-site-consultation-'));
  copies.push(root);
  cpSync(path.join(FIXTURES, fixture, 'content'), root, { recursive: true });
  writeFileSync(path.join(root, version, 'consultation.yaml'), yaml);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, file), text);
  const { problems } = checkSite({ contentDir: root, dataDir: path.join(FIXTURES, 'good', 'data') });
  return problems.map(formatProblem);
}

/** One theme, with the fields given. */
const theme = (fields: string) => `themes:\n  - id: t\n    title: People said something\n${fields}`;

describe('a consultation.yaml that the versions bear out', () => {
  it('passes: the fixture names a changed target, a changed section, and a section that already covered a theme', () => {
    const { problems, content } = checkSite({
      contentDir: path.join(FIXTURES, 'diff', 'content'),
      dataDir: path.join(FIXTURES, 'good', 'data'),
    });
    expect(problems.map(formatProblem)).toEqual([]);
    const file = content.strategies[0]?.versions[0]?.consultation;
    expect(file?.file).toBe(`${DIFF}/consultation.yaml`);
    // Quotes keep their language, for the page's lang attribute.
    expect(file?.themes[0]?.quotes.map((q) => q.lang)).toEqual([undefined, 'cy']);
  });
});

describe('a claim the next version does not bear out', () => {
  it('refuses a section that is the same in both versions, in the words of the issue', () => {
    const yaml = theme('    outcome: changed\n    changes:\n      - { section: move-more }\n').replace(
      'id: t',
      'id: alcohol-target',
    );
    expect(check('good', 'strategies/sample-strategy/1.9', yaml)).toEqual([
      'strategies/sample-strategy/1.9/consultation.yaml:6:20 themes[0].changes[0].section, the 1st change in the 1st theme ("People said something"): ' +
        "found theme 'alcohol-target' says section 'move-more' changed, but it is the same in 1.10 as in 1.9; expected a section whose text differs between the two versions (if the draft already covered this, use outcome \"already-covered\")",
    ]);
  });

  it('refuses a target whose figures did not change, and accepts both for an already-covered theme', () => {
    const changes = '    changes:\n      - { section: move-more }\n      - { target: physical-inactivity }\n';
    expect(check('good', 'strategies/sample-strategy/1.9', theme(`    outcome: partly-changed\n${changes}`))).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          "themes[0].changes[1].target, the 2nd change in the 1st theme (\"People said something\"): found theme 't' says the target for 'physical-inactivity' changed, but it is the same in 1.10 as in 1.9",
        ),
      ]),
    );
    const covered = `    outcome: already-covered\n    response: The draft said so.\n${changes}`;
    expect(check('good', 'strategies/sample-strategy/1.9', theme(covered))).toEqual([]);
  });

  it.each([
    ['a changed theme with no change', '    outcome: changed\n    response: We did.\n'],
    ['a section removed in the next version', '    outcome: changed\n    changes:\n      - { section: warm-homes }\n'],
    ['a section no version has', '    outcome: changed\n    changes:\n      - { section: nowhere }\n'],
    ['an indicator with no file', '    outcome: changed\n    changes:\n      - { target: no-such-indicator }\n'],
    [
      'an indicator with no Target in the next version',
      '    outcome: changed\n    changes:\n      - { target: alcohol-admissions }\n',
    ],
    ['a not-changed theme without a response', '    outcome: not-changed\n'],
    [
      'a not-changed theme that names a change',
      '    outcome: not-changed\n    response: We kept it.\n    changes:\n      - { section: move-more }\n',
    ],
  ])('refuses %s', (_, fields) => {
    const lines = check('diff', DIFF, theme(fields));
    expect(lines).toHaveLength(1);
    expect(lines).toMatchSnapshot();
  });

  it('says nothing of the changes when the next version cannot be read: that version has its own problem', () => {
    const yaml = theme('    outcome: changed\n    changes:\n      - { section: nowhere }\n');
    const broken = { 'strategies/sample-strategy/2.0/version.yaml': 'date: 2026-13-02\nstatus: adopted\n' };
    const lines = check('diff', DIFF, yaml, broken);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^strategies\/sample-strategy\/2\.0\/version\.yaml:1:7 date: /);
  });

  it('refuses changes named on the latest version, which has no next version to show them', () => {
    const lines = check(
      'diff',
      'strategies/sample-strategy/2.0',
      theme('    outcome: changed\n    changes:\n      - { section: move-more }\n'),
    );
    expect(lines).toMatchSnapshot();
    expect(lines[0]).toContain('2.0 is the latest version');
  });
});

describe('counts, ids, languages and dates', () => {
  it.each([
    ['a count with a decimal', 'responses:\n  - { channel: Survey, count: 12.5 }\n'],
    ['a count written with a comma', 'responses:\n  - { channel: Survey, count: "1,120" }\n'],
    ['a negative count', 'responses:\n  - { channel: Survey, count: -3 }\n'],
    ['a theme count with a decimal', 'responses: []\n'],
  ])('refuses %s', (name, responses) => {
    const fields = name.startsWith('a theme')
      ? '    count: 4.5\n    outcome: not-changed\n    response: No.\n'
      : '    outcome: not-changed\n    response: No.\n';
    const lines = check('diff', DIFF, `${responses}${theme(fields)}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/expected a whole number/);
    expect(lines).toMatchSnapshot();
  });

  it('refuses a theme raised by more responses than came in, a channel listed twice and an id used twice', () => {
    const yaml = [
      'responses:',
      '  - { channel: Survey, count: 10 }',
      '  - { channel: Events, count: 5 }',
      '  - { channel: Survey, count: 2 }',
      'themes:',
      '  - { id: a, title: One thing, count: 18, outcome: not-changed, response: No. }',
      '  - { id: a, title: Another thing, count: 17, outcome: not-changed, response: No. }',
      '',
    ].join('\n');
    expect(check('diff', DIFF, yaml)).toMatchSnapshot();
  });

  it('refuses a quote whose language is not a language code, and an outcome that is not one of the four', () => {
    const quotes = '    quotes:\n      - { text: Iechyd da., lang: welsh }\n';
    expect(check('diff', DIFF, theme(`${quotes}    outcome: done\n`))).toMatchSnapshot();
  });

  it("refuses a change with a misspelt field or both fields, a theme's misspelt field, and a file with no themes", () => {
    expect(
      check('diff', DIFF, theme('    outcome: changed\n    changes:\n      - { sectoin: move-more }\n')),
    ).toMatchSnapshot();
    expect(
      check(
        'diff',
        DIFF,
        theme('    outcome: changed\n    changes:\n      - { section: move-more, target: physical-inactivity }\n'),
      ),
    ).toMatchSnapshot();
    expect(check('diff', DIFF, theme('    outcome: not-changed\n    respons: We kept it.\n'))).toMatchSnapshot();
    expect(check('diff', DIFF, 'themes: []\n')).toMatchSnapshot();
  });

  it('refuses a publication date before the version it is about', () => {
    const lines = check(
      'diff',
      DIFF,
      `published: 2025-12-01\n${theme('    outcome: not-changed\n    response: No.\n')}`,
    );
    expect(lines).toEqual([
      `${DIFF}/consultation.yaml:1:12 published: found 2025-12-01; expected a date on or after 2026-01-10, the date of version 1.0`,
    ]);
  });

  it('locates every problem at its line and column', () => {
    const lines = check('diff', DIFF, theme('    outcome: changed\n    changes:\n      - { section: nowhere }\n'));
    expect(lines[0]).toMatch(/^strategies\/sample-strategy\/1\.0\/consultation\.yaml:6:20 /);
  });
});

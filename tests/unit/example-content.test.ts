/**
 * The example content passes the check, and broken copies of it fail with a
 * problem that names the file and the field: what a communications officer
 * would see after a slip of the keyboard.
 *
 * This is the one unit test that reads the example itself (content/ and data/
 * at the repository root), on purpose: it is what a new partnership copies.
 * Every other unit test reads tests/fixtures/, so an edit to the example
 * should need changes here only, and only where a case below names the text
 * it edits.
 */

import { type Dirs } from '../../src/lib/contract/site-model.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import { checkSite } from '../../src/lib/site/load.ts';
import { readabilityWarnings } from '../../src/lib/strategy/readability.ts';

const root = path.resolve(import.meta.dirname, '../..');
const example: Dirs = { contentDir: path.join(root, 'content'), dataDir: path.join(root, 'data') };
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the example content with one file edited. */
function broken(file: string, edit: (text: string) => string): Dirs {
  const dir = mkdtempSync(path.join(tmpdir(), 'example-'));
  temps.push(dir);
  const dirs = { contentDir: path.join(dir, 'content'), dataDir: path.join(dir, 'data') };
  cpSync(example.contentDir, dirs.contentDir, { recursive: true });
  cpSync(example.dataDir, dirs.dataDir, { recursive: true });
  cpSync(path.join(root, 'public'), path.join(dir, 'public'), { recursive: true });
  const target = path.join(dir, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`The edit to ${file} changed nothing: the example content has moved on`);
  writeFileSync(target, after);
  return dirs;
}

const KENT = 'content/strategies/kent-medway-integrated-care';
const HEALTHY = `${KENT}/8.0/06-healthy-living.mdx`;

describe('the example content', () => {
  it('passes the check with no problems at all', () => {
    const result = checkSite(example);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.content.strategies.map((s) => s.id)).toEqual([
      'kensington-chelsea-joint-strategy',
      'kent-medway-integrated-care',
      'leicester-health-care-wellbeing',
      'westminster-outcomes-framework',
    ]);
    expect(result.content.strategies[1]?.versions.map((v) => v.id)).toEqual(['7.1', '8.0']);
  });

  it('draws few readability warnings (at most 10), so the check stays worth reading', () => {
    expect(readabilityWarnings(checkSite(example).content).length).toBeLessThanOrEqual(10);
  });

  const cases: { kind: string; file: string; edit: (t: string) => string; problem: RegExp }[] = [
    {
      kind: 'a wrong type',
      file: 'data/indicators/physical-inactivity.json',
      edit: (t) => t.replace(/"value": 22\.3\b/, '"value": "n/a"'),
      problem:
        /^indicators\/physical-inactivity\.json:\d+:\d+ series\[\d+\]\.value, the \d+th value \(2021\/22, NHS Kent and Medway Integrated Care Board\): found "n\/a"; expected a number/,
    },
    {
      kind: 'a misspelt status',
      file: `${KENT}/8.0/version.yaml`,
      edit: (t) => t.replace('status: adopted', 'status: adoptd'),
      problem:
        /^strategies\/kent-medway-integrated-care\/8\.0\/version\.yaml:\d+:\d+ status: found "adoptd"; expected one of "draft"/,
    },
    {
      kind: 'a misspelt unit',
      file: 'data/indicators/alcohol-admissions.json',
      edit: (t) => t.replace('"unit": "per-100k"', '"unit": "per-100000"'),
      problem: /^indicators\/alcohol-admissions\.json:\d+:\d+ unit: found "per-100000"; expected one of "percent"/,
    },
    {
      kind: 'malformed YAML',
      file: `${KENT}/strategy.yaml`,
      edit: (t) => `${t}\norganisations: [Kent County Council\n`,
      problem: /^strategies\/kent-medway-integrated-care\/strategy\.yaml:\d+:\d+ found a YAML syntax error/,
    },
    {
      kind: 'malformed JSON',
      file: 'data/areas.json',
      edit: (t) => t.replace(/},(\s*){/, '}$1{'),
      problem: /^areas\.json:\d+:\d+ found a JSON syntax error/,
    },
    {
      kind: 'a missing required field',
      file: `${KENT}/8.0/version.yaml`,
      edit: (t) => t.replace(/^date:.*\n/m, ''),
      problem:
        /^strategies\/kent-medway-integrated-care\/8\.0\/version\.yaml:\d+:\d+ date: found nothing; expected a date/,
    },
    {
      kind: 'an unknown indicator',
      file: HEALTHY,
      edit: (t) => t.replace('indicator="physical-inactivity"', 'indicator="physical-inactivty"'),
      problem:
        /^strategies\/kent-medway-integrated-care\/8\.0\/06-healthy-living\.mdx:\d+:\d+ Target\.indicator: found "physical-inactivty"/,
    },
    {
      kind: 'an unknown area',
      file: `${KENT}/strategy.yaml`,
      edit: (t) => t.replace(/^area: .*$/m, 'area: E99999999'),
      problem:
        /^strategies\/kent-medway-integrated-care\/strategy\.yaml:\d+:\d+ area: found "E99999999"; expected an area id listed in areas\.json/,
    },
    {
      kind: 'a duplicate section id',
      file: `${KENT}/8.0/02-introduction.mdx`,
      edit: (t) => t.replace(/^title:/m, 'id: vision\ntitle:'),
      problem:
        /^strategies\/kent-medway-integrated-care\/8\.0\/0[23]-[a-z]+\.mdx:\d+:\d+ id: found "vision"; expected a section id used by no other section/,
    },
    {
      kind: 'an indicator id that is not its file name',
      file: 'data/indicators/alcohol-admissions.json',
      edit: (t) => t.replace('"id": "alcohol-admissions"', '"id": "alcohol-admission"'),
      problem:
        /^indicators\/alcohol-admissions\.json:\d+:\d+ id: found "alcohol-admission"; expected "alcohol-admissions"/,
    },
    {
      kind: 'a malformed period',
      file: HEALTHY,
      edit: (t) => t.replace('value={20} by="2028"', 'value={20} by="2028-2029"'),
      problem:
        /^strategies\/kent-medway-integrated-care\/8\.0\/06-healthy-living\.mdx:\d+:\d+ Target\.by: found "2028-2029"; expected pooled years written with a two-digit end/,
    },
    {
      kind: 'a Target whose sentence does not state its value',
      file: HEALTHY,
      edit: (t) => t.replace('value={20}', 'value={18}'),
      problem:
        /^strategies\/kent-medway-integrated-care\/8\.0\/06-healthy-living\.mdx:\d+:\d+ Target\.value: found a sentence that states 22\.3% and 20%, not 18%/,
    },
    {
      kind: 'a Target baseline that disagrees with the data',
      file: HEALTHY,
      edit: (t) => t.replace('baseline={22.3}', 'baseline={22.4}').replace('from 22.3% to 20%', 'from 22.4% to 20%'),
      problem:
        /06-healthy-living\.mdx:\d+:\d+ Target\.baseline: found 22\.4; expected the value in data\/indicators\/physical-inactivity\.json for E54000032 in 2021\/22, which is 22\.3/,
    },
  ];

  for (const c of cases) {
    it(`names the file and field for ${c.kind}`, () => {
      const result = checkSite(broken(c.file, c.edit));
      const lines = result.problems.map(formatProblem);
      expect(result.errors).toBeGreaterThan(0);
      expect(
        lines.some((line) => c.problem.test(line)),
        lines.join('\n'),
      ).toBe(true);
    });
  }

  /**
   * The mistakes of issue 16, each made on a copy of the example content: one
   * message, at the file and line of the slip, in words (the line is pinned by
   * the pattern). The build date is pinned in vitest.config.ts.
   */
  const KENSINGTON = 'content/strategies/kensington-chelsea-joint-strategy';
  const BEST_START = `${KENSINGTON}/1.0/06-best-start.mdx`;
  const INACTIVITY = 'data/indicators/physical-inactivity.json';
  const plain: { kind: string; file: string; edit: (t: string) => string; problem: RegExp }[] = [
    {
      kind: 'a Target whose sentence gives another year',
      file: HEALTHY,
      edit: (t) =>
        t.replace(
          'By 2028, the share of adults in Kent and Medway who are physically',
          'By 2030, the share of adults in Kent and Medway who are physically',
        ),
      problem:
        /^strategies\/kent-medway-integrated-care\/8\.0\/06-healthy-living\.mdx:48:1 Target\.by: found a sentence that says 2030, not 2028 \("By 2030, .* to 20%\."\); expected the period by="2028" stated in the sentence/,
    },
    {
      kind: 'a Target value that disagrees, for a rate per 100,000',
      file: HEALTHY,
      edit: (t) => t.replace('value={395}', 'value={359}'),
      problem:
        /06-healthy-living\.mdx:56:1 Target\.value: found a sentence that states 418\.7 per 100,000 and 395 per 100,000, not 359 per 100,000 \(".*to 395 per 100,000\."\); expected the target value=\{359\} stated in the sentence, as "to 359 per 100,000"/,
    },
    {
      kind: 'a promise written as a Measure',
      file: BEST_START,
      edit: (t) =>
        t.replace(
          'Fewer women smoke when they are pregnant.',
          'The share of women who smoke in pregnancy will fall from 26.4% to 23% by 2027.',
        ),
      problem:
        /^warning strategies\/kensington-chelsea-joint-strategy\/1\.0\/06-best-start\.mdx:29:44 promise: found a promise with a figure and a future year, in a <Measure>: .*; expected a <Target indicator="smoking-at-delivery" baseline=\{26\.4\} value=\{23\} by="2027">/,
    },
    {
      kind: 'a promise written as prose',
      file: BEST_START,
      edit: (t) =>
        t.replace(
          '## How will we know',
          'By 2028 we will cut smoking in pregnancy from 11.2% to 6%.\n\n## How will we know',
        ),
      problem:
        /^warning strategies\/kensington-chelsea-joint-strategy\/1\.0\/06-best-start\.mdx:26:1 promise: found a promise with a figure and a future year, in the text: "By 2028 we will cut smoking in pregnancy from 11\.2% to 6%\."; expected a <Target indicator="\.\.\." baseline=\{11\.2\} value=\{6\} by="2028">/,
    },
    {
      kind: 'the latest local figure without England',
      file: INACTIVITY,
      edit: (t) =>
        t.replace(
          '"series": [\n',
          '"series": [\n    { "period": "2024/25", "area": "E54000032", "value": 21, "lower": 20.1, "upper": 21.9 },\n',
        ),
      problem:
        /^warning indicators\/physical-inactivity\.json:24:5 series\[0\], the 1st value \(2024\/25, NHS Kent and Medway Integrated Care Board\): found a value for NHS Kent and Medway Integrated Care Board in 2024\/25, the latest period, but none for England, the benchmark; expected a value for England in 2024\/25 added to series/,
    },
    {
      kind: 'a nextUpdate in the past',
      file: INACTIVITY,
      edit: (t) => t.replace('"nextUpdate": "2027-05-04"', '"nextUpdate": "2026-05-04"'),
      problem: /^warning indicators\/physical-inactivity\.json:13:17 nextUpdate: found 2026-05-04, which has passed/,
    },
    {
      kind: 'a target whose period has ended with no figure for it',
      file: 'data/indicators/smi-physical-health-checks.json',
      edit: (t) => t.replace('  "nextUpdate": "2027-05-04",\n', ''),
      problem:
        /^warning strategies\/westminster-outcomes-framework\/1\.0\/04-mental-wellbeing\.mdx:10:\d+ Target\.by: found "2025\/26", which ended on 31 March 2026, and data\/indicators\/smi-physical-health-checks\.json has no value for Westminster for 2025\/26 or later/,
    },
    {
      kind: 'a date with month 13',
      file: `${KENT}/8.0/version.yaml`,
      edit: (t) => t.replace('date: 2023-12-06', 'date: 2023-13-06'),
      problem:
        /^strategies\/kent-medway-integrated-care\/8\.0\/version\.yaml:1:7 date: found "2023-13-06"; expected a date that exists: there is no month 13/,
    },
    {
      kind: 'a date of 30 February',
      file: `${KENSINGTON}/strategy.yaml`,
      edit: (t) => t.replace(/opens: \d{4}-\d{2}-\d{2}/, 'opens: 2026-02-30'),
      problem:
        /^strategies\/kensington-chelsea-joint-strategy\/strategy\.yaml:\d+:\d+ consultation\.opens: found "2026-02-30"; expected a date that exists: there is no 30 February 2026/,
    },
    {
      kind: 'a YAML quote never closed, where it opens',
      file: 'content/site.yaml',
      edit: (t) => t.replace('phone: "020 7946 0120"', 'phone: "020 7946 0120'),
      problem:
        /^site\.yaml:9:10 phone: found a " that opens this value and is not closed on this line, .*; expected a closing " at the end of the value, like phone: "020 7946 0120"$/,
    },
    {
      kind: 'a hashtag that YAML would cut off',
      file: 'content/updates/2026-11-02-kensington-chelsea-consultation-opens.mdx',
      edit: (t) => t.replace('until 31 January 2027.', 'until 31 January 2027. #HaveYourSay'),
      problem:
        /^warning updates\/2026-11-02-kensington-chelsea-consultation-opens\.mdx:3:\d+ summary: found text cut short at "#HaveYourSay".*; expected the whole value in double quotes/,
    },
    {
      kind: 'a colon in a partner name',
      file: `${KENT}/strategy.yaml`,
      edit: (t) => t.replace('  - Medway Council\n', '  - Medway Council: Public Health\n'),
      problem:
        /^strategies\/kent-medway-integrated-care\/strategy\.yaml:8:5 organisations\[1\], the 2nd organisation: found "Medway Council: Public Health", which YAML reads as a field and its value because of the ": "; expected an organisation name: put the whole value in double quotes/,
    },
    {
      kind: 'one indentation slip',
      file: 'content/site.yaml',
      edit: (t) => t.replace('  phone:', '   phone:'),
      problem: /^site\.yaml:9:4 phone: found a line indented 3 spaces, more than the line before it/,
    },
    {
      kind: 'a < before a number in the text',
      file: BEST_START,
      edit: (t) => t.replace('## How will we know', 'Help for parents aged <18.\n\n## How will we know'),
      problem:
        /^strategies\/kensington-chelsea-joint-strategy\/1\.0\/06-best-start\.mdx:26:23 found "<18": in MDX, < starts a component, like <Target>; expected words instead, like "under 18"/,
    },
    {
      kind: 'an address in angle brackets',
      file: BEST_START,
      edit: (t) =>
        t.replace('## How will we know', 'See <https://www.example.org/start> for more.\n\n## How will we know'),
      problem:
        /06-best-start\.mdx:26:5 found a link written in angle brackets, <https:\/\/www\.example\.org\/start>: in MDX, < starts a component/,
    },
  ];

  for (const c of plain) {
    it(`gives one plain message for ${c.kind}`, () => {
      const lines = checkSite(broken(c.file, c.edit)).problems.map(formatProblem);
      expect(lines, lines.join('\n')).toHaveLength(1);
      expect(lines[0]).toMatch(c.problem);
      expect(lines[0]).not.toMatch(/acorn|U\+[0-9A-F]{4}|Unexpected|YAML syntax error/);
    });
  }

  it('fails npm run check with exit code 1 and prints the problem', () => {
    const dirs = broken(HEALTHY, (t) => t.replace('value={20}', 'value={18}'));
    const run = spawnSync('npx', ['--no-install', 'node', 'scripts/check.ts'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: dirs.contentDir, DATA_DIR: dirs.dataDir },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /06-healthy-living\.mdx:\d+:\d+ Target\.value: found a sentence that states 22\.3% and 20%, not 18%/,
    );
  });
});

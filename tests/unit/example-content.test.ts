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

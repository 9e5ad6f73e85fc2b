/**
 * npm run new-version: the lib on temporary copies of the good fixture (whose
 * sample strategy has versions 1.0, 1.9 and 1.10), and the command itself once
 * each way.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { editVersionYaml, newVersion, nextVersions } from '../../src/lib/authoring/new-version.ts';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import { checkSite } from '../../src/lib/site/load.ts';
import { FIXTURES, overlay, type OverlayDirs } from './overlay.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMMENTED = path.join(FIXTURES, 'authoring', 'commented-version');
const DATE = '2026-11-23';

const copies: OverlayDirs[] = [];
afterAll(() => {
  for (const copy of copies) copy.cleanup();
});
function copy(kind = COMMENTED): OverlayDirs {
  const dirs = overlay(kind);
  copies.push(dirs);
  return dirs;
}
const strategyDir = (dirs: OverlayDirs) => path.join(dirs.contentDir, 'strategies', 'sample-strategy');
/** Every file under a folder with its text, to prove a refusal changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const abs = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, abs)] = readFileSync(abs, 'utf8');
    }
  }
  return out;
}

describe('newVersion', () => {
  it("leaves out the earlier version's consultation.yaml: what people said was about that version", () => {
    const dirs = copy();
    const consulted = path.join(strategyDir(dirs), '1.10', 'consultation.yaml');
    writeFileSync(consulted, 'themes: []\n');
    const result = newVersion({
      contentDir: dirs.contentDir,
      strategyId: 'sample-strategy',
      versionId: '1.11',
      date: DATE,
    });
    expect(result.ok).toBe(true);
    expect(existsSync(path.join(strategyDir(dirs), '1.11', 'consultation.yaml'))).toBe(false);
    expect(existsSync(consulted)).toBe(true);
  });

  it('copies the latest version (1.10, not 1.9) to a draft dated today, keeping comments', () => {
    const dirs = copy();
    const result = newVersion({
      contentDir: dirs.contentDir,
      strategyId: 'sample-strategy',
      versionId: '1.11',
      date: DATE,
    });
    expect(result).toMatchObject({ ok: true, from: '1.10', to: '1.11', replacedNote: true });
    const dir = path.join(strategyDir(dirs), '1.11');
    expect(readdirSync(dir).sort()).toEqual(['01-foreword.mdx', '02-move-more.mdx', 'version.yaml']);
    expect(readFileSync(path.join(dir, '02-move-more.mdx'), 'utf8')).toBe(
      readFileSync(path.join(strategyDir(dirs), '1.10', '02-move-more.mdx'), 'utf8'),
    );
    expect(readFileSync(path.join(dir, 'version.yaml'), 'utf8')).toBe(
      [
        '# The version the board adopted. Keep the date as YYYY-MM-DD.',
        'date: 2026-11-23',
        'status: draft # change to superseded when a later version is adopted',
        'note: >-',
        '  A draft based on version 1.10.',
        '',
      ].join('\n'),
    );
    // No temporary folder is left behind, and the result passes the check.
    expect(readdirSync(strategyDir(dirs)).filter((n) => n.startsWith('.'))).toEqual([]);
    const check = checkSite(dirs);
    expect(check.problems.map(formatProblem)).toEqual([]);
    expect(check.content.strategies[0]?.versions.map((v) => [v.id, v.status])).toEqual([
      ['1.0', 'superseded'],
      ['1.9', 'superseded'],
      ['1.10', 'adopted'],
      ['1.11', 'draft'],
    ]);
  });

  it('accepts a new major version', () => {
    const dirs = copy();
    const result = newVersion({
      contentDir: dirs.contentDir,
      strategyId: 'sample-strategy',
      versionId: '2.0',
      date: DATE,
    });
    expect(result.ok).toBe(true);
    expect(existsSync(path.join(strategyDir(dirs), '2.0', 'version.yaml'))).toBe(true);
  });

  const refusals: [string, string, string, RegExp][] = [
    ['an existing folder', 'sample-strategy', '1.9', /1\.9 already exists\. Nothing was changed/],
    ['the latest version itself', 'sample-strategy', '1.10', /already exists/],
    [
      'a lower version',
      'sample-strategy',
      '1.5',
      /1\.5 does not come after the latest version, 1\.10\..*1\.11 or 2\.0/,
    ],
    ['the same number written longer', 'sample-strategy', '1.10.0', /does not come after the latest version, 1\.10/],
    ['a name that is not a version', 'sample-strategy', 'v2', /"v2" cannot be a version folder name/],
    ['a leading zero', 'sample-strategy', '1.011', /"1\.011" cannot be a version folder name.*without leading zeros/],
    ['a path', 'sample-strategy', '../2.0', /cannot be a version folder name/],
    ['an unknown strategy', 'sample-strategey', '2.0', /no strategy "sample-strategey".*Use one of: sample-strategy\./],
  ];
  it.each(refusals)('refuses %s and changes nothing', (_, strategyId, versionId, message) => {
    const dirs = copy();
    const before = snapshot(dirs.contentDir);
    const result = newVersion({ contentDir: dirs.contentDir, strategyId, versionId, date: DATE });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    expect(snapshot(dirs.contentDir)).toEqual(before);
  });

  it('refuses to copy a version.yaml that cannot be read', () => {
    expect(editVersionYaml('date: [2024\n', '1.0', DATE)).toMatchObject({ ok: false });
    expect(editVersionYaml('- a list\n', '1.0', DATE)).toMatchObject({ ok: false });
  });

  it('suggests the next minor and major versions', () => {
    expect(nextVersions('8.0')).toEqual(['8.1', '9.0']);
    expect(nextVersions('7.9')).toEqual(['7.10', '8.0']);
    expect(nextVersions('3')).toEqual(['3.1', '4.0']);
  });
});

describe('npm run new-version', () => {
  // The node running the tests can run .ts files itself from 22.6 on; else npx node (Node 24).
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const node = major > 22 || (major === 22 && minor >= 6) ? [process.execPath] : ['npx', '--no-install', 'node'];
  const run = (dirs: OverlayDirs, ...args: string[]) =>
    spawnSync(node[0] ?? 'node', [...node.slice(1), 'scripts/new-version.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dirs.contentDir, DATA_DIR: dirs.dataDir },
      timeout: 30_000,
    });

  it('says what it did and what to do next, then refuses to do it again', () => {
    const dirs = copy();
    const first = run(dirs, 'sample-strategy', '1.11', '--date', DATE);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Created .*sample-strategy\/1\.11\/ as a copy of version 1\.10 \(3 files\)/);
    expect(first.stdout).toContain('/strategies/sample-strategy/compare/1.10/1.11/');
    const second = run(dirs, 'sample-strategy', '1.11');
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already exists\. Nothing was changed/);
  });
});

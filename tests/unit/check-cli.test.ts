/**
 * `npm run check` as an author runs it: a real process, with CONTENT_DIR and
 * DATA_DIR pointing at a fixture. Spawns cost about a second each, so there
 * are three.
 */

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { goodDirs, overlay, type OverlayDirs } from './overlay.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The node running the tests, when it can run .ts files itself (22.6 and later); else npx node. */
function nodeCommand(): { command: string; args: string[] } {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 6)) return { command: process.execPath, args: [] };
  return { command: 'npx', args: ['--no-install', 'node'] };
}

function check(dirs: { contentDir: string; dataDir: string }) {
  const { command, args } = nodeCommand();
  const run = spawnSync(command, [...args, path.join('scripts', 'check.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: dirs.contentDir, DATA_DIR: dirs.dataDir, NO_COLOR: '1' },
    timeout: 30_000,
  });
  const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
  return { status: run.status, stdout: lines(run.stdout), stderr: lines(run.stderr) };
}

const copies: OverlayDirs[] = [];
afterAll(() => {
  for (const copy of copies) copy.cleanup();
});

describe('npm run check', () => {
  it('exits 0 and prints one summary line for good content', () => {
    const run = check(goodDirs());
    expect(run.stderr).toEqual([]);
    expect(run.stdout).toEqual([
      'Content OK: 1 strategy, 3 versions, 6 sections, 3 targets, 2 indicators, 9 values, 2 areas, 1 update.',
    ]);
    expect(run.status).toBe(0);
  });

  it('exits 0 with warnings, printing each, then what they are, then the summary', () => {
    const copy = overlay('promise');
    copies.push(copy);
    const run = check(copy);
    expect(run.stdout).toHaveLength(4);
    expect(run.stdout[0]).toMatch(/^warning strategies\/sample-strategy\/1\.10\/02-move-more\.mdx:8:35 promise: /);
    expect(run.stdout[1]).toMatch(/^warning strategies\/sample-strategy\/1\.10\/02-move-more\.mdx:19:44 promise: /);
    expect(run.stdout[2]).toMatch(/^2 warnings about promises, figures or text that would mislead a reader: /);
    expect(run.stdout.at(-1)).toMatch(/, 2 warnings\.$/);
    expect(run.status).toBe(0);
  });

  it('exits 1 and prints one line per problem, then what to do', () => {
    const copy = overlay('unknown-indicator');
    copies.push(copy);
    const run = check(copy);
    expect(run.stdout).toEqual([
      'strategies/sample-strategy/1.10/02-move-more.mdx:10:9 Target.indicator: found "physical-inactivty"; expected an indicator with a file data/indicators/physical-inactivty.json',
      'strategies/sample-strategy/1.10/02-move-more.mdx:16:12 Measure.indicator: found "smoking-prevalence"; expected an indicator with a file data/indicators/smoking-prevalence.json',
    ]);
    expect(run.stderr.join('\n')).toContain('2 problems found');
    expect(run.status).toBe(1);
  });

  it('refuses a consultation theme that says a section changed when it did not', () => {
    const copy = overlay('consultation-claim');
    copies.push(copy);
    const run = check(copy);
    expect(run.stdout[0]).toBe(
      'strategies/sample-strategy/1.9/consultation.yaml:12:20 themes[0].changes[0].section, the 1st change in the 1st theme ("The alcohol target is not realistic"): ' +
        "found theme 'alcohol-target' says section 'move-more' changed, but it is the same in 1.10 as in 1.9; expected a section whose text differs between the two versions (if the draft already covered this, use outcome \"already-covered\")",
    );
    expect(run.stdout).toHaveLength(2);
    expect(run.status).toBe(1);
  });
});

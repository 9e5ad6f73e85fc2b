/**
 * npm run import-document, the command: the seed documents imported into
 * temporary copies of the good fixture, then `npm run check` on the result,
 * as an author would run them. The report on word-features.docx is
 * snapshotted: it is what an author reads.
 */

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES, temporaryCopies, type OverlayDirs } from './overlay.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCX = path.join(FIXTURES, 'docx');

/** A fresh temporary copy of the good fixture. */
const site = temporaryCopies();

// The node running the tests can run .ts files itself from 22.6 on; else npx node (Node 24).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const node = major > 22 || (major === 22 && minor >= 6) ? [process.execPath] : ['npx', '--no-install', 'node'];
function run(dirs: OverlayDirs, script: string, ...args: string[]) {
  return spawnSync(node[0] ?? 'node', [...node.slice(1), script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: dirs.contentDir, DATA_DIR: dirs.dataDir },
    timeout: 60_000,
  });
}
const importDocument = (dirs: OverlayDirs, ...args: string[]) => run(dirs, 'scripts/import-document.ts', ...args);
const check = (dirs: OverlayDirs) => run(dirs, 'scripts/check.ts');
const errors = (output: string) => output.split('\n').filter((l) => /^strategies\//.test(l));

describe('npm run import-document', () => {
  it('imports the 20-page Kensington and Chelsea draft into a version that passes the check once its one picture is described', () => {
    const dirs = site();
    const docx = path.join(DOCX, 'kensington-chelsea-draft.docx');
    const imported = importDocument(
      dirs,
      docx,
      '--strategy',
      'kensington-chelsea',
      '--version',
      '1.0',
      '--date',
      '2026-11-23',
    );
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(
      /^Read kensington-chelsea-draft\.docx \("Kensington & Chelsea Joint Health and Wellbeing Strategy 2016-2021"\): 15 sections, 2 tables, 2 pictures, 4 footnotes\./,
    );

    const before = check(dirs);
    expect(before.status).toBe(1);
    expect(errors(before.stdout)).toEqual([
      'strategies/kensington-chelsea/1.0/14-appendix-a-outcomes-based-commissioning.mdx:15:1 image.alt: found an image with no alternative text (![](./images/image-2.png)); expected words between the square brackets saying what the image shows, like ![Map of the six wards](map.png)',
    ]);
    // The import named that line; the author describes the picture there.
    expect(imported.stdout).toContain(errors(before.stdout)[0]);
    const file = path.join(
      dirs.contentDir,
      'strategies/kensington-chelsea/1.0/14-appendix-a-outcomes-based-commissioning.mdx',
    );
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '![](./images/image-2.png)',
        '![The five outcome domains](./images/image-2.png)',
      ),
    );
    const after = check(dirs);
    expect(after.stdout).toMatch(/Content OK: 2 strategies, 4 versions, 21 sections/);
    expect(after.status).toBe(0);
  });

  it('imports the Kent strategy into a version that passes the check as it is, and will not import it twice', () => {
    const dirs = site();
    const docx = path.join(DOCX, 'kent-outcomes.docx');
    const args = [docx, '--strategy', 'kent', '--version', '1.0'];
    expect(importDocument(dirs, ...args).status).toBe(0);
    const checked = check(dirs);
    expect(errors(checked.stdout)).toEqual([]);
    expect(checked.status).toBe(0);

    const files = () => readdirSync(path.join(dirs.contentDir, 'strategies', 'kent'), { recursive: true }).sort();
    const before = files();
    const again = importDocument(dirs, ...args);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/kent\/1\.0 already exists\. Nothing was changed: choose a new version/);
    expect(files()).toEqual(before);
  });

  it('tells the author what it could not carry, what to fix and which promises to track', () => {
    const dirs = site();
    const docx = path.join(DOCX, 'word-features.docx');
    const result = importDocument(dirs, docx, '--strategy', 'features', '--version', '1.0', '--date', '2026-11-23');
    expect(result.status).toBe(0);
    const shown = path.relative(ROOT, dirs.contentDir);
    expect(result.stdout.split(shown).join('<content>')).toMatchSnapshot();
  });

  const refusals: [string, string[], RegExp][] = [
    ['no --strategy', ['x.docx', '--version', '1.0'], /^Usage: npm run import-document/],
    [
      'a file that is not there',
      ['missing.docx', '--strategy', 'x', '--version', '1.0'],
      /missing\.docx: no such file/,
    ],
    [
      'a file that is not a .docx',
      [path.join(DOCX, 'README.md'), '--strategy', 'x', '--version', '1.0'],
      /expected a Word document ending in \.docx/,
    ],
    [
      'a date that is not one',
      [path.join(DOCX, 'kent-outcomes.docx'), '--strategy', 'x', '--version', '1.0', '--date', '23/11/2026'],
      /--date 23\/11\/2026: expected a date written as YYYY-MM-DD/,
    ],
  ];
  it.each(refusals)('refuses %s', (_, args, message) => {
    const result = importDocument(site(), ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});

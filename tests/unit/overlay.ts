/**
 * Test content built from the good fixture plus a small overlay: each folder
 * in tests/fixtures/bad/<kind>/ holds only the files that differ from
 * tests/fixtures/good/ (same layout: content/... and data/...), so a reader
 * sees at a glance what makes that case bad. A `.delete` file in the overlay
 * lists paths (one a line, relative to the overlay root) to remove from the
 * copy, for "missing file" cases.
 */

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const GOOD = path.join(FIXTURES, 'good');
export const BAD = path.join(FIXTURES, 'bad');

export interface OverlayDirs {
  /** The temporary copy's root (holds content/ and data/). */
  readonly root: string;
  readonly contentDir: string;
  readonly dataDir: string;
  /** Removes the temporary copy. */
  cleanup(): void;
}

/** The good fixture, unchanged, read in place (nothing to clean up). */
export function goodDirs(): { contentDir: string; dataDir: string } {
  return { contentDir: path.join(GOOD, 'content'), dataDir: path.join(GOOD, 'data') };
}

/**
 * Copies the good fixture into a fresh temporary folder and lays
 * tests/fixtures/bad/<kind>/ over it. `kind` may also be an absolute path to
 * an overlay folder.
 */
export function overlay(kind: string): OverlayDirs {
  const source = path.isAbsolute(kind) ? kind : path.join(BAD, kind);
  if (!existsSync(source)) throw new Error(`No overlay folder ${source}`);
  const root = mkdtempSync(path.join(os.tmpdir(), `strategy-site-${path.basename(source)}-`));
  cpSync(GOOD, root, { recursive: true });
  const deletions = path.join(source, '.delete');
  cpSync(source, root, { recursive: true, filter: (from) => from !== deletions });
  if (existsSync(deletions)) {
    for (const line of readFileSync(deletions, 'utf8').split('\n')) {
      const rel = line.trim();
      if (rel === '' || rel.startsWith('#')) continue;
      const target = path.resolve(root, rel);
      // Never let a typo in a .delete file reach outside the temporary copy.
      if (!target.startsWith(root + path.sep)) throw new Error(`.delete names a path outside the copy: ${rel}`);
      rmSync(target, { recursive: true, force: true });
    }
  }
  return {
    root,
    contentDir: path.join(root, 'content'),
    dataDir: path.join(root, 'data'),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * A maker of fresh temporary copies (of the good fixture, or laid over it as
 * `overlay` does), each removed once the test file's tests have run.
 */
export function temporaryCopies(kind: string = GOOD): () => OverlayDirs {
  const made: OverlayDirs[] = [];
  afterAll(() => {
    for (const dirs of made) dirs.cleanup();
  });
  return () => {
    const dirs = overlay(kind);
    made.push(dirs);
    return dirs;
  };
}

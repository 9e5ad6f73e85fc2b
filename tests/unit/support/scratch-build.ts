/**
 * A small build folder written file by file in a temporary directory, for the
 * tests of tests/support/: each test file lays out just the pages and assets
 * its cases need. Removed after the file's tests.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export interface ScratchBuild {
  readonly dir: string;
  /** Writes `file` (a path inside the build, with `/`), making its folders. */
  write(file: string, content?: string | Buffer): void;
}

export function scratchBuild(name: string): ScratchBuild {
  const dir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(file, content = '') {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    },
  };
}

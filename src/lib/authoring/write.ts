/**
 * Writing several files as one change: each is written to a temporary file
 * beside it, then all are renamed into place; should a rename fail, the files
 * already replaced are put back as they were. A reader never sees half a
 * file, and an import never leaves areas.json updated without its indicator.
 */

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface FileWrite {
  /** The file to write, absolute. */
  readonly target: string;
  /** Its new text. */
  readonly text: string;
}

/** A dot-name beside the target: the loader skips dot-files, should a crash ever leave one behind. */
function temporaryFor(target: string, n: number): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${n}.tmp`);
}

export function writeAll(files: readonly FileWrite[]): void {
  const temporaries = files.map((f, i) => temporaryFor(f.target, i));
  const originals = files.map((f) => (existsSync(f.target) ? readFileSync(f.target, 'utf8') : undefined));
  const renamed: number[] = [];
  try {
    files.forEach((f, i) => {
      mkdirSync(path.dirname(f.target), { recursive: true });
      writeFileSync(temporaries[i] ?? '', f.text);
    });
    files.forEach((f, i) => {
      renameSync(temporaries[i] ?? '', f.target);
      renamed.push(i);
    });
  } catch (error) {
    for (const i of renamed.reverse()) {
      const f = files[i];
      const original = originals[i];
      if (!f) continue;
      if (original === undefined) rmSync(f.target, { force: true });
      else writeFileSync(f.target, original);
    }
    for (const t of temporaries) rmSync(t, { force: true });
    throw error;
  }
}

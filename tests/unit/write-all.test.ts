/** Writing an import's files as one change: all of them, or none (authoring/write.ts). */

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAll } from '../../src/lib/authoring/write.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'write-all-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeAll', () => {
  it('writes every file, creating folders, and leaves no temporary file', () => {
    const dir = path.join(root, 'ok');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'areas.json'), 'old');
    writeAll([
      { target: path.join(dir, 'areas.json'), text: 'new areas' },
      { target: path.join(dir, 'indicators', 'x.json'), text: 'new x' },
    ]);
    expect(readFileSync(path.join(dir, 'areas.json'), 'utf8')).toBe('new areas');
    expect(readFileSync(path.join(dir, 'indicators', 'x.json'), 'utf8')).toBe('new x');
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('puts back the files it had replaced when a later one cannot be written', () => {
    const dir = path.join(root, 'fails');
    mkdirSync(path.join(dir, 'indicators', 'x.json'), { recursive: true });
    writeFileSync(path.join(dir, 'areas.json'), 'old areas');
    // The second target is a folder, so renaming a file over it fails after areas.json was replaced.
    expect(() =>
      writeAll([
        { target: path.join(dir, 'areas.json'), text: 'new areas' },
        { target: path.join(dir, 'new.json'), text: 'new' },
        { target: path.join(dir, 'indicators', 'x.json'), text: 'new x' },
      ]),
    ).toThrow();
    expect(readFileSync(path.join(dir, 'areas.json'), 'utf8')).toBe('old areas');
    expect(readdirSync(dir).sort()).toEqual(['areas.json', 'indicators']);
    expect(readdirSync(path.join(dir, 'indicators')).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

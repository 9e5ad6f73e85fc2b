/**
 * The same input builds byte-identical output: `root` and `again` are two
 * builds of the same content, one after the other. `root` builds with the
 * build cache empty and `again` reads every chart, comparison and parsed
 * section from what `root` stored (tests/support/builds.ts), so this also
 * proves a warm build byte-identical to a cold one.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDir } from '../support/builds.ts';
import { listFiles } from '../support/files.ts';

const MAX_REPORTED = 10;

/** Where two buffers first differ, with a little text either side. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const excerpt = (buffer: Buffer): string =>
    JSON.stringify(buffer.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `sizes ${a.length} and ${b.length}, first difference at byte ${i}\n      root:  ${excerpt(a)}\n      again: ${excerpt(b)}`;
}

describe('determinism', () => {
  const rootDir = buildDir('root');
  const againDir = buildDir('again');

  it('builds the same set of files twice', () => {
    const root = listFiles(rootDir);
    const again = listFiles(againDir);
    const inRoot = new Set(root);
    const inAgain = new Set(again);
    const onlyRoot = root.filter((f) => !inAgain.has(f));
    const onlyAgain = again.filter((f) => !inRoot.has(f));
    expect(root.length, 'the root build is empty').toBeGreaterThan(0);
    const listed = (files: string[]): string =>
      files.slice(0, MAX_REPORTED).join(', ') + (files.length > MAX_REPORTED ? `, ... (${files.length} in all)` : '');
    expect(
      onlyRoot.length + onlyAgain.length,
      `files in one build but not the other:\n  only in root: ${listed(onlyRoot)}\n  only in again: ${listed(onlyAgain)}`,
    ).toBe(0);
  });

  it('builds `again` from the cache `root` filled: nothing drawn, compared, parsed or rendered twice', () => {
    /** The build's closing line on its cache, as "kind M made, R read" pairs. */
    const cacheLine = (dir: string): Map<string, { made: number; read: number }> => {
      const log = readFileSync(`${dir}.log`, 'utf8');
      const line = /Build cache \(.*?\): (.*)\.$/m.exec(log)?.[1] ?? '';
      return new Map(
        [...line.matchAll(/(\w+) (\d+) made, (\d+) read/g)].map((m) => [
          m[1] ?? '',
          { made: Number(m[2]), read: Number(m[3]) },
        ]),
      );
    };
    const cold = cacheLine(rootDir);
    const warm = cacheLine(againDir);
    // pages: the indicator pages, copied from the cache instead of rendered (src/lib/core/page-cache.ts).
    for (const kind of ['charts', 'diffs', 'mdx', 'pages']) {
      expect(cold.get(kind)?.made, `root made no ${kind}: is the build cache used?`).toBeGreaterThan(0);
      expect(warm.get(kind), `again's ${kind}`).toMatchObject({ made: 0 });
      expect(warm.get(kind)?.read, `again read no ${kind}`).toBeGreaterThan(0);
    }
  });

  it('builds every file byte for byte the same', () => {
    const again = new Set(listFiles(againDir));
    const differing: string[] = [];
    let compared = 0;
    for (const file of listFiles(rootDir)) {
      if (!again.has(file)) continue;
      compared++;
      const a = readFileSync(path.join(rootDir, file));
      const b = readFileSync(path.join(againDir, file));
      if (!a.equals(b)) differing.push(`  ${file}: ${firstDifference(a, b)}`);
    }
    const shown = differing.slice(0, MAX_REPORTED);
    const more = differing.length > MAX_REPORTED ? [`  ... and ${differing.length - MAX_REPORTED} more`] : [];
    expect(
      differing.length,
      `${differing.length} of ${compared} files differ between two builds of the same input:\n${[...shown, ...more].join('\n')}`,
    ).toBe(0);
  });
});

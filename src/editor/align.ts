/** Lining up two lists (old and new): the longest common subsequence as steps. */

export type Step =
  { kind: 'keep'; old: number; new: number } | { kind: 'remove'; old: number } | { kind: 'add'; new: number };

/**
 * Keep, remove and add steps that turn `before` into `after`. Where both are
 * possible a removal comes before an addition, so an item that changed shows
 * as a removal followed by its addition (callers edit it in place).
 */
export function align<T, U>(before: readonly T[], after: readonly U[], same: (a: T, b: U) => boolean): Step[] {
  const n = before.length;
  const m = after.length;
  const equal = (i: number, j: number): boolean => same(before[i] as T, after[j] as U);
  // lengths[i][j]: the longest common subsequence of before[i..] and after[j..].
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  const at = (i: number, j: number): number => (lengths[i] as Uint32Array)[j] as number;
  for (let i = n - 1; i >= 0; i--) {
    const row = lengths[i] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) row[j] = equal(i, j) ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && equal(i, j)) steps.push({ kind: 'keep', old: i++, new: j++ });
    else if (i < n && (j === m || at(i + 1, j) >= at(i, j + 1))) steps.push({ kind: 'remove', old: i++ });
    else steps.push({ kind: 'add', new: j++ });
  }
  return steps;
}

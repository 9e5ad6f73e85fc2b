/**
 * Version ids are folder names such as "7.1", "8.0" or "10.2": always strings,
 * compared part by part as whole numbers, so 7.10 follows 7.9 and 8.0 follows
 * 7.10. A YAML parser would turn 8.0 into 8, which is why the folder name,
 * never a YAML value, is the version.
 */

const VERSION_RE = /^\d+(\.\d+)*$/;

export const VERSION_EXPECTED = 'a version made of numbers separated by dots, like 7.1 or 8.0';

export function isVersionId(id: string): boolean {
  return VERSION_RE.test(id);
}

/** Sort order of two version ids (negative: `a` is older), for `Array.prototype.sort`. */
export function versionOrder(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  const length = Math.max(pa.length, pb.length);
  for (let i = 0; i < length; i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x - y;
  }
  // "8" and "8.0" are equal as numbers; keep the order total and stable.
  return pa.length - pb.length;
}

/** Items sorted oldest version first, by the version id `id` gives. */
export function sortVersions<T>(items: readonly T[], id: (item: T) => string): T[] {
  return [...items].sort((a, b) => versionOrder(id(a), id(b)));
}

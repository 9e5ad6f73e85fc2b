/**
 * The version of the code behind each kind of result kept in the build cache
 * (core/build-cache.ts), as part of every entry's name, so that changing the
 * code renames (and so recomputes) what it made. Each is the start of a
 * SHA-256 over the source of the module that makes the result and every lib
 * module it imports (line ends as LF), leaving out this file and the cache
 * itself. tests/unit/build-cache.test.ts works them out again and, when one
 * is stale, says what to write here.
 */
export const CODE_VERSIONS = {
  /** indicators/charts/render.ts and what it imports: a spec to SVG and compiled Vega. */
  charts: '5c6ec1c3d9fa7fb3',
  /** diff/compare.ts and what it imports: two versions compared. */
  diffs: '040f49b2b29eef56',
  /** mdx/parse.ts: an MDX body to its tree and components. */
  mdx: '127e0c42f8fe64e2',
} as const;

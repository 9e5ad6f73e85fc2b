/** Moved to src/lib/built so that the benchmarks can use it too. */
export * from '../../src/lib/built/page-kinds.ts';

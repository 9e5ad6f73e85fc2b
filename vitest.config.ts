import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit`: tests of src/lib and components, in Node.
 * - `site`: tests of the built site. Its globalSetup checks and builds every
 *   variant into .cache/test-builds/ first (tests/support/builds.ts); the
 *   files then run one after another in one worker, since they share one
 *   Chromium-heavy machine and the builds.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some unit tests run a command (npm run check, import-indicator) in a
          // child process; on a busy 2-core machine, with the site builds running
          // beside them, that takes longer than vitest's default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          maxWorkers: 1,
          // Browser tests marked concurrent (axe) run two pages at a time: one per core.
          maxConcurrency: 2,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

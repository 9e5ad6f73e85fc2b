import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit`: tests of src/lib and components, in Node. Astro's Vite plugins
 *   compile .astro files, so tests can draw components with the Container
 *   API. `configFile: false` keeps astro.config.mjs's integrations (the dev
 *   server's content watch and its check) out of test runs; the dev toolbar
 *   is off, or every element gets data-astro-source attributes.
 * - `site`: tests of the built site. Its globalSetup checks and builds every
 *   variant into .cache/test-builds/ first (tests/support/builds.ts); the
 *   files then run one after another in one worker, since they share one
 *   Chromium-heavy machine and the builds.
 */
export default defineConfig({
  test: {
    projects: [
      async (env) => {
        const config = await getViteConfig(
          {
            test: {
              name: 'unit',
              include: ['tests/unit/**/*.test.ts'],
              environment: 'node',
              // Some unit tests run a command (npm run check, import-indicator) in a
              // child process; on a busy 2-core machine, with the site builds running
              // beside them, that takes longer than vitest's default 5 s.
              testTimeout: 30_000,
              // The check judges some dates against the build date (a nextUpdate that has passed, a
              // target whose period has ended): pinned, so that fixtures never go stale. Child
              // processes inherit it. Tests of the build date itself pass their own env.
              env: { BUILD_DATE: '2026-11-30' },
            },
          },
          { configFile: false, devToolbar: { enabled: false }, logLevel: 'warn' },
        )(env);
        // Vitest copies each `import.meta.env.*` define into the main process's
        // environment, where the site project's builds would inherit Astro's
        // BASE_URL=/ and ignore BASE_PATH. Vite gives tests BASE_URL without it.
        const define = Object.entries(config.define ?? {}).filter(([key]) => !key.startsWith('import.meta.env.'));
        return { ...config, define: Object.fromEntries(define) };
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

import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

/**
 * BASE_PATH serves the site under a sub-path (/health/); OUT_DIR builds
 * somewhere other than dist/ (the browser tests build several variants);
 * ASTRO_CACHE_DIR keeps one build's cache apart from another's.
 */
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  // Separate caches let several builds run at once (test variants, benchmarks).
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // No client-side routing or prefetch: every page is plain HTML.
  prefetch: false,
  vite: {
    build: {
      rollupOptions: {
        // Astro's own MDX modules carry a "use astro:head-inject" directive that
        // the bundler warns about on every section; it is Astro's business, and
        // the noise would hide warnings that matter.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});

function normaliseBase(value: string | undefined): string {
  if (!value || value === '/') return '/';
  return `/${value.replace(/^\/+|\/+$/g, '')}/`;
}

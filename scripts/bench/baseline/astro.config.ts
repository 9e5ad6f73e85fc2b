import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

/**
 * The benchmark's baseline: plain Astro with the same MDX integration,
 * building every section file as a bare page. `npm run bench` builds it and
 * the product from the same content and reports the ratio of their times.
 */
export default defineConfig({
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});

// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import buildContent from './src/integrations/build-content.ts';
import devContent from './src/integrations/dev-content.ts';
import searchIndex from './src/integrations/search-index.ts';
import { dirsFromEnv, publicDirOf } from './src/lib/contract/site-model.ts';
import { finishPlugin } from './src/lib/mdx/finish.ts';
import { contentFinishing } from './src/lib/mdx/finishing.ts';

/**
 * BASE_PATH serves the site under a sub-path (/health/); OUT_DIR builds
 * somewhere other than dist/ (the browser tests build several variants);
 * ASTRO_CACHE_DIR keeps one build's cache apart from another's.
 */
const base = normaliseBase(process.env.BASE_PATH);
const dirs = dirsFromEnv();
const { contentDir } = dirs;
/** The site's address from site.yaml, for the sitemap and canonical links (none: no sitemap). */
const site = siteUrl(path.join(contentDir, 'site.yaml'));

/**
 * EDIT=1 (npm run edit) adds the editor to the dev server: React, Keystatic
 * and the editor's API (src/editor/integration.ts), imported only then, so a
 * build never loads them; the editor refuses to be part of a build.
 */
/** @type {string[]} The addresses of the pages a build copies from its cache (src/lib/core/page-cache.ts). */
const copiedPages = [];
const editor = process.env.EDIT === '1' ? await import('./src/editor/integration.ts') : undefined;
const checks = editor ? new editor.CheckChannel(dirs, editor.baseDirOf(dirs)) : undefined;

export default defineConfig({
  base,
  ...(site ? { site } : {}),
  // Keystatic's own addresses have no trailing slash; the site's pages all do.
  trailingSlash: editor ? 'ignore' : 'always',
  // Static files (the logo) sit in public/ beside the content folder.
  publicDir: publicDirOf(contentDir),
  outDir: process.env.OUT_DIR || './dist',
  // Separate caches let several builds run at once (test variants, benchmarks).
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // Astro's own MDX processor (Sätteri, with its default options), plus the plugin that
    // finishes sections and updates as trees: numbered headings, footnote ids, tables.
    mdx({ processor: satteri({ hastPlugins: [finishPlugin(contentFinishing(contentDir))] }) }),
    // With the pages the build copied from its cache (unchanged since a build rendered them), which Astro never sees.
    ...(site ? [sitemap({ customPages: copiedPages })] : []),
    // Checks the content once (as npm run check prints it), draws the charts on every core, and copies unchanged pages.
    buildContent(copiedPages),
    searchIndex(),
    devContent(checks && editor ? { onCheck: checks.publish, passes: editor.isEditorPage } : {}),
    ...(editor && checks ? [editor.react(), editor.default({ dirs, checks })] : []),
  ],
  devToolbar: { enabled: false },
  // No client-side routing or prefetch: every page is plain HTML.
  prefetch: false,
  vite: {
    plugins: [vegaEmbedWithoutVegaLite()],
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

/**
 * vega-embed imports Vega-Lite to compile specs in the browser; the live
 * charts hand it specs compiled at build time, so it gets a stand-in
 * instead (src/scripts/charts-no-vega-lite.ts), about 86 KB gzipped less.
 * Only vega-embed's import is redirected: the build's own use of Vega-Lite
 * (src/lib/indicators/charts) is untouched.
 * @returns {import('vite').Plugin}
 */
function vegaEmbedWithoutVegaLite() {
  const stub = fileURLToPath(new URL('./src/scripts/charts-no-vega-lite.ts', import.meta.url));
  return {
    name: 'vega-embed-without-vega-lite',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'vega-lite' && importer && /[\\/]node_modules[\\/]vega-embed[\\/]/.test(importer)) return stub;
      return null;
    },
  };
}

/** @param {string | undefined} value @returns {string} */
function normaliseBase(value) {
  if (!value || value === '/') return '/';
  return `/${value.replace(/^\/+|\/+$/g, '')}/`;
}

/**
 * site.yaml's `url`, when it has a usable one; `npm run check` reports anything wrong with it.
 * @param {string} file
 * @returns {string | undefined}
 */
function siteUrl(file) {
  try {
    /** @type {unknown} */
    const value = parse(readFileSync(file, 'utf8'))?.url;
    return typeof value === 'string' && URL.canParse(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

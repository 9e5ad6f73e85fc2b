/**
 * Builds the Pagefind search index into the build folder once Astro has
 * written every page (pagefind/ under the base). Any indexing error, or an
 * index with no pages, fails the build: a search that silently finds
 * nothing is worse than none. The pages for one area of an indicator are
 * not read (lib/site/search.ts searchGlob): they carry nothing to index.
 */

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { searchGlob } from '../lib/site/search.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { errors, index } = await createIndex({ forceLanguage: 'en' });
          if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const folders = readdirSync(outDir, { withFileTypes: true }).filter((e) => e.isDirectory());
          const glob = searchGlob(folders.map((e) => e.name));
          const added = await index.addDirectory({ path: outDir, glob });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          if (added.page_count === 0) {
            throw new Error('Pagefind indexed no pages: no page has data-pagefind-body, or the build is empty.');
          }
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(
            `Search index built from the ${added.page_count} pages read, in ${Math.round(performance.now() - started)} ms.`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}

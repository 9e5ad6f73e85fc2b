/**
 * `astro build` (and so `npm run build`): the content is checked once,
 * before anything is bundled, and printed exactly as `npm run check` prints
 * it; with an error the build stops there, as the check does, and nothing is
 * published. The checked content is handed to the pages (site/load.ts
 * shareCheckedSite), which never read or check it again, so what is
 * rendered is what was checked.
 *
 * Then the charts of every indicator's own page (indicators/view.ts
 * indicatorChartSpecs) start drawing on worker threads, one per core
 * (indicators/charts/render-service.ts), into the build cache
 * (core/build-cache.ts), while Astro bundles and renders on the main thread;
 * the pages for one area ask the same workers for theirs as they render.
 * The pages for one area whose inputs have not changed since a build wrote
 * them are copied from the cache instead of rendered (core/page-cache.ts).
 * When the build is done it stores the pages it rendered, says what the
 * cache saved and forgets entries no build has used for 30 days.
 */

import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { buildCacheDir, cacheStats, pruneBuildCache } from '../lib/core/build-cache.ts';
import { startPageCache } from '../lib/core/page-cache.ts';
import { plural } from '../lib/core/text.ts';
import { dirsFromEnv } from '../lib/contract/site-model.ts';
import { clearMdxCache } from '../lib/mdx/parse.ts';
import { startChartService, type ChartService } from '../lib/indicators/charts/render-service.ts';
import { indicatorChartSpecs } from '../lib/indicators/view.ts';
import { checkSite, shareCheckedSite } from '../lib/site/load.ts';
import { checkReport } from '../lib/site/summary.ts';

/** Entries unused for this many days are deleted at the end of a build. */
const KEEP_DAYS = 30;

/**
 * `copiedPages` collects the address of each page copied from the cache:
 * Astro does not see those pages, so the sitemap is given them this way
 * (astro.config.mjs passes the same array as its customPages).
 */
export default function buildContent(copiedPages: string[] = []): AstroIntegration {
  let charts: ChartService | undefined;
  let config: AstroConfig | undefined;
  let pages: { finish(): number } | undefined;
  return {
    name: 'build-content',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:start': ({ logger }) => {
        const dirs = dirsFromEnv();
        const result = checkSite(dirs);
        const report = checkReport(result);
        for (const line of report.lines) (line.to === 'out' ? console.log : console.error)(line.text);
        // The same exit as `npm run check`: the problems above are the whole message.
        if (!report.ok) process.exit(1);
        const site = shareCheckedSite(dirs, result);
        // The parsed sections were for the checks; the pages' comparisons read them from the cache.
        clearMdxCache();

        if (config) {
          const { base, site } = config;
          pages = startPageCache({
            root: fileURLToPath(config.root),
            outDir: fileURLToPath(config.outDir),
            settings: JSON.stringify([base, site ?? '', config.build.format, config.trailingSlash]),
            // As the sitemap writes a page's address: the site, the base, the path.
            copied: site
              ? (page) => copiedPages.push(new URL(`${base.replace(/\/$/, '')}${page}`, site).href)
              : undefined,
          });
        }
        charts = startChartService();
        const ahead = charts.drawAhead(indicatorChartSpecs(site));
        const inCache = `${plural(ahead.cached, 'chart')} already in the build cache`;
        logger.info(
          ahead.queued > 0
            ? `Drawing ${plural(ahead.queued, 'chart')} on ${plural(charts.workers, 'worker thread')}; ${inCache}.`
            : `No charts to draw: ${inCache}.`,
        );
      },
      'astro:build:done': async ({ logger }) => {
        await charts?.close();
        charts = undefined;
        pages?.finish();
        pages = undefined;
        const kinds = [...cacheStats()].map(
          ([kind, s]) => `${kind} ${s.made} made, ${s.read} read` + (s.damaged > 0 ? `, ${s.damaged} damaged` : ''),
        );
        const unwritten = [...cacheStats()].filter(([, s]) => s.unwritten > 0);
        logger.info(`Build cache (${buildCacheDir()}): ${kinds.join('; ') || 'not used'}.`);
        for (const [kind, s] of unwritten) {
          logger.warn(
            `Build cache: ${plural(s.unwritten, `${kind} entry`, `${kind} entries`)} not saved (${s.firstError}).`,
          );
        }
        const pruned = pruneBuildCache(KEEP_DAYS);
        if (pruned > 0)
          logger.info(`Build cache: removed ${plural(pruned, 'entry', 'entries')} unused for ${KEEP_DAYS} days.`);
      },
    },
  };
}

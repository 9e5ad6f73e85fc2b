/**
 * `npm run dev`: content/ and data/ are outside src/, so Vite does not watch
 * them. This watches both; on every edit it forgets the loaded site, runs the
 * check, prints its problems in the terminal, and reloads the browser. While
 * the content has errors, every page shows them instead (plain HTML, so it
 * reads without the error overlay's script), and reloads when they are fixed.
 */

import { dirsFromEnv } from '../lib/contract/site-model.ts';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { RunnableDevEnvironment, ViteDevServer } from 'vite';
import { formatProblem, type Problem } from '../lib/contract/problems.ts';
import { escapeMarkup } from '../lib/core/escape.ts';
import { plural } from '../lib/core/text.ts';
import { checkSite, invalidateSites, type CheckResult } from '../lib/site/load.ts';
import { summariseContent } from '../lib/site/summary.ts';

export interface DevContentOptions {
  /** Called with every check's result (`npm run edit` shows its problems beside the form). */
  readonly onCheck?: (result: CheckResult) => void;
  /** Pages served as they are even while the content has errors (the editor's own). */
  readonly passes?: (url: string) => boolean;
}

export default function devContent(options: DevContentOptions = {}): AstroIntegration {
  return {
    name: 'dev-content',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const dirs = dirsFromEnv();
        const roots = [dirs.contentDir, dirs.dataDir].map((dir) => `${path.resolve(dir)}${path.sep}`);
        server.watcher.add([dirs.contentDir, dirs.dataDir]);
        let timer: NodeJS.Timeout | undefined;
        let errors: Problem[] = [];
        const recheck = (): void => {
          invalidateSites();
          const result = checkSite(dirs);
          errors = result.problems.filter((p) => p.severity === 'error');
          options.onCheck?.(result);
          if (errors.length > 0) {
            logger.error(
              `The content has ${plural(errors.length, 'problem')}:\n${errors.map(formatProblem).join('\n')}`,
            );
          } else {
            logger.info(summariseContent(result.content, result.warnings));
          }
          server.ws.send({ type: 'full-reload' });
        };
        server.middlewares.use((request, response, next) => {
          const html = String(request.headers.accept ?? '').includes('text/html');
          if (errors.length === 0 || !html || options.passes?.(request.url ?? '')) {
            next();
            return;
          }
          response.statusCode = 500;
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(problemsPage(errors, server.config.base));
        });
        recheck();
        server.watcher.on('all', (_event, file) => {
          const full = path.resolve(file);
          if (!roots.some((root) => full.startsWith(root))) return;
          if (full.endsWith('.mdx')) forgetCompiledNeighbours(server, path.dirname(full));
          // Editors save in bursts (write, rename, touch): check once they settle.
          clearTimeout(timer);
          timer = setTimeout(recheck, 150);
        });
      },
    },
  };
}

/**
 * A section is numbered when Astro compiles it, from its place among the
 * version folder's files (src/lib/mdx/finishing.ts), so adding, removing or
 * renaming one section renumbers the others: forget every compiled MDX
 * module of the folder, not only the file that changed.
 */
function forgetCompiledNeighbours(server: ViteDevServer, dir: string): void {
  if (!existsSync(dir)) return;
  // Vite knows modules by their real paths, also when the content folder is reached through a link.
  const real = realpathSync.native(dir);
  const files = readdirSync(real)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.join(real, name));
  const timestamp = Date.now();
  for (const environment of Object.values(server.environments)) {
    for (const file of files) {
      for (const module of environment.moduleGraph.getModulesByFile(file) ?? []) {
        environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
      }
      // Modules the server has already run, too (Astro's content layer does the same).
      if (!('runner' in environment)) continue;
      const { evaluatedModules } = (environment as RunnableDevEnvironment).runner;
      for (const module of evaluatedModules.getModulesByFile(file) ?? []) evaluatedModules.invalidateModule(module);
    }
  }
}

/** The check's errors as a page; the Vite client reloads it once they are fixed. */
export function problemsPage(errors: readonly Problem[], base: string): string {
  const count = plural(errors.length, 'problem');
  return (
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>The content has ${count}</title>` +
    `<script type="module" src="${escapeMarkup(base)}@vite/client"></script>` +
    '<style>body{font:19px/1.4 system-ui,sans-serif;margin:2rem;max-width:60rem}code{white-space:pre-wrap}</style></head>' +
    `<body><main><h1>The content has ${count}</h1>` +
    '<p>Nothing would be published like this. Fix each problem below and save the file: this page reloads itself.</p>' +
    `<ol>${errors.map((p) => `<li><code>${escapeMarkup(formatProblem(p))}</code></li>`).join('')}</ol></main></body></html>`
  );
}

/**
 * `npm run edit`: the dev server with the editor in it. Adds the editor's
 * page (/keystatic/, Keystatic with the check's problems and the site's
 * preview beside it), Keystatic's API for its local mode (through the
 * faithful save) and the editor's own API (check, new version, publish).
 * astro.config.mjs adds this only when EDIT is set, and only to the dev
 * server: the public build has no editor route, script or write endpoint.
 */

import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Dirs } from '../lib/contract/site-model.ts';
import { CheckChannel, editorApi } from './editor-api.ts';
import { fileSpecs } from './form-spec.ts';
import { keystaticApi } from './keystatic-api.ts';
import { keystaticConfig, type EditorSettings } from './keystatic-config.ts';
import { fileBridge } from './keystatic-files.ts';
import { publishSettingsFromEnv } from './publish.ts';

const VIRTUAL = 'virtual:strategy-editor-settings';

/** The editor's own page, which stays the editor while the content has errors (it shows them itself). */
export const isEditorPage = (url: string): boolean => /^\/keystatic(\/|\?|$)/.test(url);

/** Today in the machine's own time zone (an author's "today"), as YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The folder both content/ and data/ are in: Keystatic's paths are relative to it. */
export function baseDirOf(dirs: Dirs): string {
  const a = path.resolve(dirs.contentDir).split(path.sep);
  const b = path.resolve(dirs.dataDir).split(path.sep);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i).join(path.sep) || path.sep;
}

export function editorSettings(dirs: Dirs): { settings: EditorSettings; baseDir: string } {
  const baseDir = baseDirOf(dirs);
  const relative = (dir: string) => path.relative(baseDir, path.resolve(dir)).split(path.sep).join('/');
  return {
    baseDir,
    settings: {
      specs: fileSpecs(),
      contentPath: relative(dirs.contentDir),
      dataPath: relative(dirs.dataDir),
      storage: { kind: 'local' },
      today: today(),
    },
  };
}

export default function editor(options: { dirs: Dirs; checks: CheckChannel }): AstroIntegration {
  const { dirs, checks } = options;
  const { settings, baseDir } = editorSettings(dirs);
  return {
    name: 'strategy-editor',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, updateConfig }) => {
        if (command !== 'dev') throw new Error('The editor runs in the dev server only (npm run edit).');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'strategy-editor-settings',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id: string) =>
                  id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(settings)};` : undefined,
              },
            ],
            optimizeDeps: { include: ['@keystatic/core', '@keystatic/core/ui', '@keystatic/core/content-components'] },
          },
        });
        injectRoute({
          pattern: '/keystatic/[...params]',
          entrypoint: new URL('./EditorPage.astro', import.meta.url),
          prerender: false,
        });
      },
      'astro:server:setup': ({ server }) => {
        const config = keystaticConfig(settings);
        server.middlewares.use(keystaticApi(config, baseDir, fileBridge(settings, baseDir)));
        server.middlewares.use(
          editorApi({
            dirs,
            checks,
            today,
            publishing: publishSettingsFromEnv(baseDir, [dirs.contentDir, dirs.dataDir]),
          }),
        );
      },
    },
  };
}

export { CheckChannel };
export { default as react } from '@astrojs/react';

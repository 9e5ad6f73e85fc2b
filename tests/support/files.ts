/**
 * Listing a build folder: every file, and every HTML page with the URL path
 * it is served at. Synchronous on purpose: test files call these at
 * collection time, to make one test per page.
 */

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as sorted paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

export interface SitePage {
  /** Path of the HTML file inside the build folder: `strategies/x/index.html`. */
  readonly file: string;
  /** The URL path it is served at, including the base: `/health/strategies/x/`. */
  readonly url: string;
}

/** Turns a file path inside a build into the URL path that serves it. */
export function urlForFile(file: string, base: string): string {
  const served = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${base}${served}`;
}

/** Every HTML page of a build. Fails loudly when the build folder is missing or has no pages. */
export function listPages(dir: string, base: string): SitePage[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(
      `No build at ${dir}: the site project's globalSetup builds it (run \`npx vitest run --project site\`).`,
    );
  }
  const pages = listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, url: urlForFile(file, base) }));
  if (pages.length === 0) throw new Error(`The build at ${dir} has no HTML pages.`);
  return pages;
}

/**
 * The file a URL path is served from, or undefined when nothing would be
 * served. `/x/` serves `x/index.html`; `/x` serves the file `x` only (with
 * trailingSlash 'always', a directory without its slash is a broken link).
 */
export function fileForUrlPath(dir: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return undefined;
  }
  if (relative.split('/').some((part) => part === '..')) return undefined;
  const candidate = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  const full = path.join(dir, candidate);
  if (!existsSync(full) || !statSync(full).isFile()) return undefined;
  return candidate;
}

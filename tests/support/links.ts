/**
 * Link checking for a static build: every internal reference in every HTML
 * page (and every url() in its CSS) must resolve to a file of the build
 * under its base path, and every fragment must name an id on its target.
 * External addresses (https:, mailto:, ...) are not fetched.
 */

import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileForUrlPath, listFiles, urlForFile } from './files.ts';
import { fragmentTargets, readTags, type Tag } from './html.ts';

/** Attributes that hold a URL, by element. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  script: ['src'],
  source: ['src', 'srcset'],
  form: ['action'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
};

const ORIGIN = 'http://site.invalid';

export interface LinkReport {
  /** How many references were checked. */
  readonly checked: number;
  /** One line per broken reference (repeats of the same line counted). */
  readonly problems: string[];
}

/** Splits a srcset into its URLs. */
function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

export class LinkChecker {
  private readonly ids = new Map<string, Set<string>>();
  private readonly tags = new Map<string, Tag[]>();
  private readonly dir: string;
  private readonly base: string;

  constructor(dir: string, base: string) {
    this.dir = dir;
    this.base = base;
  }

  private tagsOf(file: string): Tag[] {
    let tags = this.tags.get(file);
    if (!tags) {
      tags = readTags(readFileSync(path.join(this.dir, file), 'utf8'));
      this.tags.set(file, tags);
    }
    return tags;
  }

  private idsOf(file: string): Set<string> {
    let ids = this.ids.get(file);
    if (!ids) {
      ids = fragmentTargets(this.tagsOf(file));
      this.ids.set(file, ids);
    }
    return ids;
  }

  /** Why a reference from the page at `fromUrl` (file `fromFile`) is broken, or undefined if it is fine. */
  check(reference: string, fromUrl: string, fromFile: string): string | undefined {
    const ref = reference.trim();
    if (ref === '') return undefined;
    if (/^javascript:/i.test(ref)) return 'is a javascript: URL';
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return undefined; // external: not fetched
    let url: URL;
    try {
      url = new URL(ref, `${ORIGIN}${fromUrl}`);
    } catch {
      return 'is not a valid URL';
    }
    if (!url.pathname.startsWith(this.base)) return `escapes the base path ${this.base} (resolves to ${url.pathname})`;
    const target = ref.startsWith('#') ? fromFile : fileForUrlPath(this.dir, this.base, url.pathname);
    if (target === undefined) {
      const asDir = path.join(this.dir, decodeURIComponent(url.pathname.slice(this.base.length)), 'index.html');
      if (!url.pathname.endsWith('/') && existsSync(asDir) && statSync(asDir).isFile()) {
        return `has no trailing slash (${url.pathname}); the site uses trailingSlash 'always'`;
      }
      return `resolves to ${url.pathname}, which is not a file in the build`;
    }
    const fragment = url.hash.slice(1);
    if (fragment === '' || !target.endsWith('.html')) return undefined;
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      return `has a badly encoded fragment #${fragment}`;
    }
    // "#top" scrolls to the top of any HTML page, with or without such an id.
    if (id === 'top' || this.idsOf(target).has(id)) return undefined;
    return `points at #${id}, which is not an id on ${urlForFile(target, this.base)}`;
  }

  /** Checks every URL attribute of every HTML page of the build. */
  checkHtml(): LinkReport {
    const tally = new Tally();
    for (const file of listFiles(this.dir).filter((f) => f.endsWith('.html'))) {
      const fromUrl = urlForFile(file, this.base);
      for (const tag of this.tagsOf(file)) {
        for (const attr of URL_ATTRIBUTES[tag.name] ?? []) {
          const value = tag.attrs[attr];
          if (value === undefined) continue;
          for (const ref of attr === 'srcset' ? srcsetUrls(value) : [value]) {
            tally.add(this.check(ref, fromUrl, file), `${fromUrl}: <${tag.name} ${attr}="${ref}">`);
          }
        }
      }
    }
    return tally.report();
  }

  /** Checks every url() in every CSS file of the build (fonts, images). */
  checkCss(): LinkReport {
    const tally = new Tally();
    for (const file of listFiles(this.dir).filter((f) => f.endsWith('.css'))) {
      const fromUrl = urlForFile(file, this.base);
      const css = readFileSync(path.join(this.dir, file), 'utf8');
      for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
        const ref = m[1] ?? m[2] ?? m[3] ?? '';
        if (ref.startsWith('data:') || ref.startsWith('#')) continue;
        tally.add(this.check(ref, fromUrl, file), `${fromUrl}: url(${ref})`);
      }
    }
    return tally.report();
  }
}

/** Counts checked references and collects problems, merging repeats of the same line. */
class Tally {
  private checked = 0;
  private readonly problems = new Map<string, number>();

  add(problem: string | undefined, where: string): void {
    this.checked++;
    if (problem === undefined) return;
    const line = `${where} ${problem}`;
    this.problems.set(line, (this.problems.get(line) ?? 0) + 1);
  }

  report(): LinkReport {
    const problems = [...this.problems].map(([line, n]) => (n > 1 ? `${line} (${n} times)` : line));
    return { checked: this.checked, problems };
  }
}

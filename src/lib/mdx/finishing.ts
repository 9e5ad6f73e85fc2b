/**
 * What the finishing plugin (finish.ts) needs to know about each MDX file,
 * read from the content folder itself while Astro compiles the file: a
 * section's id, its number in the document and its title, and the ids its
 * page uses besides (the page's furniture and every section id of the
 * version). Only the file names and front matter of the version folder are
 * read, not the whole site.
 *
 * The reading follows contract/load.ts (the file name rule, the order, the
 * default id), which the check has already run over every file; a unit test
 * holds the two to the same answers.
 */

import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Finishing } from './finish.ts';
import { splitFrontMatter } from './parse.ts';

/**
 * Ids a version page uses outside its sections: "main-content" in
 * layouts/Page.astro, the contents in VersionDocument.astro and the banner in
 * strategy/ConsultationBanner.astro. Every section id is taken too.
 */
export const VERSION_PAGE_IDS: readonly string[] = [
  'main-content',
  'contents',
  'contents-heading',
  'consultation-banner-title',
];

/** Ids an update's page uses outside its text (layouts/Page.astro). */
export const UPDATE_PAGE_IDS: readonly string[] = ['main-content'];

/** A section's file name: its order, a hyphen, its default id (as contract/load.ts reads it). */
const SECTION_FILE = /^(\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

interface SectionFile {
  readonly name: string;
  readonly id: string;
  readonly title: string;
}

/**
 * Finishing for files under `contentDir`: sections (`strategies/<id>/<version>/NN-<id>.mdx`)
 * and updates (`updates/<name>.mdx`); undefined for anything else.
 */
export function contentFinishing(contentDir: string): (file: string) => Finishing | undefined {
  // Vite names files by their real paths: a content folder reached through a symbolic link must still match.
  const root = realPath(path.resolve(contentDir));
  const folders = new Map<string, { readonly signature: string; readonly sections: SectionFile[] }>();

  /** A version folder's sections in document order; read again only when a file in it has changed (`npm run dev`). */
  const sectionsIn = (dir: string): SectionFile[] => {
    const names = readdirSync(dir).filter((name) => SECTION_FILE.test(name));
    const signature = names
      .map((name) => {
        const stat = statSync(path.join(dir, name));
        return `${name}:${stat.mtimeMs}:${stat.size}`;
      })
      .join('\n');
    const cached = folders.get(dir);
    if (cached?.signature === signature) return cached.sections;
    const sections = names
      .map((name) => {
        const match = SECTION_FILE.exec(name);
        const order = Number(match?.[1]);
        const { id, title } = frontMatterOf(path.join(dir, name));
        return { name, order, id: typeof id === 'string' ? id : (match?.[2] ?? name), title: trimmedText(title) };
      })
      .sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : 1));
    folders.set(dir, { signature, sections });
    return sections;
  };

  return (file) => {
    const parts = path.relative(root, realPath(file)).split(path.sep);
    const name = parts.at(-1) ?? '';
    if (parts.length === 4 && parts[0] === 'strategies' && SECTION_FILE.test(name)) {
      const sections = sectionsIn(path.dirname(file));
      const index = sections.findIndex((s) => s.name === name);
      const section = sections[index];
      if (!section) return undefined;
      return {
        section: { id: section.id, number: String(index + 1) },
        title: section.title,
        reservedIds: [...VERSION_PAGE_IDS, ...sections.map((s) => s.id)],
      };
    }
    if (parts.length === 2 && parts[0] === 'updates' && name.endsWith('.mdx')) {
      return { section: undefined, title: trimmedText(frontMatterOf(file).title), reservedIds: UPDATE_PAGE_IDS };
    }
    return undefined;
  };
}

/** The front matter's fields, or none when it cannot be read (the check reports that, and nothing is built). */
function frontMatterOf(file: string): Record<string, unknown> {
  const { yaml } = splitFrontMatter(readFileSync(file, 'utf8'));
  try {
    const data: unknown = yaml === undefined ? undefined : parse(yaml);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function realPath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

/** A title as the contract reads it: text, trimmed. */
function trimmedText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

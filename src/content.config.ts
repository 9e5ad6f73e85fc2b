import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { dirsFromEnv } from './lib/contract/site-model.ts';

/**
 * Astro renders the MDX; src/lib reads and checks it. Entries are keyed by
 * their path inside the content folder, the same key lib uses (Section.file),
 * so a page can find the rendered form of any section it was given.
 */
const { contentDir } = dirsFromEnv();
const base = pathToFileURL(`${contentDir}/`);
const byPath = ({ entry }: { entry: string }) => entry;

export const collections = {
  sections: defineCollection({ loader: glob({ pattern: 'strategies/*/*/*.mdx', base, generateId: byPath }) }),
  updates: defineCollection({ loader: glob({ pattern: 'updates/*.mdx', base, generateId: byPath }) }),
};

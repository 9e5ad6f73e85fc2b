import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const contentDir = process.env.CONTENT_DIR;
if (!contentDir) throw new Error('The baseline needs CONTENT_DIR.');

export const collections = {
  sections: defineCollection({
    loader: glob({
      pattern: 'strategies/*/*/*.mdx',
      base: pathToFileURL(`${contentDir}/`),
      generateId: ({ entry }) => entry,
    }),
  }),
};

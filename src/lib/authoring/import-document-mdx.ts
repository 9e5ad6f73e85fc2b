/**
 * Writing an imported section as an MDX file: front matter, then the body,
 * serialised by mdast-util-to-markdown with the GFM and MDX extensions, which
 * escape whatever would otherwise mean something (`<`, `{`, `*`, `#`, `[`,
 * `>` at a line's start, `|` in a table). Two things they leave alone are
 * added here: a paragraph starting with the word "import" or "export", which
 * MDX would read as JavaScript, and `&` starting a character reference inside
 * an attribute, which MDX would decode.
 */

import type { Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { stringify } from 'yaml';
import type { SectionKind } from '../core/vocabulary.ts';
import { slugify, standardPart } from '../mdx/headings.ts';

const MARKDOWN: Options = {
  extensions: [
    gfmToMarkdown({ tablePipeAlign: false }),
    mdxToMarkdown(),
    // Escaped as a character reference (&#x69;mport): `i` and `e` have no backslash escape.
    {
      unsafe: [
        { atBreak: true, character: 'i', after: 'mport\\b' },
        { atBreak: true, character: 'e', after: 'xport\\b' },
      ],
    },
  ],
  bullet: '-',
  emphasis: '*',
  strong: '*',
  listItemIndent: 'one',
  rule: '-',
  // Never <https://...>: MDX reads a `<` as the start of a component.
  resourceLink: true,
};

/** Kinds a section title says plainly. Order matters: "Case study: our vision" is a case study. */
const KINDS: readonly [SectionKind, RegExp][] = [
  ['foreword', /\b(?:foreword|preface)\b/i],
  ['case-study', /\bcase stud(?:y|ies)\b/i],
  ['appendix', /^(?:appendix|appendices|annex|annexe)\b/i],
  ['summary', /^(?:executive summary|summary)\b|\bat a glance\b/i],
  ['vision', /^(?:our |the |a )?(?:shared )?vision\b/i],
  ['outcome', /^outcome\s+\d+\b/i],
  ['priority', /^priority\s+\d+\b/i],
];

/**
 * The section's kind, where its title or its sub-headings make it plain;
 * undefined leaves the default ("section"). A section with two or more of a
 * priority's standard sub-headings ("Where are we now?", "What will we do?")
 * is a priority, or an outcome if its title says so.
 */
export function guessKind(title: string, nodes: readonly RootContent[]): SectionKind | undefined {
  const named = KINDS.find(([, re]) => re.test(title.trim()))?.[0];
  if (named) return named;
  const parts = new Set(
    nodes.flatMap((n) => (n.type === 'heading' ? [standardPart(toString(n))] : [])).filter((p) => p !== undefined),
  );
  if (parts.size >= 2) return /^outcome\b/i.test(title.trim()) ? 'outcome' : 'priority';
  return undefined;
}

/** A section id from its title: the slug the site would make, cut at a word to 40 characters at most. */
export function sectionSlug(title: string): string {
  const slug = slugify(title);
  if (slug.length <= 40) return slug;
  const cut = slug.slice(0, 41);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : 40).replace(/-+$/, '');
}

/** "03-vision.mdx"; three digits when there are a hundred sections or more. */
export function sectionFileName(order: number, total: number, id: string): string {
  return `${String(order).padStart(total >= 100 ? 3 : 2, '0')}-${id}.mdx`;
}

export interface SectionFront {
  readonly title: string;
  readonly kind?: SectionKind | undefined;
}

export function sectionMdx(front: SectionFront, nodes: readonly RootContent[]): string {
  const yaml = stringify(front.kind ? { title: front.title, kind: front.kind } : { title: front.title }, {
    lineWidth: 0,
  });
  const body = bodyMdx(nodes);
  return `---\n${yaml}---\n${body === '' ? '' : `\n${body}`}`;
}

export function bodyMdx(nodes: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: nodes.map(encodeAttributes) };
  return toMarkdown(root, MARKDOWN);
}

/** Attribute values with `&` written as &#x26; where it would start a character reference. */
function encodeAttributes<T extends RootContent>(node: T): T {
  if (!('children' in node)) return node;
  const children = (node.children as RootContent[]).map(encodeAttributes);
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return { ...node, children };
  const element = node as MdxJsxFlowElement;
  const attributes = element.attributes.map((a) =>
    a.type === 'mdxJsxAttribute' && typeof a.value === 'string'
      ? { ...a, value: a.value.replace(/&(?=#?[a-z0-9]+;)/gi, '&#x26;') }
      : a,
  );
  return { ...node, attributes, children };
}

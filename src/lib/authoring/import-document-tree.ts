/**
 * From mammoth's HTML to one Markdown tree (mdast) per section: a section for
 * each Heading 1, and one for anything before the first. Word's footnotes and
 * endnotes become GFM footnotes in the section that refers to them; comments
 * and bookmarks, which have no place in the text, are carried through the
 * conversion as marks (private-use characters in the text, which no
 * whitespace rule touches) and taken out afterwards, noting where they were.
 */

import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultHandlers, toMdast, type State } from 'hast-util-to-mdast';
import type { FootnoteDefinition, Heading, Image, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ID_PREFIX, IMAGE_SRC_PREFIX, type DocxImage } from './docx-read.ts';

/** Something about a place in the document that the author should hear of. */
export interface TreeNote {
  /** The section it is in: 0 before the first Heading 1, n after the nth. */
  readonly section: number;
  readonly what: string;
}

export interface TreeSection {
  /** 0 for the part before the first Heading 1, else the heading's place (1, 2, ...). */
  readonly index: number;
  /** The Heading 1's words; undefined for the part before the first. */
  readonly heading: string | undefined;
  /** The body, footnotes at the end. */
  readonly nodes: RootContent[];
}

/** An image to save, by the name the text uses for it. */
export interface SavedImage {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface DocumentTree {
  /** The words in Word's Title style, if any. */
  readonly title: string | undefined;
  readonly sections: TreeSection[];
  readonly images: SavedImage[];
  readonly notes: TreeNote[];
  /** Bookmark names (without mammoth's prefix) and the section each is in, for links inside the document. */
  readonly bookmarks: ReadonlyMap<string, number>;
  readonly footnotes: number;
}

/** The folder, beside the section files, that imported images are saved in. */
export const IMAGES_FOLDER = 'images';

/** Image types a browser shows (or Astro converts: TIFF), by the file extension they are saved with. */
const SHOWN_TYPES: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
  'image/webp': 'webp',
  'image/tiff': 'tiff',
};

type Mark =
  | { kind: 'note'; label: string; definition: ElementContent[] | undefined }
  | { kind: 'comment'; author: string; text: string }
  | { kind: 'bookmark'; name: string }
  | { kind: 'note-to-author'; what: string };

const MARK = /\uE000(\d+)\uE001/g;

export function documentTree(html: string, images: readonly DocxImage[]): DocumentTree {
  const hast = fromHtml(html, { fragment: true });
  const marks: Mark[] = [];
  const mark = (m: Mark): string => {
    marks.push(m);
    return `\uE000${marks.length - 1}\uE001`;
  };

  const title = takeTitle(hast);
  const noteBodies = takeListed(hast, 'ol', /^(?:footnote|endnote)-/);
  const commentBodies = takeListed(hast, 'dl', /^comment-/);
  markInline(hast, noteBodies, commentBodies, mark);
  promoteHeaderRows(hast);

  const saved = new Map<string, SavedImage>();
  const handlers = {
    // A paragraph in Word's Caption style may be a table's caption (import-document-blocks.ts decides).
    p: (state: State, node: Element) => {
      const paragraph = defaultHandlers.p(state, node);
      if (paragraph && classes(node).includes('docx-caption')) paragraph.data = { ...paragraph.data, caption: true };
      return paragraph;
    },
    img: (state: State, node: Element) => {
      const image = images.find((i) => `${IMAGE_SRC_PREFIX}${i.index}` === node.properties.src);
      return image ? imageNodes(state, node, image, saved, mark) : [];
    },
  };
  const tree = toMdast(hast, { handlers }) as Root;

  const notes: TreeNote[] = [];
  const bookmarks = new Map<string, number>();
  const sections = splitSections(tree.children);
  let footnotes = 0;
  for (const section of sections) {
    const definitions: FootnoteDefinition[] = [];
    resolveMarks(section.nodes, marks, {
      note: (label, definition) => {
        if (definition && !definitions.some((d) => d.identifier === label)) {
          definitions.push(footnoteDefinition(label, definition, handlers));
          footnotes++;
        }
      },
      comment: (author, text) =>
        notes.push({ section: section.index, what: `a comment${author ? ` from ${author}` : ''}: "${short(text)}"` }),
      bookmark: (name) => bookmarks.set(name, section.index),
      other: (what) => notes.push({ section: section.index, what }),
    });
    section.nodes.push(...definitions);
  }
  return { title, sections, images: [...saved.values()], notes, bookmarks, footnotes };
}

/** Word's Title paragraphs: their words, removed from the body (the title belongs in strategy.yaml). */
function takeTitle(hast: HastRoot): string | undefined {
  const parts: string[] = [];
  hast.children = hast.children.filter((node) => {
    if (node.type === 'element' && node.tagName === 'h1' && classes(node).includes('docx-title')) {
      const words = textOf(node);
      if (words) parts.push(words);
      return false;
    }
    return true;
  });
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/**
 * The list mammoth writes at the end for notes (an <ol> of <li id="footnote-3">)
 * or comments (a <dl> of <dt id="comment-0"> and <dd>), taken out of the body:
 * bodies by id, without mammoth's "↑" links back.
 */
function takeListed(hast: HastRoot, tagName: string, idRe: RegExp): Map<string, ElementContent[]> {
  const bodies = new Map<string, ElementContent[]>();
  hast.children = hast.children.filter((node) => {
    if (node.type !== 'element' || node.tagName !== tagName) return true;
    const items = node.children.filter((c): c is Element => c.type === 'element');
    const ids = items.map((c) => String(c.properties.id ?? '').slice(ID_PREFIX.length));
    if (items.length === 0 || !ids.every((id, i) => idRe.test(id) || items[i]?.tagName === 'dd')) return true;
    let current = '';
    for (const [i, item] of items.entries()) {
      if (item.tagName === 'dd') {
        bodies.set(current, [...(bodies.get(current) ?? []), ...withoutBackLinks(item.children)]);
        continue;
      }
      current = ids[i] ?? '';
      // A comment's <dt> holds only mammoth's label ("Comment [AB1]"); its words are in the <dd> after it.
      bodies.set(current, item.tagName === 'dt' ? [] : withoutBackLinks(item.children));
    }
    return false;
  });
  return bodies;
}

function withoutBackLinks(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'element') {
      const href = String(node.properties.href ?? '');
      if (node.tagName === 'a' && /^#docx-(?:footnote|endnote|comment)-ref-/.test(href)) continue;
      out.push({ ...node, children: withoutBackLinks(node.children) });
    } else out.push(node);
  }
  return out;
}

/**
 * Note and comment references (a <sup> holding mammoth's link) and bookmarks
 * (an <a id> with no link) become marks in the text.
 */
function markInline(
  parent: HastRoot | Element,
  notes: Map<string, ElementContent[]>,
  comments: Map<string, ElementContent[]>,
  mark: (m: Mark) => string,
): void {
  parent.children = parent.children.map((node): HastContent => {
    if (node.type !== 'element') return node;
    const link = node.tagName === 'sup' && node.children.length === 1 ? node.children[0] : undefined;
    const href = link?.type === 'element' && link.tagName === 'a' ? String(link.properties.href ?? '') : '';
    const target = href.startsWith(`#${ID_PREFIX}`) ? href.slice(ID_PREFIX.length + 1) : '';
    if (/^(?:footnote|endnote)-/.test(target) && link) {
      const label = /\d+/.exec(textOf(link))?.[0] ?? target.replace(/\D/g, '');
      return { type: 'text', value: mark({ kind: 'note', label, definition: notes.get(target) }) };
    }
    if (/^comment-/.test(target) && link) {
      const author = /\[([^\]\d]*)\d*\]/.exec(textOf(link))?.[1]?.trim() ?? '';
      const body = comments.get(target) ?? [];
      const text = body.map((n) => textOf(n)).join(' ');
      return { type: 'text', value: mark({ kind: 'comment', author, text }) };
    }
    const id = String(node.properties.id ?? '');
    if (node.tagName === 'a' && node.properties.href === undefined && id.startsWith(ID_PREFIX)) {
      return { type: 'text', value: mark({ kind: 'bookmark', name: id.slice(ID_PREFIX.length) }) };
    }
    markInline(node, notes, comments, mark);
    return node;
  });
}

/**
 * A table whose first row Word did not mark as a header row: its first row
 * becomes the header (a Markdown table always has one, and an empty one
 * would be read out as a row of blank headers).
 */
function promoteHeaderRows(parent: HastRoot | Element): void {
  for (const node of parent.children) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'table' && !node.children.some((c) => c.type === 'element' && c.tagName === 'thead')) {
      const body = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'tbody') ?? node;
      const first = body.children.findIndex((c) => c.type === 'element' && c.tagName === 'tr');
      const row = body.children[first];
      if (row?.type === 'element') {
        body.children.splice(first, 1);
        row.children = row.children.map((c) =>
          c.type === 'element' && c.tagName === 'td' ? { ...c, tagName: 'th' } : c,
        );
        node.children.unshift({ type: 'element', tagName: 'thead', properties: {}, children: [row] });
      }
    }
    promoteHeaderRows(node);
  }
}

function imageNodes(
  state: State,
  node: Element,
  image: DocxImage,
  saved: Map<string, SavedImage>,
  mark: (m: Mark) => string,
): (Image | Text)[] {
  const alt = image.alt?.replace(/\s+/g, ' ').trim() ?? '';
  const extension = SHOWN_TYPES[image.contentType];
  if (extension === undefined) {
    const kind = image.contentType.replace(/^image\/(?:x-)?/, '').toUpperCase();
    const what = `a picture in ${kind} form, which web pages cannot show${alt ? ` ("${short(alt)}")` : ''}, was left out: in Word, save it as a PNG picture, put that in its place and import again, or add the PNG by hand`;
    return [{ type: 'text', value: mark({ kind: 'note-to-author', what }) }];
  }
  const hash = createHash('sha256').update(image.bytes).digest('hex');
  let file = saved.get(hash);
  if (!file) {
    file = { name: `image-${saved.size + 1}.${extension}`, bytes: image.bytes };
    saved.set(hash, file);
  }
  const result: Image = { type: 'image', url: `./${IMAGES_FOLDER}/${file.name}`, alt, title: null };
  state.patch(node, result);
  if (!/description automatically generated/i.test(alt)) return [result];
  // Word's own guess at a description, which it labels as such; it needs a person's eye.
  const what = `the picture ${file.name} has a description Word wrote itself ("${short(alt)}"): check it says what the picture shows`;
  return [result, { type: 'text', value: mark({ kind: 'note-to-author', what }) }];
}

/** The top-level nodes, cut at each Heading 1. */
function splitSections(nodes: RootContent[]): TreeSection[] {
  const sections: { index: number; heading: string | undefined; nodes: RootContent[]; headingNode?: Heading }[] = [
    { index: 0, heading: undefined, nodes: [] },
  ];
  for (const node of nodes) {
    const words = node.type === 'heading' ? wordsOf(node) : '';
    if (node.type === 'heading' && node.depth === 1 && words.replace(MARK, '').trim() !== '') {
      // The heading's own marks (a bookmark, a comment) move to the start of its section.
      const marks = words.match(MARK) ?? [];
      sections.push({
        index: sections.length,
        heading: words.replace(MARK, '').replace(/\s+/g, ' ').trim(),
        nodes: marks.length > 0 ? [{ type: 'paragraph', children: [{ type: 'text', value: marks.join('') }] }] : [],
      });
    } else {
      sections[sections.length - 1]?.nodes.push(node);
    }
  }
  // Nothing before the first heading but marks and blank space: no introduction.
  const intro = sections[0];
  if (
    intro &&
    toString({ type: 'root', children: intro.nodes }).replace(MARK, '').trim() === '' &&
    !hasImage(intro.nodes)
  ) {
    if (sections.length > 1) sections[1]?.nodes.unshift(...intro.nodes);
    if (sections.length > 1) sections.shift();
  }
  return sections.map(({ index, heading, nodes: body }) => ({ index, heading, nodes: body }));
}

function hasImage(nodes: readonly RootContent[]): boolean {
  return nodes.some((n) => n.type === 'image' || ('children' in n && hasImage(n.children as RootContent[])));
}

interface MarkHandlers {
  note(label: string, definition: ElementContent[] | undefined): void;
  comment(author: string, text: string): void;
  bookmark(name: string): void;
  other(what: string): void;
}

/** Takes the marks out of the text, turning note marks into footnote references. */
function resolveMarks(nodes: RootContent[], marks: readonly Mark[], on: MarkHandlers): void {
  for (const node of nodes) {
    if (!('children' in node)) continue;
    const children: RootContent[] = [];
    for (const child of node.children as RootContent[]) {
      if (child.type !== 'text' || !child.value.includes('\uE000')) {
        children.push(child);
        continue;
      }
      let last = 0;
      for (const m of child.value.matchAll(MARK)) {
        if (m.index > last) children.push({ type: 'text', value: child.value.slice(last, m.index) });
        last = m.index + m[0].length;
        const found = marks[Number(m[1])];
        if (found?.kind === 'note') {
          on.note(found.label, found.definition);
          children.push({ type: 'footnoteReference', identifier: found.label, label: found.label });
        } else if (found?.kind === 'comment') on.comment(found.author, found.text);
        else if (found?.kind === 'bookmark') on.bookmark(found.name);
        else if (found?.kind === 'note-to-author') on.other(found.what);
      }
      if (last < child.value.length) children.push({ type: 'text', value: child.value.slice(last) });
    }
    (node as { children: RootContent[] }).children = children;
    resolveMarks(children, marks, on);
  }
}

function footnoteDefinition(
  label: string,
  body: ElementContent[],
  handlers: Record<string, unknown>,
): FootnoteDefinition {
  const tree = toMdast({ type: 'root', children: body }, { handlers: handlers as never }) as Root;
  const children = tree.children.filter((n) => n.type !== 'text' || n.value.trim() !== '');
  // Word puts a space between the note's number and its words; a note of bare words becomes a paragraph.
  const blocks = children.every((n) => isPhrasing(n))
    ? [{ type: 'paragraph' as const, children: children as PhrasingContent[] }]
    : children;
  return { type: 'footnoteDefinition', identifier: label, label, children: blocks as FootnoteDefinition['children'] };
}

function isPhrasing(node: RootContent): boolean {
  return ['text', 'emphasis', 'strong', 'link', 'inlineCode', 'break', 'image', 'footnoteReference', 'delete'].includes(
    node.type,
  );
}

function classes(node: Element): string[] {
  const value: unknown = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** An element's words, a line break counting as a space ("Our<br>vision" is two words). */
function textOf(node: HastContent | ElementContent): string {
  if (node.type === 'text') return node.value.replace(/\s+/g, ' ').trim();
  if (node.type !== 'element') return '';
  return node.children
    .map((c) => (c.type === 'text' ? c.value : c.type === 'element' && c.tagName === 'br' ? ' ' : textOf(c)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same for a Markdown node. */
export function wordsOf(node: RootContent): string {
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as RootContent[]).map(wordsOf).join('');
  return toString(node);
}

export function short(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

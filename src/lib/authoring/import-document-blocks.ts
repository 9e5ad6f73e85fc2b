/**
 * One imported section's Markdown tree, made into what the site expects:
 * sub-headings that step down one level at a time without Word's typed
 * numbers, tables inside <Table caption="..."> with cells a Markdown table can
 * hold, Word's quotes as <Quote>, compact lists, and links inside the
 * document pointing at the section they lead to.
 */

import type { Heading, Paragraph, PhrasingContent, RootContent, Table, TableCell } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { short } from './import-document-tree.ts';

declare module 'mdast' {
  interface ParagraphData {
    /** The paragraph was in Word's Caption style. */
    caption?: boolean;
  }
}

export interface BlockContext {
  /** Bookmark names and the section (by its place in the tree) each is in. */
  readonly bookmarks: ReadonlyMap<string, number>;
  /** Section ids by their place in the tree. */
  readonly sectionIds: ReadonlyMap<number, string>;
}

export interface TidiedSection {
  readonly nodes: RootContent[];
  /** What the author should hear of, in words. */
  readonly notes: string[];
  readonly tables: number;
}

/** A paragraph that names a table: "Table 3: ...", or Word's Caption style unless it names a figure. */
const TABLE_CAPTION = /^(?:table|tbl\.?)\s*\d+[a-z]?\b/i;
const FIGURE_CAPTION = /^(?:figure|fig\.?|chart|graph|map|image|picture|diagram|photo)\b/i;

/** Numbers Word authors type before headings: "1.", "2.3", "2.3.1", "(4)". The site numbers headings itself. */
const TYPED_NUMBER = /^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|\(\d{1,2}\))\s+(?=\S)/;

/** A heading's words without the number typed before them ("1.2 Our vision" -> "Our vision"). */
export function withoutTypedNumber(text: string): string {
  return text.replace(TYPED_NUMBER, '');
}

export function tidySection(input: readonly RootContent[], context: BlockContext): TidiedSection {
  const notes: string[] = [];
  const state = { notes, context, tables: 0 };
  const nodes = tidyBlocks([...input], state);
  stepHeadings(nodes, notes);
  return { nodes, notes, tables: state.tables };
}

interface State {
  readonly notes: string[];
  readonly context: BlockContext;
  tables: number;
}

function tidyBlocks(nodes: RootContent[], state: State): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node === undefined) continue;
    if (node.type === 'table') {
      const cells = node.children.flatMap((row) => row.children);
      if (cells.length === 1) {
        // A one-cell table is Word's way of drawing a box round some text.
        state.notes.push(`a box (a table of one cell) became ordinary text: "${short(toString(node), 60)}"`);
        out.push(...tidyBlocks((cells[0]?.children ?? []) as RootContent[], state));
        continue;
      }
      const before = out[out.length - 1];
      const after = nodes[i + 1];
      let caption: string | undefined;
      if (isTableCaption(before)) {
        caption = captionText(before);
        out.pop();
      } else if (isTableCaption(after)) {
        caption = captionText(after);
        i++;
      }
      state.tables++;
      out.push(tableElement(tidyTable(node, state), caption));
      continue;
    }
    if (node.type === 'blockquote') {
      const quote: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Quote',
        attributes: [],
        children: tidyBlocks(node.children, state) as MdxJsxFlowElement['children'],
      };
      out.push(quote);
      continue;
    }
    if (node.type === 'paragraph' || node.type === 'heading') {
      node.children = tidyInline(node.children, state);
      trimEdges(node.children);
      if (node.children.length === 0) continue;
      out.push(node);
      continue;
    }
    if (node.type === 'list') {
      node.spread = false;
      for (const item of node.children) {
        item.spread = false;
        item.children = tidyBlocks(item.children, state) as typeof item.children;
      }
      node.children = node.children.filter((item) => item.children.length > 0);
      if (node.children.length > 0) out.push(node);
      continue;
    }
    if (node.type === 'html') {
      // Never raw markup in an imported file: the words it holds, as text.
      out.push({ type: 'paragraph', children: [{ type: 'text', value: node.value }] });
      continue;
    }
    if (node.type === 'footnoteDefinition') {
      node.children = tidyBlocks(node.children, state) as typeof node.children;
    }
    out.push(node);
  }
  return out;
}

function isTableCaption(node: RootContent | undefined): node is Paragraph {
  if (node?.type !== 'paragraph') return false;
  const text = toString(node).trim();
  return TABLE_CAPTION.test(text) || (node.data?.caption === true && !FIGURE_CAPTION.test(text));
}

function captionText(node: Paragraph): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

function tableElement(table: Table, caption: string | undefined): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'Table',
    // No caption, no attribute: the check then refuses the table until the author writes one.
    attributes: caption === undefined ? [] : [{ type: 'mdxJsxAttribute', name: 'caption', value: caption }],
    children: [table],
  };
}

/** Cells hold one line of words in Markdown: paragraphs and list items go on lines of their own, split by <br />. */
function tidyTable(table: Table, state: State): Table {
  for (const row of table.children) {
    for (const cell of row.children) cell.children = cellContent(cell.children as RootContent[], state);
  }
  return table;
}

function cellContent(blocks: readonly RootContent[], state: State): TableCell['children'] {
  const lines: PhrasingContent[][] = [];
  let current: PhrasingContent[] = [];
  const endLine = () => {
    trimEdges(current);
    if (current.length > 0) lines.push(current);
    current = [];
  };
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') {
        endLine();
        current.push(...tidyInline(node.children, state));
        endLine();
      } else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
        visit(node.children as RootContent[]);
      } else if (node.type === 'break') {
        endLine();
      } else if (isInline(node)) {
        current.push(...tidyInline([node], state));
      } else {
        const text = toString(node).trim();
        if (text) {
          endLine();
          lines.push([{ type: 'text', value: text }]);
        }
      }
    }
  };
  visit(blocks);
  endLine();
  const br = (): MdxJsxTextElement => ({ type: 'mdxJsxTextElement', name: 'br', attributes: [], children: [] });
  return lines.flatMap((line, i) => (i === 0 ? line : [br(), ...line])) as TableCell['children'];
}

function isInline(node: RootContent): node is PhrasingContent {
  return ['text', 'emphasis', 'strong', 'delete', 'link', 'image', 'inlineCode', 'footnoteReference'].includes(
    node.type,
  );
}

/** Links inside the document, and whitespace at the edges of emphasis. */
function tidyInline(nodes: PhrasingContent[], state: State): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === 'html') {
      out.push({ type: 'text', value: node.value });
      continue;
    }
    if (node.type === 'link' && node.url.startsWith('#docx-')) {
      const name = node.url.slice('#docx-'.length);
      const section = state.context.bookmarks.get(name);
      const id = section === undefined ? undefined : state.context.sectionIds.get(section);
      if (id === undefined) {
        state.notes.push(
          `a link to a place in the Word document ("${short(toString(node), 60)}") had no place on the web page to go to: its words were kept without the link`,
        );
        out.push(...tidyInline(node.children, state));
        continue;
      }
      node.url = `#${id}`;
    }
    if ('children' in node) {
      node.children = tidyInline(node.children as PhrasingContent[], state) as typeof node.children;
      if (node.children.length === 0 && node.type !== 'link') continue;
    }
    out.push(node);
  }
  return out;
}

/** Leading and trailing spaces of a line (trailing ones would be written as &#x20;). */
function trimEdges(nodes: PhrasingContent[]): void {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  if (first?.type === 'text' && first.value === '') nodes.shift();
  const end = nodes[nodes.length - 1];
  if (end?.type === 'text' && end.value === '') nodes.pop();
}

/**
 * Sub-headings: Word's typed numbers and all-over bold taken off, and each at
 * most one level below the one before (the section title is level 1 here),
 * because screen reader users move through a page by its heading levels and
 * the check refuses a skipped level.
 */
function stepHeadings(nodes: RootContent[], notes: string[]): void {
  let previous = 1;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node?.type !== 'heading') continue;
    unwrapWhole(node);
    const first = node.children[0];
    if (first?.type === 'text') first.value = withoutTypedNumber(first.value);
    trimEdges(node.children);
    if (toString(node).trim() === '') {
      nodes.splice(i--, 1);
      continue;
    }
    const depth = Math.min(node.depth, previous + 1) as Heading['depth'];
    if (depth !== node.depth) {
      notes.push(
        `the heading "${short(toString(node), 60)}" was a Heading ${node.depth} straight after a Heading ${previous}: it became a Heading ${depth}, so that no level is skipped`,
      );
      node.depth = depth;
    }
    previous = depth;
  }
}

/** A heading wholly in bold or italic: the heading style says it already. */
function unwrapWhole(heading: Heading): void {
  const only = heading.children.length === 1 ? heading.children[0] : undefined;
  if (only?.type === 'strong' || only?.type === 'emphasis') {
    heading.children = only.children;
    unwrapWhole(heading);
  }
}

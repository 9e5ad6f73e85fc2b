/**
 * What a reader sees in a section, as a list of blocks: headings,
 * paragraphs, list items, table rows and the components' own text (a
 * Target's sentence, a quote and its source, a case study's title, a
 * statistic). Markup (emphasis, links, JSX attributes, comments) is not a
 * block and not a change: the diff compares the words on the page.
 */

import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { MdxSyntaxError, parseMdxBody } from '../mdx/parse.ts';
import { normalise } from './tokens.ts';

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'item'
  | 'row'
  | 'target'
  | 'measure'
  | 'quote'
  | 'quote-source'
  | 'case-study'
  | 'stat'
  | 'caption';

export interface Block {
  readonly kind: BlockKind;
  /** What the reader reads, whitespace made single. */
  readonly text: string;
  /** Heading level as written (2 for ##), for headings. */
  readonly depth?: number;
  /** Whether a list item belongs to a numbered list. */
  readonly ordered?: boolean;
  /** Inside a Quote or a CaseStudy: blocks inside one are shown inside one. */
  readonly within?: 'quote' | 'case-study';
  /** The indicator a Target or Measure names (also for a Measure inside a list item). */
  readonly indicator?: string;
  /** The line it starts on, in the section file. */
  readonly line: number;
}

/** Thrown when a section cannot be parsed; says which file and line. */
export class SectionParseError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;
  constructor(file: string, line: number | undefined, reason: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: cannot compare this section: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** The reader's blocks of an MDX section body. */
export function blocksOf(body: string, file: string): Block[] {
  let tree: Root;
  try {
    tree = parseMdxBody(body).tree;
  } catch (error) {
    if (error instanceof MdxSyntaxError) throw new SectionParseError(file, error.line, error.reason);
    throw error;
  }
  const out: Block[] = [];
  flow(tree.children, out, undefined);
  return out.filter((b) => b.text !== '');
}

const lineOf = (node: Nodes): number => node.position?.start.line ?? 1;

function attr(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a || a.value === null || a.value === undefined) return undefined;
  return typeof a.value === 'string' ? a.value : a.value.value.trim();
}

function flow(nodes: readonly RootContent[], out: Block[], within: Block['within']): void {
  for (const node of nodes) {
    const line = lineOf(node);
    const w = within ? { within } : {};
    switch (node.type) {
      case 'heading':
        out.push({ kind: 'heading', text: text(node), depth: node.depth, line, ...w });
        break;
      case 'paragraph': {
        // <Target ...>sentence</Target> written on one line is an inline element alone in a paragraph.
        const only = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
        const single = only.length === 1 ? only[0] : undefined;
        if (single?.type === 'mdxJsxTextElement' && (single.name === 'Target' || single.name === 'Measure')) {
          out.push({
            kind: single.name === 'Target' ? 'target' : 'measure',
            text: text(single),
            line,
            indicator: attr(single, 'indicator') ?? '',
            ...w,
          });
          break;
        }
        out.push({ kind: within === 'quote' ? 'quote' : 'paragraph', text: text(node), line, ...w });
        break;
      }
      case 'list':
        for (const item of node.children) {
          const measure = findMeasure(item);
          out.push({
            kind: 'item',
            text: text(item),
            ordered: node.ordered === true,
            line: lineOf(item),
            ...w,
            ...(measure ? { indicator: measure } : {}),
          });
        }
        break;
      case 'table':
        for (const row of node.children) {
          out.push({ kind: 'row', text: row.children.map((cell) => text(cell)).join(' | '), line: lineOf(row), ...w });
        }
        break;
      case 'blockquote':
        flow(node.children, out, 'quote');
        break;
      case 'mdxJsxFlowElement':
        component(node, out, within);
        break;
      default:
        // Code, HTML, thematic breaks, imports and {/* comments */} are not prose a reader compares.
        break;
    }
  }
}

function component(node: MdxJsxFlowElement, out: Block[], within: Block['within']): void {
  const line = lineOf(node);
  const w = within ? { within } : {};
  switch (node.name) {
    case 'Target':
      out.push({ kind: 'target', text: text(node), line, indicator: attr(node, 'indicator') ?? '', ...w });
      return;
    case 'Measure':
      out.push({ kind: 'measure', text: text(node), line, indicator: attr(node, 'indicator') ?? '', ...w });
      return;
    case 'Quote': {
      flow(node.children, out, 'quote');
      const source = attr(node, 'source');
      if (source) out.push({ kind: 'quote-source', text: normalise(source), line, within: 'quote' });
      return;
    }
    case 'CaseStudy':
      out.push({ kind: 'case-study', text: normalise(attr(node, 'title') ?? ''), line, within: 'case-study' });
      flow(node.children, out, 'case-study');
      return;
    case 'Stat':
      out.push({
        kind: 'stat',
        text: normalise(`${attr(node, 'value') ?? ''} ${attr(node, 'label') ?? ''}`),
        line,
        ...w,
      });
      return;
    case 'AtAGlance':
    case 'Table': {
      const title = attr(node, node.name === 'Table' ? 'caption' : 'title');
      if (title) out.push({ kind: 'caption', text: normalise(title), line, ...w });
      flow(node.children, out, within);
      return;
    }
    default:
      flow(node.children, out, within);
  }
}

function findMeasure(node: Nodes): string | undefined {
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Measure') {
    return attr(node, 'indicator');
  }
  if ('children' in node) {
    for (const child of node.children) {
      const found = findMeasure(child as Nodes);
      if (found) return found;
    }
  }
  return undefined;
}

/** The words a reader sees in a node: expressions and comments dropped, images by their alt text. */
function text(node: Nodes): string {
  return normalise(collect(node));
}

function collect(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'image':
      return node.alt ?? '';
    case 'break':
      return ' ';
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
    case 'footnoteReference':
    case 'html':
      return '';
    default:
      if ('children' in node) {
        // Paragraphs inside a list item or component are separate lines of text.
        const sep = node.type === 'listItem' || node.type === 'mdxJsxFlowElement' ? ' ' : '';
        return (node.children as Nodes[]).map(collect).join(sep);
      }
      return '';
  }
}

/**
 * A faithful save of an MDX file (a section or an update). Keystatic writes
 * the whole body again with its own serialiser: `*` for list bullets, two
 * spaces before the children of a component, a blank line between
 * `<Stat>`s, `\[^2]` for a footnote reference (it has no footnotes), and
 * no blank line after the front matter. So this compares the two bodies
 * block by block (parsed as the site parses them, footnotes included) and
 * keeps the old text of every block that says the same, going inside
 * components and lists; only the blocks an author changed take the editor's
 * text, and an edited list item keeps the list's own bullet.
 *
 * What Keystatic cannot read at all is shown to it as text (see
 * `forEditor`): a footnote's definition and a `{/* comment *\/}` line.
 * `fromEditor` undoes that, and what the editor escaped in footnote
 * references.
 */

import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { align, type Step } from './align.ts';
import type { FieldSpec } from './form-spec-types.ts';
import { saveData } from './save-data.ts';

type Node = Root | RootContent;

/** Parsed as the site reads MDX (src/lib/mdx/parse.ts): GFM with footnotes, and MDX. */
const siteParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

function parseBody(text: string): Root {
  return siteParser.parse(text);
}

const FRONT_MATTER = /^---\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

export function splitMdx(text: string): { front: string | undefined; frontEnd: number; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { front: undefined, frontEnd: 0, body: text };
  return {
    front: match[1] === undefined ? '' : `${match[1]}\n`,
    frontEnd: match[0].length,
    body: text.slice(match[0].length),
  };
}

/** The new text of an MDX file: `before` with only the changes the editor made in `after`. */
export function saveMdx(before: string | undefined, after: string, frontFields: readonly FieldSpec[]): string {
  const next = splitMdx(after.replace(/\r\n?/g, '\n'));
  const nextFront = parseYaml(next.front ?? '') ?? {};
  const nextBody = fromEditor(next.body);
  if (before === undefined) {
    const front = saveData('yaml', undefined, nextFront, frontFields);
    return `---\n${front}---\n\n${nextBody.replace(/^\n+/, '')}`;
  }
  const old = splitMdx(before);
  const front = saveData('yaml', old.front, nextFront, frontFields);
  const head =
    old.front === undefined
      ? `---\n${front}---\n\n`
      : `${before.slice(0, 4)}${front}${before.slice(4 + (old.front?.length ?? 0), old.frontEnd)}`;
  return head + mergeBody(old.body, nextBody);
}

// ------------------------------------------------------ what Keystatic reads

/**
 * The file as the editor is shown it: footnote definitions and `{/* *\/}`
 * comment lines as plain text (Keystatic drops a definition whose note looks
 * like a link, and refuses to open a file with a comment).
 */
export function forEditor(text: string): string {
  const { frontEnd, body } = splitMdx(text);
  const tree = parseBody(body);
  const inserts: { at: number; text: string; end?: number }[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'footnoteDefinition' && node.position) {
      inserts.push({ at: node.position.start.offset ?? 0, text: '\\' });
    }
    if (node.type === 'mdxFlowExpression' && node.position && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
      const start = node.position.start.offset ?? 0;
      // Its words escaped too: a comment may name a component ("a <Target> value"), which is not a tag.
      const words = node.value
        .trim()
        .replace(/^\/\*([\s\S]*)\*\/$/, '$1')
        .replace(/[\\<{}[\]*_]/g, '\\$&');
      inserts.push({ at: start, end: node.position.end.offset ?? start, text: `\\{/*${words}*/}` });
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  if (inserts.length === 0) return text;
  let out = body;
  for (const insert of inserts.sort((a, b) => b.at - a.at)) {
    out = out.slice(0, insert.at) + insert.text + out.slice(insert.end ?? insert.at);
  }
  return text.slice(0, frontEnd) + out;
}

/** The editor's body with footnotes and comment lines written as authors write them. */
export function fromEditor(body: string): string {
  return (
    body
      // A footnote reference or definition the editor escaped: [^2], [^note].
      .replace(/\\\[\^([^\]\s\\]+)\]/g, '[^$1]')
      // A comment line the editor kept as text: \{/\* check-ignore readability \*/}.
      .replace(/^([ \t]*)\\\{\/\\?\*(.*?)\\?\*\/\}[ \t]*$/gm, (_m, indent: string, inner: string) => {
        return `${indent}{/*${inner.replace(/\\([*_\\[\]<{}])/g, '$1')}*/}`;
      })
  );
}

// ------------------------------------------------------------ comparison

/** A node as data, without positions or anything the serialiser chooses (attribute order, list spacing). */
function shape(node: Node): unknown {
  const { position: _p, data: _d, ...rest } = node as Node & { data?: unknown };
  const out: Record<string, unknown> = { ...rest };
  delete out.spread;
  if ('attributes' in node) {
    out.attributes = (node.attributes as MdxJsxAttribute[])
      .map((a) => [a.name, attributeValue(a)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  if ('children' in node) out.children = node.children.map(shape);
  return out;
}

function attributeValue(attribute: MdxJsxAttribute): unknown {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const source = value.value.trim();
  const number = Number(source);
  return source !== '' && Number.isFinite(number) ? number : source;
}

const key = (node: Node): string => JSON.stringify(shape(node));

// --------------------------------------------------------------- merging

interface Side {
  readonly text: string;
}

const start = (n: Node): number => n.position?.start.offset ?? 0;
const end = (n: Node): number => n.position?.end.offset ?? 0;

export function mergeBody(before: string, after: string): string {
  const oldTree = parseBody(before);
  const newTree = parseBody(after);
  return mergeChildren(
    { text: before },
    oldTree.children,
    0,
    before.length,
    { text: after },
    newTree.children,
    undefined,
  );
}

/**
 * The text of a container (the body, a component, a list) between `from` and
 * `to` in the old file, with its children merged: kept ones as they were,
 * changed ones from the editor, and the gaps between kept neighbours as they
 * were.
 */
function mergeChildren(
  old: Side,
  oldChildren: readonly Node[],
  from: number,
  to: number,
  next: Side,
  newChildren: readonly Node[],
  bullet: string | undefined,
): string {
  if (oldChildren.length === 0) {
    return newChildren.map((c) => placed(next, c, old, from, bullet)).join('\n\n');
  }
  const first = oldChildren[0] as Node;
  const last = oldChildren[oldChildren.length - 1] as Node;
  const gaps = oldChildren.slice(1).map((c, i) => old.text.slice(end(oldChildren[i] as Node), start(c)));
  const usualGap = mostCommon(gaps) ?? '\n\n';
  const pieces: { text: string; oldIndex?: number }[] = [];
  const ops = align(oldChildren.map(key), newChildren.map(key), (a, b) => a === b);
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k] as Step;
    if (op.kind === 'keep') {
      pieces.push({
        text: old.text.slice(start(oldChildren[op.old] as Node), end(oldChildren[op.old] as Node)),
        oldIndex: op.old,
      });
      continue;
    }
    const following = ops[k + 1];
    if (op.kind === 'remove' && following?.kind === 'add') {
      const o = oldChildren[op.old] as Node;
      const n = newChildren[following.new] as Node;
      pieces.push({ text: mergeNode(old, o, next, n, bullet), oldIndex: op.old });
      k++;
      continue;
    }
    if (op.kind === 'add') pieces.push({ text: placed(next, newChildren[op.new] as Node, old, start(first), bullet) });
  }
  let out = old.text.slice(from, start(first));
  pieces.forEach((piece, i) => {
    const previous = pieces[i - 1];
    if (previous) {
      const adjacent = previous.oldIndex !== undefined && piece.oldIndex === previous.oldIndex + 1;
      out += adjacent ? (gaps[previous.oldIndex as number] ?? usualGap) : usualGap;
    }
    out += piece.text;
  });
  return out + old.text.slice(end(last), to);
}

/** A changed block: inside a component or list, merged child by child; otherwise the editor's text. */
function mergeNode(old: Side, o: Node, next: Side, n: Node, bullet: string | undefined): string {
  if (o.type === 'mdxJsxFlowElement' && n.type === 'mdxJsxFlowElement' && o.name === n.name) {
    const oldOpen = openingTagEnd(old.text, o);
    const newOpen = openingTagEnd(next.text, n);
    const oldClose = closingTagStart(old.text, o);
    const newClose = closingTagStart(next.text, n);
    if (oldClose !== undefined && newClose !== undefined && o.children.length > 0) {
      const head = sameAttributes(o, n) ? old.text.slice(start(o), oldOpen) : next.text.slice(start(n), newOpen);
      const inner = mergeChildren(old, o.children, oldOpen, oldClose, next, n.children, undefined);
      return head + inner + old.text.slice(oldClose, end(o));
    }
  }
  if (o.type === 'list' && n.type === 'list' && o.ordered === n.ordered && o.children.length > 0) {
    const marker = /^\s*([*+-]|\d+[.)])/.exec(old.text.slice(start(o)))?.[1];
    return mergeChildren(old, o.children, start(o), end(o), next, n.children, marker);
  }
  return placed(next, n, old, start(o), bullet);
}

function sameAttributes(a: MdxJsxFlowElement, b: MdxJsxFlowElement): boolean {
  return (
    JSON.stringify((shape(a) as { attributes: unknown }).attributes) ===
    JSON.stringify((shape(b) as { attributes: unknown }).attributes)
  );
}

/** Just after the `>` of an element's opening tag. */
function openingTagEnd(text: string, element: MdxJsxFlowElement): number {
  const lastAttribute = element.attributes[element.attributes.length - 1];
  let i = lastAttribute?.position?.end.offset ?? start(element) + 1 + (element.name?.length ?? 0);
  while (i < text.length && text[i] !== '>') i++;
  return i + 1;
}

function closingTagStart(text: string, element: MdxJsxFlowElement): number | undefined {
  const at = text.lastIndexOf(`</${element.name ?? ''}`, end(element));
  return at >= start(element) ? at : undefined;
}

/**
 * A block from the editor, to stand where the old file's block stood: taken
 * out of the editor's indentation, given the old block's, and a list item
 * given the list's own bullet.
 */
function placed(next: Side, n: Node, old: Side, at: number, bullet: string | undefined): string {
  const column = (n.position?.start.column ?? 1) - 1;
  const lines = next.text.slice(start(n), end(n)).split('\n');
  const targetIndent = ' '.repeat(Math.max(0, at - (old.text.lastIndexOf('\n', at - 1) + 1)));
  const text = lines
    .map((line, i) => (i === 0 ? line : targetIndent + line.slice(Math.min(column, /^ */.exec(line)?.[0].length ?? 0))))
    .join('\n');
  if (n.type === 'listItem' && bullet) return text.replace(/^([*+-]|\d+[.)])/, bullet);
  return text;
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

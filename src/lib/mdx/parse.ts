/**
 * Reading an MDX section: its front matter (YAML between `---` lines) and the
 * components its body uses, with their attributes and positions. Parsed with
 * unified + remark-parse + remark-mdx, the same grammar the site renders with.
 */

import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { cached, cacheKey, packageVersions } from '../core/build-cache.ts';
import { CODE_VERSIONS } from '../core/code-versions.ts';

export interface FrontMatterSplit {
  /** The YAML text, or undefined when the file has no front matter. */
  readonly yaml: string | undefined;
  /** Line number (1-based) of the first YAML line. */
  readonly yamlLine: number;
  /** The body with the front matter replaced by blank lines, so positions stay true to the file. */
  readonly body: string;
}

export function splitFrontMatter(text: string): FrontMatterSplit {
  const normalised = text.replace(/\r\n?/g, '\n');
  // The closing --- must start a line of its own ("title: Before---" is YAML, not the end).
  const match = /^---\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(normalised);
  if (!match) return { yaml: undefined, yamlLine: 1, body: normalised };
  const consumed = match[0];
  const lines = consumed.split('\n').length - (consumed.endsWith('\n') ? 1 : 0);
  return { yaml: match[1] ?? '', yamlLine: 2, body: '\n'.repeat(lines) + normalised.slice(consumed.length) };
}

export type AttributeValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'expression'; readonly source: string }
  | { readonly kind: 'boolean' };

export interface ComponentUse {
  readonly name: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  /** Where each attribute is written. */
  readonly attributePlaces: Readonly<Record<string, { line: number; column: number }>>;
  /** The plain text inside the element (its sentence, for Target and Measure). */
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** Spread attributes ({...props}) cannot be checked, so they are refused. */
  readonly hasSpread: boolean;
}

export interface ParsedBody {
  readonly tree: Root;
  readonly components: ComponentUse[];
}

export class MdxSyntaxError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** The parser's own words: for programmers; errors.ts says it for authors. */
  readonly reason: string;
  /** Which rule of which parser part failed ("unexpected-character", "micromark-extension-mdx-jsx"). */
  readonly ruleId: string | undefined;
  readonly source: string | undefined;
  constructor(
    reason: string,
    line: number | undefined,
    column: number | undefined,
    rule: { ruleId?: string | undefined; source?: string | undefined } = {},
  ) {
    super(reason);
    this.reason = reason;
    this.line = line;
    this.column = column;
    this.ruleId = rule.ruleId;
    this.source = rule.source;
  }
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/**
 * Parsed bodies by text: loading, the prose checks and the diff engine each
 * read every section, and parsing is most of what they cost. Callers only
 * read the trees. The cache is emptied when it grows past a regional
 * partnership's worth of sections, so memory stays bounded; the build cache
 * on disk (core/build-cache.ts) keeps every body's tree between builds.
 */
const parsedBodies = new Map<string, ParsedBody>();
const MAX_CACHED = 4_000;

/** Forgets parsed bodies held in memory (the build, once its checks are done; benchmarks, with BUILD_CACHE_DIR empty). */
export function clearMdxCache(): void {
  parsedBodies.clear();
}

/** Parses an MDX body; throws MdxSyntaxError with the place of the first syntax error. */
export function parseMdxBody(body: string): ParsedBody {
  const known = parsedBodies.get(body);
  if (known) return known;
  const parsed = parseStored(body);
  if (parsedBodies.size >= MAX_CACHED) parsedBodies.clear();
  parsedBodies.set(body, parsed);
  return parsed;
}

/**
 * From the build cache, named by the body, this module's code and the parser
 * packages; always read back from JSON, so a tree parsed now and one read
 * from the cache are the same data. Bodies that do not parse are not kept.
 */
function parseStored(body: string): ParsedBody {
  const packages = packageVersions(['unified', 'remark-parse', 'remark-gfm', 'remark-mdx']);
  const make = () => JSON.stringify(parseUncached(body));
  if (packages === undefined) return JSON.parse(make()) as ParsedBody;
  return JSON.parse(cached('mdx', cacheKey(['mdx', CODE_VERSIONS.mdx, packages, body]), make)) as ParsedBody;
}

function parseUncached(body: string): ParsedBody {
  let tree: Root;
  try {
    tree = processor.parse(body);
  } catch (error) {
    const e = error as {
      reason?: string;
      message?: string;
      line?: number;
      column?: number;
      ruleId?: string;
      source?: string;
    };
    const reason = e.reason ?? e.message ?? String(error);
    // Some errors (an unclosed component) carry their place only in the text: "(23:1-23:32)".
    const inText = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)\s*$/.exec(reason);
    throw new MdxSyntaxError(
      inText ? reason.slice(0, inText.index) : reason,
      e.line ?? (inText ? Number(inText[1]) : undefined),
      e.column ?? (inText ? Number(inText[2]) : undefined),
      { ruleId: e.ruleId, source: e.source },
    );
  }
  const components: ComponentUse[] = [];
  walk(tree.children, components);
  return { tree, components };
}

function walk(nodes: readonly RootContent[], out: ComponentUse[]): void {
  for (const node of nodes) {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      out.push(toComponentUse(node));
    }
    if ('children' in node) walk(node.children as RootContent[], out);
  }
}

function toComponentUse(node: MdxJsxFlowElement | MdxJsxTextElement): ComponentUse {
  const attributes: Record<string, AttributeValue> = {};
  const attributePlaces: Record<string, { line: number; column: number }> = {};
  let hasSpread = false;
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') {
      hasSpread = true;
      continue;
    }
    attributes[attr.name] = attributeValue(attr);
    const start = attr.position?.start;
    if (start) attributePlaces[attr.name] = { line: start.line, column: start.column };
  }
  return {
    name: node.name ?? '',
    attributes,
    attributePlaces,
    text: toString(node).replace(/\s+/g, ' ').trim(),
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
    hasSpread,
  };
}

function attributeValue(attr: MdxJsxAttribute): AttributeValue {
  if (attr.value === null || attr.value === undefined) return { kind: 'boolean' };
  if (typeof attr.value === 'string') return { kind: 'string', value: attr.value };
  return { kind: 'expression', source: attr.value.value.trim() };
}

/** A number written as `{22.3}` (or `{-1.5}`), or undefined when the expression is anything else. */
export function numericLiteral(source: string): number | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(source)) return undefined;
  return Number(source);
}

/**
 * The body's tree for the checks that read prose, or undefined when the body
 * has a syntax error: the loader reports that once, and there is nothing
 * more to check.
 */
export function proseTree(body: string): Root | undefined {
  try {
    return parseMdxBody(body).tree;
  } catch (error) {
    if (error instanceof MdxSyntaxError) return undefined;
    throw error;
  }
}

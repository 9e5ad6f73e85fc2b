/**
 * A faithful save of a YAML or JSON file: the editor hands over the whole
 * file as it would write it (Keystatic serialises every field its own way:
 * js-yaml re-folds long text and drops quotes, JSON.stringify writes 55.0 as
 * 55), and this keeps the file as it was except where a value changed. It
 * compares the old file's values with the new ones, field by field and item
 * by item, and edits only the text of what differs: a changed value in
 * place, an added field or item beside its neighbours and in their style, a
 * removed one with its line.
 *
 * A field the editor wrote empty (no text, no items) or at the schema's
 * default is left out when the file did not have it, as an author writing by
 * hand would.
 */

import { isMap, isScalar, isSeq, parseDocument, Scalar, stringify, type Node, type Pair } from 'yaml';
import { align } from './align.ts';
import type { FieldSpec } from './form-spec-types.ts';

export type DataFormat = 'yaml' | 'json';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Context {
  readonly text: string;
  readonly format: DataFormat;
  readonly edits: Edit[];
}

/** The new text of a data file: `before` with only the changes from `after` (a parsed value). */
export function saveData(
  format: DataFormat,
  before: string | undefined,
  after: unknown,
  fields: readonly FieldSpec[],
): string {
  return saveValue(format, before, after, objectSpec(fields));
}

/** The same for a file whose whole value is of one field's kind (areas.json is a list). */
export function saveValue(format: DataFormat, before: string | undefined, after: unknown, spec: FieldSpec): string {
  const doc = before === undefined || before.trim() === '' ? undefined : parseDocument(before);
  const readable = doc && doc.errors.length === 0 && doc.contents ? doc : undefined;
  const cleaned = clean(after, spec, readable?.toJSON());
  if (!readable || before === undefined) {
    return format === 'json' ? `${JSON.stringify(cleaned, null, 2)}\n` : stringify(cleaned, { lineWidth: 80 });
  }
  const context: Context = { text: before, format, edits: [] };
  diff(readable.contents as Node, cleaned, spec, context);
  let result = context.text;
  for (const edit of [...context.edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

const objectSpec = (fields: readonly FieldSpec[]): FieldSpec => ({
  key: '',
  label: '',
  required: true,
  kind: { type: 'object', fields },
});

// ------------------------------------------------------------ equivalence

/**
 * Whether the file's value and the editor's say the same: numbers as written
 * or not (55.0 and 55), a year as text or a number (periods), and an
 * accessibility issue as plain text or as `{ text }`.
 */
export function sameValue(before: unknown, after: unknown): boolean {
  if (before === after) return true;
  if (typeof before === 'number' && typeof after === 'string') return String(before) === after;
  if (typeof before === 'string' && typeof after === 'number') return before === String(after);
  if (typeof before === 'string' && isRecord(after)) {
    return Object.keys(after).length === 1 && after.text === before;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    return before.length === after.length && before.every((v, i) => sameValue(v, after[i]));
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].every((k) => sameValue(before[k], after[k]));
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isEmpty(value: unknown, spec: FieldSpec | undefined): boolean {
  if (value === undefined || value === '') return true;
  if (value === null) return !(spec?.kind.type === 'number' && spec.kind.nullable);
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.values(value).every((v) => v === undefined);
  return false;
}

/**
 * The editor's value without what nobody wrote: empty optional fields, and
 * (where the file lacks the field) values equal to the schema's default.
 * Keys keep the editor's order, which is the schema's.
 */
function clean(value: unknown, spec: FieldSpec | undefined, before: unknown): unknown {
  const kind = spec?.kind;
  if (kind?.type === 'array' && Array.isArray(value)) {
    return value.map((item, i) => clean(item, kind.item, Array.isArray(before) ? before[i] : undefined));
  }
  if (!isRecord(value)) return value;
  const fields = kind?.type === 'object' ? kind.fields : [];
  const result: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    const field = fields.find((f) => f.key === key);
    const old = isRecord(before) ? before[key] : undefined;
    const v = clean(raw, field, old);
    const had = isRecord(before) && key in before;
    if (!had && field && !field.required && (isEmpty(v, field) || sameValue(field.default, v))) continue;
    if (had && isEmpty(v, field) && field && !field.required && !isEmpty(old, field)) continue;
    if (!had && isEmpty(v, field) && v !== null) continue;
    result[key] = v;
  }
  // An issue written as plain text stays plain text unless it gains a criterion or date.
  if (kind?.type === 'object' && kind.orText && typeof before === 'string' && Object.keys(result).length === 1) {
    return result.text;
  }
  return result;
}

// ------------------------------------------------------------------ diff

function diff(node: Node, after: unknown, spec: FieldSpec | undefined, context: Context): void {
  if (sameValue(node.toJSON(), after)) return;
  const kind = spec?.kind;
  if (isMap(node) && isRecord(after)) {
    diffMap(node.items as Pair<Node, Node>[], node, after, kind?.type === 'object' ? kind.fields : [], context);
    return;
  }
  if (isSeq(node) && Array.isArray(after)) {
    diffSeq(node.items as Node[], node, after, kind?.type === 'array' ? kind.item : undefined, context);
    return;
  }
  replace(node, after, context);
}

function keyOf(pair: Pair<Node, Node>): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function diffMap(
  pairs: readonly Pair<Node, Node>[],
  node: Node,
  after: Record<string, unknown>,
  fields: readonly FieldSpec[],
  context: Context,
): void {
  const afterKeys = Object.keys(after);
  pairs.forEach((pair, i) => {
    const key = keyOf(pair);
    if (!(key in after)) {
      // A field the editor does not know (the check reports it) is left alone.
      if (fields.some((f) => f.key === key)) removeItem(pairs, i, node, context);
      return;
    }
    if (pair.value)
      diff(
        pair.value,
        after[key],
        fields.find((f) => f.key === key),
        context,
      );
    else replaceRange(keyEnd(pair), keyEnd(pair), ` ${render(after[key], context.format, '', undefined)}`, context);
  });
  const present = new Set(pairs.map(keyOf));
  afterKeys.forEach((key, index) => {
    if (present.has(key)) return;
    // Beside the nearest earlier field the file has, else before the first.
    const earlier = afterKeys
      .slice(0, index)
      .reverse()
      .find((k) => present.has(k));
    const at = earlier === undefined ? -1 : pairs.findIndex((p) => keyOf(p) === earlier);
    insertPair(pairs, at, node, key, after[key], context);
  });
}

function diffSeq(
  items: readonly Node[],
  node: Node,
  after: readonly unknown[],
  itemSpec: FieldSpec | undefined,
  context: Context,
): void {
  const before = items.map((item) => item.toJSON() as unknown);
  const ops = align(before, after, sameValue);
  let lastKept = -1;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k];
    if (!op) continue;
    if (op.kind === 'keep') {
      lastKept = op.old;
      continue;
    }
    const next = ops[k + 1];
    // A removed item followed by an added one is that item changed: edit it where it is.
    if (op.kind === 'remove' && next?.kind === 'add') {
      const item = items[op.old];
      if (item) diff(item, after[next.new], itemSpec, context);
      lastKept = op.old;
      k++;
      continue;
    }
    if (op.kind === 'remove') removeItem(items, op.old, node, context);
    else insertItem(items, lastKept, node, after[op.new], context);
  }
}

// ----------------------------------------------------------------- edits

function replaceRange(start: number, end: number, text: string, context: Context): void {
  context.edits.push({ start, end, text });
}

function range(node: Node): [number, number] {
  const r = node.range ?? [0, 0, 0];
  return [r[0], r[1]];
}

function keyEnd(pair: Pair<Node, Node>): number {
  return range(pair.key)[1] + 1;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function indentAt(text: string, at: number): string {
  const start = lineStart(text, at);
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

/** A single-line value's text, or a block's, in the style of the one it replaces. */
function replace(node: Node, after: unknown, context: Context): void {
  const [start, end] = range(node);
  const { text, format } = context;
  if (format === 'yaml' && isScalar(node) && (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL')) {
    const indent = `${indentAt(text, start)}  `;
    const block = blockScalar(after, node.type, indent);
    const trailing = text.slice(start, end).endsWith('\n') ? '\n' : '';
    replaceRange(start, end, block + trailing, context);
    return;
  }
  const sibling = text.slice(start, end);
  replaceRange(start, end, render(after, format, indentAt(text, start), sibling), context);
}

function blockScalar(value: unknown, type: Scalar.BLOCK_FOLDED | Scalar.BLOCK_LITERAL, indent: string): string {
  const scalar = new Scalar(value);
  scalar.type = type;
  const out = stringify(scalar, { lineWidth: 80 }).replace(/\n$/, '');
  const [header, ...lines] = out.split('\n');
  return [header, ...lines.map((l) => (l.trim() === '' ? '' : `${indent}${l.replace(/^ {2}/, '')}`))].join('\n');
}

/**
 * A value as text at an indentation: JSON in the style of `sibling` (one line
 * when the sibling is one line, else two-space indented), YAML in block style.
 */
function render(value: unknown, format: DataFormat, indent: string, sibling: string | undefined): string {
  if (format === 'json') {
    if (sibling !== undefined && !sibling.includes('\n') && (isRecord(value) || Array.isArray(value))) {
      return inlineJson(value);
    }
    return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
  }
  if (value === null || typeof value !== 'object') return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  const block = stringify(value, { lineWidth: 80 }).replace(/\n$/, '');
  return `\n${block
    .split('\n')
    .map((l) => `${indent}  ${l}`)
    .join('\n')}`;
}

function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (isRecord(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0
      ? '{}'
      : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** Where an item of a map or list starts and ends, with what separates it from its neighbours. */
function itemSpan(items: readonly (Node | Pair<Node, Node>)[], i: number): [number, number] {
  const item = items[i];
  if (!item) return [0, 0];
  const first = 'key' in item ? item.key : item;
  const last = 'key' in item ? (item.value ?? item.key) : item;
  return [range(first as Node)[0], range(last as Node)[1]];
}

function removeItem(items: readonly (Node | Pair<Node, Node>)[], i: number, node: Node, context: Context): void {
  const { text } = context;
  const [start, end] = itemSpan(items, i);
  if (isFlow(node, context)) {
    if (items.length === 1) {
      const [s, e] = range(node);
      replaceRange(s, e, isMap(node) ? '{}' : '[]', context);
    } else if (i > 0) replaceRange(itemSpan(items, i - 1)[1], end, '', context);
    else replaceRange(start, itemSpan(items, 1)[0], '', context);
    return;
  }
  // A block item is whole lines: from its line's start to the next line's.
  const from = lineStart(text, start);
  let to = end;
  while (to < text.length && text[to - 1] !== '\n') to++;
  replaceRange(from, to, '', context);
}

function isFlow(node: Node, context: Context): boolean {
  return context.format === 'json' || ((isMap(node) || isSeq(node)) && node.flow === true);
}

function insertPair(
  pairs: readonly Pair<Node, Node>[],
  after: number,
  node: Node,
  key: string,
  value: unknown,
  context: Context,
): void {
  const { text, format } = context;
  if (isFlow(node, context)) {
    const neighbour = pairs[Math.max(after, 0)];
    const indent = neighbour ? indentAt(text, range(neighbour.key)[0]) : '';
    const sibling = neighbour?.value ? text.slice(...range(neighbour.value)) : undefined;
    const entry = `${JSON.stringify(key)}: ${render(value, 'json', indent, typeof value === 'object' ? sibling : undefined)}`;
    insertFlow(pairs, after, node, entry, indent, context);
    return;
  }
  const neighbour = pairs[Math.max(after, 0)];
  const indent = neighbour ? indentAt(text, range(neighbour.key)[0]) : '';
  const line = `${indent}${format === 'yaml' ? key : JSON.stringify(key)}:${blockValue(value, indent)}\n`;
  const at = after >= 0 ? lineAfter(text, itemSpan(pairs, after)[1]) : lineStart(text, itemSpan(pairs, 0)[0]);
  replaceRange(at, at, line, context);
}

function insertItem(items: readonly Node[], after: number, node: Node, value: unknown, context: Context): void {
  const { text } = context;
  if (isFlow(node, context)) {
    const neighbour = items[Math.max(after, 0)];
    const indent = neighbour ? indentAt(text, range(neighbour)[0]) : '';
    const sibling = neighbour ? text.slice(...range(neighbour)) : undefined;
    insertFlow(items, after, node, render(value, 'json', indent, sibling), indent, context);
    return;
  }
  const neighbour = items[Math.max(after, 0)];
  const indent = neighbour ? indentAt(text, range(neighbour)[0]) : '';
  // A list of { channel: ..., count: ... } gets one more written the same way, on one line.
  const inFlow = (isMap(neighbour) || isSeq(neighbour)) && neighbour.flow === true;
  const body = inFlow
    ? `- ${stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).replace(/\n$/, '')}`
    : stringify([value], { lineWidth: 80 }).replace(/\n$/, '');
  const lines = body
    .split('\n')
    .map((l) => `${indent}${l}`)
    .join('\n');
  const at = after >= 0 ? lineAfter(text, itemSpan(items, after)[1]) : lineStart(text, itemSpan(items, 0)[0]);
  replaceRange(at, at, `${lines}\n`, context);
}

function insertFlow(
  items: readonly (Node | Pair<Node, Node>)[],
  after: number,
  node: Node,
  entry: string,
  indent: string,
  context: Context,
): void {
  if (items.length === 0) {
    const [s, e] = range(node);
    const open = context.text[s] ?? '[';
    const close = open === '{' ? '}' : ']';
    const outer = indentAt(context.text, s);
    replaceRange(s, e, `${open}\n${outer}  ${entry}\n${outer}${close}`, context);
    return;
  }
  const separator = `,\n${indent}`;
  if (after >= 0) {
    const end = itemSpan(items, after)[1];
    replaceRange(end, end, `${separator}${entry}`, context);
  } else {
    const start = itemSpan(items, 0)[0];
    replaceRange(start, start, `${entry}${separator}`, context);
  }
}

/** A YAML value after `key:`: on the line for a scalar, below it for a list or map. */
function blockValue(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return ` ${stringify(value, { lineWidth: 0 }).replace(/\n$/, '')}`;
  const block = stringify(value, { lineWidth: 80 }).replace(/\n$/, '');
  return `\n${block
    .split('\n')
    .map((l) => `${indent}  ${l}`)
    .join('\n')}`;
}

function lineAfter(text: string, at: number): number {
  if (at > 0 && text[at - 1] === '\n') return at;
  const newline = text.indexOf('\n', at);
  return newline === -1 ? text.length : newline + 1;
}

/**
 * Reading YAML and JSON while remembering where each value came from, so that
 * a problem can name its line and column.
 */

import { existsSync, readdirSync } from 'node:fs';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import { findJsonSyntaxError } from './json-syntax.ts';
import { problem, type Place, type Problem, type Severity } from './problems.ts';
import { findCutValues, findYamlSlip, type YamlSlip } from './yaml-slips.ts';

export interface Located {
  /** The parsed value, or undefined when the text could not be parsed. */
  readonly data: unknown;
  /** Syntax problems, with their lines. */
  readonly problems: Problem[];
  /** Where a field path is in the source (its value; the nearest existing parent when absent). */
  locate(path: readonly PropertyKey[]): Place;
  /** Where a key is written (for unknown fields); falls back to locate(). */
  locateKey(path: readonly PropertyKey[]): Place;
  /** The source text of the value at a path, as written (undefined when it is not there). */
  textAt(path: readonly PropertyKey[]): string | undefined;
}

interface Options {
  /** Lines before this text in its file (front matter starts on line 2). */
  lineOffset?: number;
}

export function readYaml(text: string, file: string, options: Options = {}): Located {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  const offset = options.lineOffset ?? 0;
  const problems = doc.errors.length > 0 ? yamlErrors(text, file, doc.errors, offset) : quietSlips(text, file, offset);
  const data = problems.some((p) => p.severity === 'error') ? undefined : doc.toJS();
  return located(() => ({ doc, counter, text }), data, problems, offset);
}

/**
 * One problem for one slip: the line where the author went wrong when it can
 * be found (an unclosed quote where it opens, an indented line where it is),
 * else the parser's first complaint, in words. The parser often reports one
 * slip several times, or on the line before it, so later complaints are left
 * out, except for fields written twice, which are each a slip of their own.
 */
function yamlErrors(text: string, file: string, errors: readonly YAMLError[], offset: number): Problem[] {
  const first = errors[0]?.linePos?.[0]?.line ?? Infinity;
  const last = Math.max(...errors.map((e) => e.linePos?.[0]?.line ?? Infinity));
  const slip = findYamlSlip(text);
  const problems: Problem[] = [];
  if (slip && slip.line <= Math.max(first + 1, last)) problems.push(slipProblem(file, slip, offset, 'error'));
  else {
    const [error] = errors;
    if (error) problems.push(parserProblem(file, error, offset));
  }
  for (const error of errors) {
    if (error.code === 'DUPLICATE_KEY' && error !== errors[0]) problems.push(parserProblem(file, error, offset));
  }
  return problems;
}

/**
 * Slips in valid YAML: a list item indented too far is joined onto the item
 * before it ("Kent County Council - Medway Council"), an error; " #" cuts a
 * value short, a warning (it may be a comment the author meant).
 */
function quietSlips(text: string, file: string, offset: number): Problem[] {
  const joined = findYamlSlip(text);
  return [
    ...(joined?.kind === 'too-far' ? [slipProblem(file, joined, offset, 'error')] : []),
    ...findCutValues(text).map((cut) => slipProblem(file, cut, offset, 'warning')),
  ];
}

const YAML_EXPECTED =
  'valid YAML: "field: value" on each line, nested fields indented by spaces, and values that contain ": " or " #" in double quotes';

function parserProblem(file: string, error: YAMLError, offset: number): Problem {
  const pos = error.linePos?.[0];
  return problem(
    file,
    '',
    `a YAML syntax error: ${yamlErrorInWords(error.code, error.message)}`,
    YAML_EXPECTED,
    pos ? { line: pos.line + offset, column: pos.col } : {},
  );
}

function slipProblem(file: string, slip: YamlSlip, offset: number, severity: Severity): Problem {
  return problem(
    file,
    slip.field,
    slip.found,
    slip.expected,
    { line: slip.line + offset, column: slip.column },
    severity,
  );
}

/** The YAML library's wording is for programmers; these are the mistakes authors make. */
function yamlErrorInWords(code: string, message: string): string {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a value that contains ": " (put the value in double quotes) or a line indented too far';
    case 'DUPLICATE_KEY':
      return 'the same field written twice';
    case 'TAB_AS_INDENT':
      return 'a tab used for indenting (use spaces)';
    case 'MISSING_CHAR':
      return `a quote or bracket that is opened but not closed (${firstLine(message)})`;
    case 'BAD_INDENT':
      return `indenting that does not line up (${firstLine(message)})`;
    default:
      return firstLine(message);
  }
}

export function readJson(text: string, file: string): Located {
  const problems: Problem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // V8 gives a position for some mistakes and not others; our scanner always does.
    const found = findJsonSyntaxError(text);
    const message = error instanceof Error ? error.message : String(error);
    problems.push(
      problem(
        file,
        '',
        `a JSON syntax error: ${found ? found.found : firstLine(message)}`,
        'valid JSON: "field": value pairs separated by commas, text in double quotes, no comma after the last item',
        found ? placeOfOffset(text, found.offset) : jsonErrorPlace(text, message),
      ),
    );
  }
  // JSON is valid YAML flow syntax, so the YAML parser can tell us where each value is. It is
  // about fifty times slower than JSON.parse, so it runs only when a problem needs a place.
  const source = problems.length > 0 ? '' : text;
  return located(
    () => {
      const counter = new LineCounter();
      return { doc: parseDocument(source, { lineCounter: counter }), counter, text: source };
    },
    data,
    problems,
    0,
  );
}

interface Parsed {
  doc: Document;
  counter: LineCounter;
  text: string;
}

function located(parse: () => Parsed, data: unknown, problems: Problem[], offset: number): Located {
  let parsed: Parsed | undefined;
  const tree = (): Parsed => (parsed ??= parse());
  const place = (node: Node | null | undefined): Place => {
    const { counter } = tree();
    const start = node?.range?.[0];
    if (start === undefined) return {};
    const pos = counter.linePos(start);
    return { line: pos.line + offset, column: pos.col };
  };
  const nodeAt = (path: readonly PropertyKey[]): Node | null => {
    let node: unknown = tree().doc.contents;
    let last: Node | null = isNode(node) ? node : null;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) return last;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
      } else {
        return last;
      }
      if (isNode(node)) last = node;
      else return last;
    }
    return last;
  };
  return {
    data,
    problems,
    locate: (path) => place(nodeAt(path)),
    locateKey: (path) => {
      const parent = nodeAt(path.slice(0, -1));
      const key = path[path.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
        if (pair && isScalar(pair.key)) return place(pair.key);
      }
      return place(nodeAt(path));
    },
    textAt: (path) => {
      const node = nodeAt(path);
      // nodeAt falls back to the nearest parent: only the node at the path itself will do.
      if (!node?.range || (path.length > 0 && node === nodeAt(path.slice(0, -1)))) return undefined;
      return tree().text.slice(node.range[0], node.range[1]);
    },
  };
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** V8 reports "... at position N (line L column C)"; older forms give only the position. */
function jsonErrorPlace(text: string, message: string): Place {
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (!pos) {
    // "Unexpected end of JSON input": the problem is at the very end.
    if (/end of JSON/i.test(message)) return placeOfOffset(text, text.length);
    return {};
  }
  return placeOfOffset(text, Number(pos[1]));
}

export function placeOfOffset(text: string, offset: number): Place {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** Sorted directory entries, so the output never depends on the file system's order. */
export function list(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

/**
 * Problems found in authors' files, worded so that a communications officer
 * can fix the file without opening the code: where (file, line, column, field),
 * what was found, and what was expected.
 */

import { plural } from '../core/text.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** The file, relative to the content or data folder: "strategies/x/8.0/03-y.mdx". */
  readonly file: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  /** The field path inside the file ("series[3].value", "Target.value"), or "" for the whole file. */
  readonly field: string;
  /** The path in words, where it goes through a list: "the 4th value (2024/25, Kent)". */
  readonly words?: string | undefined;
  /** What was there, already described for a reader ("\"n/a\"", "nothing"). */
  readonly found: string;
  /** What should be there, as a phrase ("a number"). */
  readonly expected: string;
  readonly severity: Severity;
}

export interface Place {
  line?: number | undefined;
  column?: number | undefined;
}

export function problem(
  file: string,
  field: string,
  found: string,
  expected: string,
  place: Place = {},
  severity: Severity = 'error',
): Problem {
  return { file, field, found, expected, line: place.line, column: place.column, severity };
}

/** A file or folder whose name breaks the naming rule: `what` is "a strategy folder", "a section file"... */
export function misnamed(file: string, what: string, name: string, expected: string): Problem {
  return problem(file, '', `${what} called ${describe(name)}`, expected);
}

/** One line: `file:line:column field: found X; expected Y` (the field with its words: `series[3].value, the 4th value (2024/25, Kent):`). */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  const field = p.field === '' ? '' : ` ${p.field}${p.words === undefined ? '' : `, ${p.words}`}:`;
  const prefix = p.severity === 'warning' ? 'warning ' : '';
  return `${prefix}${where}${field} found ${p.found}; expected ${p.expected}`;
}

/** Problems in a stable order: by file, then line, then column, then field. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      cmp(a.field, b.field) ||
      cmp(a.expected, b.expected),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A value described for a reader: strings quoted, absent values named. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? 'an empty text' : JSON.stringify(truncate(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${plural(value.length, 'item')}`;
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** "series[3].value" from ["series", 3, "value"]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** An error that carries problems: thrown by code that needs a checked site. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `The content has ${plural(errors.length, 'problem')}; nothing was published:\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

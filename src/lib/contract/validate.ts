/**
 * zod issues turned into author-facing problems. The schemas' `error` texts
 * are the "expected" half; the value found is read back from the data.
 */

import type { z } from 'zod';
import { describe, fieldPath, problem, type Problem } from './problems.ts';
import type { Located } from './source.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function validate<S extends z.ZodType>(
  schema: S,
  source: Located,
  file: string,
  prefix: readonly PropertyKey[] = [],
): Validated<z.output<S>> {
  const data = valueAt(source.data, prefix);
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        problems.push(
          problem(
            file,
            fieldPath([...path, key]),
            'a field this file does not use',
            unknownFieldExpected(key, known),
            source.locateKey([...path, key]),
          ),
        );
      }
      continue;
    }
    const found = valueAt(source.data, path);
    const colon = colonInValue(found, source, path, issue);
    problems.push(
      colon
        ? problem(file, fieldPath(path), colon.found, `${expectedText(issue)}: ${colon.expected}`, source.locate(path))
        : problem(file, fieldPath(path), describe(found), expectedText(issue), source.locate(path)),
    );
  }
  return { ok: false, problems };
}

/**
 * "- Kent County Council: Public Health" is a list item YAML reads as a field
 * and its value because of the ": ", so text was expected and a group of
 * fields found. Said as what it is, with the fix.
 */
function colonInValue(
  found: unknown,
  source: Located,
  path: readonly PropertyKey[],
  issue: z.core.$ZodIssue,
): { found: string; expected: string } | undefined {
  if (issue.code !== 'invalid_type' && issue.code !== 'invalid_union') return undefined;
  if (found === null || typeof found !== 'object' || Array.isArray(found)) return undefined;
  const values = Object.values(found);
  if (values.length !== 1 || (typeof values[0] === 'object' && values[0] !== null)) return undefined;
  const written = source.textAt(path)?.trim();
  if (written === undefined || written.includes('\n') || !/: /.test(written)) return undefined;
  const item = typeof path[path.length - 1] === 'number' ? '- ' : `${String(path[path.length - 1])}: `;
  return {
    found: `${JSON.stringify(written)}, which YAML reads as a field and its value because of the ": "`,
    expected: `put the whole value in double quotes, like ${item}${JSON.stringify(written)}`,
  };
}

function expectedText(issue: z.core.$ZodIssue): string {
  // Our schemas give every field an author-facing message; zod's own English
  // ("Invalid input: expected string, received undefined") is a fallback only.
  return issue.message;
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The field names an object schema accepts at a path (for "did you mean" lists). */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (!current) return [];
    const def = defOf(current);
    if (def.type === 'object' && def.shape && typeof key === 'string') current = unwrap(def.shape[key]);
    else if (def.type === 'array' && def.element && typeof key === 'number') current = unwrap(def.element);
    else return [];
  }
  if (!current) return [];
  const def = defOf(current);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (let i = 0; current && i < 10; i++) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      return current;
    }
  }
  return current;
}

function unknownFieldExpected(key: string, known: readonly string[]): string {
  if (known.length === 0) return 'no field here (check the spelling and indentation)';
  const close = known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
  const list = `one of the fields ${known.map((k) => `"${k}"`).join(', ')}`;
  return close ? `"${close}" (check the spelling), or ${list}` : `${list} (check the spelling)`;
}

/** Levenshtein distance, for "did you mean": field names are short, so the simple table is fine. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

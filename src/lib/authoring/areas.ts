/**
 * `--add-areas`: the areas an import names that data/areas.json lacks, made
 * from what a Fingertips export says of them (code, name, area type, parent
 * code and name), and areas.json's new text with them added at the end, one
 * area a line as the file is written.
 */

import { problem, type Problem } from '../contract/problems.ts';
import type { Area } from '../contract/schemas.ts';
import { areaTypeOf, areaTypeOfCode, KNOWN_AREA_TYPES } from './fingertips.ts';
import type { RowPoint } from './csv-rows.ts';

export interface AreasToAdd {
  readonly added: Area[];
  readonly problems: Problem[];
  /** What the reader should know: parents left out, parents added from their codes. */
  readonly notes: string[];
}

/**
 * One area for each code the rows name that areas.json lacks, in the order
 * they first appear; a parent the file names but does not give a row of its
 * own is added too when its ONS code says its type (E12 region, ...), and
 * otherwise left out, with a note.
 */
export function areasToAdd(
  rows: readonly RowPoint[],
  known: readonly Area[],
  file: string,
  headings: { readonly code: string; readonly type: string } = { code: 'Area code', type: 'Area type' },
): AreasToAdd {
  const knownIds = new Set(known.map((a) => a.id));
  const added = new Map<string, Area>();
  const problems: Problem[] = [];
  const notes: string[] = [];
  const firstRow = new Map<string, RowPoint>();
  for (const r of rows) if (!r.known && !firstRow.has(r.area.code)) firstRow.set(r.area.code, r);
  const newCodes = new Set(firstRow.keys());

  for (const [code, r] of firstRow) {
    const type = areaTypeOf(r.area.type ?? '', code);
    if (type === undefined) {
      problems.push(
        problem(
          file,
          r.area.type === undefined ? headings.code : headings.type,
          `${JSON.stringify(code)}${r.area.name ? ` (${r.area.name})` : ''}, ${r.area.type === undefined ? 'with no area type and a code that does not say one' : `of area type ${JSON.stringify(r.area.type)}`}`,
          `an area type the site knows (${KNOWN_AREA_TYPES}), or the area added to data/areas.json by hand with its type`,
          r.area.place,
        ),
      );
      continue;
    }
    const area: Area = { id: code, name: r.area.name ?? code, type };
    const parent = r.area.parentCode;
    if (parent !== undefined && parent !== code) {
      if (knownIds.has(parent) || newCodes.has(parent)) {
        area.parent = parent;
      } else {
        const parentType = areaTypeOfCode(parent);
        if (parentType !== undefined) {
          if (!added.has(parent)) {
            added.set(parent, { id: parent, name: r.area.parentName ?? parent, type: parentType });
            notes.push(`Added ${r.area.parentName ?? parent} (${parent}), the parent the file names for ${area.name}.`);
          }
          area.parent = parent;
        } else {
          notes.push(
            `Left out the parent of ${area.name}: ${r.area.parentName ?? parent} (${parent}) is not in data/areas.json and its code does not say its type.`,
          );
        }
      }
    }
    added.set(code, area);
  }
  return { added: [...added.values()], problems, notes };
}

/** The one message for areas the file names and areas.json lacks, when --add-areas was not given. */
export function missingAreasProblem(
  rows: readonly RowPoint[],
  file: string,
  heading = 'Area code',
): Problem | undefined {
  const missing = new Map<string, RowPoint>();
  for (const r of rows) if (!r.known && !missing.has(r.area.code)) missing.set(r.area.code, r);
  const first = missing.values().next().value;
  if (!first) return undefined;
  const list = [...missing.values()].map((r) => `${r.area.code}${r.area.name ? ` (${r.area.name})` : ''}`);
  const shown = list.length > 12 ? [...list.slice(0, 12), `and ${list.length - 12} more`] : list;
  return problem(
    file,
    heading,
    `${list.length === 1 ? 'an area' : `${list.length} areas`} that data/areas.json does not list: ${shown.join(', ')}`,
    `areas listed in data/areas.json: run the import again with --add-areas to add ${list.length === 1 ? 'it' : 'them'} from the file (code, name, type and parent), or add ${list.length === 1 ? 'it' : 'them'} by hand`,
    first.area.place,
  );
}

/** An area as one line of areas.json. */
function areaLine(a: Area): string {
  const fields: [string, string][] = [
    ['id', a.id],
    ['name', a.name],
    ['type', a.type],
  ];
  if (a.parent !== undefined) fields.push(['parent', a.parent]);
  return `{ ${fields.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
}

/** areas.json's text with areas added at the end, keeping everything before them as it was. */
export function areasJsonText(original: string | undefined, added: readonly Area[]): string {
  const lines = added.map((a) => `  ${areaLine(a)}`);
  const close = original === undefined ? -1 : original.lastIndexOf(']');
  if (original === undefined || close < 0) return `[\n${lines.join(',\n')}\n]\n`;
  const before = original.slice(0, close).replace(/\s*$/, '');
  const after = original.slice(close);
  const empty = before.endsWith('[');
  return `${before}${empty ? '' : ','}\n${lines.join(',\n')}\n${after}`;
}

/**
 * A profile mapping: which Fingertips indicators to import from an export,
 * and as what, in a small YAML file an analyst writes once per profile
 * (`npm run import-indicator -- export.csv --mapping profile.yaml`):
 *
 *   # Fingertips indicator id: the indicator to import it as
 *   90813:
 *     id: self-harm-admissions-10-24   # the file name in data/indicators/
 *     unit: per-100k
 *     polarity: lower-is-better         # may be left out when Fingertips' comparisons show it
 *     title: Hospital admissions for self-harm, ages 10 to 24   # default: Fingertips' name
 *     comparison: ci95                  # default: worked out from Fingertips' comparisons
 *
 * For an indicator that already has its file, only `id` is needed (the file
 * keeps its own title, unit and polarity).
 */

import { z } from 'zod';
import { problem, type Problem } from '../contract/problems.ts';
import { idString } from '../contract/schemas.ts';
import { readYaml } from '../contract/source.ts';
import { validate } from '../contract/validate.ts';
import { COMPARISONS, POLARITIES, UNITS } from '../core/vocabulary.ts';

const oneOf = (values: readonly string[]) => `one of ${values.map((v) => `"${v}"`).join(', ')}`;

const entrySchema = z.strictObject({
  /** The indicator's id on this site: its file is data/indicators/<id>.json. */
  id: idString,
  /** For a new indicator: how values are expressed. */
  unit: z.enum(UNITS, { error: oneOf(UNITS) }).optional(),
  /** For a new indicator: whether higher or lower is better. */
  polarity: z.enum(POLARITIES, { error: oneOf(POLARITIES) }).optional(),
  /** For a new indicator: its title (default: Fingertips' indicator name). */
  title: z.string({ error: 'a title, as text' }).trim().min(1, { error: 'a title, as text' }).optional(),
  /** For a new indicator: how it is compared with England (default: the method Fingertips' comparisons show). */
  comparison: z.enum(COMPARISONS, { error: oneOf(COMPARISONS) }).optional(),
});

export const mappingSchema = z.record(
  z.string().regex(/^\d+$/, { error: 'a Fingertips indicator id: a whole number, like 90813' }),
  entrySchema,
  { error: 'a list of Fingertips indicator ids, each followed by what to import it as (id, unit, polarity)' },
);

export type MappingEntry = z.output<typeof entrySchema>;
export type Mapping = ReadonlyMap<string, MappingEntry>;

/** Reads a mapping file, with every problem located at its line. */
export function readMapping(text: string, file: string): { mapping?: Mapping; problems: Problem[] } {
  const source = readYaml(text, file);
  if (source.problems.length > 0) return { problems: source.problems };
  if (source.data === undefined || source.data === null) {
    return {
      problems: [
        problem(
          file,
          '',
          'an empty file',
          'a Fingertips indicator id on each line, like "90813:", with id, unit and polarity under it',
        ),
      ],
    };
  }
  const validated = validate(mappingSchema, source, file);
  if (!validated.ok) return { problems: validated.problems };
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const [fingertipsId, entry] of Object.entries(validated.value)) {
    const other = seen.get(entry.id);
    if (other !== undefined) {
      problems.push(
        problem(
          file,
          `${fingertipsId}.id`,
          JSON.stringify(entry.id),
          `an id used for one Fingertips indicator only (${other} has it too)`,
          source.locate([fingertipsId, 'id']),
        ),
      );
    }
    seen.set(entry.id, fingertipsId);
  }
  if (problems.length > 0) return { problems };
  return { mapping: new Map(Object.entries(validated.value)), problems };
}

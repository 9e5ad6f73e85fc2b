/**
 * The editor's forms, made from the content contract: each zod schema as
 * JSON Schema (`z.toJSONSchema`, as authors' input: defaults make a field
 * optional), each field's help text from its doc comment (doc-comments.ts).
 * Required fields and fixed vocabularies (status, unit, polarity, kind...)
 * come from the schemas themselves, so the forms cannot drift from the check.
 *
 * Node only (it reads the schemas' source); the browser gets the result as data.
 */

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { consultationFileSchema } from '../lib/contract/consultation-schema.ts';
import { deliveryReturnSchema } from '../lib/contract/delivery-schema.ts';
import {
  areaSchema,
  indicatorSchema,
  isoDate,
  sectionSchema,
  siteSchema,
  strategySchema,
  updateSchema,
  versionSchema,
} from '../lib/contract/schemas.ts';
import { readDocComments, type DocComments } from './doc-comments.ts';
import type { FieldKind, FieldSpec, FileSpec } from './form-spec-types.ts';

/** The kinds of file the editor edits, with the schema each follows. */
export const EDITED_SCHEMAS = {
  site: ['siteSchema', siteSchema],
  strategy: ['strategySchema', strategySchema],
  version: ['versionSchema', versionSchema],
  section: ['sectionSchema', sectionSchema],
  consultation: ['consultationFileSchema', consultationFileSchema],
  update: ['updateSchema', updateSchema],
  indicator: ['indicatorSchema', indicatorSchema],
  delivery: ['deliveryReturnSchema', deliveryReturnSchema],
  /** areas.json is a list; the editor shows it as the one field `areas` (keystatic-files.ts). */
  areas: ['areaSchema', areaSchema],
} as const;

export type EditedKind = keyof typeof EDITED_SCHEMAS;
export type FileSpecs = Record<EditedKind, FileSpec>;

const CONTRACT = fileURLToPath(new URL('../lib/contract/', import.meta.url));
export const SCHEMA_SOURCES = ['schemas.ts', 'delivery-schema.ts', 'consultation-schema.ts'].map((f) =>
  path.join(CONTRACT, f),
);

export function fileSpecs(comments: DocComments = readDocComments(SCHEMA_SOURCES)): FileSpecs {
  const specs = {} as Record<EditedKind, FileSpec>;
  for (const [kind, [name, schema]] of Object.entries(EDITED_SCHEMAS) as [
    EditedKind,
    (typeof EDITED_SCHEMAS)[EditedKind],
  ][]) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override: markDates }) as JsonSchema;
    const fields = objectFields(json, true, '', comments[name] ?? {});
    specs[kind] = {
      schema: name,
      fields:
        kind === 'areas'
          ? [
              {
                key: 'areas',
                label: 'Areas',
                description:
                  'The places your figures describe: each with its id, name, type and the area it sits inside.',
                required: true,
                kind: {
                  type: 'array',
                  item: { key: 'item', label: 'Area', required: true, kind: { type: 'object', fields } },
                },
              },
            ]
          : fields,
    };
  }
  return specs;
}

/**
 * The contract's dates are text checked by a function (core/dates.ts names a
 * date that does not exist), which JSON Schema cannot say: mark them as dates
 * so the form offers a date field.
 */
function markDates(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  if (ctx.zodSchema === isoDate) ctx.jsonSchema.format = 'date';
}

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/**
 * Fields of an object. Inside an optional object (a site's logo), a field the
 * schema requires is not required by the form: the author may leave the whole
 * object out, and the check says what is missing when they fill in half.
 */
function objectFields(
  json: JsonSchema,
  present: boolean,
  prefix: string,
  comments: Readonly<Record<string, string>>,
): FieldSpec[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([key, property]) => {
    const isRequired = present && required.has(key);
    const description = comments[`${prefix}${key}`];
    return {
      key,
      label: labelFor(key),
      ...(description ? { description } : {}),
      required: isRequired,
      ...(property.default !== undefined ? { default: property.default } : {}),
      kind: kindOf(key, property, isRequired, `${prefix}${key}.`, comments),
    };
  });
}

function kindOf(
  key: string,
  json: JsonSchema,
  present: boolean,
  prefix: string,
  comments: Readonly<Record<string, string>>,
): FieldKind {
  const types = (json.anyOf ?? [json]).flatMap((s) => (Array.isArray(s.type) ? s.type : [s.type]));
  if (json.anyOf && types.includes('string') && types.includes('integer')) return { type: 'period' };
  if (types.includes('number') && types.includes('null')) return { type: 'number', integer: false, nullable: true };
  const asObject = json.anyOf?.find((s) => s.type === 'object');
  if (asObject && types.includes('string')) {
    return { type: 'object', fields: objectFields(asObject, present, prefix, comments), orText: true };
  }
  if (json.enum) return { type: 'select', options: json.enum.map(String) };
  switch (json.type) {
    case 'string':
      if (json.format === 'date') return { type: 'text', multiline: false, format: 'date' };
      if (json.format === 'uri') return { type: 'text', multiline: false, format: 'url' };
      if (json.format === 'email') return { type: 'text', multiline: false, format: 'email' };
      return { type: 'text', multiline: MULTILINE.test(key) };
    case 'number':
    case 'integer':
      return { type: 'number', integer: json.type === 'integer', nullable: false };
    case 'boolean':
      return { type: 'checkbox' };
    case 'object':
      return { type: 'object', fields: objectFields(json, present, prefix, comments) };
    case 'array':
      return {
        type: 'array',
        item: {
          key: 'item',
          label: labelFor(key),
          required: true,
          kind: kindOf(key, json.items ?? {}, present, prefix, comments),
        },
      };
    default:
      throw new Error(`The editor has no form field for ${prefix}${key} (${JSON.stringify(json)}).`);
  }
}

/** Fields written in sentences get a text area. */
const MULTILINE =
  /^(summary|note|notes|definition|otherFormats|improvements|respond|text|description|update|reason|objective|governance|mitigation|ask|risk|nextSteps|deliverables)$/;

const LABELS: Record<string, string> = {
  url: 'Web address',
  respondUrl: 'Web address of the response form',
  outcomeUrl: 'Web address of the outcome',
  fingertipsId: 'Fingertips indicator number',
  lower998: 'Lower 99.8% limit',
  upper998: 'Upper 99.8% limit',
  lower: 'Lower 95% limit',
  upper: 'Upper 95% limit',
  src: 'Image',
  alt: 'Alternative text',
  fixBy: 'Fix by',
  id: 'Id',
};

/** "otherFormats" -> "Other formats". */
export function labelFor(key: string): string {
  const known = LABELS[key];
  if (known) return known;
  const words = key.replace(/([a-z])([A-Z0-9])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

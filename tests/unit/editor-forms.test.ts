/**
 * The editor's forms against the content contract: every field of every
 * schema is in its form, with the schema's required fields, vocabularies and
 * defaults and the help text of its doc comment; the MDX components' forms
 * have the attributes the check knows. When a schema changes, these fail
 * until the forms follow (they are made from the schemas, so they do unless
 * a field needs a new kind of input).
 */

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ATTRIBUTES } from '../../src/lib/contract/components.ts';
import {
  AREA_TYPES,
  MDX_COMPONENTS,
  POLARITIES,
  SECTION_KINDS,
  THEME_OUTCOMES,
  UNITS,
  VERSION_STATUSES,
} from '../../src/lib/core/vocabulary.ts';
import { readDocComments } from '../../src/editor/doc-comments.ts';
import { EDITED_SCHEMAS, fileSpecs, SCHEMA_SOURCES, type EditedKind } from '../../src/editor/form-spec.ts';
import type { FieldSpec } from '../../src/editor/form-spec-types.ts';
import { keystaticConfig, keystaticField, type EditorSettings } from '../../src/editor/keystatic-config.ts';
import { COMPONENT_SPECS } from '../../src/editor/mdx-components.ts';

const specs = fileSpecs();
const comments = readDocComments(SCHEMA_SOURCES);

/** Field paths of a zod schema, read from zod itself (not from JSON Schema, which the forms are made from). */
function zodPaths(schema: z.ZodType, prefix = ''): string[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [
      `${prefix}${key}`,
      ...zodPaths(value, `${prefix}${key}.`),
    ]);
  }
  if (inner instanceof z.ZodArray) return zodPaths(inner.element as z.ZodType, prefix);
  if (inner instanceof z.ZodUnion) {
    return [...new Set((inner.options as z.ZodType[]).flatMap((option) => zodPaths(option, prefix)))];
  }
  return [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else return current;
  }
}

function specPaths(fields: readonly FieldSpec[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const kind = f.kind.type === 'array' ? f.kind.item.kind : f.kind;
    return [`${prefix}${f.key}`, ...(kind.type === 'object' ? specPaths(kind.fields, `${prefix}${f.key}.`) : [])];
  });
}

/** A form's field paths as the schema names them (areas.json's form wraps its list in the one field `areas`). */
function schemaPaths(kind: EditedKind): string[] {
  const paths = specPaths(specs[kind].fields);
  return kind === 'areas' ? paths.filter((p) => p !== 'areas').map((p) => p.slice('areas.'.length)) : paths;
}

function field(kind: EditedKind, path: string): FieldSpec {
  let fields = specs[kind].fields;
  let found: FieldSpec | undefined;
  for (const key of path.split('.')) {
    found = fields.find((f) => f.key === key);
    if (!found) throw new Error(`${kind}: no field ${path}`);
    const inner = found.kind.type === 'array' ? found.kind.item.kind : found.kind;
    fields = inner.type === 'object' ? inner.fields : [];
  }
  return found as FieldSpec;
}

describe('the forms follow the schemas', () => {
  for (const [kind, [name, schema]] of Object.entries(EDITED_SCHEMAS)) {
    it(`${kind}: every field of ${name} is in the form, and nothing else`, () => {
      expect(schemaPaths(kind as EditedKind).sort()).toEqual(zodPaths(schema).sort());
    });
    it(`${kind}: each field's help is the doc comment of ${name}`, () => {
      for (const path of schemaPaths(kind as EditedKind)) {
        const form = field(kind as EditedKind, kind === 'areas' ? `areas.${path}` : path);
        expect(form.description, path).toBe(comments[name]?.[path]);
      }
    });
  }

  it('says which fields have no doc comment, so a new one without help fails here', () => {
    const missing = Object.entries(EDITED_SCHEMAS).flatMap(([kind, [name]]) =>
      schemaPaths(kind as EditedKind)
        .filter((path) => comments[name]?.[path] === undefined)
        .map((path) => `${name} ${path}`),
    );
    expect(missing).toEqual([
      'siteSchema contact.email',
      'siteSchema contact.phone',
      'siteSchema contact.address',
      'siteSchema accessibility.issues.text',
      'siteSchema accessibility.issues.criterion',
      'siteSchema accessibility.issues.fixBy',
      'strategySchema period.start',
      'strategySchema period.end',
      'sectionSchema signatories.name',
      'sectionSchema signatories.role',
      'indicatorSchema source.name',
      'indicatorSchema source.url',
    ]);
  });

  it('offers the fixed vocabularies as choices', () => {
    const options = (kind: EditedKind, path: string) => {
      const k = field(kind, path).kind;
      return k.type === 'select' ? k.options : undefined;
    };
    expect(options('version', 'status')).toEqual(VERSION_STATUSES);
    expect(options('section', 'kind')).toEqual(SECTION_KINDS);
    expect(options('indicator', 'unit')).toEqual(UNITS);
    expect(options('indicator', 'polarity')).toEqual(POLARITIES);
    expect(options('delivery', 'workstreams.projects.rag')).toEqual([
      'red',
      'amber',
      'green',
      'complete',
      'not-started',
    ]);
    expect(options('site', 'accessibility.status')).toEqual(['full', 'partial', 'not']);
    expect(options('areas', 'areas.type')).toEqual(AREA_TYPES);
    expect(options('consultation', 'themes.outcome')).toEqual(THEME_OUTCOMES);
  });

  it('requires what the contract requires, and keeps defaults out of files', () => {
    const required = (kind: EditedKind) => specs[kind].fields.filter((f) => f.required).map((f) => f.key);
    expect(required('site')).toEqual(['name']);
    expect(required('strategy')).toEqual(['title']);
    expect(required('version')).toEqual(['date', 'status']);
    expect(required('section')).toEqual(['title']);
    expect(required('indicator')).toEqual(['id', 'title', 'unit', 'polarity', 'series']);
    const point = field('indicator', 'series');
    expect(
      point.kind.type === 'array' &&
        point.kind.item.kind.type === 'object' &&
        point.kind.item.kind.fields.filter((f) => f.required).map((f) => f.key),
    ).toEqual(['period', 'area', 'value']);
    // Inside an optional object, nothing is required until the author fills it in.
    expect(field('site', 'logo.src').required).toBe(false);
    expect(field('section', 'kind').default).toBe('section');
    expect(field('indicator', 'series.value').kind).toEqual({ type: 'number', integer: false, nullable: true });
    expect(field('strategy', 'period.start').kind).toEqual({ type: 'period' });
    expect(field('version', 'date').kind).toEqual({ type: 'text', multiline: false, format: 'date' });
  });

  it('gives Keystatic a field for each, with its label and help', () => {
    const settings: EditorSettings = {
      specs,
      contentPath: 'content',
      dataPath: 'data',
      storage: { kind: 'local' },
      today: '2026-11-30',
    };
    const config = keystaticConfig(settings);
    const status = config.collections?.versions?.schema.status as unknown as {
      label: string;
      options: { value: string }[];
    };
    expect(status.label).toBe('Status');
    expect(status.options.map((o) => o.value)).toEqual(VERSION_STATUSES);
    expect(config.collections?.sections?.path).toBe('content/strategies/**');
    expect(config.collections?.indicators?.path).toBe('data/indicators/*');
    expect(config.singletons?.site?.path).toBe('content/site');
    const date = keystaticField(field('version', 'date')) as unknown as { label: string };
    expect(date.label).toBe('Date');
  });
});

describe('the MDX components', () => {
  it('are the components the check knows, with its attributes', () => {
    expect(COMPONENT_SPECS.map((c) => c.name).sort()).toEqual([...MDX_COMPONENTS].sort());
    for (const component of COMPONENT_SPECS) {
      const known = ATTRIBUTES[component.name];
      expect(known, component.name).toBeDefined();
      expect(
        component.props
          .filter((p) => p.required)
          .map((p) => p.key)
          .sort(),
        component.name,
      ).toEqual([...(known?.required ?? [])].sort());
      expect(component.props.map((p) => p.key).sort(), component.name).toEqual(
        [...(known?.required ?? []), ...(known?.optional ?? [])].sort(),
      );
      for (const prop of component.props) expect(prop.description, `${component.name}.${prop.key}`).not.toBe('');
    }
  });

  it('writes an unticked box and an unchosen option as no attribute at all', () => {
    const table = COMPONENT_SPECS.find((c) => c.name === 'Table')?.props.find((p) => p.key === 'rowHeaders');
    const target = COMPONENT_SPECS.find((c) => c.name === 'Target')?.props.find((p) => p.key === 'sex');
    const serialize = (prop: typeof table, value: unknown) =>
      (
        keystaticField(prop as FieldSpec, true) as unknown as { serialize: (v: unknown) => { value: unknown } }
      ).serialize(value).value;
    expect(serialize(table, false)).toBeUndefined();
    expect(serialize(table, true)).toBe(true);
    expect(serialize(target, '')).toBeUndefined();
    expect(serialize(target, 'female')).toBe('female');
  });
});

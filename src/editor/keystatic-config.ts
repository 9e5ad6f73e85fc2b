/**
 * Keystatic's configuration, made from the editor's forms (form-spec.ts,
 * from the zod schemas) and the MDX components (mdx-components.ts). Runs in
 * the browser (the editor) and on the server (Keystatic's API, which needs
 * the paths). Plain TypeScript with createElement, so Node can load it too.
 */

import { collection, config, fields, singleton, type Config } from '@keystatic/core';
import { block, mark, wrapper, type ContentComponent } from '@keystatic/core/content-components';
import { createElement, type ReactNode } from 'react';
import type { FieldSpec, FileSpec } from './form-spec-types.ts';
import { COMPONENT_SPECS, type ComponentProp } from './mdx-components.ts';

/** The kinds of file the editor edits. */
export type FileKind =
  'site' | 'strategy' | 'version' | 'section' | 'consultation' | 'update' | 'indicator' | 'delivery' | 'areas';

/** What the server tells the editor: the forms, and where the files are (relative to Keystatic's base folder). */
export interface EditorSettings {
  readonly specs: Record<FileKind, FileSpec>;
  /** content/ and data/, relative to the base folder, with forward slashes. */
  readonly contentPath: string;
  readonly dataPath: string;
  /** Where Keystatic reads and writes: this machine's files, or the council's GitHub repository. */
  readonly storage: { readonly kind: 'local' } | { readonly kind: 'github'; readonly repo: `${string}/${string}` };
  /** Today, for the file name of a new update. */
  readonly today: string;
}

type AnyField = ReturnType<typeof fields.text>;

/** The Keystatic field for one of the contract's fields. */
export function keystaticField(spec: FieldSpec | ComponentProp, inComponent = false): AnyField {
  const { label, required } = spec;
  const description = spec.description;
  const kind = spec.kind;
  const common = { label, ...(description ? { description } : {}) };
  const field = (): unknown => {
    switch (kind.type) {
      case 'text':
        if (kind.format === 'date') return fields.date({ ...common, validation: { isRequired: required } });
        if (kind.format === 'url' && required) return fields.url({ ...common, validation: { isRequired: true } });
        return fields.text({ ...common, multiline: kind.multiline, validation: { isRequired: required } });
      case 'period':
        return periodField(common, required);
      case 'number':
        return kind.nullable
          ? nullableNumber(common)
          : kind.integer
            ? fields.integer({ ...common, validation: { isRequired: required } })
            : fields.number({ ...common, validation: { isRequired: required } });
      case 'select': {
        const fallback = 'default' in spec && typeof spec.default === 'string' ? spec.default : undefined;
        const options = kind.options.map((value) => ({ label: value, value }));
        const withEmpty = required || fallback !== undefined ? options : [{ label: '(none)', value: '' }, ...options];
        const select = fields.select({
          ...common,
          options: withEmpty,
          defaultValue: fallback ?? withEmpty[0]?.value ?? '',
        });
        // "(none)" in a component is no attribute at all (in a data file, the faithful save leaves it out).
        return inComponent
          ? { ...select, serialize: (value: string) => ({ value: value === '' ? undefined : value }) }
          : select;
      }
      case 'checkbox': {
        const box = fields.checkbox({ ...common, defaultValue: 'default' in spec && spec.default === true });
        // An unticked box in a component is no attribute at all, as authors write it.
        return inComponent ? { ...box, serialize: (value: boolean) => ({ value: value ? true : undefined }) } : box;
      }
      case 'object':
        return fields.object(Object.fromEntries(kind.fields.map((f) => [f.key, keystaticField(f)])), common);
      case 'array':
        return fields.array(keystaticField(kind.item), {
          ...common,
          itemLabel: (props: { value: unknown; fields?: Record<string, { value: unknown }> }) => itemLabel(props),
        });
    }
  };
  return field() as AnyField;
}

/** A period: text, also when YAML holds a bare year (2023) as a number. */
function periodField(common: { label: string; description?: string }, required: boolean): AnyField {
  const base = fields.text({ ...common, validation: { isRequired: required } });
  return {
    ...base,
    parse: (value: unknown, args: never) =>
      base.parse((typeof value === 'number' ? String(value) : value) as Parameters<typeof base.parse>[0], args),
  } as AnyField;
}

/** A point's value: a number, or empty for a suppressed or missing figure (written null, with a note). */
function nullableNumber(common: { label: string; description?: string }): AnyField {
  const base = fields.number(common);
  return {
    ...base,
    parse: (value: unknown) =>
      value === null || value === undefined ? null : base.parse(value as Parameters<typeof base.parse>[0]),
    serialize: (value: number | null) => ({ value }),
  } as unknown as AnyField;
}

function itemLabel(props: { value?: unknown; fields?: Record<string, { value: unknown }> }): string {
  if (props.fields) {
    const values = Object.values(props.fields)
      .map((f) => f.value)
      .filter((v) => (typeof v === 'string' && v !== '') || typeof v === 'number')
      .slice(0, 3);
    return values.join(' · ') || '(empty)';
  }
  return typeof props.value === 'string' && props.value !== '' ? props.value : '(empty)';
}

function objectFields(spec: FileSpec, without: readonly string[] = []): Record<string, AnyField> {
  return Object.fromEntries(spec.fields.filter((f) => !without.includes(f.key)).map((f) => [f.key, keystaticField(f)]));
}

// ------------------------------------------------------------- components

const tag = (name: string, value: Record<string, unknown>, children?: ReactNode): ReactNode =>
  createElement(
    'div',
    { 'data-component': name },
    createElement(
      'p',
      { style: { margin: '0 0 .5em', fontSize: '.85em', color: '#505a5f' } },
      Object.entries(value)
        .filter(([, v]) => v !== '' && v !== null && v !== false && v !== undefined)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join(' · '),
    ),
    children,
  );

export function contentComponents(): Record<string, ContentComponent> {
  const result: Record<string, ContentComponent> = {};
  for (const component of COMPONENT_SPECS) {
    const schema = Object.fromEntries(component.props.map((p) => [p.key, keystaticField(p, true)]));
    const base = { label: component.label, description: component.description, schema };
    if (component.kind === 'wrapper') {
      result[component.name] = wrapper({
        ...base,
        ContentView: ({ value, children }: { value: Record<string, unknown>; children: ReactNode }) =>
          tag(component.name, value, children),
      });
    } else if (component.kind === 'block') {
      result[component.name] = block({
        ...base,
        ContentView: ({ value }: { value: Record<string, unknown> }) => tag(component.name, value),
      });
    } else {
      result[component.name] = mark({
        label: component.label,
        schema,
        icon: createElement('span', { 'aria-hidden': true }, '✓'),
        className: 'app-editor-measure',
      });
    }
  }
  return result;
}

// ----------------------------------------------------------------- config

const slugify = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');

/** The key of `fileField` in a form; never written to a file. */
const FILE_KEY = 'file';

/**
 * A file's name as Keystatic's slug for entries named by their file alone
 * (a version, an indicator, a delivery report): shown and editable, never
 * written into the file (a slug field writes its text under its key).
 */
function fileField(label: string, description: string): ReturnType<typeof fields.slug> {
  const base = fields.slug({ name: { label }, slug: { label, description } });
  return {
    ...base,
    Input: (props: { value: { slug: string }; onChange: (v: { name: string; slug: string }) => void }) =>
      createElement(
        'label',
        { style: { display: 'grid', gap: '.25rem', fontSize: '.9rem' } },
        createElement('strong', null, label),
        createElement('span', null, description),
        createElement('input', {
          value: props.value.slug,
          onChange: (e: { target: { value: string } }) =>
            props.onChange({ name: e.target.value, slug: e.target.value }),
          style: { font: 'inherit', padding: '.4rem', border: '1px solid #767676', borderRadius: '4px' },
        }),
      ),
    parse: (_value: unknown, args?: { slug?: string }) => ({ name: args?.slug ?? '', slug: args?.slug ?? '' }),
    serialize: () => ({ value: undefined }),
    serializeWithSlug: (value: { slug: string }) => ({ value: undefined, slug: value.slug }),
  } as unknown as ReturnType<typeof fields.slug>;
}

/** A collection of data files named by their path alone (a version, an indicator, a delivery report). */
function namedByFile(
  label: string,
  path: `${string}/${'*' | '**'}` | `${string}/${'*' | '**'}/${string}`,
  format: 'yaml' | 'json',
  spec: FileSpec,
  [fileLabel, fileDescription]: [string, string],
) {
  return collection({
    label,
    path,
    slugField: FILE_KEY,
    format: { data: format },
    schema: { [FILE_KEY]: fileField(fileLabel, fileDescription), ...objectFields(spec) },
  });
}

export function keystaticConfig(settings: EditorSettings): Config {
  const { specs, contentPath: content, dataPath: data } = settings;
  const body = (label: string) => fields.mdx({ label, components: contentComponents() });
  const titleOf = (spec: FileSpec) => spec.fields.find((f) => f.key === 'title');
  const titleField = (spec: FileSpec, slugLabel: string, slugDescription: string, generate?: (t: string) => string) =>
    fields.slug({
      name: {
        label: titleOf(spec)?.label ?? 'Title',
        description: titleOf(spec)?.description,
        validation: { length: { min: 1 } },
      },
      slug: { label: slugLabel, description: slugDescription, ...(generate ? { generate } : {}) },
    });
  return config({
    storage: settings.storage,
    ui: {
      brand: { name: 'Strategy editor' },
      navigation: {
        Publishing: ['updates', 'site'],
        Strategies: ['strategies', 'versions', 'sections', 'consultations'],
        Figures: ['indicators', 'areas', 'delivery'],
      },
    },
    collections: {
      updates: collection({
        label: 'Updates',
        path: `${content}/updates/*`,
        slugField: 'title',
        format: { contentField: 'body' },
        entryLayout: 'content',
        schema: {
          title: titleField(
            specs.update,
            'File name',
            "The date and a few words, like 2026-11-02-consultation-opens. It is the update's web address.",
            (title) => `${settings.today}-${slugify(title)}`,
          ),
          ...objectFields(specs.update, ['title']),
          body: body('Text'),
        },
      }),
      strategies: collection({
        label: 'Strategies',
        path: `${content}/strategies/*/strategy`,
        slugField: 'title',
        format: { data: 'yaml' },
        schema: {
          title: titleField(
            specs.strategy,
            'Strategy id',
            "Lower-case words joined by hyphens; it is the strategy's web address.",
          ),
          ...objectFields(specs.strategy, ['title']),
        },
      }),
      versions: namedByFile('Versions', `${content}/strategies/**/version`, 'yaml', specs.version, [
        'Version',
        'The strategy and the version number: the folder of the version.',
      ]),
      sections: collection({
        label: 'Sections',
        path: `${content}/strategies/**`,
        slugField: 'title',
        format: { contentField: 'body' },
        entryLayout: 'content',
        schema: {
          title: titleField(
            specs.section,
            'File',
            'Where the section is: strategy/version/NN-name, like kent-medway-integrated-care/8.1/10-next-steps. The number NN puts it in order.',
          ),
          ...objectFields(specs.section, ['title']),
          body: body('Text'),
        },
      }),
      consultations: namedByFile('Consultations', `${content}/strategies/**/consultation`, 'yaml', specs.consultation, [
        'Version',
        'The strategy and the version people were consulted on: the folder of the version, like kent-medway-integrated-care/7.1.',
      ]),
      indicators: namedByFile('Indicators', `${data}/indicators/*`, 'json', specs.indicator, [
        'File name',
        'The indicator id, without .json; the same as its Id.',
      ]),
      delivery: namedByFile('Delivery reports', `${data}/delivery/**`, 'json', specs.delivery, [
        'File',
        'The strategy and the reporting period, like leicester-health-care-wellbeing/2025-Q1.',
      ]),
    },
    singletons: {
      site: singleton({
        label: 'Site settings',
        path: `${content}/site`,
        format: { data: 'yaml' },
        schema: objectFields(specs.site),
      }),
      areas: singleton({
        label: 'Areas',
        path: `${data}/areas`,
        format: { data: 'json' },
        schema: objectFields(specs.areas),
      }),
    },
  }) as Config;
}

/** The kind of file a path (relative to the base folder) is, for the faithful save. */
export function kindOfPath(
  settings: Pick<EditorSettings, 'contentPath' | 'dataPath'>,
  file: string,
): FileKind | undefined {
  const { contentPath: c, dataPath: d } = settings;
  if (file === `${c}/site.yaml`) return 'site';
  if (file === `${d}/areas.json`) return 'areas';
  if (new RegExp(`^${escape(c)}/updates/[^/]+\\.mdx$`).test(file)) return 'update';
  if (new RegExp(`^${escape(c)}/strategies/[^/]+/strategy\\.yaml$`).test(file)) return 'strategy';
  if (new RegExp(`^${escape(c)}/strategies/[^/]+/[^/]+/version\\.yaml$`).test(file)) return 'version';
  if (new RegExp(`^${escape(c)}/strategies/[^/]+/[^/]+/consultation\\.yaml$`).test(file)) return 'consultation';
  if (new RegExp(`^${escape(c)}/strategies/.+\\.mdx$`).test(file)) return 'section';
  if (new RegExp(`^${escape(d)}/indicators/[^/]+\\.json$`).test(file)) return 'indicator';
  if (new RegExp(`^${escape(d)}/delivery/.+\\.json$`).test(file)) return 'delivery';
  return undefined;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The editor's description of a file's fields: plain data, made on the
 * server from the zod schemas (form-spec.ts) and turned into Keystatic
 * fields in the browser (keystatic-config.ts). The faithful save
 * (save-data.ts) reads it too, for required fields and defaults.
 */

export type FieldKind =
  /** Text; `format` picks the input; `acceptsNumber`: YAML may hold a bare year (2023), kept as text. */
  | { readonly type: 'text'; readonly multiline: boolean; readonly format?: 'date' | 'url' | 'email' }
  | { readonly type: 'period' }
  | { readonly type: 'number'; readonly integer: boolean; readonly nullable: boolean }
  | { readonly type: 'select'; readonly options: readonly string[] }
  | { readonly type: 'checkbox' }
  /** `orText`: the schema also takes a plain string for the object's `text` field (accessibility issues). */
  | { readonly type: 'object'; readonly fields: readonly FieldSpec[]; readonly orText?: boolean }
  | { readonly type: 'array'; readonly item: FieldSpec };

export interface FieldSpec {
  readonly key: string;
  /** Sentence-case words from the key: "otherFormats" -> "Other formats". */
  readonly label: string;
  /** The doc comment of the field in the schema, when it has one. */
  readonly description?: string;
  readonly required: boolean;
  /** The schema's default, written by nobody: a field left at it is not added to a file. */
  readonly default?: unknown;
  readonly kind: FieldKind;
}

/** The fields of one kind of file (its front matter, for MDX). */
export interface FileSpec {
  /** The zod schema it comes from ("versionSchema"). */
  readonly schema: string;
  readonly fields: readonly FieldSpec[];
}

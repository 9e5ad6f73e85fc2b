/**
 * Between Keystatic and the files on disk (Keystatic's local mode reads and
 * writes through its API; this wraps that API):
 *
 * - reading: what Keystatic cannot open is shown to it in a form it can
 *   (forEditor in save-mdx.ts; a YAML year written as a number, an
 *   accessibility issue written as plain text), with the tree's and blob's
 *   hashes made to match what it is shown;
 * - writing: each file is saved faithfully (save-data.ts, save-mdx.ts), so
 *   only what the author changed changes; files outside the places the
 *   contract defines are refused.
 */

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { FieldSpec } from './form-spec-types.ts';
import { kindOfPath, type EditorSettings } from './keystatic-config.ts';
import { saveData, saveValue } from './save-data.ts';
import { forEditor, saveMdx } from './save-mdx.ts';

export interface FileBridge {
  /** The text Keystatic is shown for a file (undefined: the file as it is). */
  shown(file: string): Buffer | undefined;
  /** The text to write for a file Keystatic saved; an Error (with words for the author) when refused. */
  saved(file: string, contents: Buffer): Buffer | Error;
}

/** Git's hash of a blob, which Keystatic uses to name file contents. */
export function blobSha(contents: Buffer): string {
  return createHash('sha1').update(`blob ${contents.byteLength}\0`).update(contents).digest('hex');
}

export function fileBridge(settings: EditorSettings, baseDir: string): FileBridge {
  const read = (file: string): string | undefined => {
    const full = path.join(baseDir, file);
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
  };
  const fieldsOf = (kind: keyof EditorSettings['specs']): readonly FieldSpec[] => settings.specs[kind].fields;
  return {
    shown(file) {
      const kind = kindOfPath(settings, file);
      const text = kind ? read(file) : undefined;
      if (!kind || text === undefined) return undefined;
      const shown =
        kind === 'section' || kind === 'update'
          ? forEditor(text)
          : kind === 'areas'
            ? areasForEditor(text)
            : file.endsWith('.yaml')
              ? yamlForEditor(text, fieldsOf(kind))
              : text;
      return shown === text ? undefined : Buffer.from(shown);
    },
    saved(file, contents) {
      const kind = kindOfPath(settings, file);
      if (!kind) return new Error(`The editor does not write ${file}: it is not a file of the content contract.`);
      const refusal = placeProblem(settings, baseDir, kind, file);
      if (refusal) return new Error(refusal);
      const before = read(file);
      const text = contents.toString('utf8');
      if (kind === 'section' || kind === 'update') return Buffer.from(saveMdx(before, text, fieldsOf(kind)));
      if (kind === 'areas') {
        const areas = (JSON.parse(text) as { areas?: unknown }).areas ?? [];
        const field = fieldsOf(kind)[0];
        return Buffer.from(field ? saveValue('json', before, areas, field) : text);
      }
      const format = file.endsWith('.json') ? 'json' : 'yaml';
      const value: unknown = format === 'json' ? JSON.parse(text) : parseYaml(text);
      return Buffer.from(saveData(format, before, value, fieldsOf(kind)));
    },
  };
}

/** New files only where the site looks for them. */
function placeProblem(settings: EditorSettings, baseDir: string, kind: string, file: string): string | undefined {
  if (existsSync(path.join(baseDir, file))) return undefined;
  const relative = file.slice(settings.contentPath.length + 1);
  if (kind === 'section') {
    const match = /^strategies\/([^/]+)\/([^/]+)\/\d+-[a-z0-9-]+\.mdx$/.exec(relative);
    if (!match || !existsSync(path.join(baseDir, settings.contentPath, 'strategies', match[1] ?? '', match[2] ?? ''))) {
      return `A new section must go in an existing version folder, named like strategy/version/NN-name (for example kent-medway-integrated-care/8.1/10-next-steps), not ${relative}. To start a version, use "Start a new version".`;
    }
  }
  if (kind === 'version')
    return 'Start a new version with the "Start a new version" form, which copies the latest one.';
  if (kind === 'update' && !/^updates\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.mdx$/.test(relative)) {
    return `An update's file name starts with its date, like 2026-11-02-consultation-opens, not ${relative}.`;
  }
  return undefined;
}

/** areas.json, a list, as the object with one field `areas` that Keystatic's singletons need. */
function areasForEditor(text: string): string {
  try {
    return `${JSON.stringify({ areas: JSON.parse(text) as unknown }, null, 2)}\n`;
  } catch {
    // The check reports a file it cannot read; Keystatic shows its own error.
    return text;
  }
}

/**
 * YAML as Keystatic can read it: a year written as a number (2023) becomes
 * text, and an accessibility issue written as plain text becomes `{ text }`.
 * Only what the editor shows changes; the file itself is not touched.
 */
function yamlForEditor(text: string, fields: readonly FieldSpec[]): string {
  let changed = false;
  const adapt = (value: unknown, spec: FieldSpec | undefined): unknown => {
    const kind = spec?.kind;
    if (kind?.type === 'period' && typeof value === 'number') {
      changed = true;
      return String(value);
    }
    if (kind?.type === 'array' && Array.isArray(value)) return value.map((v) => adapt(v, kind.item));
    if (kind?.type === 'object') {
      if (kind.orText && typeof value === 'string') {
        changed = true;
        return { text: value };
      }
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        return Object.fromEntries(
          Object.entries(value).map(([k, v]) => [
            k,
            adapt(
              v,
              kind.fields.find((f) => f.key === k),
            ),
          ]),
        );
      }
    }
    return value;
  };
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch {
    return text;
  }
  const adapted = adapt(value, { key: '', label: '', required: true, kind: { type: 'object', fields } });
  return changed ? stringifyYaml(adapted, { lineWidth: 0 }) : text;
}

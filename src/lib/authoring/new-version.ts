/**
 * `npm run new-version`: starts the next draft of a strategy by copying its
 * latest version folder. The copy is made beside the strategy's versions under
 * a hidden name and renamed into place only when it is complete, so a failure
 * half-way never leaves a half-made version for the check (or the site) to
 * pick up; the loader skips names that start with a dot. consultation.yaml
 * is not copied: it says what people told us about the earlier version.
 */

import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import { CONSULTATION_FILE } from '../contract/consultation-load.ts';
import { ID_RE } from '../contract/schemas.ts';
import { isVersionId, versionOrder } from '../core/versions.ts';

export interface NewVersionRequest {
  readonly contentDir: string;
  readonly strategyId: string;
  readonly versionId: string;
  /** The new version's date, YYYY-MM-DD (the command passes today's). */
  readonly date: string;
}

export interface NewVersionCreated {
  readonly ok: true;
  /** The version copied. */
  readonly from: string;
  readonly to: string;
  /** The new folder, absolute. */
  readonly dir: string;
  /** Files in the new folder, sorted. */
  readonly files: readonly string[];
  /** The earlier version's note, replaced in the copy, so the command can say so. */
  readonly replacedNote: boolean;
}

export interface NewVersionRefused {
  readonly ok: false;
  /** What is wrong and what to do, in a sentence or two for an author. */
  readonly message: string;
}

export type NewVersionResult = NewVersionCreated | NewVersionRefused;

/** Version folders of a strategy, oldest first. */
export function versionFolders(strategyDir: string): string[] {
  return readdirSync(strategyDir)
    .filter((name) => isVersionId(name) && statSync(path.join(strategyDir, name)).isDirectory())
    .sort(versionOrder);
}

/** Versions that could follow `latest`: the next minor and the next major ("8.0" -> 8.1, 9.0). */
export function nextVersions(latest: string): string[] {
  const parts = latest.split('.').map(Number);
  const minor = parts.length > 1 ? [...parts.slice(0, -1), (parts[parts.length - 1] ?? 0) + 1] : [parts[0] ?? 0, 1];
  const major = [(parts[0] ?? 0) + 1, 0];
  return [minor.join('.'), major.join('.')];
}

export function newVersion(request: NewVersionRequest): NewVersionResult {
  const { contentDir, strategyId, versionId, date } = request;
  const refuse = (message: string): NewVersionRefused => ({ ok: false, message });
  const strategiesDir = path.join(contentDir, 'strategies');

  if (!ID_RE.test(strategyId) || !existsSync(path.join(strategiesDir, strategyId, 'strategy.yaml'))) {
    const known = existsSync(strategiesDir)
      ? readdirSync(strategiesDir).filter((name) => existsSync(path.join(strategiesDir, name, 'strategy.yaml')))
      : [];
    return refuse(
      `There is no strategy "${strategyId}" in ${strategiesDir}. ` +
        (known.length > 0
          ? `Use one of: ${known.sort().join(', ')}.`
          : 'Each strategy is a folder there holding a strategy.yaml.'),
    );
  }
  const strategyDir = path.join(strategiesDir, strategyId);
  const versions = versionFolders(strategyDir);
  const latest = versions[versions.length - 1];
  if (latest === undefined) {
    return refuse(
      `Strategy "${strategyId}" has no version folder to copy. Make the first one by hand (see docs/authoring.md).`,
    );
  }
  const suggestion = `such as ${nextVersions(latest).join(' or ')}`;

  if (!isVersionId(versionId) || /(^|\.)0\d/.test(versionId)) {
    return refuse(
      `"${versionId}" cannot be a version folder name: use numbers separated by dots, without leading zeros, ${suggestion}.`,
    );
  }
  const target = path.join(strategyDir, versionId);
  if (existsSync(target)) {
    return refuse(`${target} already exists. Nothing was changed: choose a new version, ${suggestion}.`);
  }
  // versionOrder orders "8.1.0" after "8.1" to stay total; as numbers they are the same version.
  const numbers = (v: string) =>
    v
      .split('.')
      .map(Number)
      .join('.')
      .replace(/(\.0)+$/, '');
  if (versionOrder(versionId, latest) <= 0 || numbers(versionId) === numbers(latest)) {
    return refuse(
      `Version ${versionId} does not come after the latest version, ${latest}. A new version must be later, ${suggestion}.`,
    );
  }

  const source = path.join(strategyDir, latest);
  const yamlPath = path.join(source, 'version.yaml');
  const edited = existsSync(yamlPath) ? editVersionYaml(readFileSync(yamlPath, 'utf8'), latest, date) : undefined;
  if (edited && !edited.ok) {
    return refuse(
      `${yamlPath} cannot be read (${edited.reason}). Fix it first (npm run check says where), then run this again.`,
    );
  }

  // Build the copy under a hidden name, then rename it into place in one step.
  const temporary = path.join(strategyDir, `.new-version-${versionId}-${process.pid}`);
  try {
    const consultation = path.join(source, CONSULTATION_FILE);
    cpSync(source, temporary, {
      recursive: true,
      errorOnExist: true,
      force: false,
      filter: (file) => file !== consultation,
    });
    writeFileSync(
      path.join(temporary, 'version.yaml'),
      edited?.text ?? `date: ${date}\nstatus: draft\nnote: ${draftNote(latest)}\n`,
    );
    if (existsSync(target)) throw new Error(`${target} appeared while copying`);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    return refuse(
      `Could not create ${target}: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
    );
  }
  return {
    ok: true,
    from: latest,
    to: versionId,
    dir: target,
    files: readdirSync(target).sort(),
    replacedNote: edited?.replacedNote ?? false,
  };
}

const draftNote = (from: string) => `A draft based on version ${from}.`;

type Edited = { ok: true; text: string; replacedNote: boolean } | { ok: false; reason: string };

/**
 * The earlier version.yaml with status draft and the new date, keeping the
 * author's comments and layout (the yaml Document API edits values in place).
 * `updated` (a correction to the earlier version) is dropped, and the note,
 * which described the earlier version, becomes a plain statement of where the
 * draft came from: true even if it is published before the author rewrites it.
 */
export function editVersionYaml(text: string, from: string, date: string): Edited {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { ok: false, reason: doc.errors[0]?.message.split('\n')[0] ?? 'a YAML error' };
  if (doc.contents !== null && !isMap(doc.contents)) {
    return { ok: false, reason: 'it is not a list of "field: value" lines' };
  }
  const setValue = (key: string, value: string) => {
    const node = doc.get(key, true);
    if (isScalar(node)) node.value = value;
    else doc.set(key, value);
  };
  setValue('date', date);
  setValue('status', 'draft');
  const replacedNote = doc.has('note');
  setValue('note', draftNote(from));
  doc.delete('updated');
  return { ok: true, text: doc.toString(), replacedNote };
}

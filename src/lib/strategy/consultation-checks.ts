/**
 * The check of each consultation.yaml against the versions it joins. A theme
 * may say the strategy changed only where the next version shows it, by the
 * diff engine's own judgement: every section it names must be in the next
 * version and differ from the consulted one, and every target must have new
 * figures. Also: a theme that changed nothing says why, ids and channels are
 * unique, and no theme was raised by more responses than came in.
 */

import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ConsultationTheme } from '../contract/consultation-schema.ts';
import type { Content, ConsultationFile, Strategy, Version } from '../contract/model.ts';
import { describe, fieldPath, problem, type Problem } from '../contract/problems.ts';
import { isVersionId, versionOrder } from '../core/versions.ts';
import { strategyComparison, type StrategyComparison } from '../diff/index.ts';
import { CHANGING_OUTCOMES, nextVersion, responseTotal } from './consultation.ts';

type Path = readonly (string | number)[];

/** A problem in one consultation.yaml, located at the field it is about. */
type Report = (path: Path, found: string, expected: string) => void;

export function checkConsultations(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const strategy of content.strategies) {
    for (const version of strategy.versions) {
      const file = version.consultation;
      if (!file) continue;
      const report: Report = (path, found, expected) =>
        problems.push(problem(file.file, fieldPath(path), found, expected, content.locate(file.file, path)));
      checkFile(content, strategy, version, file, report);
    }
  }
  return problems;
}

function checkFile(content: Content, strategy: Strategy, version: Version, file: ConsultationFile, report: Report) {
  const next = nextVersion(strategy, version);
  const nextKnown = !unreadVersionAfter(content, strategy, version, next);
  if (file.published !== undefined && file.published < version.date) {
    report(['published'], file.published, `a date on or after ${version.date}, the date of version ${version.id}`);
  }
  firstOfEach(file.responses, (r) => r.channel).forEach((first, i) => {
    if (first !== i)
      report(
        ['responses', i, 'channel'],
        describe(file.responses[i]?.channel),
        `a channel listed once (responses[${first}] has it too): add the counts together`,
      );
  });
  const total = responseTotal(file);
  firstOfEach(file.themes, (t) => t.id).forEach((first, i) => {
    if (first !== i)
      report(
        ['themes', i, 'id'],
        describe(file.themes[i]?.id),
        `an id used by no other theme (themes[${first}] has it too)`,
      );
  });
  const comparison = nextKnown && next ? strategyComparison(content, strategy.id, version.id, next.id) : undefined;
  file.themes.forEach((theme, i) => {
    if (total !== undefined && theme.count !== undefined && theme.count > total) {
      report(
        ['themes', i, 'count'],
        String(theme.count),
        `at most ${total}, the number of responses listed under responses`,
      );
    }
    checkTheme(content, version, nextKnown ? next : 'unknown', comparison, theme, ['themes', i], report);
  });
}

/** For each item, the index of the first item with the same key: equal to its own index when the key is new. */
function firstOfEach<T>(items: readonly T[], key: (item: T) => string): number[] {
  const first = new Map<string, number>();
  return items.map((item, i) => {
    const k = key(item);
    if (!first.has(k)) first.set(k, i);
    return first.get(k) ?? i;
  });
}

/** `next`: the version after the consulted one; 'unknown' when a later version's folder could not be read. */
function checkTheme(
  content: Content,
  version: Version,
  next: Version | undefined | 'unknown',
  comparison: StrategyComparison | undefined,
  theme: ConsultationTheme,
  at: Path,
  report: Report,
): void {
  const name = `theme '${theme.id}'`;
  const changing = CHANGING_OUTCOMES.includes(theme.outcome);
  if (theme.outcome === 'not-changed') {
    if (theme.response === undefined) {
      report(
        [...at, 'response'],
        'nothing',
        `a response saying why nothing changed (${name} has outcome "not-changed")`,
      );
    }
    if (theme.changes.length > 0) {
      report(
        [...at, 'changes'],
        `${name} with outcome "not-changed" and ${theme.changes.length === 1 ? 'a change' : `${theme.changes.length} changes`}`,
        'no changes for a theme that changed nothing; if the strategy changed because of it, use outcome "changed" or "partly-changed"',
      );
    }
    return;
  }
  if (changing && theme.changes.length === 0) {
    report(
      [...at, 'changes'],
      `${name} with outcome "${theme.outcome}" and no changes`,
      'at least one change, saying where the next version shows it: - { section: <section id> } or - { target: <indicator id> }',
    );
    return;
  }
  if (theme.changes.length === 0 || next === 'unknown') return;
  if (!next || !comparison) {
    report(
      [...at, 'changes'],
      `${name} naming changes, but ${version.id} is the latest version`,
      `a later version to show them in (changes are checked against the version after ${version.id}); until there is one, leave out changes and use outcome "not-changed" or "already-covered"`,
    );
    return;
  }
  theme.changes.forEach((change, j) => {
    if ('section' in change)
      checkSection(next, comparison, name, changing, change.section, [...at, 'changes', j, 'section'], report);
    else checkTarget(content, next, comparison, name, changing, change.target, [...at, 'changes', j, 'target'], report);
  });
}

function checkSection(
  next: Version,
  comparison: StrategyComparison,
  name: string,
  changing: boolean,
  id: string,
  at: Path,
  report: Report,
): void {
  if (!next.sections.some((s) => s.id === id)) {
    report(
      at,
      `section ${describe(id)}, which is not in version ${next.id}`,
      `the id of a section of version ${next.id}: ${next.sections.map((s) => s.id).join(', ')}`,
    );
    return;
  }
  const status = comparison.diff.sections.find((s) => s.id === id)?.status;
  if (changing && status === 'same') {
    report(
      at,
      `${name} says section '${id}' changed, but it is the same in ${next.id} as in ${comparison.from.id}`,
      `a section whose text differs between the two versions (if the draft already covered this, use outcome "already-covered")`,
    );
  }
}

function checkTarget(
  content: Content,
  next: Version,
  comparison: StrategyComparison,
  name: string,
  changing: boolean,
  indicator: string,
  at: Path,
  report: Report,
): void {
  if (!content.present.indicators.has(indicator)) {
    report(at, describe(indicator), `the id of an indicator with a file data/indicators/${indicator}.json`);
    return;
  }
  if (!next.sections.some((s) => s.targets.some((t) => t.indicator === indicator))) {
    report(
      at,
      `target ${describe(indicator)}, but no <Target> in version ${next.id} names that indicator`,
      `an indicator with a <Target> in version ${next.id} (to say a target was taken out, name the section it was in)`,
    );
    return;
  }
  const changed = comparison.diff.structured.targets.some(
    (t) => t.indicator === indicator && (t.op === 'changed' || t.op === 'added'),
  );
  if (changing && !changed) {
    report(
      at,
      `${name} says the target for '${indicator}' changed, but it is the same in ${next.id} as in ${comparison.from.id}`,
      'a target whose figures (value, baseline, since, by or area) differ between the two versions, or that is new',
    );
  }
}

/**
 * Whether a version folder after `version` (and before `next`, when there is
 * one) could not be read: then the version the changes are in is not known,
 * and its own problems are reported where they are.
 */
function unreadVersionAfter(
  content: Content,
  strategy: Strategy,
  version: Version,
  next: Version | undefined,
): boolean {
  let names: string[];
  try {
    names = readdirSync(path.join(content.contentDir, 'strategies', strategy.id));
  } catch {
    return false;
  }
  return names.some(
    (name) =>
      isVersionId(name) &&
      versionOrder(name, version.id) > 0 &&
      (next === undefined || versionOrder(name, next.id) < 0) &&
      !strategy.versions.some((v) => v.id === name),
  );
}

/**
 * The summary a reader sees first, as plain sentences: "The target for
 * physically inactive adults changed from 18% to 20% by 2028", "The section
 * 'About this draft' was removed", and the counts.
 */

import { formatValue } from '../core/numbers.ts';
import type { Unit } from '../core/vocabulary.ts';
import type { VersionDiff, SectionDiff } from './compare.ts';
import type { TargetChange } from './targets.ts';
import type { TargetUse } from '../contract/model.ts';
import { inSentence, listing, plural } from '../core/text.ts';

export interface IndicatorFacts {
  readonly title: string;
  readonly unit: Unit;
}

/** Names an indicator and says its values; unknown ids are shown as written. */
export type IndicatorLookup = (id: string) => IndicatorFacts | undefined;

export interface ChangeSummary {
  /** What changed in the strategy's commitments: targets and measures. */
  readonly targets: readonly string[];
  /** Sections added, removed, renamed, reordered. */
  readonly sections: readonly string[];
  /** The counts, as one sentence. */
  readonly counts: string;
}

const quoted = (title: string) => `‘${title}’`;

export function summariseChanges(
  diff: VersionDiff,
  lookup: IndicatorLookup,
  areaName: (id: string) => string,
): ChangeSummary {
  const name = (id: string) => inSentence(lookup(id)?.title ?? id);
  const value = (id: string, v: number) => {
    const unit = lookup(id)?.unit;
    return unit ? formatValue(v, unit) : String(v);
  };
  const targets = diff.structured.targets.map((change) => targetSentence(change, name, value, areaName));
  const structured = diff.structured;
  const targetGone = new Set(structured.targets.filter((t) => t.op === 'removed').map((t) => t.indicator));
  const targetNew = new Set(structured.targets.filter((t) => t.op === 'added').map((t) => t.indicator));
  for (const m of structured.measures) {
    // A removed target already says its indicator went; say each measure once.
    if (m.op === 'removed' && targetGone.has(m.indicator) && structured.indicatorsRemoved.includes(m.indicator))
      continue;
    if (m.op === 'added' && targetNew.has(m.indicator) && structured.indicatorsAdded.includes(m.indicator)) continue;
    const gone = m.op === 'removed' && structured.indicatorsRemoved.includes(m.indicator);
    const fresh = m.op === 'added' && structured.indicatorsAdded.includes(m.indicator);
    targets.push(
      m.op === 'added'
        ? `A measure of ${name(m.indicator)} was added${fresh ? ', new to the strategy' : ''}.`
        : `The measure of ${name(m.indicator)} was removed${gone ? ': the strategy no longer uses these figures' : ''}.`,
    );
  }

  const sections: string[] = [];
  for (const s of diff.sections) sections.push(...sectionSentences(s));

  const t = diff.totals;
  const parts = [
    `${plural(t.sectionsChanged, 'section')} changed`,
    `${t.sectionsAdded} added`,
    `${t.sectionsRemoved} removed`,
    `${plural(t.wordsAdded, 'word')} added`,
    `${t.wordsRemoved} removed`,
  ];
  if (t.moves > 0) parts.push(`${plural(t.moves, 'passage')} moved`);
  const counts =
    t.sectionsChanged + t.sectionsAdded + t.sectionsRemoved === 0
      ? 'Nothing a reader sees changed.'
      : `${listing(parts)}.`.replace(/^./, (c) => c.toUpperCase());
  return { targets, sections, counts };
}

function sectionSentences(s: SectionDiff): string[] {
  const out: string[] = [];
  if (s.status === 'added' && s.after) out.push(`The section ${quoted(s.after.title)} was added.`);
  if (s.status === 'removed' && s.before) out.push(`The section ${quoted(s.before.title)} was removed.`);
  if (s.before && s.after) {
    if (s.titleChanged) out.push(`The section ${quoted(s.before.title)} is now called ${quoted(s.after.title)}.`);
    if (s.kindChanged) {
      out.push(
        `The section ${quoted(s.after.title)} is now ${kindWords(s.after.kind)} (it was ${kindWords(s.before.kind)}).`,
      );
    }
    if (s.reordered) {
      out.push(`The section ${quoted(s.after.title)} moved from position ${s.before.position} to ${s.after.position}.`);
    }
  }
  return out;
}

function kindWords(kind: string | undefined): string {
  if (!kind) return 'an ordinary section';
  const words = kind.replace(/-/g, ' ');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

function targetSentence(
  change: TargetChange,
  name: (id: string) => string,
  value: (id: string, v: number) => string,
  areaName: (id: string) => string,
): string {
  const id = change.indicator;
  const goal = (t: TargetUse) => `${value(id, t.value)} by ${t.by}`;
  const where = (t: TargetUse) => (t.area ? ` in ${areaName(t.area)}` : '');
  if (change.op === 'added') {
    return `A target for ${name(id)}${where(change.after.target)} was added: ${goal(change.after.target)}.`;
  }
  if (change.op === 'removed') {
    return `The target for ${name(id)}${where(change.before.target)} (${goal(change.before.target)}) was removed.`;
  }
  const b = change.before.target;
  const a = change.after.target;
  const f = new Set(change.fields);
  const clauses: string[] = [];
  const subject = `The target for ${name(id)}${where(a)}`;
  if (f.has('value') && f.has('by')) clauses.push(`${subject} changed from ${goal(b)} to ${goal(a)}.`);
  else if (f.has('value'))
    clauses.push(`${subject} changed from ${value(id, b.value)} to ${value(id, a.value)} by ${a.by}.`);
  else if (f.has('by')) clauses.push(`${subject} (${value(id, a.value)}) is now due by ${a.by} rather than ${b.by}.`);
  if (f.has('baseline') || f.has('since')) {
    const start = (t: TargetUse) =>
      t.baseline === undefined ? '' : `${value(id, t.baseline)}${t.since ? ` in ${t.since}` : ''}`;
    if (b.baseline === undefined)
      clauses.push(`A starting point of ${start(a)} was added to the target for ${name(id)}.`);
    else if (a.baseline === undefined)
      clauses.push(`The target for ${name(id)} no longer gives a starting point (it was ${start(b)}).`);
    else clauses.push(`The starting point for ${name(id)} changed from ${start(b)} to ${start(a)}.`);
  }
  if (f.has('area')) {
    const area = (t: TargetUse) => (t.area ? areaName(t.area) : 'the strategy’s area');
    clauses.push(`The target for ${name(id)} is now for ${area(a)} rather than ${area(b)}.`);
  }
  return clauses.join(' ');
}

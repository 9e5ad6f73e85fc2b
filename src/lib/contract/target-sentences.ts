/**
 * A Target's sentence against its attributes: the sentence must state
 * `value`, `baseline` (when given) and the `by` period, so that the words a
 * resident reads and the figures the dashboard judges can never disagree.
 *
 * Runs with the indicators loaded, so that a message gives each figure in
 * the indicator's unit ("395 per 100,000", never "395%"). When the sentence
 * disagrees, the message quotes what it does state and what the attributes
 * give, and quotes the sentence with every figure and period in it (a long
 * sentence loses words between them, never the figures).
 */

import { asWritten, formatNumber, formatValue, numbersIn, type WrittenNumber } from '../core/numbers.ts';
import { periodInWords, periodMentions, statesPeriod, type PeriodMention } from '../core/period-words.ts';
import { parsePeriod } from '../core/periods.ts';
import type { Unit } from '../core/vocabulary.ts';
import { listing } from '../core/text.ts';
import type { Content, TargetUse } from './model.ts';
import { problem, type Problem } from './problems.ts';

export function checkTargetSentences(content: Content): Problem[] {
  const units = new Map(content.indicators.map((i) => [i.id, i.unit]));
  const problems: Problem[] = [];
  for (const strategy of content.strategies) {
    for (const version of strategy.versions) {
      for (const section of version.sections) {
        for (const t of section.targets)
          problems.push(...targetSentenceProblems(t, section.file, units.get(t.indicator)));
      }
    }
  }
  return problems;
}

/** What a sentence states: its figures (amounts, not parts of dates) and its periods, each with its place. */
export interface Stated {
  readonly figures: readonly WrittenNumber[];
  readonly periods: readonly PeriodMention[];
}

export function statedIn(text: string): Stated {
  const periods = periodMentions(text);
  const figures = numbersIn(text).filter(
    (n) =>
      !periods.some((p) => n.start < p.end && n.end > p.start) &&
      // The 100,000 of "395 per 100,000" is the rate's base, not a figure of its own.
      !/\bper\s*$/i.test(text.slice(0, n.start)),
  );
  return { figures, periods };
}

type TargetSentence = Pick<TargetUse, 'value' | 'baseline' | 'by' | 'text' | 'line' | 'column'>;

export function targetSentenceProblems(t: TargetSentence, file: string, unit: Unit | undefined): Problem[] {
  if (t.text === '') return []; // an empty Target is reported on its own
  const stated = statedIn(t.text);
  const at = { line: t.line, column: t.column };
  const quoted = quote(t.text, [...stated.figures, ...stated.periods]);
  const inUnit = (n: number) => (unit === undefined ? formatNumber(n) : formatValue(n, unit));
  const figures = listing(stated.figures.map((n) => asWritten(t.text, n)));
  const problems: Problem[] = [];
  const figure = (name: 'value' | 'baseline', n: number | undefined, like: string) => {
    if (n === undefined || stated.figures.some((f) => f.value === n)) return;
    problems.push(
      problem(
        file,
        `Target.${name}`,
        `a sentence that states ${figures || 'no figure'}, not ${inUnit(n)} (${quoted})`,
        `the ${name === 'value' ? 'target' : 'starting figure'} ${name}={${n}} stated in the sentence, as "${like}${inUnit(n)}" (or change ${name}={${n}} if the sentence is right)`,
        at,
      ),
    );
  };
  figure('baseline', t.baseline, 'from ');
  figure('value', t.value, 'to ');
  const by = parsePeriod(t.by);
  if (by.ok && !statesPeriod(t.text, by.period, stated.periods)) {
    const periods = listing(stated.periods.map((p) => p.text));
    problems.push(
      problem(
        file,
        'Target.by',
        `a sentence that says ${periods || 'no year'}, not ${t.by} (${quoted})`,
        `the period by="${t.by}" stated in the sentence, as ${periodInWords(by.period)} (or change by="${t.by}" if the sentence is right)`,
        at,
      ),
    );
  }
  return problems;
}

const WHOLE = 160;
const AROUND = 30;

/**
 * The sentence in quotes: whole when it is short, else its start and the
 * words around each figure and period, joined by "...".
 */
export function quote(text: string, marks: readonly { start: number; end: number }[]): string {
  if (text.length <= WHOLE) return `"${text}"`;
  const windows = [{ start: 0, end: 40 }, ...marks.map((m) => ({ start: m.start - AROUND, end: m.end + AROUND }))]
    .map((w) => ({ start: Math.max(0, w.start), end: Math.min(text.length, w.end) }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w.start <= last.end + 1) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  const parts = merged.map((w) => wordsBetween(text, w.start, w.end));
  const first = merged[0]?.start === 0 ? '' : '...';
  const last = merged[merged.length - 1]?.end === text.length ? '' : '...';
  return `"${first}${parts.join('...')}${last}"`;
}

/** The text from start to end, widened to whole words. */
function wordsBetween(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && /\S/.test(text[from - 1] ?? '')) from--;
  while (to < text.length && /\S/.test(text[to] ?? '')) to++;
  return text.slice(from, to).trim();
}

/**
 * The promise finder (issue 16): a sentence that states a future year and a
 * figure ("By 2028 we will cut smoking in pregnancy from 11.2% to 6%") is a
 * promise with a number. Written as plain prose or as a <Measure>, it shows
 * as "No target" on the dashboard; written as a <Target>, the check holds
 * its words to its figures and the dashboard judges progress towards it. So
 * each one found gets a warning suggesting the <Target>.
 *
 * "Future" is judged against the version's date (version.yaml `date`): a
 * year that had not ended when the version was written is a promise, and
 * stays one after it passes (the same text read in 2030 still promised
 * 2028). The sentence must also commit to something ("will", "by", "aim",
 * "want", "target", "goal", "ambition", "commit", "plan", "expect"), so that
 * "Prevalence is 22.3% in 2023/24", written in March 2024, is a report of the
 * year so far, not a promise. A figure is an amount with its unit: a percentage ("6%", "6 per
 * cent"), a rate ("395 per 100,000"), money ("£1.2m"), or a number of
 * things more or fewer ("1,000 more homes"); ages, days and counts that
 * describe who is meant ("aged 18 to 64", "91 days after") are not figures.
 *
 * Only the latest version of each strategy is read, as for readability:
 * earlier versions are the record of what was published. Headings are not
 * searched, nor the components named below.
 *
 * An author silences one with an MDX comment, saying why:
 *   {/* check-ignore promise: relative to the 2018 rate *\/}    the next paragraph, list or component
 *   {/* check-ignore-file promise *\/}                           the whole file
 * and the same comment inside a paragraph silences that paragraph.
 */

import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { asWritten } from '../core/numbers.ts';
import type { PeriodMention } from '../core/period-words.ts';
import type { Content } from '../contract/model.ts';
import { problem, type Problem } from '../contract/problems.ts';
import { quote, statedIn } from '../contract/target-sentences.ts';
import { proseTree } from '../mdx/parse.ts';
import { sentences } from '../core/text.ts';
import { joined, type Segment } from './readability.ts';

/**
 * Components whose text is searched: a case study's prose, and plain HTML
 * elements (<span lang="cy">). Not a <Target> (already one), <Quote>,
 * <AtAGlance>, <Stat> or <Table>, and not a misspelt name, which is an error
 * of its own.
 */
const searched = (name: string | null | undefined) => name === 'CaseStudy' || /^[a-z]/.test(name ?? '');
const IGNORE = /check-ignore(-file)?\s+promise\b/;

interface Passage {
  readonly segments: Segment[];
  /** The indicator of a <Measure>, for the suggested <Target>. */
  readonly indicator?: string | undefined;
  /** The paragraph a <Measure> sits in: a comment anywhere in it silences the Measure too. */
  readonly within?: Passage | undefined;
  silenced: boolean;
}

const isSilenced = (p: Passage): boolean => p.silenced || (p.within !== undefined && isSilenced(p.within));

export function promiseWarnings(content: Content): Problem[] {
  const warnings: Problem[] = [];
  for (const strategy of content.strategies) {
    const latest = strategy.versions[strategy.versions.length - 1];
    for (const section of latest?.sections ?? []) {
      warnings.push(...promisesIn(section.body, section.file, latest?.date ?? ''));
    }
  }
  return warnings;
}

/** Promise warnings for one MDX body written on `written` (YYYY-MM-DD). */
export function promisesIn(body: string, file: string, written: string): Problem[] {
  const tree = proseTree(body);
  if (!tree) return [];
  if (/check-ignore-file\s+promise\b/.test(body)) return [];
  const passages: Passage[] = [];
  collect(tree.children, passages, false);
  const warnings: Problem[] = [];
  for (const passage of passages) {
    if (isSilenced(passage)) continue;
    const { text, placeAt } = joined(passage.segments);
    for (const s of sentences(text)) {
      const found = promiseIn(s.text, written);
      if (!found) continue;
      warnings.push(
        problem(
          file,
          'promise',
          `a promise with a figure and a future year, ${passage.indicator ? 'in a <Measure>' : 'in the text'}: ${quote(s.text, found.marks)}`,
          `a <Target ${targetAttributes(found, passage.indicator)}> around the sentence, so that the check holds its words to its figures and the dashboard shows progress towards it (if it is not a promise to measure, put {/* check-ignore promise */} on the line before it, saying why)`,
          placeAt(s.start),
          'warning',
        ),
      );
    }
  }
  return warnings;
}

interface Found {
  /** The figures, as written: "11.2%", "6%". */
  readonly figures: { value: number; start: number; end: number }[];
  readonly by: PeriodMention;
  readonly marks: { start: number; end: number }[];
}

const MORE_OR_FEWER = /^\s+(?:more|fewer|less|extra|additional|new)\b/i;
/** Words that make a sentence about the future a commitment rather than a report of a figure. */
const PROMISING = /\b(?:will|by|aims?|want|target|goal|ambition|commit|plans?|expect)\b/i;

/** A future period and at least one figure in a sentence that commits to something, or undefined. */
function promiseIn(text: string, written: string): Found | undefined {
  if (!PROMISING.test(text)) return undefined;
  const stated = statedIn(text);
  const by = stated.periods.find((p) => p.lastDay > written);
  if (!by) return undefined;
  const figures = stated.figures.filter(
    (n) => asWritten(text, n) !== text.slice(n.start, n.end) || MORE_OR_FEWER.test(text.slice(n.end)),
  );
  if (figures.length === 0) return undefined;
  return { figures, by, marks: [...figures, ...stated.periods] };
}

/** The attributes a <Target> for the promise would have, as far as the sentence gives them. */
function targetAttributes(found: Found, indicator: string | undefined): string {
  const value = found.figures[found.figures.length - 1]?.value;
  const baseline = found.figures.length > 1 ? found.figures[0]?.value : undefined;
  return [
    `indicator="${indicator ?? '...'}"`,
    baseline === undefined ? '' : `baseline={${baseline}}`,
    `value={${value}}`,
    `by="${periodLabel(found.by)}"`,
  ]
    .filter((a) => a !== '')
    .join(' ');
}

/** A mention written as the period attribute would be: "2028", "2028/29", "2029-03", "2027 Q2", "2026-28". */
function periodLabel(m: PeriodMention): string {
  const two = (n: number) => String(n % 100).padStart(2, '0');
  switch (m.kind) {
    case 'year':
      return String(m.first);
    case 'span':
      return m.financial ? `${m.first}/${two(m.last)}` : `${m.first}-${two(m.last)}`;
    case 'month':
      return `${m.first}-${String(m.part).padStart(2, '0')}`;
    case 'quarter':
      return `${m.first} Q${m.part}`;
  }
}

/** Passages of prose and Measure sentences, with what is silenced. */
function collect(nodes: readonly RootContent[], out: Passage[], inherited: boolean): void {
  let pending = false;
  for (const node of nodes) {
    if (node.type === 'mdxFlowExpression') {
      pending ||= IGNORE.test(node.value);
      continue;
    }
    const silenced = inherited || pending;
    pending = false;
    if (node.type === 'paragraph') {
      const passage: Passage = { segments: [], silenced };
      out.push(passage);
      inline(node.children, passage, out);
    } else if (node.type === 'mdxJsxFlowElement') {
      if (node.name === 'Measure') out.push(measure(node, silenced));
      else if (searched(node.name)) collect(node.children, out, silenced);
    } else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
      collect(node.children as RootContent[], out, silenced);
    }
  }
}

function inline(nodes: readonly RootContent[], passage: Passage, out: Passage[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      const start = node.position?.start;
      passage.segments.push({ text: node.value, line: start?.line ?? 1, column: start?.column ?? 1 });
    } else if (node.type === 'mdxTextExpression') {
      if (IGNORE.test(node.value)) passage.silenced = true;
    } else if (node.type === 'mdxJsxTextElement') {
      // A Measure is a passage of its own, inside its paragraph.
      if (node.name === 'Measure') out.push(measure(node, false, passage));
      else if (searched(node.name)) {
        inline(node.children as RootContent[], passage, out);
      }
    } else if ('children' in node) {
      inline(node.children as RootContent[], passage, out);
    }
  }
}

function measure(node: MdxJsxFlowElement | MdxJsxTextElement, silenced: boolean, within?: Passage): Passage {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'indicator');
  const indicator = attr && typeof attr.value === 'string' ? attr.value : undefined;
  const passage: Passage = { segments: [], indicator, silenced, within };
  inline(node.children as RootContent[], passage, []);
  return passage;
}

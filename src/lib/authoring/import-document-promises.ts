/**
 * Sentences that look like a promise with a number in them ("By 2028 we
 * will cut the share of adults who smoke from 22.3% to 20%"), so that the
 * import can suggest a <Target> for each: a target the site then tracks
 * against its indicator, where a sentence in Word was only words. The test
 * is deliberately plain, and errs towards asking: a figure to reach, a
 * change in per cent or a halving or doubling, said with intent (will, aim, target, a sentence that
 * starts "Reduce ...") or with a year to reach it by. Statements of the
 * past ("fell by 38% between 2001 and 2011") and forecasts ("is expected to
 * rise to 18 million") are not promises.
 */

import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMdxBody } from '../mdx/parse.ts';
import { sentences } from '../strategy/readability.ts';

export interface NumericPromise {
  /** The line of the paragraph that holds the sentence. */
  readonly line: number;
  readonly sentence: string;
  /** A <Target> opening tag to wrap the sentence in, with ? where the sentence does not say. */
  readonly suggestion: string;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const PER = String.raw`(\s*(?:%|per ?cent\b)|\s+per\s+[\d,]+)?`;
/** "from 22.3% (in 2021/22) to 20%": up to six words between. */
const FROM_TO = new RegExp(
  String.raw`\bfrom\s+(?:about\s+|around\s+)?£?${NUM}${PER}((?:\s+\S+){0,6}?)\s+to\s+(?:about\s+|around\s+)?£?${NUM}${PER}`,
  'i',
);
const TO_FIGURE = new RegExp(
  String.raw`\b(?:to|below|under|above|over|at least|at most|reach(?:es|ing)?)\s+£?${NUM}(\s*(?:%|per ?cent\b)|\s+per\s+[\d,]+)`,
  'i',
);
const HALVE = /\b(?:halv(?:e|es|ing)|doubl(?:e|es|ing)|treble|triple)\b/i;
const BY_PERCENT = new RegExp(String.raw`\bby\s+(?:at least\s+)?${NUM}\s*(?:%|per ?cent\b)`, 'i');
const BY_YEAR =
  /\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d\d(?:\/\d\d)?)\b/i;
const IN_YEAR = /\bin\s+((?:19|20)\d\d(?:\/\d\d)?)\b/i;
const INTENT = /\b(?:will|shall|aims?|aiming|targets?|want to|commit(?:s|ted)? to|pledge|ambition|goal|plan to)\b/i;
const CHANGE_VERB = /^(?:reduc|increas|halv|doubl|cut|rais|improv|lower|bring|get|achiev|reach|narrow|clos)\w*\b/i;
const PERIOD = /\b((?:19|20)\d\d(?:\/\d\d)?)\b/;
const YEAR_ONLY = /^(?:19|20)\d\d$/;

/** A <Quote> is someone else's words; a <Target> or <Measure> is already tracked; a table is not prose. */
const SKIPPED = new Set(['Quote', 'Target', 'Measure', 'Table']);

/** A paragraph's words, leaving out those inside the components above. */
function ownWords(nodes: readonly RootContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'mdxJsxTextElement') return SKIPPED.has(node.name ?? '') ? ' ' : ownWords(node.children);
      return 'children' in node ? ownWords(node.children as RootContent[]) : toString(node);
    })
    .join('');
}

/** Promises in an MDX body, in order, with the line of the paragraph each is in. */
export function findNumericPromises(body: string): NumericPromise[] {
  const found: NumericPromise[] = [];
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        const line = node.position?.start.line ?? 1;
        for (const s of sentences(ownWords(node.children))) {
          const suggestion = promiseIn(s.text);
          if (suggestion !== undefined) found.push({ line, sentence: s.text, suggestion });
        }
      } else if (node.type === 'mdxJsxFlowElement') {
        if (!SKIPPED.has(node.name ?? '')) visit(node.children);
      } else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
        visit(node.children as RootContent[]);
      }
    }
  };
  visit(parseMdxBody(body).tree.children);
  return found;
}

/** The opening tag of a <Target> when the sentence is a promise with a number, else undefined. */
export function promiseIn(sentence: string): string | undefined {
  const text = sentence.replace(/\s+/g, ' ').trim();
  const fromTo = FROM_TO.exec(text);
  // "from 2011 to 2018" is a span of years, not a change in a figure.
  const change = fromTo && !(YEAR_ONLY.test(fromTo[1] ?? '') && YEAR_ONLY.test(fromTo[4] ?? '')) ? fromTo : null;
  const to = change ? null : TO_FIGURE.exec(text);
  const relative = change || to ? null : (BY_PERCENT.exec(text) ?? HALVE.exec(text));
  if (!change && !to && !relative) return undefined;
  const deadline = BY_YEAR.exec(text)?.[1];
  if (!INTENT.test(text) && !CHANGE_VERB.test(text) && deadline === undefined) return undefined;
  const by = deadline ?? IN_YEAR.exec(text)?.[1];

  const number = (written: string | undefined) => (written ?? '').replace(/,/g, '');
  const baseline = change ? number(change[1]) : undefined;
  const since = change ? PERIOD.exec(change[3] ?? '')?.[1] : undefined;
  const value = change ? number(change[4]) : to ? number(to[1]) : '?';
  const attributes = [
    'indicator="?"',
    ...(baseline === undefined ? [] : [`baseline={${baseline}}`]),
    ...(since === undefined ? [] : [`since="${since}"`]),
    `value={${value}}`,
    `by="${by ?? '?'}"`,
  ];
  return `<Target ${attributes.join(' ')}>`;
}

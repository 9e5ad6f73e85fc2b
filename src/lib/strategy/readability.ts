/**
 * Readability warnings for `npm run check`: sentences over 25 words, and
 * paragraphs whose reading age is far above GOV.UK's aim. They are advice,
 * never errors: a strategy may need a long sentence, and the author decides.
 *
 * The measure: the Flesch-Kincaid grade level of a paragraph,
 *   0.39 x (words / sentences) + 11.8 x (syllables / words) - 15.59,
 * turned into a reading age by adding 5 (US grade 1 is read at about age 6),
 * with syllables counted by the usual English spelling rules. GOV.UK writes
 * for a reading age of 9; strategies carry policy terms, so we warn only when
 * a paragraph of 30 words or more needs a reading age of 16 or more (Flesch-
 * Kincaid grade 11): seven years above the aim, past the end of compulsory
 * school. Plain paragraphs score 7 to 13; the same ideas in the usual
 * partnership jargon ("collaboratively ... population health outcomes") 20+.
 *
 * Authors silence a passage with an MDX comment on the line before it, which
 * renders nothing:
 *   {/* check-ignore readability *\/}     the next paragraph, list or component
 *   {/* check-ignore long-sentence *\/}   only the sentence-length warning
 *   {/* check-ignore reading-age *\/}     only the reading-age warning
 *   {/* check-ignore-file readability *\/} anywhere: the whole file
 * The same comment inside a paragraph silences that paragraph. A paragraph
 * with a long sentence gets no reading-age warning as well: the long sentence
 * alone lifts the score, and shortening it is the fix for both.
 */

import type { Root, RootContent } from 'mdast';
import type { Content } from '../contract/model.ts';
import { problem, type Problem } from '../contract/problems.ts';
import { proseTree } from '../mdx/parse.ts';
import { plural, sentences as splitSentences, words, type Sentence } from '../core/text.ts';

export const LONG_SENTENCE_WORDS = 25;
export const GOV_UK_READING_AGE = 9;
export const READING_AGE_LIMIT = 16;
/** Shorter paragraphs give too few words for a steady score. */
export const MIN_WORDS_FOR_READING_AGE = 30;

export type ReadabilityRule = 'long-sentence' | 'reading-age';

/** Components whose text is not the author's to shorten (a resident's words) or is not prose. */
const SKIPPED_COMPONENTS = new Set(['Quote', 'AtAGlance', 'Stat']);

const IGNORE = /check-ignore(-file)?\s+(readability|long-sentence|reading-age)\b/g;

export interface Segment {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

interface Block {
  readonly segments: Segment[];
  readonly ignored: ReadonlySet<ReadabilityRule>;
}

interface Ignores {
  readonly file: Set<ReadabilityRule>;
}

const rulesOf = (name: string): ReadabilityRule[] =>
  name === 'readability' ? ['long-sentence', 'reading-age'] : [name as ReadabilityRule];

/** The ignore rules a comment expression names, split into next-block and whole-file ones. */
function ignoresIn(expression: string, ignores: Ignores): Set<ReadabilityRule> {
  const next = new Set<ReadabilityRule>();
  for (const m of expression.matchAll(IGNORE)) {
    for (const rule of rulesOf(m[2] ?? '')) (m[1] ? ignores.file : next).add(rule);
  }
  return next;
}

/** Paragraphs of prose, each with where its text comes from and what is silenced. */
function blocksOf(tree: Root, ignores: Ignores): Block[] {
  const blocks: Block[] = [];
  const walk = (nodes: readonly RootContent[], inherited: ReadonlySet<ReadabilityRule>) => {
    let pending = new Set<ReadabilityRule>();
    for (const node of nodes) {
      if (node.type === 'mdxFlowExpression') {
        for (const rule of ignoresIn(node.value, ignores)) pending.add(rule);
        continue;
      }
      const ignored = new Set([...inherited, ...pending]);
      pending = new Set();
      if (node.type === 'paragraph') {
        const segments: Segment[] = [];
        const own = new Set(ignored);
        inline(node.children, segments, own, ignores);
        blocks.push({ segments, ignored: own });
      } else if (node.type === 'mdxJsxFlowElement') {
        if (!SKIPPED_COMPONENTS.has(node.name ?? '')) walk(node.children, ignored);
      } else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
        walk(node.children as RootContent[], ignored);
      }
      // Headings, tables, code and HTML are not judged: they are not running prose.
    }
  };
  walk(tree.children, new Set());
  return blocks;
}

function inline(nodes: readonly RootContent[], out: Segment[], ignored: Set<ReadabilityRule>, ignores: Ignores): void {
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start;
      out.push({ text: node.value, line: start?.line ?? 1, column: start?.column ?? 1 });
    } else if (node.type === 'break') {
      const start = node.position?.start;
      out.push({ text: '\n', line: start?.line ?? 1, column: start?.column ?? 1 });
    } else if (node.type === 'mdxTextExpression') {
      for (const rule of ignoresIn(node.value, ignores)) ignored.add(rule);
    } else if (node.type === 'mdxJsxTextElement') {
      if (!SKIPPED_COMPONENTS.has(node.name ?? '')) inline(node.children as RootContent[], out, ignored, ignores);
    } else if ('children' in node) {
      inline(node.children as RootContent[], out, ignored, ignores);
    }
  }
}

/** A paragraph's text and a way back from a character to its place in the file. */
export function joined(segments: readonly Segment[]) {
  const text = segments.map((s) => s.text).join('');
  const placeAt = (index: number): { line: number; column: number } => {
    let offset = 0;
    for (const s of segments) {
      if (index < offset + s.text.length) {
        const before = s.text.slice(0, index - offset);
        const newlines = before.split('\n').length - 1;
        return newlines === 0
          ? { line: s.line, column: s.column + before.length }
          : { line: s.line + newlines, column: before.length - before.lastIndexOf('\n') };
      }
      offset += s.text.length;
    }
    const last = segments[segments.length - 1];
    return { line: last?.line ?? 1, column: last?.column ?? 1 };
  };
  return { text, placeAt };
}

/** Words as the check counts them; from core/text.ts, exported here too since sentence length is measured in them. */
export { words } from '../core/text.ts';

/** The sentences of a paragraph that have a word to count (core/text.ts splits them, as the diff does). */
export function sentences(text: string): Sentence[] {
  return splitSentences(text).filter((s) => words(s.text).length > 0);
}

/** Syllables in an English word, by the usual spelling rules; acronyms are spelt out (NHS: 3). */
export function syllables(word: string): number {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters === '') return 0;
  if (/^[A-Z]{2,4}s?$/.test(letters)) return letters.replace(/s$/, '').length;
  let w = letters.toLowerCase();
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

export interface ReadingAge {
  readonly age: number;
  readonly words: number;
}

/**
 * The Flesch-Kincaid reading age of a passage, or undefined when it is too
 * short to judge. Numbers ("22.3%", "2028") count for sentence length but not
 * here: they are neither easy nor hard words.
 */
export function readingAge(text: string): ReadingAge | undefined {
  const found = sentences(text);
  const all = found.flatMap((s) => words(s.text)).filter((w) => /\p{L}/u.test(w));
  if (all.length < MIN_WORDS_FOR_READING_AGE || found.length === 0) return undefined;
  const syllableCount = all.reduce((sum, w) => sum + syllables(w), 0);
  const grade = 0.39 * (all.length / found.length) + 11.8 * (syllableCount / all.length) - 15.59;
  return { age: Math.round(grade + 5), words: all.length };
}

/** The start of a sentence, for a message: about eight words. */
export function opening(text: string): string {
  const all = text.replace(/\s+/g, ' ').split(' ');
  const shown = all.slice(0, 8).join(' ');
  return all.length > 8 ? `${shown}...` : shown;
}

/** Readability warnings for one MDX body (front matter blanked, so lines are true to the file). */
export function readabilityOf(body: string, file: string): Problem[] {
  const tree = proseTree(body);
  if (!tree) return [];
  const ignores: Ignores = { file: new Set() };
  const blocks = blocksOf(tree, ignores);
  const warnings: Problem[] = [];
  for (const block of blocks) {
    const { text, placeAt } = joined(block.segments);
    const silenced = (rule: ReadabilityRule) => block.ignored.has(rule) || ignores.file.has(rule);
    const found = sentences(text);
    let long = false;
    if (!silenced('long-sentence')) {
      for (const s of found) {
        const count = words(s.text).length;
        if (count <= LONG_SENTENCE_WORDS) continue;
        long = true;
        warnings.push(
          problem(
            file,
            'long sentence',
            `${count} words in "${opening(s.text)}"`,
            `${LONG_SENTENCE_WORDS} words or fewer: split it, or silence it with {/* check-ignore long-sentence */} on the line before the paragraph`,
            placeAt(s.start),
            'warning',
          ),
        );
      }
    }
    // A long sentence alone can lift a paragraph's score: one warning, the more useful one, is enough.
    const age = silenced('reading-age') || long ? undefined : readingAge(text);
    if (age && age.age >= READING_AGE_LIMIT) {
      const first = found[0];
      warnings.push(
        problem(
          file,
          'reading age',
          `${age.age} for the paragraph "${opening(first?.text ?? text)}"`,
          `under ${READING_AGE_LIMIT} (GOV.UK aims for ${GOV_UK_READING_AGE}): use shorter sentences and everyday words, or silence it with {/* check-ignore reading-age */} on the line before`,
          placeAt(first?.start ?? 0),
          'warning',
        ),
      );
    }
  }
  return warnings;
}

/**
 * Warnings for what authors are writing now: the latest version of each
 * strategy, and the updates. Earlier versions are the record of what was
 * published, so they are left as they are (and a passage carried over into a
 * new version is warned about once, there).
 */
export function readabilityWarnings(content: Content): Problem[] {
  const warnings: Problem[] = [];
  for (const strategy of content.strategies) {
    const latest = strategy.versions[strategy.versions.length - 1];
    for (const section of latest?.sections ?? []) warnings.push(...readabilityOf(section.body, section.file));
  }
  for (const update of content.updates) warnings.push(...readabilityOf(update.body, update.file));
  return warnings;
}

export interface ReadabilityCounts {
  readonly longSentences: number;
  readonly hardParagraphs: number;
}

export function countReadability(warnings: readonly Problem[]): ReadabilityCounts {
  return {
    longSentences: warnings.filter((w) => w.field === 'long sentence').length,
    hardParagraphs: warnings.filter((w) => w.field === 'reading age').length,
  };
}

/** The line printed after the warnings: how many of each, and that they do not stop publishing. */
export function summariseReadability(warnings: readonly Problem[]): string {
  const { longSentences, hardParagraphs } = countReadability(warnings);
  return (
    `${plural(warnings.length, 'readability warning')} ` +
    `(${plural(longSentences, 'long sentence')}, ` +
    `${plural(hardParagraphs, 'paragraph')} with a high reading age): ` +
    'they do not stop publishing. To fix or silence them, see "Readability" in docs/authoring.md.'
  );
}

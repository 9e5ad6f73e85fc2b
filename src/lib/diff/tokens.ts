/**
 * Words, numbers and sentences for the diff. jsdiff's own word splitter cuts
 * "22.3%" into 22 . 3 % and "12,000" into 12 , 000, so a changed target shows
 * as confetti; this tokenizer keeps numbers, percentages, money and periods
 * whole, so "18%" to "20%" is one clean replacement.
 */

import { sentences as splitSentences } from '../core/text.ts';

export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Whitespace that follows it in the source (kept for rendering, ignored when comparing). */
  readonly space: string;
  /** Whether it counts as a word (numbers count; punctuation does not). */
  readonly word: boolean;
}

// Order matters: the longest, most specific forms first.
const TOKEN = new RegExp(
  [
    // Money: £1.1bn, £12,000, £3 million.
    String.raw`[£$€]\d+(?:[.,]\d+)*(?:\s?(?:bn|m|k|billion|million|thousand)\b)?`,
    // Periods: 2028/29, 2021-23, 2023-05, 2023 Q2.
    String.raw`\d{4}(?:\/\d{2}|-\d{2}|\s?Q[1-4])(?![\d])`,
    // Numbers, with decimals, thousands, a percent sign or an ordinal: 22.3%, 12,000, 21st, 21+.
    String.raw`\d+(?:[.,]\d+)*(?:%|st\b|nd\b|rd\b|th\b|\+)?`,
    // Words, with inner apostrophes and hyphens: children's, long-term.
    String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*`,
    // Anything else, one character at a time.
    String.raw`[^\s]`,
  ].join('|'),
  'gu',
);

const WORDISH = /[\p{L}\p{N}]/u;

/** Splits text into tokens; joining `text + space` of every token gives the text back (less leading space). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  const source = text.replace(/^\s+/, '');
  let lastEnd = 0;
  let previous: { text: string; word: boolean } | undefined;
  while ((match = TOKEN.exec(source)) !== null) {
    if (previous) tokens.push({ ...previous, space: source.slice(lastEnd, match.index) });
    previous = { text: match[0], word: WORDISH.test(match[0]) };
    lastEnd = match.index + match[0].length;
  }
  if (previous) tokens.push({ ...previous, space: source.slice(lastEnd) });
  return tokens;
}

/** How many words (numbers included) a text has. */
export function countWords(text: string): number {
  let n = 0;
  for (const t of tokenize(text)) if (t.word) n++;
  return n;
}

/** Text with runs of whitespace made single, for exact comparisons. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Splits a block's text into sentences, whitespace made single. The rule is
 * the one the readability check uses (core/text.ts), so a sentence the check
 * warns about is the sentence the diff shows; figures stay whole because a
 * decimal point or a thousands comma is never followed by a space.
 */
export function sentences(text: string): string[] {
  return splitSentences(normalise(text)).map((s) => s.text);
}

/** Lower-cased words of a text, for similarity. */
export function wordBag(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.word)
    .map((t) => t.text.toLowerCase());
}

/**
 * Dice similarity of two bags of words (0: nothing shared, 1: the same words).
 * Cheap (linear), so alignment can afford it for every candidate pair.
 */
export function bagSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * Prose as the site counts it: sentences, words and plurals. One definition
 * of each, so that the readability check and the diff engine cut a paragraph
 * into the same sentences, and every "1 project" / "3 projects" on a page, in
 * a message or in the search box reads the same way.
 */

export interface Sentence {
  /** The sentence, without the space around it. */
  readonly text: string;
  /** Index of its first character in the text it came from. */
  readonly start: number;
}

/** Words that end with a full stop without ending the sentence ("Dr. Patel", "St. Mary's"). */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'no',
  'vs',
  'approx',
  'cllr',
  'prof',
  'cf',
]);

// A sentence ends at . ! or ? (with any closing quotes or brackets) followed
// by space and something that is not lower case, or by the end of the text.
// A decimal point is followed by a digit, not a space, so "22.3%" stays whole;
// "e.g. with" is followed by lower case, so it does not end a sentence.
const SENTENCE_END = /[.!?]+["'\u2019\u201d)\]]*(?=\s+[^\s\p{Ll}]|\s*$)/gu;
const OPENING_PUNCTUATION = /^[("'\u2018\u201c]+/;

/**
 * Splits prose into sentences, each trimmed and with where it starts. Every
 * character other than space between sentences belongs to one of them, so
 * the sentences joined with spaces give the text back (the diff relies on it).
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const stop = m.index + m[0].length;
    const lastWord = /(\S+)$/.exec(text.slice(start, m.index))?.[1] ?? '';
    if (m[0].startsWith('.') && ABBREVIATIONS.has(lastWord.toLowerCase().replace(OPENING_PUNCTUATION, ''))) continue;
    pushTrimmed(out, text, start, stop);
    start = stop;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

function pushTrimmed(out: Sentence[], text: string, from: number, to: number): void {
  const slice = text.slice(from, to);
  const trimmed = slice.trim();
  if (trimmed !== '') out.push({ text: trimmed, start: from + slice.length - slice.trimStart().length });
}

/**
 * Words: runs of text between spaces (or dashes) that hold a letter or a
 * digit. Figures stay whole: "22.3%", "12,000", "£1.1bn" and "2028/29" are
 * one word each, and so is "well-being".
 */
export function words(text: string): string[] {
  return text.split(/[\s\u2014\u2013]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A count with its noun: "1 project", "3 projects", "2 strategies" (give `many` when adding "s" is wrong). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${pluralWord(count, one, many)}`;
}

/** The word alone, for a count written elsewhere: "its" or "their", "page matches" or "pages match". */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/** A title as part of a sentence: "Physically inactive adults" lower-cased, unless it starts with an acronym ("NHS ..."). */
export function inSentence(title: string): string {
  return /^\p{Lu}\p{Ll}/u.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

/** "a", "a and b", "a, b and c": items joined for a sentence (an empty list gives ""). */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

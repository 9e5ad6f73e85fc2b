/**
 * One section compared with its match: blocks aligned, then sentences inside
 * changed blocks, then words inside changed sentences.
 */

import { align } from './align.ts';
import type { Block } from './blocks.ts';
import { countWords, sentences } from './tokens.ts';
import { diffWordsOf, WORD_DIFF_THRESHOLD, type Piece } from './words.ts';

export type SentenceDiff =
  | { readonly op: 'same'; readonly text: string }
  | { readonly op: 'removed'; readonly text: string }
  | { readonly op: 'added'; readonly text: string }
  | { readonly op: 'changed'; readonly pieces: readonly Piece[] };

export interface Move {
  /** Anchor ids of the two ends: `${id}-from` and `${id}-to`. */
  readonly id: string;
  /** The section at the other end, and its title. */
  readonly otherSection: string;
  readonly otherTitle: string;
}

export type BlockDiff =
  | { readonly op: 'same'; readonly before: Block; readonly after: Block }
  | {
      readonly op: 'changed';
      readonly before: Block;
      readonly after: Block;
      readonly sentences: readonly SentenceDiff[];
      readonly wordsAdded: number;
      readonly wordsRemoved: number;
    }
  | { readonly op: 'removed'; readonly before: Block }
  | { readonly op: 'added'; readonly after: Block }
  /** Where moved text used to be (in the old version). */
  | { readonly op: 'moved-from'; readonly before: Block; readonly move: Move }
  /** Where moved text is now; `sentences` when it was also edited on the way. */
  | {
      readonly op: 'moved-to';
      readonly after: Block;
      readonly move: Move;
      readonly sentences?: readonly SentenceDiff[];
      readonly wordsAdded: number;
      readonly wordsRemoved: number;
    };

/** Blocks of the same kind may pair; a Target or Measure only with one for the same indicator. */
function compatible(a: Block, b: Block): boolean {
  if (a.kind !== b.kind || a.within !== b.within) return false;
  if (a.indicator !== undefined && b.indicator !== undefined) return a.indicator === b.indicator;
  return true;
}

/**
 * Blocks up to this many words are also word-diffed whole, and the reading
 * with fewer changed words wins: a sentence split in two ("...depression but
 * my employer" to "...depression. My employer") is then one small edit
 * rather than a sentence removed and two added.
 */
const WHOLE_BLOCK_WORDS = 80;

/** Sentence and word diff of two versions of one block. */
export function diffBlockText(
  before: string,
  after: string,
): { sentences: SentenceDiff[]; wordsAdded: number; wordsRemoved: number } {
  const bySentence = diffBySentence(before, after);
  // Only worth trying when sentences were added or removed: that is what a split or a merge looks like.
  const clean = bySentence.sentences.every((x) => x.op === 'same' || x.op === 'changed');
  if (clean || bySentence.sentences.length <= 1 || countWords(before) + countWords(after) > 2 * WHOLE_BLOCK_WORDS) {
    return bySentence;
  }
  const whole = diffWordsOf(before, after);
  if (whole.similarity < WORD_DIFF_THRESHOLD) return bySentence;
  if (whole.wordsAdded + whole.wordsRemoved >= bySentence.wordsAdded + bySentence.wordsRemoved) return bySentence;
  return {
    sentences: [{ op: 'changed', pieces: whole.pieces }],
    wordsAdded: whole.wordsAdded,
    wordsRemoved: whole.wordsRemoved,
  };
}

function diffBySentence(
  before: string,
  after: string,
): { sentences: SentenceDiff[]; wordsAdded: number; wordsRemoved: number } {
  let wordsAdded = 0;
  let wordsRemoved = 0;
  const out: SentenceDiff[] = [];
  for (const s of align(sentences(before), sentences(after), (x) => x)) {
    if (s.op === 'same') out.push({ op: 'same', text: s.after });
    else if (s.op === 'removed') {
      out.push({ op: 'removed', text: s.before });
      wordsRemoved += countWords(s.before);
    } else if (s.op === 'added') {
      out.push({ op: 'added', text: s.after });
      wordsAdded += countWords(s.after);
    } else {
      const words = diffWordsOf(s.before, s.after);
      out.push({ op: 'changed', pieces: words.pieces });
      wordsAdded += words.wordsAdded;
      wordsRemoved += words.wordsRemoved;
    }
  }
  return { sentences: out, wordsAdded, wordsRemoved };
}

/** The block diff of two sections (moves are found later, across the whole document). */
export function diffBlocks(before: readonly Block[], after: readonly Block[]): BlockDiff[] {
  return align(before, after, (b) => b.text, compatible).map((a): BlockDiff => {
    if (a.op !== 'changed') return a;
    return { op: 'changed', before: a.before, after: a.after, ...diffBlockText(a.before.text, a.after.text) };
  });
}

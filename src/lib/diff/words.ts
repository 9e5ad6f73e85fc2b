/**
 * Word-level diff inside one changed sentence, on whole-number tokens
 * (tokens.ts). Below a similarity threshold the old sentence is shown removed
 * and the new one added, rather than a confetti of fragments.
 */

import { diffArrays } from 'diff';
import { tokenize, type Token } from './tokens.ts';

export type Piece =
  | { readonly op: 'same'; readonly text: string }
  | { readonly op: 'del'; readonly text: string }
  | { readonly op: 'ins'; readonly text: string };

/**
 * Share of words two sentences have in common, in order, for a word diff to
 * read well. Below this the sentence is shown as replaced.
 */
export const WORD_DIFF_THRESHOLD = 0.5;

export interface WordDiff {
  readonly pieces: Piece[];
  /** Words kept in order, as a share of the words of both sentences (Dice). */
  readonly similarity: number;
  readonly wordsAdded: number;
  readonly wordsRemoved: number;
}

interface Run {
  readonly op: Piece['op'];
  readonly tokens: Token[];
  /** For common runs: the same tokens as the old text has them. */
  readonly old?: Token[];
}

const joinTokens = (tokens: readonly Token[]): string => tokens.map((t) => t.text + t.space).join('');

/** The word diff of two sentences; a whole replacement when they share too little. */
export function diffWordsOf(before: string, after: string): WordDiff {
  const a = tokenize(before);
  const b = tokenize(after);
  const parts = diffArrays(a, b, { comparator: (x: Token, y: Token) => x.text === y.text });
  let sharedWords = 0;
  const wordsA = a.filter((t) => t.word).length;
  const wordsB = b.filter((t) => t.word).length;
  let runs: Run[] = [];
  // jsdiff hands back the new side's tokens for common runs; keep the old side's too (their spacing differs).
  let i = 0;
  for (const part of parts) {
    const op = part.added ? 'ins' : part.removed ? 'del' : 'same';
    if (op === 'same') {
      sharedWords += part.value.filter((t) => t.word).length;
      runs.push({ op, tokens: part.value, old: a.slice(i, i + part.value.length) });
    } else {
      runs.push({ op, tokens: part.value });
    }
    if (op !== 'ins') i += part.value.length;
  }
  const similarity = wordsA + wordsB === 0 ? 1 : (2 * sharedWords) / (wordsA + wordsB);
  if (similarity < WORD_DIFF_THRESHOLD) {
    return {
      pieces: [
        { op: 'del', text: before.trim() },
        { op: 'ins', text: after.trim() },
      ],
      similarity,
      wordsAdded: wordsB,
      wordsRemoved: wordsA,
    };
  }
  runs = absorbSmallSame(runs);
  const pieces: Piece[] = [];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  // Within a change, show everything removed first, then everything added.
  let dels: Token[] = [];
  let inss: Token[] = [];
  // When the old text had a space before a removal that the new text lacks ("depression but" to "depression."), the removal keeps it.
  let oldSpaceOnly = false;
  const flush = () => {
    if (dels.length) pieces.push({ op: 'del', text: (oldSpaceOnly ? ' ' : '') + joinTokens(dels).trimEnd() });
    if (inss.length) pieces.push({ op: 'ins', text: joinTokens(inss).trimEnd() });
    // The space after a change belongs between it and the next unchanged text.
    const last = inss.at(-1) ?? dels.at(-1);
    if (last && last.space) pieces.push({ op: 'same', text: ' ' });
    dels = [];
    inss = [];
  };
  for (const run of runs) {
    if (run.op === 'same') {
      flush();
      pieces.push({ op: 'same', text: joinTokens(run.tokens) });
      oldSpaceOnly = !!run.old?.at(-1)?.space && !run.tokens.at(-1)?.space;
    } else if (run.op === 'del') {
      dels.push(...run.tokens);
      wordsRemoved += run.tokens.filter((t) => t.word).length;
    } else {
      inss.push(...run.tokens);
      wordsAdded += run.tokens.filter((t) => t.word).length;
    }
  }
  flush();
  return { pieces: mergePieces(pieces), similarity, wordsAdded, wordsRemoved };
}

/**
 * A single unchanged token between two changes ("the", a comma) is folded
 * into the change around it: "~~a~~ b ~~c~~" reads worse than "~~a b c~~".
 */
function absorbSmallSame(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const [i, run] of runs.entries()) {
    const prev = out.at(-1);
    const next = runs[i + 1];
    if (run.op === 'same' && run.tokens.length === 1 && prev && prev.op !== 'same' && next && next.op !== 'same') {
      out.push({ op: 'del', tokens: run.old ?? run.tokens }, { op: 'ins', tokens: run.tokens });
      continue;
    }
    out.push(run);
  }
  return out;
}

function mergePieces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out.at(-1);
    if (last && last.op === p.op) out[out.length - 1] = { op: p.op, text: last.text + p.text };
    else if (p.text !== '') out.push(p);
  }
  return out;
}

/**
 * Aligning two lists (blocks of a section, sentences of a block): exact
 * matches first (jsdiff's array diff on normalised text), then, inside each
 * run of removed-and-added items, pairs that are similar enough to be one
 * item edited rather than one removed and another added.
 */

import { diffArrays } from 'diff';
import { bagSimilarity, normalise, wordBag } from './tokens.ts';

export type Aligned<T> =
  | { readonly op: 'same'; readonly before: T; readonly after: T }
  | { readonly op: 'changed'; readonly before: T; readonly after: T; readonly similarity: number }
  | { readonly op: 'removed'; readonly before: T }
  | { readonly op: 'added'; readonly after: T };

/** Below this share of shared words, two items are one removed and one added. */
export const PAIR_THRESHOLD = 0.5;
/** How far ahead pairing looks for a partner, so that its cost stays linear. */
const LOOKAHEAD = 8;

interface Keyed<T> {
  readonly item: T;
  readonly key: string;
}

/**
 * Aligns `before` with `after`, in order. `text` gives what is compared;
 * `compatible` may forbid pairing two items (a heading with a paragraph).
 */
export function align<T>(
  before: readonly T[],
  after: readonly T[],
  text: (item: T) => string,
  compatible: (a: T, b: T) => boolean = () => true,
): Aligned<T>[] {
  const a: Keyed<T>[] = before.map((item) => ({ item, key: normalise(text(item)) }));
  const b: Keyed<T>[] = after.map((item) => ({ item, key: normalise(text(item)) }));
  const parts = diffArrays(a, b, { comparator: (x: Keyed<T>, y: Keyed<T>) => x.key === y.key });
  const out: Aligned<T>[] = [];
  let removed: Keyed<T>[] = [];
  let added: Keyed<T>[] = [];
  const flush = () => {
    out.push(...pair(removed, added, compatible));
    removed = [];
    added = [];
  };
  // jsdiff gives the new side's items for common parts; walk both sides to keep the old ones too.
  let i = 0;
  for (const part of parts) {
    if (part.removed) {
      removed.push(...part.value);
      i += part.value.length;
    } else if (part.added) {
      added.push(...part.value);
    } else {
      flush();
      for (const after of part.value) {
        const beforeItem = a[i++];
        if (beforeItem) out.push({ op: 'same', before: beforeItem.item, after: after.item });
      }
    }
  }
  flush();
  return out;
}

/** Pairs similar items of a removed run and an added run, keeping both orders. */
function pair<T>(removed: Keyed<T>[], added: Keyed<T>[], compatible: (a: T, b: T) => boolean): Aligned<T>[] {
  const out: Aligned<T>[] = [];
  const candidates = added.map((x) => ({ item: x.item, bag: wordBag(x.key) }));
  let j = 0;
  for (const r of removed) {
    const bagR = wordBag(r.key);
    let best: { index: number; item: T } | undefined;
    let bestScore = PAIR_THRESHOLD;
    candidates.slice(j, j + LOOKAHEAD).forEach((candidate, offset) => {
      if (!compatible(r.item, candidate.item)) return;
      const score = bagSimilarity(bagR, candidate.bag);
      if (score >= bestScore && (!best || score > bestScore)) {
        best = { index: j + offset, item: candidate.item };
        bestScore = score;
      }
    });
    const chosen = best as { index: number; item: T } | undefined;
    if (!chosen) {
      out.push({ op: 'removed', before: r.item });
      continue;
    }
    for (const skipped of candidates.slice(j, chosen.index)) out.push({ op: 'added', after: skipped.item });
    out.push({ op: 'changed', before: r.item, after: chosen.item, similarity: bestScore });
    j = chosen.index + 1;
  }
  for (const rest of candidates.slice(j)) out.push({ op: 'added', after: rest.item });
  return out;
}

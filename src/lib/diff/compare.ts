/**
 * Two versions of a strategy compared: sections aligned by id (a renamed
 * heading with the same id is a changed section), blocks and sentences
 * aligned inside each, words inside changed sentences, text that moved found
 * across the whole document, and Targets and Measures compared as data.
 * Plain data out; view.ts turns it into what the compare page draws.
 */

import { diffArrays } from 'diff';
import type { Section, Version } from '../contract/model.ts';
import { blocksOf, type Block } from './blocks.ts';
import { diffBlocks, diffBlockText, type BlockDiff, type SentenceDiff } from './sections.ts';
import { diffStructured, type StructuredChanges } from './targets.ts';
import { bagSimilarity, countWords, wordBag } from './tokens.ts';

export interface SectionSide {
  readonly title: string;
  readonly kind: Section['kind'];
  /** 1-based position in its version. */
  readonly position: number;
  readonly file: string;
}

export type SectionStatus = 'same' | 'changed' | 'added' | 'removed';

export interface SectionCounts {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly moved: number;
  readonly wordsAdded: number;
  readonly wordsRemoved: number;
}

export interface SectionDiff {
  readonly id: string;
  readonly status: SectionStatus;
  readonly before?: SectionSide;
  readonly after?: SectionSide;
  readonly titleChanged: boolean;
  readonly kindChanged: boolean;
  /** Its place among the sections both versions share changed. */
  readonly reordered: boolean;
  readonly blocks: readonly BlockDiff[];
  readonly counts: SectionCounts;
}

export interface VersionDiff {
  readonly from: string;
  readonly to: string;
  /** In the newer version's order, with removed sections where they used to be. */
  readonly sections: readonly SectionDiff[];
  readonly structured: StructuredChanges;
  readonly totals: {
    readonly sectionsChanged: number;
    readonly sectionsAdded: number;
    readonly sectionsRemoved: number;
    readonly wordsAdded: number;
    readonly wordsRemoved: number;
    readonly moves: number;
  };
}

/** Blocks of a section, parsed once per section however many pairs it is compared in. */
const blockCache = new WeakMap<Section, Block[]>();
function sectionBlocks(section: Section): Block[] {
  let blocks = blockCache.get(section);
  if (!blocks) {
    blocks = blocksOf(section.body, section.file);
    blockCache.set(section, blocks);
  }
  return blocks;
}

const side = (s: Section, i: number): SectionSide => ({ title: s.title, kind: s.kind, position: i + 1, file: s.file });

/** A block needs this many words before a matching removal and addition count as a move, not a coincidence. */
const MOVE_MIN_WORDS = 4;
/** Removed and added text this alike is one passage moved (and edited), not two. */
const MOVE_SIMILARITY = 0.8;
/** Near-match moves compare every leftover removal with every leftover addition; above this many pairs, only exact moves. */
const MOVE_MAX_PAIRS = 40_000;

export function diffVersions(from: Version, to: Version, strategyArea?: string): VersionDiff {
  const fromIds = from.sections.map((s) => s.id);
  const toIds = to.sections.map((s) => s.id);
  const inFrom = new Map(from.sections.map((s, i) => [s.id, { section: s, index: i }]));
  const inTo = new Set(toIds);
  const reordered = reorderedIds(fromIds, toIds);

  type Draft = {
    id: string;
    before?: { section: Section; index: number };
    after?: { section: Section; index: number };
  };
  const drafts: Draft[] = [];
  const toIndex = new Map(to.sections.map((section, index) => [section.id, { section, index }]));
  // Walk the newer order, putting each removed section where it used to be.
  for (const part of diffArrays(fromIds, toIds)) {
    for (const id of part.value) {
      const before = inFrom.get(id);
      const after = toIndex.get(id);
      if (part.removed) {
        if (!inTo.has(id) && before) drafts.push({ id, before });
      } else if (after) {
        drafts.push({ id, ...(before ? { before } : {}), after });
      }
    }
  }

  const moveSections: MoveSection[] = drafts.map((d) => ({
    id: d.id,
    title: (d.after ?? d.before)?.section.title ?? d.id,
    blocks: diffBlocks(d.before ? sectionBlocks(d.before.section) : [], d.after ? sectionBlocks(d.after.section) : []),
  }));
  findMoves(moveSections);

  const sections = drafts.map((d, i): SectionDiff => {
    const blocks = moveSections[i]?.blocks ?? [];
    const counts = countBlocks(blocks);
    const before = d.before ? side(d.before.section, d.before.index) : undefined;
    const after = d.after ? side(d.after.section, d.after.index) : undefined;
    const titleChanged = !!before && !!after && before.title !== after.title;
    const kindChanged = !!before && !!after && before.kind !== after.kind;
    const isReordered = reordered.has(d.id);
    const edited = counts.added + counts.removed + counts.changed + counts.moved > 0;
    const status: SectionStatus = !before
      ? 'added'
      : !after
        ? 'removed'
        : edited || titleChanged || kindChanged || isReordered
          ? 'changed'
          : 'same';
    return {
      id: d.id,
      status,
      ...(before ? { before } : {}),
      ...(after ? { after } : {}),
      titleChanged,
      kindChanged,
      reordered: isReordered,
      blocks,
      counts,
    };
  });

  const sum = (f: (s: SectionDiff) => number) => sections.reduce((n, s) => n + f(s), 0);
  return {
    from: from.id,
    to: to.id,
    sections,
    structured: diffStructured(from, to, strategyArea),
    totals: {
      sectionsChanged: sections.filter((s) => s.status === 'changed').length,
      sectionsAdded: sections.filter((s) => s.status === 'added').length,
      sectionsRemoved: sections.filter((s) => s.status === 'removed').length,
      wordsAdded: sum((s) => s.counts.wordsAdded),
      wordsRemoved: sum((s) => s.counts.wordsRemoved),
      moves: sum((s) => s.blocks.filter((b) => b.op === 'moved-to').length),
    },
  };
}

/**
 * Sections both versions have whose relative order changed: those outside the
 * longest run the two orders share. Removing or adding a section does not
 * make the others "reordered".
 */
function reorderedIds(fromIds: readonly string[], toIds: readonly string[]): Set<string> {
  const common = new Set(fromIds.filter((id) => toIds.includes(id)));
  const a = fromIds.filter((id) => common.has(id));
  const b = toIds.filter((id) => common.has(id));
  const kept = new Set<string>();
  for (const part of diffArrays(a, b)) if (!part.added && !part.removed) for (const id of part.value) kept.add(id);
  return new Set([...common].filter((id) => !kept.has(id)));
}

function countBlocks(blocks: readonly BlockDiff[]): SectionCounts {
  let added = 0;
  let removed = 0;
  let changed = 0;
  let moved = 0;
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const b of blocks) {
    switch (b.op) {
      case 'added':
        added++;
        wordsAdded += countWords(b.after.text);
        break;
      case 'removed':
        removed++;
        wordsRemoved += countWords(b.before.text);
        break;
      case 'changed':
        changed++;
        wordsAdded += b.wordsAdded;
        wordsRemoved += b.wordsRemoved;
        break;
      case 'moved-to':
        moved++;
        wordsAdded += b.wordsAdded;
        wordsRemoved += b.wordsRemoved;
        break;
      case 'moved-from':
        // Counted at both ends, so the section it left is listed too and its link has somewhere to land.
        moved++;
        break;
      case 'same':
        break;
    }
  }
  return { added, removed, changed, moved, wordsAdded, wordsRemoved };
}

interface MoveSection {
  readonly id: string;
  readonly title: string;
  readonly blocks: BlockDiff[];
}

/**
 * Text removed in one place and added in another (the same section or
 * another) is one passage moved: both ends are rewritten in place as
 * moved-from and moved-to, numbered in document order and linked both ways.
 */
function findMoves(sections: readonly MoveSection[]): void {
  type End = { s: number; b: number; section: MoveSection; block: Block; bag: string[] };
  const removed: End[] = [];
  const added: End[] = [];
  sections.forEach((section, s) =>
    section.blocks.forEach((diff, b) => {
      if (diff.op === 'removed' && countWords(diff.before.text) >= MOVE_MIN_WORDS) {
        removed.push({ s, b, section, block: diff.before, bag: wordBag(diff.before.text) });
      } else if (diff.op === 'added' && countWords(diff.after.text) >= MOVE_MIN_WORDS) {
        added.push({ s, b, section, block: diff.after, bag: wordBag(diff.after.text) });
      }
    }),
  );
  if (removed.length === 0 || added.length === 0) return;
  const pairs: [End, End, boolean][] = [];
  const used = new Set<End>();
  // Exact moves first, by text.
  const byText = new Map<string, End[]>();
  for (const a of added) byText.set(a.block.text, [...(byText.get(a.block.text) ?? []), a]);
  const leftover: End[] = [];
  for (const r of removed) {
    const match = byText.get(r.block.text)?.find((a) => !used.has(a) && a.block.kind === r.block.kind);
    if (match) {
      used.add(match);
      pairs.push([r, match, true]);
    } else {
      leftover.push(r);
    }
  }
  const open = added.filter((a) => !used.has(a));
  if (leftover.length * open.length <= MOVE_MAX_PAIRS) {
    for (const r of leftover) {
      let best: End | undefined;
      let bestScore = MOVE_SIMILARITY;
      for (const a of open) {
        if (used.has(a) || a.block.kind !== r.block.kind) continue;
        const score = bagSimilarity(r.bag, a.bag);
        if (score >= bestScore && (!best || score > bestScore)) {
          best = a;
          bestScore = score;
        }
      }
      if (best) {
        used.add(best);
        pairs.push([r, best, false]);
      }
    }
  }
  // Number the moves in the order a reader meets their new place.
  pairs.sort(([, a], [, b]) => a.s - b.s || a.b - b.b);
  pairs.forEach(([r, a, exact], n) => {
    const id = `move-${n + 1}`;
    const from = r.section;
    const to = a.section;
    from.blocks[r.b] = { op: 'moved-from', before: r.block, move: { id, otherSection: to.id, otherTitle: to.title } };
    let sentences: SentenceDiff[] | undefined;
    let wordsAdded = 0;
    let wordsRemoved = 0;
    if (!exact) ({ sentences, wordsAdded, wordsRemoved } = diffBlockText(r.block.text, a.block.text));
    to.blocks[a.b] = {
      op: 'moved-to',
      after: a.block,
      move: { id, otherSection: from.id, otherTitle: from.title },
      ...(sentences ? { sentences } : {}),
      wordsAdded,
      wordsRemoved,
    };
  });
}

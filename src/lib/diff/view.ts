/**
 * What a compare page draws, as plain data: which blocks show (all of them,
 * or the changes with one unchanged block either side), how they group into
 * lists, each piece of text marked same, removed or added, the anchors that
 * link moved text both ways, and the counts and sentences the page states.
 * The components in src/components/compare/ draw this and decide nothing.
 */

import { plural } from '../core/text.ts';
import { paths } from '../core/urls.ts';
import type { ThemeOutcome } from '../core/vocabulary.ts';
import type { Block, BlockKind } from './blocks.ts';
import type { SectionDiff, SectionStatus } from './compare.ts';
import type { StrategyComparison } from './index.ts';
import type { BlockDiff, Move, SentenceDiff } from './sections.ts';
import type { TargetChange } from './targets.ts';
import type { Piece } from './words.ts';
import type { ChangeSummary } from './summary.ts';

export type { Piece } from './words.ts';

/**
 * Which of the two pages of a pair: the changes only (`.../compare/<from>/<to>/`)
 * or the newer version's full text with its changes marked (`.../full/`).
 */
export type CompareMode = 'changes' | 'full';

/** A block's `data-change`: its diff's op, or `context` for an unchanged block shown beside a change. */
export type BlockChange = BlockDiff['op'] | 'context';

export interface BlockView {
  /** The element it is drawn as. */
  readonly element: 'heading' | 'item' | 'quote' | 'paragraph';
  readonly kind: BlockKind;
  /** Heading level on the page (3 to 5: the section's own title is the h2). */
  readonly level?: 3 | 4 | 5;
  /** Whether a list item belongs to a numbered list. */
  readonly ordered?: boolean;
  readonly change: BlockChange;
  /** What a component's text is, said before it ("Target", "Quote from"). */
  readonly label?: string;
  /** For moved text: this end's anchor, and a link to the other end. */
  readonly move?: MoveView;
  /** The block's id on the page: a moved block's end, or the first place a target is shown ("target-<indicator>"). */
  readonly anchor?: string;
  /** The indicator a Target or Measure names. */
  readonly indicator?: string;
  /** Consultation themes that asked for this target's change. */
  readonly themes?: readonly ThemeNote[];
  /** The text, each piece unchanged, removed or added. */
  readonly text: readonly Piece[];
}

/**
 * A consultation theme that asked for a change, as the compare page shows it
 * ("Changed after consultation: <title>"). strategy/consultation-joins.ts decides which
 * themes join which changes; the diff view only places them.
 */
export interface ThemeNote {
  /** The theme's id, for data-theme. */
  readonly id: string;
  /** What people said, in a sentence. */
  readonly title: string;
  /** The theme on its consultation page: a site path with its fragment. */
  readonly path: string;
}

/** A consultation on the older version of a pair, joined to the changes of the newer. */
export interface ConsultationJoin {
  /** Themes by the id of the section they say changed. */
  readonly sections: ReadonlyMap<string, readonly ThemeNote[]>;
  /** Themes by the indicator whose target they say changed. */
  readonly targets: ReadonlyMap<string, readonly ThemeNote[]>;
  /** What the summary says: how many themes had each outcome, and where to read them. */
  readonly summary: {
    /** "What you told us about version 7.1, and what we did". */
    readonly title: string;
    /** The consultation page, a site path. */
    readonly path: string;
    /** "We grouped what people told us about version 7.1 into 11 themes." */
    readonly sentence: string;
    readonly counts: readonly {
      readonly outcome: ThemeOutcome;
      readonly word: string;
      readonly count: number;
      /** "7 themes". */
      readonly themes: string;
    }[];
  };
}

export interface MoveView {
  /** `from`: where the text used to be; `to`: where it is now. */
  readonly end: 'from' | 'to';
  /** This end's id, the target of the other end's link. */
  readonly id: string;
  /** The other end, as a link within the page. */
  readonly href: string;
  /** The title of the section at the other end. */
  readonly otherTitle: string;
}

export type SectionPart =
  | { readonly part: 'block'; readonly block: BlockView }
  /** A run of list items, drawn as one list. */
  | { readonly part: 'list'; readonly ordered: boolean; readonly items: readonly BlockView[] }
  /** Unchanged blocks left out of the changes-only page, counted: "3 unchanged parts not shown". */
  | { readonly part: 'gap'; readonly text: string };

type Gap = Extract<SectionPart, { part: 'gap' }>;

export interface SectionView {
  readonly id: string;
  /** The section heading's id. Prefixed, so a section called "summary" cannot clash with the page's own ids. */
  readonly anchor: string;
  readonly status: SectionStatus;
  /** The heading: the newer title, or the old one removed and the new one added. */
  readonly title: readonly Piece[];
  /** What happened to the section as a whole, in sentences; absent when there is nothing to say. */
  readonly about?: string;
  /** Consultation themes that asked for this section's change (or a target's in it that is not shown on its own). */
  readonly themes?: readonly ThemeNote[];
  readonly parts: readonly SectionPart[];
}

/** A line of the page's contents: a section, and what changed in it. */
export interface ContentsEntry {
  readonly href: string;
  readonly title: string;
  /** "added", "removed", "no changes", or the section's counts. */
  readonly changes: string;
}

export interface ComparisonView {
  readonly mode: CompareMode;
  readonly strategyId: string;
  readonly strategyTitle: string;
  readonly from: string;
  readonly to: string;
  /** The page's h1. */
  readonly heading: string;
  /** The page's title element and description. */
  readonly title: string;
  readonly description: string;
  /** Site paths (without the base path) of the pages this one links to. */
  readonly links: {
    readonly changes: string;
    readonly full: string;
    readonly fromVersion: string;
    readonly toVersion: string;
  };
  /** The newer version's change note, in its author's words. */
  readonly note?: string;
  readonly summary: ChangeSummary;
  /** The consultation on the older version, when its outcome is joined to these changes. */
  readonly consultation?: ConsultationJoin['summary'];
  /** The sections listed in the contents: those that changed, or every section on the full page. */
  readonly contents: readonly ContentsEntry[];
  /** The sections shown, in the same order. */
  readonly sections: readonly SectionView[];
}

const same = (text: string): Piece => ({ op: 'same', text });
const del = (text: string): Piece => ({ op: 'del', text });
const ins = (text: string): Piece => ({ op: 'ins', text });

const sectionAnchor = (id: string) => `section-${id}`;
const sectionTitle = (s: SectionDiff): string => (s.after ?? s.before)?.title ?? s.id;

/** Where a target is first shown on the page, and the consultation themes to place (see placeTarget). */
interface Placing {
  readonly join: ConsultationJoin | undefined;
  /** Indicators whose target has been given its anchor. */
  readonly targets: Set<string>;
}

/** The id of the first place a target for `indicator` is shown on a compare page. */
export const targetAnchor = (indicator: string): string => `target-${indicator}`;

/**
 * The page of one pair of versions, as the components draw it; `join` places
 * the themes of a consultation on the older version beside the changes they
 * asked for.
 */
export function comparisonView(
  comparison: StrategyComparison,
  mode: CompareMode,
  join?: ConsultationJoin,
): ComparisonView {
  const { strategy, from, to, diff, summary } = comparison;
  const shown = mode === 'full' ? diff.sections : diff.sections.filter((s) => s.status !== 'same');
  const heading = `What changed from version ${from.id} to ${to.id}`;
  const placing: Placing = { join, targets: new Set() };
  const sections = shown.map((s) => sectionView(s, mode, placing));
  return {
    mode,
    strategyId: strategy.id,
    strategyTitle: strategy.title,
    from: from.id,
    to: to.id,
    heading,
    title: `${heading}: ${strategy.title}${mode === 'full' ? ' (full text)' : ''}`,
    description: `The changes between versions ${from.id} and ${to.id} of ${strategy.title}.`,
    links: {
      changes: paths.compare(strategy.id, from.id, to.id),
      full: paths.compareFull(strategy.id, from.id, to.id),
      fromVersion: paths.version(strategy.id, from.id),
      toVersion: paths.version(strategy.id, to.id),
    },
    ...(to.note ? { note: to.note } : {}),
    summary,
    ...(join ? { consultation: join.summary } : {}),
    contents: shown.map((s) => ({
      href: `#${sectionAnchor(s.id)}`,
      title: sectionTitle(s),
      changes:
        s.status === 'added'
          ? 'added'
          : s.status === 'removed'
            ? 'removed'
            : s.status === 'same'
              ? 'no changes'
              : sectionCounts(s),
    })),
    sections: join ? withUnplacedTargets(sections, comparison, join, placing) : sections,
  };
}

/**
 * A target whose figures changed but whose sentence did not is not shown on
 * the changes-only page; its themes go on the section that holds it.
 */
function withUnplacedTargets(
  sections: readonly SectionView[],
  comparison: StrategyComparison,
  join: ConsultationJoin,
  placing: Placing,
): SectionView[] {
  const bySection = new Map<string, ThemeNote[]>();
  for (const [indicator, themes] of join.targets) {
    if (placing.targets.has(indicator)) continue;
    const change = comparison.diff.structured.targets.find(
      (t): t is Exclude<TargetChange, { op: 'removed' }> => t.indicator === indicator && t.op !== 'removed',
    );
    if (!change) continue;
    bySection.set(change.after.section, [...(bySection.get(change.after.section) ?? []), ...themes]);
  }
  return sections.map((section) => {
    const extra = bySection.get(section.id);
    if (!extra) return section;
    const themes = [...(section.themes ?? [])];
    for (const theme of extra) if (!themes.some((t) => t.id === theme.id)) themes.push(theme);
    return { ...section, themes };
  });
}

function sectionView(s: SectionDiff, mode: CompareMode, placing: Placing): SectionView {
  const before = s.before?.title ?? '';
  const after = s.after?.title ?? '';
  const title =
    s.status === 'added'
      ? [ins(after)]
      : s.status === 'removed'
        ? [del(before)]
        : s.titleChanged
          ? [del(before), same(' '), ins(after)]
          : [same(after)];
  const about = aboutSection(s);
  const themes = placing.join?.sections.get(s.id);
  return {
    id: s.id,
    anchor: sectionAnchor(s.id),
    status: s.status,
    title,
    ...(about ? { about } : {}),
    ...(themes && themes.length > 0 ? { themes } : {}),
    parts: sectionParts(s, mode, placing),
  };
}

/** "2 changed, 1 added, 1 moved; 10 words added, 1 removed". */
function sectionCounts(s: SectionDiff): string {
  const c = s.counts;
  const bits: string[] = [];
  if (c.changed) bits.push(`${c.changed} changed`);
  if (c.added) bits.push(`${c.added} added`);
  if (c.removed) bits.push(`${c.removed} removed`);
  if (c.moved) bits.push(`${c.moved} moved`);
  const words = `${plural(c.wordsAdded, 'word')} added, ${c.wordsRemoved} removed`;
  return bits.length ? `${bits.join(', ')}; ${words}` : words;
}

function aboutSection(s: SectionDiff): string | undefined {
  const lines: string[] = [];
  if (s.status === 'added') lines.push('This section is new.');
  if (s.status === 'removed') lines.push('This section was removed.');
  if (s.titleChanged && s.before) lines.push(`It was called ‘${s.before.title}’.`);
  if (s.kindChanged) lines.push('Its kind of section changed.');
  if (s.reordered && s.before && s.after) {
    lines.push(`It moved from position ${s.before.position} to ${s.after.position}.`);
  }
  if (s.status === 'changed') lines.push(`Parts: ${sectionCounts(s)}.`);
  return lines.length ? lines.join(' ') : undefined;
}

/**
 * The blocks shown, grouped: every block on the full page (and for a section
 * added or removed whole); on the changes-only page, each change with the
 * unchanged block either side of it as context, and a count of the rest.
 */
function sectionParts(section: SectionDiff, mode: CompareMode, placing: Placing): SectionPart[] {
  const blocks = section.blocks.map(blockView);
  if (mode === 'full' || section.status !== 'changed') {
    return groupLists(headingsInStep(blocks.map((b) => placeTarget(b, placing))));
  }
  const isChange = (b: BlockDiff | undefined) => b !== undefined && b.op !== 'same';
  const shown: (BlockView | Gap)[] = [];
  let hidden = 0;
  const gap = () => {
    if (hidden > 0) shown.push({ part: 'gap', text: `${plural(hidden, 'unchanged part')} not shown` });
    hidden = 0;
  };
  section.blocks.forEach((b, i, all) => {
    const block = blocks[i];
    // An unchanged block is shown as context when it sits next to a change.
    if (!block || !(isChange(b) || isChange(all[i - 1]) || isChange(all[i + 1]))) {
      hidden++;
      return;
    }
    gap();
    shown.push(placeTarget(block.change === 'same' ? { ...block, change: 'context' } : block, placing));
  });
  gap();
  return groupLists(headingsInStep(shown));
}

/**
 * Headings that go down one level at a time from the section's h2: when the
 * changes-only page leaves out an unchanged heading, the h4 under it follows
 * the h2 directly and becomes an h3, so the outline a screen reader lists
 * never skips a level (and the page stays valid HTML).
 */
function headingsInStep<T extends BlockView | Gap>(items: readonly T[]): T[] {
  let above = 2;
  return items.map((item) => {
    if ('part' in item || item.level === undefined) return item;
    const level = Math.min(item.level, above + 1) as 3 | 4 | 5;
    above = level;
    return level === item.level ? item : { ...item, level };
  });
}

/**
 * The first block that shows a target for an indicator (in the newer text)
 * gets the target's anchor, so a link can land on it, and the consultation
 * themes that asked for its change.
 */
function placeTarget(block: BlockView, placing: Placing): BlockView {
  const indicator = block.indicator;
  if (block.kind !== 'target' || indicator === undefined) return block;
  if (block.change === 'removed' || block.change === 'moved-from' || placing.targets.has(indicator)) return block;
  placing.targets.add(indicator);
  const themes = placing.join?.targets.get(indicator);
  return {
    ...block,
    anchor: block.anchor ?? targetAnchor(indicator),
    ...(themes && themes.length > 0 ? { themes } : {}),
  };
}

/**
 * Where a change is shown on a compare page, as a fragment: a section's
 * heading, or the first place a target is shown; undefined when the page
 * does not show it.
 */
export function placeOf(view: ComparisonView, change: { section: string } | { target: string }): string | undefined {
  if ('section' in change) {
    return view.sections.some((s) => s.id === change.section) ? `#${sectionAnchor(change.section)}` : undefined;
  }
  for (const section of view.sections) {
    for (const part of section.parts) {
      const blocks = part.part === 'block' ? [part.block] : part.part === 'list' ? part.items : [];
      const block = blocks.find((b) => b.kind === 'target' && b.indicator === change.target && b.anchor);
      if (block?.anchor) return `#${block.anchor}`;
    }
  }
  return undefined;
}

/** Runs of list items become one list each; a gap or another block ends a list. */
function groupLists(items: readonly (BlockView | Gap)[]): SectionPart[] {
  const parts: SectionPart[] = [];
  let list: { part: 'list'; ordered: boolean; items: BlockView[] } | undefined;
  for (const item of items) {
    if ('part' in item) {
      list = undefined;
      parts.push(item);
      continue;
    }
    if (item.element !== 'item') {
      list = undefined;
      parts.push({ part: 'block', block: item });
      continue;
    }
    const ordered = item.ordered === true;
    if (!list || list.ordered !== ordered) {
      list = { part: 'list', ordered, items: [] };
      parts.push(list);
    }
    list.items.push(item);
  }
  return parts;
}

/** What a component's text is, said before it; prose blocks need no label. */
const LABELS: Partial<Record<BlockKind, string>> = {
  target: 'Target',
  measure: 'Measure',
  'quote-source': 'Quote from',
  'case-study': 'Case study',
  stat: 'Figure',
  caption: 'Caption',
};

function blockView(d: BlockDiff): BlockView {
  switch (d.op) {
    case 'same':
      return drawn(d.after, 'same', [same(d.after.text)]);
    case 'added':
      return drawn(d.after, 'added', [ins(d.after.text)]);
    case 'removed':
      return drawn(d.before, 'removed', [del(d.before.text)]);
    case 'changed':
      return drawn(d.after, 'changed', sentencePieces(d.sentences));
    case 'moved-from':
      return drawn(d.before, 'moved-from', [same(d.before.text)], moveView('from', d.move));
    case 'moved-to': {
      const text = d.sentences ? sentencePieces(d.sentences) : [same(d.after.text)];
      return drawn(d.after, 'moved-to', text, moveView('to', d.move));
    }
  }
}

function drawn(block: Block, change: BlockChange, text: readonly Piece[], move?: MoveView): BlockView {
  const element =
    block.kind === 'heading' || block.kind === 'item' || block.kind === 'quote' ? block.kind : 'paragraph';
  const label = LABELS[block.kind];
  return {
    element,
    kind: block.kind,
    // The section title is the h2, so a ## heading in the text is an h3, down to h5.
    ...(block.kind === 'heading' ? { level: Math.min(5, Math.max(3, (block.depth ?? 2) + 1)) as 3 | 4 | 5 } : {}),
    ...(block.kind === 'item' ? { ordered: block.ordered === true } : {}),
    change,
    ...(label ? { label } : {}),
    ...(move ? { move, anchor: move.id } : {}),
    ...(block.indicator !== undefined ? { indicator: block.indicator } : {}),
    text,
  };
}

/** Each end of a move links to the other: `move-1-from` and `move-1-to`. */
function moveView(end: MoveView['end'], move: Move): MoveView {
  return {
    end,
    id: `${move.id}-${end}`,
    href: `#${move.id}-${end === 'from' ? 'to' : 'from'}`,
    otherTitle: move.otherTitle,
  };
}

/** A changed block's sentences as one run of pieces, a space between sentences. */
function sentencePieces(list: readonly SentenceDiff[]): Piece[] {
  return list.flatMap((s, i): Piece[] => {
    const space = i > 0 ? [same(' ')] : [];
    switch (s.op) {
      case 'same':
        return [...space, same(s.text)];
      case 'removed':
        return [...space, del(s.text)];
      case 'added':
        return [...space, ins(s.text)];
      case 'changed':
        return [...space, ...s.pieces];
    }
  });
}

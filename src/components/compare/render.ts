/**
 * The compare page's main content as an HTML string, from the diff engine's
 * plain data. Plain TypeScript (no Astro) so that golden-file tests can pin
 * the exact HTML of a fixture pair, and so the output is byte-identical for
 * the same input. Every piece of author text goes through escapeMarkup.
 *
 * Accessibility decisions, so nobody tidies them away:
 * - <del> and <ins> each start with visually hidden "Removed:" / "Added:"
 *   text, because many screen readers announce neither element;
 * - removals are struck through and insertions underlined (and bracketed in
 *   print, see _compare.scss), so colour is never the only signal and the
 *   marks survive black-and-white printing; a visible key explains them;
 * - moved text says "Moved" in words and links to its other end both ways.
 */

import type { Block } from '../../lib/diff/blocks.ts';
import type { StrategyComparison, SectionDiff, BlockDiff, SentenceDiff } from '../../lib/diff/index.ts';
import type { Piece } from '../../lib/diff/words.ts';
import { escapeMarkup } from '../../lib/core/escape.ts';

export type CompareView = 'changes' | 'full';

export interface CompareLinks {
  /** Site-relative hrefs, base path already applied. */
  readonly changes: string;
  readonly full: string;
  readonly fromVersion: string;
  readonly toVersion: string;
}

const e = escapeMarkup;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const del = (text: string) =>
  `<del class="app-del"><span class="govuk-visually-hidden">Removed: </span>${e(text)}</del>`;
export const ins = (text: string) =>
  `<ins class="app-ins"><span class="govuk-visually-hidden">Added: </span>${e(text)}</ins>`;

/** The page anchor of a section. Prefixed, so a section called "summary" cannot clash with the page's own ids. */
export const sectionAnchor = (id: string) => `section-${id}`;

function pieces(list: readonly Piece[]): string {
  return list.map((p) => (p.op === 'same' ? e(p.text) : p.op === 'del' ? del(p.text) : ins(p.text))).join('');
}

function sentenceHtml(list: readonly SentenceDiff[]): string {
  return list
    .map((s) => {
      switch (s.op) {
        case 'same':
          return e(s.text);
        case 'removed':
          return del(s.text);
        case 'added':
          return ins(s.text);
        case 'changed':
          return pieces(s.pieces);
      }
    })
    .join(' ');
}

const LABELS: Partial<Record<Block['kind'], string>> = {
  target: 'Target',
  measure: 'Measure',
  'quote-source': 'Quote from',
  'case-study': 'Case study',
  stat: 'Figure',
  caption: 'Caption',
};

/** One block as the reader would see it, with `inner` already marked up. */
function blockHtml(block: Block, inner: string, change: string, extra = ''): string {
  const data = ` data-change="${change}"${extra}`;
  const label = LABELS[block.kind];
  const labelled = label ? `<span class="app-compare__label">${label}:</span> ${inner}` : inner;
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(5, Math.max(3, (block.depth ?? 2) + 1));
      return `<h${level} class="govuk-heading-${level === 3 ? 'm' : 's'} app-compare__heading"${data}>${inner}</h${level}>`;
    }
    case 'item':
      return `<li${data}>${labelled}</li>`;
    case 'quote':
      return `<blockquote class="app-compare__quote"${data}><p class="govuk-body">${inner}</p></blockquote>`;
    default:
      return `<p class="govuk-body app-compare__block app-compare__block--${block.kind}"${data}>${labelled}</p>`;
  }
}

function diffHtml(d: BlockDiff, titles: ReadonlyMap<string, string>): { block: Block; html: string } {
  switch (d.op) {
    case 'same':
      return { block: d.after, html: blockHtml(d.after, e(d.after.text), 'same') };
    case 'added':
      return { block: d.after, html: blockHtml(d.after, ins(d.after.text), 'added') };
    case 'removed':
      return { block: d.before, html: blockHtml(d.before, del(d.before.text), 'removed') };
    case 'changed':
      return { block: d.after, html: blockHtml(d.after, sentenceHtml(d.sentences), 'changed') };
    case 'moved-from': {
      const where = titles.get(d.move.otherSection) ?? d.move.otherSection;
      const note = `<span class="app-compare__moved">Moved <a class="govuk-link" href="#${d.move.id}-to">to ‘${e(where)}’</a>:</span> `;
      return {
        block: d.before,
        html: blockHtml(
          d.before,
          `${note}<span class="app-moved-text">${e(d.before.text)}</span>`,
          'moved-from',
          ` id="${d.move.id}-from"`,
        ),
      };
    }
    case 'moved-to': {
      const where = titles.get(d.move.otherSection) ?? d.move.otherSection;
      const note = `<span class="app-compare__moved">Moved here <a class="govuk-link" href="#${d.move.id}-from">from ‘${e(where)}’</a>:</span> `;
      const text = d.sentences ? sentenceHtml(d.sentences) : e(d.after.text);
      return { block: d.after, html: blockHtml(d.after, note + text, 'moved-to', ` id="${d.move.id}-to"`) };
    }
  }
}

/** Joins blocks, wrapping runs of list items in one list. */
function joinBlocks(parts: readonly { block: Block; html: string }[]): string {
  const out: string[] = [];
  let list: 'ul' | 'ol' | undefined;
  for (const { block, html } of parts) {
    const want = block.kind === 'item' ? (block.ordered ? 'ol' : 'ul') : undefined;
    if (list && want !== list) {
      out.push(`</${list}>`);
      list = undefined;
    }
    if (want && !list) {
      out.push(`<${want} class="govuk-list govuk-list--${want === 'ol' ? 'number' : 'bullet'}">`);
      list = want;
    }
    out.push(html);
  }
  if (list) out.push(`</${list}>`);
  return out.join('\n');
}

/** Blocks to show: all of them (full view), or the changes with one unchanged block either side. */
function visibleBlocks(section: SectionDiff, view: CompareView, titles: ReadonlyMap<string, string>): string {
  const rendered = section.blocks.map((b) => diffHtml(b, titles));
  if (view === 'full' || section.status !== 'changed') return joinBlocks(rendered);
  const isChange = (b: BlockDiff | undefined) => b !== undefined && b.op !== 'same';
  // An unchanged block is shown as context when it sits next to a change.
  const show = section.blocks.map((b, i, all) => isChange(b) || isChange(all[i - 1]) || isChange(all[i + 1]));
  const parts: { block: Block; html: string }[] = [];
  let hidden = 0;
  const gap = () => {
    if (hidden === 0) return;
    parts.push({
      block: { kind: 'paragraph', text: '', line: 0 },
      html: `<p class="govuk-body-s app-compare__gap">${plural(hidden, 'unchanged part')} not shown</p>`,
    });
    hidden = 0;
  };
  section.blocks.forEach((b, i) => {
    if (!show[i]) {
      hidden++;
      return;
    }
    gap();
    const part = rendered[i];
    if (!part) return;
    parts.push(
      b.op === 'same'
        ? { block: part.block, html: part.html.replace('data-change="same"', 'data-change="context"') }
        : part,
    );
  });
  gap();
  return joinBlocks(parts);
}

const sectionTitle = (s: SectionDiff): string => (s.after ?? s.before)?.title ?? s.id;

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

function sectionStatus(s: SectionDiff): string {
  const lines: string[] = [];
  if (s.status === 'added') lines.push('This section is new.');
  if (s.status === 'removed') lines.push('This section was removed.');
  if (s.titleChanged && s.before) lines.push(`It was called ‘${e(s.before.title)}’.`);
  if (s.kindChanged) lines.push('Its kind of section changed.');
  if (s.reordered && s.before && s.after) {
    lines.push(`It moved from position ${s.before.position} to ${s.after.position}.`);
  }
  if (s.status === 'changed') lines.push(`Parts: ${e(sectionCounts(s))}.`);
  return lines.length ? `<p class="govuk-body-s app-compare__status">${lines.join(' ')}</p>` : '';
}

function sectionHtml(s: SectionDiff, view: CompareView, titles: ReadonlyMap<string, string>): string {
  const title =
    s.status === 'added'
      ? ins(s.after?.title ?? '')
      : s.status === 'removed'
        ? del(s.before?.title ?? '')
        : s.titleChanged
          ? `${del(s.before?.title ?? '')} ${ins(s.after?.title ?? '')}`
          : e(s.after?.title ?? '');
  const anchor = sectionAnchor(s.id);
  return [
    `<section class="app-compare__section" aria-labelledby="${anchor}" data-section="${e(s.id)}" data-status="${s.status}">`,
    `<h2 class="govuk-heading-l" id="${anchor}">${title}</h2>`,
    sectionStatus(s),
    visibleBlocks(s, view, titles),
    '</section>',
  ]
    .filter((x) => x !== '')
    .join('\n');
}

const KEY = [
  '<div class="app-compare__key" id="key">',
  '<h2 class="govuk-heading-s">How changes are shown</h2>',
  '<ul class="govuk-list">',
  `<li>${del('Removed text')} is struck through.</li>`,
  `<li>${ins('Added text')} is underlined.</li>`,
  '<li><span class="app-compare__moved">Moved:</span> text that moved links to its other place.</li>',
  '</ul>',
  '</div>',
].join('\n');

export function renderComparison(data: StrategyComparison, view: CompareView, links: CompareLinks): string {
  const { diff: comparison, summary, from, to } = data;
  const titles = new Map(comparison.sections.map((s) => [s.id, sectionTitle(s)]));
  const changed = comparison.sections.filter((s) => s.status !== 'same');
  const shown = view === 'full' ? comparison.sections : changed;
  const out: string[] = [];

  out.push(
    `<nav class="app-compare__views" aria-label="Ways to view the changes">`,
    '<ul class="govuk-list">',
    view === 'changes'
      ? `<li><strong>Changes only</strong> (this page)</li><li><a class="govuk-link" href="${e(links.full)}" data-view="full">Full text of version ${e(to.id)} with changes marked</a></li>`
      : `<li><a class="govuk-link" href="${e(links.changes)}" data-view="changes">Changes only</a></li><li><strong>Full text of version ${e(to.id)} with changes marked</strong> (this page)</li>`,
    `<li>Read <a class="govuk-link" href="${e(links.fromVersion)}">version ${e(from.id)}</a> or <a class="govuk-link" href="${e(links.toVersion)}">version ${e(to.id)}</a> in full</li>`,
    '</ul>',
    '</nav>',
  );

  if (to.note) {
    out.push(
      '<div class="govuk-inset-text app-compare__note">',
      `<h2 class="govuk-heading-s">Change note for version ${e(to.id)}</h2>`,
      `<p class="govuk-body">${e(to.note)}</p>`,
      '</div>',
    );
  }

  out.push(
    '<h2 class="govuk-heading-l" id="summary">Summary of changes</h2>',
    `<p class="govuk-body" data-summary="counts">${e(summary.counts)}</p>`,
  );
  if (summary.targets.length) {
    out.push(
      '<h3 class="govuk-heading-m">Targets and measures</h3>',
      '<ul class="govuk-list govuk-list--bullet" data-summary="targets">',
      ...summary.targets.map((s) => `<li>${e(s)}</li>`),
      '</ul>',
    );
  }
  if (summary.sections.length) {
    out.push(
      '<h3 class="govuk-heading-m">Sections</h3>',
      '<ul class="govuk-list govuk-list--bullet" data-summary="sections">',
      ...summary.sections.map((s) => `<li>${e(s)}</li>`),
      '</ul>',
    );
  }

  out.push(KEY);

  if (shown.length > 0) {
    const heading = view === 'full' ? 'Contents' : 'Sections that changed';
    out.push(
      '<nav class="app-compare__contents" aria-labelledby="compare-contents">',
      `<h2 class="govuk-heading-m" id="compare-contents">${heading}</h2>`,
      '<ol class="govuk-list govuk-list--number">',
      ...shown.map((s) => {
        const title = sectionTitle(s);
        const what =
          s.status === 'added'
            ? 'added'
            : s.status === 'removed'
              ? 'removed'
              : s.status === 'same'
                ? 'no changes'
                : sectionCounts(s);
        return `<li><a class="govuk-link" href="#${sectionAnchor(s.id)}">${e(title)}</a> <span class="app-compare__counts">(${e(what)})</span></li>`;
      }),
      '</ol>',
      '</nav>',
    );
  }
  for (const s of shown) out.push(sectionHtml(s, view, titles));
  return `${out.join('\n')}\n`;
}

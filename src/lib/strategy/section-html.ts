/**
 * Finishing touches to one section's rendered MDX, done on the HTML string
 * because MDX components cannot know which section they sit in (sections
 * render concurrently, so shared state would race):
 *
 * - sub-headings get citable numbers (3.1, 3.2.1) and stable ids made from
 *   the section id and the heading's words;
 * - footnote ids, which the Markdown renderer numbers per file, get the
 *   section id in front so two sections' "[^1]" never collide, and the
 *   references say "note 1" to screen readers rather than a bare "1";
 * - Markdown tables get column header scope and a focusable scrolling
 *   wrapper, so a keyboard user can scroll a wide table on a phone.
 *
 * Only the markup our own components and the Markdown renderer produce is
 * touched: bare <h3>..<h6> (headings written with # in MDX) and bare <table>.
 */

import { escapeMarkup } from '../core/escape.ts';

export interface SectionHeading {
  readonly level: number;
  /** "3.2": the section's number, then the heading's place within it. */
  readonly number: string;
  readonly id: string;
  readonly text: string;
  /** The standard part of a priority or outcome this heading opens, if it is one. */
  readonly part: StandardPart | undefined;
}

export type StandardPart = 'now' | 'do' | 'know' | 'groups';

export interface SectionHtmlOptions {
  readonly sectionId: string;
  /** The section's number in the document: "3". */
  readonly number: string;
  readonly title: string;
  /** Ids already used on the page; new ids are added to it. */
  readonly usedIds: Set<string>;
}

export interface SectionHtml {
  readonly html: string;
  readonly headings: SectionHeading[];
}

/** The standard sub-headings of a priority (K&C: "Where are we now?"; Kent: "We will measure success by"). */
const PARTS: readonly [StandardPart, RegExp][] = [
  ['now', /^where (?:are we|we are) now\b/i],
  ['do', /^what (?:will we|we will) do\b/i],
  ['know', /^(?:how (?:will we|we will) (?:know|measure)|we will measure success)/i],
  ['groups', /^targeted support\b/i],
];

export function standardPart(text: string): StandardPart | undefined {
  return PARTS.find(([, re]) => re.test(text.trim()))?.[0];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of an HTML fragment: tags removed, common entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'part'
  );
}

/** `base`, or `base-2`, `base-3`... whichever is not yet used; records it as used. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

export function finishSection(html: string, options: SectionHtmlOptions): SectionHtml {
  const { sectionId: sid, number, title, usedIds } = options;
  const headings: SectionHeading[] = [];

  // Footnotes first, so their heading is not numbered as part of the text.
  let out = html
    .replace(/(id|href)="#?user-content-fn(ref)?-([^"]*)"/g, (_whole, attr: string, ref: string | undefined, label) => {
      const id = `${sid}-note${ref ? 'ref' : ''}-${String(label)}`;
      return attr === 'href' ? `href="#${id}"` : `id="${id}"`;
    })
    .replace(/aria-describedby="footnote-label"/g, `aria-describedby="${sid}-notes"`)
    .replace(/(data-footnote-ref="true"[^>]*>)(\d+)(<\/a>)/g, '$1<span class="govuk-visually-hidden">note </span>$2$3')
    .replace(
      /<section data-footnotes="true" class="footnotes"><h([2-6])[^>]*>[\s\S]*?<\/h\1>/g,
      `<section data-footnotes="true" class="footnotes app-notes"><h3 id="${sid}-notes" class="govuk-heading-s">Notes</h3>`,
    );
  for (const match of out.matchAll(/\bid="([^"]+)"/g)) usedIds.add(match[1] ?? '');

  const counters: number[] = [];
  out = out.replace(/<h([3-6])>([\s\S]*?)<\/h\1>/g, (_whole, levelText: string, inner: string) => {
    const level = Number(levelText);
    const depth = level - 3;
    counters.length = depth + 1;
    for (let i = 0; i < depth; i++) counters[i] ??= 0;
    counters[depth] = (counters[depth] ?? 0) + 1;
    const headingNumber = [number, ...counters].join('.');
    const text = textOf(inner);
    const id = uniqueId(`${sid}-${slugify(text)}`, usedIds);
    const part = standardPart(text);
    headings.push({ level, number: headingNumber, id, text, part });
    const partAttr = part ? ` data-part="${part}"` : '';
    return `<h${level} id="${id}" class="app-heading"${partAttr}><span class="app-heading__number">${headingNumber}</span> ${inner}</h${level}>`;
  });

  let tables = 0;
  out = out.replace(/<table>([\s\S]*?)<\/table>/g, (_whole, inner: string) => {
    tables++;
    const label = escapeMarkup(`Table ${tables} in section ${number}, ${title}`);
    const scoped = inner.replace(/<thead>[\s\S]*?<\/thead>/g, (head) =>
      head.replace(/<th(?=[\s>])(?![^>]*\bscope=)/g, '<th scope="col"'),
    );
    // A region with a name and tabindex: a wide table can be scrolled by keyboard (WCAG 2.1.1).
    return `<div class="app-table-wrapper" role="region" aria-label="${label}" tabindex="0"><table>${scoped}</table></div>`;
  });

  return { html: out, headings };
}

/**
 * The plugin in Astro's MDX pipeline that finishes a strategy section (or an
 * update) as a syntax tree, before MDX compiles it. It works per file at
 * compile time, so it is told which section the file is (see finishing.ts):
 * components cannot know that, and sections render concurrently.
 *
 * - Headings written with `#` drop to the levels under the section's own h2
 *   (an update's: its page's h1), get citable numbers in a section ("3.1",
 *   "3.2.1") and stable ids made from the section id and the heading's words,
 *   unique on the page. The standard parts of a priority are marked
 *   (`data-part`), so styles and tests can find them.
 * - Footnote ids, which the Markdown renderer numbers per file, get the
 *   section id in front, so two sections' "[^1]" never collide; references
 *   say "note 1" to screen readers rather than a bare "1", and the notes get a
 *   heading of the right level.
 * - Each `<Target>` of a section gets an id (headings.ts `targetId`), so a
 *   consultation outcome can link to the promise it changed.
 * - A bare Markdown table gets column header scope and a named, focusable
 *   scrolling region, so a keyboard user can scroll a wide table on a phone
 *   (WCAG 2.1.1). Inside `<Table>`, the table's rows are prepared (scope,
 *   row headers) for the component to draw in its captioned table.
 *
 * Only what Markdown produced is touched: elements written as JSX (`<h3>`,
 * `<table>`) are the author's own markup, rendered as written.
 */

import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Properties, Text } from 'hast';
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext, MdxJsxAttributeUnion } from 'satteri';
import { renderedLevel, slugify, standardPart, targetId, uniqueId } from './headings.ts';

/** What the plugin needs to know about the file it is finishing. */
export interface Finishing {
  /** The section the file is, with its number in the document ("3"); undefined for an update, a page of its own. */
  readonly section: { readonly id: string; readonly number: string } | undefined;
  /** The section's (or update's) title, which names its tables. */
  readonly title: string;
  /** Ids the page uses outside this file: its furniture and every section id. */
  readonly reservedIds: readonly string[];
}

/**
 * The plugin, for `satteri({ hastPlugins })`; files `finishingFor` does not
 * know are left alone. Two passes, each visiting only the elements it
 * changes (Sätteri filters them natively, which keeps the build fast): the
 * footnotes first, so that every id they take is known before headings are
 * given theirs.
 */
export function finishPlugin(finishingFor: (file: string) => Finishing | undefined): HastPluginEntry {
  return ({ fileURL }) => {
    const file = fileURL && fileURLToPath(fileURL);
    const finishing = file ? finishingFor(file) : undefined;
    if (!file || !finishing) return null;
    const page = new FileFinisher(finishing, file);
    return [page.notesPass(), page.headingsAndTablesPass()];
  };
}

/** A JSX element in the tree (`<Table>`, `<CaseStudy>`, or HTML written as JSX). */
interface JsxElement {
  readonly type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  readonly name: string | null;
  readonly attributes: readonly MdxJsxAttributeUnion[];
  readonly children: readonly ElementContent[];
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** One file's finishing: the ids it has taken and its counters, across both passes. */
class FileFinisher {
  private readonly finishing: Finishing;
  private readonly file: string;
  private readonly prefix: string;
  /** A section's headings sit under its h2; an update's under the page's h1. */
  private readonly topLevel: number;
  private readonly used: Set<string>;
  private readonly counters: number[] = [];
  private tables = 0;
  /** Targets seen so far in this file, by indicator. */
  private readonly targets = new Map<string, number>();

  constructor(finishing: Finishing, file: string) {
    this.finishing = finishing;
    this.file = file;
    this.prefix = finishing.section ? `${finishing.section.id}-` : '';
    this.topLevel = finishing.section ? 3 : 2;
    this.used = new Set(finishing.reservedIds);
  }

  /**
   * Footnote references, notes and their heading; the ids authors wrote on
   * JSX elements; and the targets' ids, taken before any heading's.
   */
  notesPass(): HastPluginDefinition {
    const jsxId = (node: Readonly<JsxElement>) => {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (typeof id === 'string') this.used.add(id);
    };
    const target = <N extends JsxElement>(node: Readonly<N>): N | undefined => this.targetWithId(node);
    return {
      name: 'finish-notes',
      element: {
        filter: ['a', 'li', 'section'],
        visit: (el, ctx) => {
          if (el.tagName === 'section') {
            if (el.properties.dataFootnotes) this.finishNotes(el, ctx);
          } else this.finishFootnoteParts(el, ctx);
        },
      },
      mdxJsxFlowElement: [
        { filter: [], visit: jsxId },
        { filter: ['Target'], visit: target },
      ],
      mdxJsxTextElement: [
        { filter: [], visit: jsxId },
        { filter: ['Target'], visit: target },
      ],
    };
  }

  /** A section's `<Target indicator="x">`, given its id as a prop (Target.astro puts it on the element). */
  private targetWithId<N extends JsxElement>(node: Readonly<N>): N | undefined {
    const { section } = this.finishing;
    const indicator = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'indicator')?.value;
    if (!section || typeof indicator !== 'string') return undefined;
    const nth = (this.targets.get(indicator) ?? 0) + 1;
    this.targets.set(indicator, nth);
    const id = targetId(section.id, indicator, nth);
    this.used.add(id);
    return { ...node, attributes: [...node.attributes, { type: 'mdxJsxAttribute', name: 'id', value: id }] };
  }

  /** Headings (levels, numbers, ids) and tables, in document order. */
  headingsAndTablesPass(): HastPluginDefinition {
    return {
      name: 'finish-headings-and-tables',
      element: {
        filter: [...HEADINGS, 'table'],
        visit: (el, ctx) => {
          const parent = ctx.parent(el);
          if (el.tagName === 'table') {
            // A table inside <Table> is the component's, and prepared with it.
            if (!(parent.type === 'mdxJsxFlowElement' && parent.name === 'Table')) this.finishTable(el, ctx);
          } else if (!(parent.type === 'element' && parent.properties.dataFootnotes)) {
            return this.finishHeading(el);
          }
          return undefined;
        },
      },
      mdxJsxFlowElement: { filter: ['Table'], visit: (node, ctx) => this.prepareTableRows(node, ctx) },
    };
  }

  private finishHeading(heading: Readonly<Element>): Element {
    const { section } = this.finishing;
    const level = renderedLevel(Number(heading.tagName.slice(1)), this.topLevel);
    const text = textOf(heading);
    const id = uniqueId(`${this.prefix}${slugify(text)}`, this.used);
    if (!section) {
      // An update's top headings are h2s under its page's h1, in GOV.UK's h2 style (.app-prose styles h3 down).
      return element(`h${level}`, level === 2 ? { id, className: ['govuk-heading-l'] } : { id }, heading.children);
    }
    const depth = level - this.topLevel;
    const counters = this.counters;
    counters.length = depth + 1;
    for (let i = 0; i < depth; i++) counters[i] ??= 0;
    counters[depth] = (counters[depth] ?? 0) + 1;
    const number = [section.number, ...counters].join('.');
    const part = standardPart(text);
    return element(`h${level}`, { id, className: ['app-heading'], ...(part ? { dataPart: part } : {}) }, [
      element('span', { className: ['app-heading__number'] }, [textNode(number)]),
      textNode(' '),
      ...heading.children,
    ]);
  }

  private finishTable(table: Readonly<Element>, ctx: HastVisitorContext): void {
    this.tables += 1;
    const { section, title } = this.finishing;
    const where = section ? `section ${section.number}, ` : '';
    scopeColumns(table, ctx);
    // A region with a name and tabindex: a wide table can be scrolled by keyboard (WCAG 2.1.1).
    ctx.wrapNode(
      table,
      element('div', {
        className: ['app-table-wrapper'],
        role: 'region',
        ariaLabel: `Table ${this.tables} in ${where}${title}`,
        tabIndex: 0,
      }),
    );
  }

  /** A footnote reference, its note or a link between them: ids of this file, and "note 1" to a screen reader. */
  private finishFootnoteParts(el: Readonly<Element>, ctx: HastVisitorContext): void {
    const { id, href, ariaDescribedBy, dataFootnoteRef } = el.properties;
    const newId = this.noteId(id);
    if (newId) ctx.setProperty(el, 'id', newId);
    const newHref = this.noteId(href);
    if (newHref) ctx.setProperty(el, 'href', `#${newHref}`);
    const finalId = newId ?? id;
    if (typeof finalId === 'string') this.used.add(finalId);
    if (Array.isArray(ariaDescribedBy) && ariaDescribedBy.includes('footnote-label')) {
      const ids = ariaDescribedBy.map((token) => (token === 'footnote-label' ? `${this.prefix}notes` : token));
      ctx.setProperty(el, 'ariaDescribedBy', ids);
    }
    if (dataFootnoteRef && /^\d+$/.test(textOf(el))) {
      ctx.prependChild(el, element('span', { className: ['govuk-visually-hidden'] }, [textNode('note ')]));
    }
  }

  /** "user-content-fn-1" (a note) and "user-content-fnref-1" (its reference), as the renderer names them. */
  private noteId(value: unknown): string | undefined {
    const match = typeof value === 'string' ? /^#?user-content-fn(ref)?-(.*)$/s.exec(value) : null;
    return match ? `${this.prefix}note${match[1] ?? ''}-${match[2] ?? ''}` : undefined;
  }

  /** The footnotes: styled as notes, under a "Notes" heading one level below the section's title. */
  private finishNotes(notes: Readonly<Element>, ctx: HastVisitorContext): void {
    const className = Array.isArray(notes.properties.className) ? notes.properties.className : [];
    ctx.setProperty(notes, 'className', [...className, 'app-notes']);
    const first = notes.children[0];
    if (first?.type === 'element' && HEADINGS.includes(first.tagName)) {
      const id = `${this.prefix}notes`;
      this.used.add(id);
      ctx.replaceNode(first, element(`h${this.topLevel}`, { id, className: ['govuk-heading-s'] }, [textNode('Notes')]));
    }
  }

  /**
   * `<Table caption="..." rowHeaders>`: the component draws the captioned table
   * around its children, so the Markdown table is handed over as its rows, with
   * column scope and, for `rowHeaders`, each row's first cell as the header that
   * names the row ("Stage of life").
   */
  private prepareTableRows(component: Readonly<JsxElement>, ctx: HastVisitorContext): void {
    const content = component.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const table = content[0];
    if (content.length !== 1 || table?.type !== 'element' || table.tagName !== 'table') {
      const found = content.length === 0 ? 'nothing' : content.map(nodeName).join(', ');
      throw new Error(`${this.file}: <Table> holds one Markdown table and nothing else; found ${found}.`);
    }
    scopeColumns(table, ctx);
    if (this.rowHeaders(component)) {
      for (const body of childElements(table, 'tbody')) {
        for (const row of childElements(body, 'tr')) {
          const first = row.children.find((c) => c.type === 'element');
          if (first?.type === 'element' && first.tagName === 'td') {
            ctx.replaceNode(first, element('th', { scope: 'row', ...first.properties }, first.children));
          }
        }
      }
    }
    ctx.replaceNode(table, [...table.children]);
  }

  /** `rowHeaders`, `rowHeaders={true}` or `{false}`, read as the component would read it. */
  private rowHeaders(component: Readonly<JsxElement>): boolean {
    const attribute = component.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'rowHeaders');
    if (!attribute) return false;
    const value = attribute.value;
    if (value === null || value === undefined) return true;
    if (typeof value === 'string') return value !== '';
    const source = value.value.trim();
    if (source === 'true' || source === 'false') return source === 'true';
    throw new Error(
      `${this.file}: <Table rowHeaders={${source}}>: found an expression; expected rowHeaders on its own, or rowHeaders={false}.`,
    );
  }
}

/** Column headers say they head columns: a screen reader then reads each cell with its column's name. */
function scopeColumns(table: Readonly<Element>, ctx: HastVisitorContext): void {
  for (const head of childElements(table, 'thead')) {
    for (const row of childElements(head, 'tr')) {
      for (const cell of childElements(row, 'th')) {
        if (cell.properties.scope === undefined) ctx.setProperty(cell, 'scope', 'col');
      }
    }
  }
}

/** How a node reads in a message: `<p>`, `<Quote>`, text. */
function nodeName(node: ElementContent | JsxElement): string {
  if (node.type === 'element') return `<${node.tagName}>`;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return `<${node.name ?? ''}>`;
  return node.type === 'text' ? 'text' : node.type;
}

function childElements(parent: Element, tagName: string): Element[] {
  return parent.children.filter((c): c is Element => c.type === 'element' && c.tagName === tagName);
}

/** The words of a node as a reader sees them: its text, JSX children included, spaces collapsed. */
function textOf(node: Readonly<Element>): string {
  const parts: string[] = [];
  const collect = (n: Readonly<Element | ElementContent | JsxElement>): void => {
    if (n.type === 'text') parts.push(n.value);
    else if ('children' in n) for (const c of n.children) collect(c);
  };
  collect(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function element(tagName: string, properties: Properties, children: readonly ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children: [...children] };
}

function textNode(value: string): Text {
  return { type: 'text', value };
}

import { describe, expect, it } from 'vitest';
import { documentOutline } from '../../src/lib/strategy/outline.ts';
import { finishSection, slugify, standardPart, textOf } from '../../src/lib/strategy/section-html.ts';
import type { Section } from '../../src/lib/contract/model.ts';

const options = (used: string[] = []) => ({
  sectionId: 'keep-well',
  number: '3',
  title: 'Keep "well"',
  usedIds: new Set(used),
});

describe('finishSection', () => {
  it('numbers sub-headings for citing and gives them stable ids', () => {
    const html =
      '<h3>Where are we now?</h3><p>x</p><h4>Smoking</h4><h4>Drink</h4><h3>What we&#39;ll do</h3><h3>Where are we now?</h3>';
    const { html: out, headings } = finishSection(html, options());
    expect(headings.map((h) => [h.number, h.id, h.part])).toEqual([
      ['3.1', 'keep-well-where-are-we-now', 'now'],
      ['3.1.1', 'keep-well-smoking', undefined],
      ['3.1.2', 'keep-well-drink', undefined],
      ['3.2', 'keep-well-what-well-do', undefined],
      ['3.3', 'keep-well-where-are-we-now-2', 'now'],
    ]);
    expect(out).toContain(
      '<h3 id="keep-well-where-are-we-now" class="app-heading" data-part="now"><span class="app-heading__number">3.1</span> Where are we now?</h3>',
    );
  });

  it("gives footnotes ids of their section, so two sections' [^1] never collide", () => {
    const html =
      '<p>A<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="true" aria-describedby="footnote-label">1</a></sup></p>' +
      '<section data-footnotes="true" class="footnotes"><h3>Footnotes</h3><ol><li id="user-content-fn-1"><p>Note. <a href="#user-content-fnref-1" data-footnote-backref aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p></li></ol></section>';
    const { html: out, headings } = finishSection(html, options());
    expect(headings).toEqual([]);
    expect(out).not.toContain('user-content');
    expect(out).toContain('href="#keep-well-note-1" id="keep-well-noteref-1"');
    expect(out).toContain('aria-describedby="keep-well-notes"><span class="govuk-visually-hidden">note </span>1</a>');
    expect(out).toContain('<h3 id="keep-well-notes" class="govuk-heading-s">Notes</h3>');
    expect(out).toContain('<li id="keep-well-note-1">');
    expect(out).toContain('href="#keep-well-noteref-1"');
  });

  it('wraps Markdown tables in a named, focusable region and scopes column headers', () => {
    const { html } = finishSection(
      '<table>\n<thead>\n<tr>\n<th>Stage</th>\n<th align="left">Aim</th></tr></thead><tbody><tr><td>a</td></tr></tbody></table>',
      options(),
    );
    expect(html).toContain('role="region" aria-label="Table 1 in section 3, Keep &quot;well&quot;" tabindex="0"');
    expect(html).toContain('<thead>');
    expect(html).toContain('<th scope="col">Stage</th>');
    expect(html).toContain('<th scope="col" align="left">Aim</th>');
  });

  it('avoids ids already used on the page', () => {
    const { headings } = finishSection('<h3>Smoking</h3>', options(['keep-well-smoking']));
    expect(headings[0]?.id).toBe('keep-well-smoking-2');
  });
});

describe('helpers', () => {
  it('reads heading text and makes slugs', () => {
    expect(textOf('How <em>will</em> we know we&rsquo;re &amp; <a href="#">done</a>')).toBe(
      'How will we know we&rsquo;re & done',
    );
    expect(slugify('How will we know we’re making a difference?')).toBe('how-will-we-know-were-making-a-difference');
    expect(slugify('Café £5')).toBe('cafe-5');
    expect(slugify('!!!')).toBe('part');
  });

  it('recognises the standard parts of a priority', () => {
    expect(standardPart('What will we do?')).toBe('do');
    expect(standardPart('How we will measure it')).toBe('know');
    expect(standardPart('We will measure success by')).toBe('know');
    expect(standardPart('Targeted support for groups who need it most')).toBe('groups');
    expect(standardPart('Our approach')).toBeUndefined();
  });
});

describe('documentOutline', () => {
  const section = (id: string, kind: Section['kind']) => ({ id, kind }) as Section;
  it('numbers sections and captions priorities among their kind', () => {
    const outline = documentOutline([
      section('foreword', 'foreword'),
      section('a', 'priority'),
      section('b', 'priority'),
      section('c', 'case-study'),
    ]);
    expect(outline.map((o) => [o.number, o.caption])).toEqual([
      ['1', undefined],
      ['2', 'Priority 1 of 2'],
      ['3', 'Priority 2 of 2'],
      ['4', 'Case study'],
    ]);
  });
});

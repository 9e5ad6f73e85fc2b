/**
 * src/lib keeps authors' words exactly as written: markup-like text is a
 * plain string here, never escaped or stripped. Escaping is the renderer's
 * job (tested with the components), and doing it twice would show "&amp;amp;".
 */

import { describe, expect, it } from 'vitest';
import {
  areaSchema,
  indicatorSchema,
  sectionSchema,
  siteSchema,
  strategySchema,
  updateSchema,
  versionSchema,
} from '../../src/lib/contract/schemas.ts';

const MARKUP = [
  '<script>alert("x")</script>',
  'Fish & chips &amp; <b>peas</b>',
  '"Quotes" and \'apostrophes\' — and {braces}',
  '<img src=x onerror=alert(1)>',
];

describe.each(MARKUP)('the text %j', (text) => {
  it('passes through the site, strategy and version schemas unchanged', () => {
    expect(
      siteSchema.parse({ name: text, organisation: { name: text }, contact: { otherFormats: text } }),
    ).toMatchObject({ name: text, organisation: { name: text }, contact: { otherFormats: text } });
    expect(strategySchema.parse({ title: text, summary: text, organisations: [text] })).toMatchObject({
      title: text,
      summary: text,
      organisations: [text],
    });
    expect(versionSchema.parse({ date: '2024-01-01', status: 'draft', note: text }).note).toBe(text);
  });

  it('passes through the section and update front matter unchanged', () => {
    expect(sectionSchema.parse({ title: text, signatories: [{ name: text, role: text }] })).toMatchObject({
      title: text,
      signatories: [{ name: text, role: text }],
    });
    expect(updateSchema.parse({ title: text, summary: text })).toEqual({ title: text, summary: text });
  });

  it('passes through indicator and area fields unchanged', () => {
    const indicator = indicatorSchema.parse({
      id: 'x',
      title: text,
      definition: text,
      notes: text,
      unit: 'percent',
      polarity: 'no-judgement',
      source: { name: text },
      series: [{ period: '2023', area: 'x', value: null, note: text }],
    });
    expect([indicator.title, indicator.definition, indicator.notes, indicator.source?.name]).toEqual([
      text,
      text,
      text,
      text,
    ]);
    expect(indicator.series[0]?.note).toBe(text);
    expect(areaSchema.parse({ id: 'x', name: text, type: 'ward' }).name).toBe(text);
  });
});

describe('plain text fields', () => {
  it('trim surrounding spaces but keep the words', () => {
    expect(sectionSchema.parse({ title: '  Move <em>more</em>  ' }).title).toBe('Move <em>more</em>');
  });

  it('refuse an empty text', () => {
    expect(sectionSchema.safeParse({ title: '   ' }).success).toBe(false);
  });
});

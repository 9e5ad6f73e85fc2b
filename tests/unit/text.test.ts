/**
 * core/text.ts: the one sentence splitter (the readability check and the
 * diff engine both use it), words, and plurals.
 */

import { describe, expect, it } from 'vitest';
import { listing, plural, pluralWord, sentences, words } from '../../src/lib/core/text.ts';

const texts = (text: string) => sentences(text).map((s) => s.text);

describe('sentences', () => {
  it('ends a sentence at . ! or ? before a space and something that is not lower case', () => {
    expect(texts('It fell. It rose! Did it? 2025 is next. "Quoted" too. (Brackets) also.')).toEqual([
      'It fell.',
      'It rose!',
      'Did it?',
      '2025 is next.',
      '"Quoted" too.',
      '(Brackets) also.',
    ]);
  });

  it('keeps figures whole: a decimal point or a thousands comma is never followed by a space', () => {
    expect(texts('It fell to 22.3%. We spent £1.1bn on 12,000 homes in 2028/29. Done.')).toEqual([
      'It fell to 22.3%.',
      'We spent £1.1bn on 12,000 homes in 2028/29.',
      'Done.',
    ]);
  });

  it('does not end a sentence at an abbreviation or before lower case', () => {
    expect(texts("We work with Dr. Patel and St. Mary's, e.g. on falls. See p. 4 of the plan. then more.")).toEqual([
      "We work with Dr. Patel and St. Mary's, e.g. on falls.",
      'See p.',
      '4 of the plan. then more.',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(texts('He said "stop." (Then she left.) Next.')).toEqual(['He said "stop."', '(Then she left.)', 'Next.']);
  });

  it('gives where each sentence starts, and drops nothing but space', () => {
    const text = '  First one.\n  Second one?   ';
    expect(sentences(text)).toEqual([
      { text: 'First one.', start: 2 },
      { text: 'Second one?', start: 15 },
    ]);
    expect(sentences('')).toEqual([]);
    expect(texts('A table row. | Next cell')).toEqual(['A table row.', '| Next cell']);
  });
});

describe('words', () => {
  it('counts runs with a letter or a digit between spaces or dashes, figures and hyphenated words whole', () => {
    expect(words('£1.1bn–£2bn for 12,000 homes—well-being first, by 2028/29 (22.3%) ...')).toEqual([
      '£1.1bn',
      '£2bn',
      'for',
      '12,000',
      'homes',
      'well-being',
      'first,',
      'by',
      '2028/29',
      '(22.3%)',
    ]);
    expect(words(' - ... ')).toEqual([]);
  });
});

describe('plural', () => {
  it('writes the count with the noun, singular only for exactly 1', () => {
    expect(plural(0, 'project')).toBe('0 projects');
    expect(plural(1, 'project')).toBe('1 project');
    expect(plural(2, 'project')).toBe('2 projects');
    expect(plural(3, 'strategy', 'strategies')).toBe('3 strategies');
    expect(plural(1, 'strategy', 'strategies')).toBe('1 strategy');
  });

  it('gives the word alone when the count is written elsewhere', () => {
    expect(pluralWord(1, 'its', 'their')).toBe('its');
    expect(pluralWord(4, 'its', 'their')).toBe('their');
    expect(pluralWord(2, 'report')).toBe('reports');
  });
});

describe('listing', () => {
  it('joins items for a sentence: commas, then "and" before the last', () => {
    expect(listing([])).toBe('');
    expect(listing(['Kent'])).toBe('Kent');
    expect(listing(['Kent', 'Medway'])).toBe('Kent and Medway');
    expect(listing(['2026', '2027', '2028'])).toBe('2026, 2027 and 2028');
  });
});

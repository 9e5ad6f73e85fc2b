/**
 * A Target's sentence against its attributes (issue 16): figures in the
 * indicator's unit, the `by` period in any of its written forms, and the
 * sentence quoted with its figures.
 */

import { describe, expect, it } from 'vitest';
import { checkComponents } from '../../src/lib/contract/components.ts';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import { quote, statedIn, targetSentenceProblems } from '../../src/lib/contract/target-sentences.ts';
import type { Unit } from '../../src/lib/core/vocabulary.ts';
import { parseMdxBody } from '../../src/lib/mdx/parse.ts';

/** The problem lines for a body; `unit` is the indicator's ('unknown': no such indicator). */
function lines(body: string, unit: Unit | 'unknown' = 'percent'): string[] {
  const { targets, problems } = checkComponents(parseMdxBody(body).components, 'f.mdx');
  expect(problems).toEqual([]);
  return targets
    .flatMap((t) => targetSentenceProblems(t, 'f.mdx', unit === 'unknown' ? undefined : unit))
    .map(formatProblem);
}

describe('the figures and periods a sentence states', () => {
  it('keeps figures apart from the parts of dates and the base of a rate', () => {
    const stated = statedIn('By 31 March 2029, admissions will fall from 418.7 per 100,000 to 395 in 2028/29.');
    expect(stated.figures.map((f) => f.value)).toEqual([418.7, 395]);
    expect(stated.periods.map((p) => p.text)).toEqual(['31 March 2029', '2028/29']);
  });
});

describe('a Target sentence', () => {
  it('passes when it states value, baseline and by', () => {
    expect(
      lines('<Target indicator="x" baseline={22.3} value={20} by="2028">By 2028, from 22.3% to 20%.</Target>'),
    ).toEqual([]);
  });

  it.each([
    ['2028/29', 'By 2028/29, 20%.'],
    ['2028/29', 'By 2028-29, 20%.'],
    ['2028/29', 'By 31 March 2029, 20%.'],
    ['2028/29', 'By the end of March 2029, 20%.'],
    ['2028', 'By December 2028, 20%.'],
    ['2027 Q2', 'By June 2027, 20%.'],
    ['2027 Q2', 'By Q2 2027, 20%.'],
    ['2027-05', 'By May 2027, 20%.'],
    ['2026-28', 'In 2026 to 2028, 20%.'],
  ])('by="%s" is stated by "%s"', (by, sentence) => {
    expect(lines(`<Target indicator="x" value={20} by="${by}">${sentence}</Target>`)).toEqual([]);
  });

  it('names the year it says and the one by= gives', () => {
    expect(lines('<Target indicator="x" value={20} by="2028">By 2030, 20%.</Target>')).toEqual([
      'f.mdx:1:1 Target.by: found a sentence that says 2030, not 2028 ("By 2030, 20%."); expected the period by="2028" stated in the sentence, as "2028" (or change by="2028" if the sentence is right)',
    ]);
  });

  it('does not take a calendar year for a financial year, or the reverse', () => {
    expect(lines('<Target indicator="x" value={20} by="2028/29">By 2029, 20%.</Target>')).toEqual([
      'f.mdx:1:1 Target.by: found a sentence that says 2029, not 2028/29 ("By 2029, 20%."); expected the period by="2028/29" stated in the sentence, as "2028/29" or "March 2029" (or change by="2028/29" if the sentence is right)',
    ]);
    expect(lines('<Target indicator="x" value={20} by="2028">By 2028/29, 20%.</Target>')).toHaveLength(1);
  });

  it('says so when the sentence gives no year', () => {
    expect(lines('<Target indicator="x" value={20} by="2028">Down to 20%.</Target>')[0]).toContain(
      'found a sentence that says no year, not 2028',
    );
  });

  it('does not read the 29 of 2028/29 as the figure 29', () => {
    expect(lines('<Target indicator="x" value={29} by="2028/29">By 2028/29, most people.</Target>')[0]).toContain(
      'Target.value: found a sentence that states no figure, not 29%',
    );
  });

  it('quotes the figures the sentence states, in the indicator unit, never "395%" for a rate', () => {
    expect(
      lines(
        '<Target indicator="x" baseline={418.7} value={359} by="2028">By 2028, admissions will fall from 418.7 per 100,000 people to 395 per 100,000.</Target>',
        'per-100k',
      ),
    ).toEqual([
      'f.mdx:1:1 Target.value: found a sentence that states 418.7 per 100,000 and 395 per 100,000, not 359 per 100,000 ("By 2028, admissions will fall from 418.7 per 100,000 people to 395 per 100,000."); expected the target value={359} stated in the sentence, as "to 359 per 100,000" (or change value={359} if the sentence is right)',
    ]);
  });

  it('gives plain numbers when the indicator is unknown', () => {
    expect(lines('<Target indicator="x" value={20} by="2028">By 2028, 18.</Target>', 'unknown')[0]).toContain(
      'states 18, not 20 (',
    );
  });

  it('reports the baseline as well as the value', () => {
    expect(
      lines(
        '<Target indicator="x" baseline={22.3} value={20} by="2028">By 2028, fewer adults will be inactive than today (22.35% in 2021/22).</Target>',
      ),
    ).toEqual([
      'f.mdx:1:1 Target.baseline: found a sentence that states 22.35%, not 22.3% ("By 2028, fewer adults will be inactive than today (22.35% in 2021/22)."); expected the starting figure baseline={22.3} stated in the sentence, as "from 22.3%" (or change baseline={22.3} if the sentence is right)',
      'f.mdx:1:1 Target.value: found a sentence that states 22.35%, not 20% ("By 2028, fewer adults will be inactive than today (22.35% in 2021/22)."); expected the target value={20} stated in the sentence, as "to 20%" (or change value={20} if the sentence is right)',
    ]);
  });
});

describe('quoting a long sentence', () => {
  it('keeps every figure, and cuts words between them', () => {
    const text = `By 2028, ${'many more of the people who live and work across all of our towns and villages '.repeat(3)}will fall from 22.3% to 18%.`;
    const stated = statedIn(text);
    const quoted = quote(text, [...stated.figures, ...stated.periods]);
    expect(quoted).toMatch(/^"By 2028, .*\.\.\..*from 22\.3% to 18%\."$/);
    expect(quoted.length).toBeLessThan(text.length);
  });

  it('quotes a short sentence whole', () => {
    expect(quote('By 2028, 20%.', [])).toBe('"By 2028, 20%."');
  });
});

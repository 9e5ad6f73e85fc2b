/**
 * The promise finder (issue 16): a sentence with a future year and a figure,
 * in prose or in a <Measure>, is a promise the dashboard cannot see.
 */

import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import { promisesIn } from '../../src/lib/strategy/promises.ts';

const WRITTEN = '2024-03-15';
const lines = (body: string, written = WRITTEN) => promisesIn(body, 'f.mdx', written).map(formatProblem);

describe('promisesIn', () => {
  it('warns about a promise in prose, at its sentence, suggesting the Target', () => {
    expect(lines('We will open routes. By 2028 we will cut smoking in pregnancy from 11.2% to 6%.\n')).toEqual([
      'warning f.mdx:1:22 promise: found a promise with a figure and a future year, in the text: "By 2028 we will cut smoking in pregnancy from 11.2% to 6%."; expected a <Target indicator="..." baseline={11.2} value={6} by="2028"> around the sentence, so that the check holds its words to its figures and the dashboard shows progress towards it (if it is not a promise to measure, put {/* check-ignore promise */} on the line before it, saying why)',
    ]);
  });

  it('warns about a promise in a Measure, with its indicator', () => {
    expect(
      lines('- <Measure indicator="smoking-at-delivery">It will fall from 26.4% to 23% by 2027/28.</Measure>\n')[0],
    ).toContain(
      'in a <Measure>: "It will fall from 26.4% to 23% by 2027/28."; expected a <Target indicator="smoking-at-delivery" baseline={26.4} value={23} by="2027/28">',
    );
  });

  it.each([
    ['a year that had passed when the version was written', 'By 2023 we had cut it to 6%.'],
    ['a report of the current year', 'Prevalence is 22.3% in 2023/24, up from 21.8%.'],
    ['a year with no figure', 'By 2028 everyone will have a good home.'],
    [
      'ages and days, which say who is meant',
      'By 2028, people aged 18 to 64 will be home 91 days after leaving hospital.',
    ],
    ['a Target, which is already one', '<Target indicator="x" value={6} by="2028">By 2028, 6%.</Target>'],
    ['a quote', '<Quote source="Resident">By 2028 I want 50% of my street to cycle.</Quote>'],
    ['a heading', '## By 2028, 6% fewer smokers'],
  ])('leaves alone %s', (_name, body) => {
    expect(lines(`${body}\n`)).toEqual([]);
  });

  it('counts a number of things more or fewer as a figure', () => {
    expect(lines('By 2028 we will build 1,000 more homes.\n')).toHaveLength(1);
  });

  it('judges the future by the version date, not the build date', () => {
    expect(lines('By 2025 we will cut it to 6%.\n', '2023-12-06')).toHaveLength(1);
    expect(lines('By 2025 we will cut it to 6%.\n', '2026-01-10')).toEqual([]);
  });

  describe('check-ignore promise', () => {
    const promise = 'By 2028 we will cut smoking from 11.2% to 6%.';
    it('on the line before silences the next paragraph, and not the one after', () => {
      const body = `{/* check-ignore promise: relative to 2018 */}\n\n${promise}\n\n${promise}\n`;
      expect(lines(body).map((l) => l.slice(0, 16))).toEqual(['warning f.mdx:5:']);
    });

    it('before a list silences its Measures', () => {
      const body = `{/* check-ignore promise */}\n\n- <Measure indicator="x">${promise}</Measure>\n- <Measure indicator="y">${promise}</Measure>\n`;
      expect(lines(body)).toEqual([]);
    });

    it('inside a paragraph silences that paragraph', () => {
      expect(lines(`${promise} {/* check-ignore promise */}\n`)).toEqual([]);
    });

    it('check-ignore-file silences the file', () => {
      expect(lines(`${promise}\n\n{/* check-ignore-file promise */}\n\n${promise}\n`)).toEqual([]);
    });

    it('check-ignore readability does not silence it', () => {
      expect(lines(`{/* check-ignore readability */}\n\n${promise}\n`)).toHaveLength(1);
    });
  });
});

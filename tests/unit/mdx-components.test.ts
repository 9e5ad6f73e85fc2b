/**
 * The MDX components' contract (src/lib/contract/components.ts): what an author may
 * write for <Target>, <Measure> and the others, and the messages when it is wrong.
 * (The Astro components themselves are tested through built pages, tests/site/.)
 */

import { describe, expect, it } from 'vitest';
import { checkComponents, type ComponentResult } from '../../src/lib/contract/components.ts';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import { parseMdxBody } from '../../src/lib/mdx/parse.ts';

function check(body: string): ComponentResult {
  return checkComponents(parseMdxBody(body).components, 'f.mdx');
}
const lines = (body: string): string[] => check(body).problems.map(formatProblem);

describe('checkComponents: Target', () => {
  it('extracts a Target with every attribute', () => {
    const result = check(
      '<Target indicator="x" baseline={22.3} since="2021/22" value={20} by="2028" area="E10000016">From 22.3% to 20%.</Target>',
    );
    expect(result.problems).toEqual([]);
    expect(result.targets).toEqual([
      {
        indicator: 'x',
        value: 20,
        baseline: 22.3,
        since: '2021/22',
        by: '2028',
        area: 'E10000016',
        text: 'From 22.3% to 20%.',
        line: 1,
        column: 1,
        places: expect.objectContaining({ baseline: { line: 1, column: 23 }, value: { line: 1, column: 55 } }),
      },
    ]);
  });

  it('accepts by={2028} as the period "2028"', () => {
    expect(check('<Target indicator="x" value={20} by={2028}>To 20%.</Target>').targets[0]?.by).toBe('2028');
  });

  it.each([
    [
      '<Target indicator="x" value="20" by="2028">To 20%.</Target>',
      'f.mdx:1:23 Target.value: found "20"; expected a number in braces, like value={20} or value={22.3}',
    ],
    [
      '<Target indicator="x" value={20}>To 20%.</Target>',
      'f.mdx:1:1 Target.by: found nothing; expected a by attribute on <Target>',
    ],
    [
      '<Target indicator={x} value={20} by="2028">To 20%.</Target>',
      'f.mdx:1:9 Target.indicator: found {x}; expected text in quotes, like indicator="..."',
    ],
    [
      '<Target indicator="x" value={20} by={2028/29}>To 20%.</Target>',
      'f.mdx:1:34 Target.by: found {2028/29}; expected a period in quotes, like by="2028" or by="2028/29"',
    ],
    [
      '<Target indicator="x" value={20} by="2028" since="2021-2022">To 20%.</Target>',
      'f.mdx:1:44 Target.since: found "2021-2022"; expected pooled years written with a two-digit end, like 2021-22',
    ],
    [
      '<Target indicator="x" value={20} by="2028" colour="red">To 20%.</Target>',
      'f.mdx:1:44 Target.colour: found an attribute this component does not use; expected one of indicator, value, by, baseline, since, area, sex, age, categoryType, category, between, and',
    ],
    [
      '<Target indicator="x" value={20} by="2028"></Target>',
      'f.mdx:1:1 Target: found no sentence inside the component; expected a sentence between <Target ...> and </Target>',
    ],
  ])('%s', (body, line) => {
    expect(lines(body)).toEqual([line]);
  });

  it('leaves out a Target whose numbers or periods cannot be read', () => {
    expect(check('<Target indicator="x" value="20" by="2028">To 20%.</Target>').targets).toEqual([]);
    expect(check('<Target indicator="x" value={20} by="2028x">To 20%.</Target>').targets).toEqual([]);
  });

  it('leaves the sentence to the check with indicators loaded (target-sentences.test.ts)', () => {
    expect(lines('<Target indicator="x" baseline={22.3} value={20} by="2028">To 20%.</Target>')).toEqual([]);
  });
});

describe('checkComponents: the other components', () => {
  it('extracts a Measure', () => {
    expect(check('<Measure indicator="mmr">More children are protected.</Measure>').measures).toEqual([
      {
        indicator: 'mmr',
        text: 'More children are protected.',
        line: 1,
        column: 1,
        places: { indicator: { line: 1, column: 10 } },
      },
    ]);
  });

  it.each([
    [
      '<Measure indicator="">Text</Measure>',
      'f.mdx:1:10 Measure.indicator: found an empty text; expected text in quotes, like indicator="..."',
    ],
    [
      '<CaseStudy>Text</CaseStudy>',
      'f.mdx:1:1 CaseStudy.title: found nothing; expected a title attribute on <CaseStudy>',
    ],
    ['<Stat value="1" />', 'f.mdx:1:1 Stat.label: found nothing; expected a label attribute on <Stat>'],
    [
      '<Qoute>Text</Qoute>',
      'f.mdx:1:1 Qoute: found a component called <Qoute>; expected one of <Target>, <Measure>, <CaseStudy>, <Quote>, <AtAGlance>, <Stat>, <Table> (check the spelling and capitals)',
    ],
  ])('%s', (body, line) => {
    expect(lines(body)).toEqual([line]);
  });

  it('refuses spread attributes', () => {
    expect(lines('<Measure {...p} indicator="x">Text</Measure>')).toEqual([
      'f.mdx:1:1 Measure: found a spread attribute {...}; expected attributes written one by one, like indicator="id"',
    ]);
  });

  it('leaves lower-case HTML elements alone', () => {
    expect(check('The <abbr title="National Health Service">NHS</abbr>.')).toEqual({
      targets: [],
      measures: [],
      problems: [],
    });
  });

  it('accepts the optional attributes', () => {
    expect(
      lines(
        '<Quote source="Resident">Text</Quote>\n\n<AtAGlance title="Facts">\n<Stat value="1" label="x" />\n</AtAGlance>',
      ),
    ).toEqual([]);
  });

  it('uses "an" before a name that starts with a vowel', () => {
    expect(lines('<Measure>Text</Measure>')).toEqual([
      'f.mdx:1:1 Measure.indicator: found nothing; expected an indicator attribute on <Measure>',
    ]);
  });
});

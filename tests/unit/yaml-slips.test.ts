/**
 * YAML slips named where the author made them (issue 16), one problem per
 * slip, with the fix in words.
 */

import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import { readYaml } from '../../src/lib/contract/source.ts';
import { findCutValues, findYamlSlip } from '../../src/lib/contract/yaml-slips.ts';

const lines = (text: string, lineOffset = 0) => readYaml(text, 'f.yaml', { lineOffset }).problems.map(formatProblem);

const SITE = [
  'name: Partnership', // 1
  'contact:', // 2
  '  email: team@example.org', // 3
  '  phone: "020 7946 0120"', // 4
  'accessibility:', // 5
  '  status: partial', // 6
  '  tested: 2026-10-14', // 7
  '  issues:', // 8
  '    - text: Some charts have no summary.', // 9
  '      criterion: "1.1.1"', // 10
  '    - Some ward names are shortened.', // 11
  '  improvements: >-', // 12
  '    We test every page: "automatically".', // 13
  '', // 14
].join('\n');

describe('a quote that is never closed', () => {
  it('is reported where it opens, with the value it should close', () => {
    expect(lines(SITE.replace('"020 7946 0120"', '"020 7946 0120'))).toEqual([
      'f.yaml:4:10 phone: found a " that opens this value and is not closed on this line, so YAML reads on to the next " (line 10); expected a closing " at the end of the value, like phone: "020 7946 0120"',
    ]);
  });

  it('names the line YAML reads on to, even inside block text', () => {
    expect(lines(SITE.replace('"1.1.1"', '"1.1.1'))[0]).toMatch(
      /^f\.yaml:10:18 criterion: found a " that opens this value .* \(line 13\)/,
    );
  });

  it('says when YAML reads on to the end of the file', () => {
    expect(lines('title: Sample\nsummary: "How we help\narea: x\n')[0]).toMatch(
      /^f\.yaml:2:10 summary: found a " .* \(the end of the file\); expected a closing " at the end of the value, like summary: "How we help"$/,
    );
  });

  it('is reported where it opens when the next quote closes it too soon, in { }', () => {
    expect(lines('period: { start: "2023, end: "2028" }\n')).toEqual([
      'f.yaml:1:18 period: found a " that opens a value, closed too soon by the next ": YAML reads "2023, end: " as the value and cannot read what follows it; expected a closing " at the end of each value, so that each value has its own pair of quotes',
    ]);
  });

  it('counts the lines before front matter', () => {
    expect(lines('title: "Healthy living\nkind: priority\n', 1)[0]).toMatch(/^f\.yaml:2:8 title: found a "/);
  });

  it('leaves alone a quoted text that goes on over lines', () => {
    expect(findYamlSlip('note: "A long note\n  that goes on"\n')).toBeUndefined();
  });
});

describe('indenting', () => {
  it('one line indented too far gives one problem, on that line', () => {
    expect(lines(SITE.replace('  phone:', '   phone:'))).toEqual([
      'f.yaml:4:4 phone: found a line indented 3 spaces, more than the line before it (line 3, which already has a value), so YAML reads it as part of that value; expected 2 spaces at the start, like line 3: a line is indented further only under a field with nothing after its colon, like "contact:" on line 2',
    ]);
  });

  it('a field indented under one that has a value is on its own line, not the line before', () => {
    expect(lines('date: 2023-12-06\n status: adopted\n')[0]).toMatch(
      /^f\.yaml:2:2 status: found a line indented 1 space/,
    );
  });

  it('a line that lines up with nothing names the depths it could have', () => {
    expect(lines(SITE.replace('  tested:', ' tested:'))).toEqual([
      'f.yaml:7:2 tested: found a line indented 1 space, which lines up with no line above it; expected the indenting of the lines it belongs with: 2 spaces (like line 6) or 0 spaces (like line 5)',
    ]);
  });

  it('a list item indented too far is refused, though YAML would join it to the item before', () => {
    const text = 'organisations:\n  - Kent County Council\n   - Medway Council\n';
    expect(lines(text)).toEqual([
      'f.yaml:3:4 found a line indented 3 spaces, more than the line before it (line 2, which already has a value), so YAML reads it as part of that value; expected 2 spaces at the start, like line 2: a line is indented further only under a field with nothing after its colon, like "organisations:" on line 1',
    ]);
    expect(readYaml(text, 'f.yaml').data).toBeUndefined();
  });

  it('a tab', () => {
    expect(lines('period:\n\tstart: 2023\n')).toEqual([
      'f.yaml:2:1 found a tab at the start of the line; expected spaces for indenting, as many as the lines around it use (YAML does not allow tabs)',
    ]);
  });

  it('finds nothing in well-indented YAML, block text and lists of fields included', () => {
    expect(findYamlSlip(SITE)).toBeUndefined();
    expect(lines(SITE)).toEqual([]);
  });
});

describe('": " in an unquoted value', () => {
  it('gives the value back in quotes', () => {
    expect(lines('title: Move more: together\nkind: priority\n')).toEqual([
      'f.yaml:1:8 title: found a value with ": " in it (Move more: together), which YAML reads as the start of another field; expected the value in double quotes: title: "Move more: together"',
    ]);
  });
});

describe('" #" in an unquoted value', () => {
  it('warns that YAML cut the value short, and keeps the value it read', () => {
    const source = readYaml('title: Carers week\nsummary: Join us for carers week #carersweek\n', 'f.yaml');
    expect(source.data).toEqual({ title: 'Carers week', summary: 'Join us for carers week' });
    expect(source.problems.map(formatProblem)).toEqual([
      'warning f.yaml:2:34 summary: found text cut short at "#carersweek": YAML reads " #" as the start of a comment, so the value is only "Join us for carers week"; expected the whole value in double quotes, like summary: "Join us for carers week #carersweek" (or, for a note to editors, the comment on a line of its own)',
    ]);
  });

  it('leaves alone comments written as comments, quoted text, addresses and block text', () => {
    const text = [
      'status: draft # change when adopted',
      'colour: "#005a70"',
      'url: https://example.org/#top',
      'note: >-',
      '  Join us #carersweek',
      '# a whole-line comment',
    ].join('\n');
    expect(findCutValues(text)).toEqual([]);
  });
});

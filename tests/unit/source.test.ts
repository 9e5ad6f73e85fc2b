import { describe, expect, it } from 'vitest';
import {
  ContentError,
  describe as describeValue,
  fieldPath,
  formatProblem,
  problem,
  sortProblems,
} from '../../src/lib/contract/problems.ts';
import { placeOfOffset, readJson, readYaml } from '../../src/lib/contract/source.ts';

describe('readYaml', () => {
  const text = 'date: 2024-03-15\nstatus: adopted\nsignatories:\n  - name: Sam\n    role: Chair\n';

  it('parses values, keeping unquoted dates as text', () => {
    const source = readYaml(text, 'version.yaml');
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({
      date: '2024-03-15',
      status: 'adopted',
      signatories: [{ name: 'Sam', role: 'Chair' }],
    });
  });

  it('locates values and keys by field path', () => {
    const source = readYaml(text, 'version.yaml');
    expect(source.locate(['status'])).toEqual({ line: 2, column: 9 });
    expect(source.locate(['signatories', 0, 'role'])).toEqual({ line: 5, column: 11 });
    expect(source.locateKey(['signatories', 0, 'role'])).toEqual({ line: 5, column: 5 });
  });

  it('falls back to the nearest parent for a missing field', () => {
    const source = readYaml(text, 'version.yaml');
    expect(source.locate(['signatories', 0, 'email'])).toEqual({ line: 4, column: 5 });
    expect(source.locate(['note'])).toEqual({ line: 1, column: 1 });
  });

  it('adds the line offset of front matter', () => {
    const source = readYaml('title: A\nkind: priority\n', 'x.mdx', { lineOffset: 1 });
    expect(source.locate(['kind'])).toEqual({ line: 3, column: 7 });
  });

  it('reports a syntax error with its line and column, and no data', () => {
    const source = readYaml('date: 2024-02-15\nnote: [Version 1.9\n', 'version.yaml', { lineOffset: 0 });
    expect(source.data).toBeUndefined();
    expect(source.problems).toHaveLength(1);
    expect(source.problems[0]).toMatchObject({ file: 'version.yaml', field: '', severity: 'error' });
    expect(source.problems[0]?.found).toMatch(/^a YAML syntax error: /);
    expect(source.problems[0]?.found).not.toContain('\n');
  });

  it('names the slip itself when it recognises one: ": " in a value, at the value', () => {
    const source = readYaml('date: 2024-02-15\nnote: Version 1.9: the draft\n', 'version.yaml', { lineOffset: 0 });
    expect(source.data).toBeUndefined();
    expect(source.problems).toHaveLength(1);
    expect(source.problems[0]).toMatchObject({ field: 'note', line: 2, column: 7, severity: 'error' });
    expect(source.problems[0]?.expected).toBe('the value in double quotes: note: "Version 1.9: the draft"');
  });

  it('refuses a field written twice', () => {
    const source = readYaml('title: A\ntitle: B\n', 'x.yaml');
    expect(source.problems).toHaveLength(1);
    expect(source.problems[0]?.line).toBe(2);
  });
});

describe('readJson', () => {
  const text = '{\n  "id": "x",\n  "series": [\n    { "period": "2023", "value": 1 }\n  ]\n}\n';

  it('parses JSON and locates values through the YAML parser', () => {
    const source = readJson(text, 'indicators/x.json');
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ id: 'x', series: [{ period: '2023', value: 1 }] });
    expect(source.locate(['series', 0, 'value'])).toEqual({ line: 4, column: 34 });
    expect(source.locateKey(['series', 0, 'value'])).toEqual({ line: 4, column: 25 });
  });

  it.each([
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['a trailing comma before }', '{\n  "a": 1,\n}', 3, 1],
    ['a cut-off file', '{\n  "a": [1,', 2, 11],
  ])('reports %s with its line and column', (_what, json, line, column) => {
    const source = readJson(json, 'x.json');
    expect(source.data).toBeUndefined();
    expect(source.problems).toHaveLength(1);
    expect(source.problems[0]).toMatchObject({ file: 'x.json', field: '', line, column });
    expect(source.problems[0]?.found).toMatch(/^a JSON syntax error: /);
    expect(source.problems[0]?.found).not.toMatch(/position \d+/);
  });

  it('reports an unquoted word with its line and column', () => {
    const source = readJson('{\n  "value": n/a\n}', 'x.json');
    expect(source.problems[0]).toMatchObject({ line: 2, column: 12 });
    expect(source.problems[0]?.found).not.toContain('is not valid JSON');
  });
});

describe('placeOfOffset', () => {
  it('turns a character offset into a 1-based line and column', () => {
    expect(placeOfOffset('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(placeOfOffset('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(placeOfOffset('ab\ncd', 5)).toEqual({ line: 2, column: 3 });
  });
});

describe('problems', () => {
  const p = problem('indicators/a.json', 'series[3].value', '"n/a"', 'a number', { line: 14, column: 16 });

  it('format as one line: file:line:column field: found X; expected Y', () => {
    expect(formatProblem(p)).toBe('indicators/a.json:14:16 series[3].value: found "n/a"; expected a number');
    expect(formatProblem(problem('site.yaml', '', 'no file', 'a site.yaml'))).toBe(
      'site.yaml found no file; expected a site.yaml',
    );
    expect(formatProblem(problem('a.yaml', 'x', 'y', 'z', { line: 2 }, 'warning'))).toBe(
      'warning a.yaml:2:1 x: found y; expected z',
    );
  });

  it('describe values for a reader', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue('')).toBe('an empty text');
    expect(describeValue('n/a')).toBe('"n/a"');
    expect(describeValue('x'.repeat(80))).toBe(`"${'x'.repeat(57)}..."`);
    expect(describeValue(8)).toBe('8');
    expect(describeValue(false)).toBe('false');
    expect(describeValue([1])).toBe('a list of 1 item');
    expect(describeValue([1, 2])).toBe('a list of 2 items');
    expect(describeValue({ a: 1 })).toBe('a group of fields');
  });

  it('write field paths as authors read them', () => {
    expect(fieldPath(['series', 3, 'value'])).toBe('series[3].value');
    expect(fieldPath([0, 'id'])).toBe('[0].id');
    expect(fieldPath([])).toBe('');
  });

  it('sort by file, then line, column and field', () => {
    const list = [
      problem('b.json', 'x', '', ''),
      problem('a.json', 'z', '', '', { line: 2, column: 1 }),
      problem('a.json', 'y', '', '', { line: 1, column: 5 }),
      problem('a.json', 'a', '', '', { line: 1, column: 5 }),
    ];
    expect(sortProblems(list).map((x) => `${x.file} ${x.field}`)).toEqual([
      'a.json a',
      'a.json y',
      'a.json z',
      'b.json x',
    ]);
  });

  it('ContentError counts and lists errors only', () => {
    const error = new ContentError([p, problem('a.yaml', 'x', 'y', 'z', {}, 'warning')]);
    expect(error.message).toBe(
      'The content has 1 problem; nothing was published:\nindicators/a.json:14:16 series[3].value: found "n/a"; expected a number',
    );
    expect(error.problems).toHaveLength(2);
  });
});

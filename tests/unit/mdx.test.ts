import { describe, expect, it } from 'vitest';
import {
  MdxSyntaxError,
  numericLiteral,
  parseMdxBody,
  splitFrontMatter,
  type ComponentUse,
} from '../../src/lib/mdx/parse.ts';

describe('splitFrontMatter', () => {
  const file = ['---', 'title: Move more', 'kind: priority', '---', '', 'Body text.'].join('\n');

  it('returns the YAML and where it starts', () => {
    const split = splitFrontMatter(file);
    expect(split.yaml).toBe('title: Move more\nkind: priority');
    expect(split.yamlLine).toBe(2);
  });

  it('blanks the front matter so body lines keep their numbers', () => {
    const split = splitFrontMatter(file);
    const lines = split.body.split('\n');
    expect(lines.length).toBe(file.split('\n').length);
    expect(lines[5]).toBe('Body text.');
    expect(lines.slice(0, 5).every((l) => l === '')).toBe(true);
  });

  it('reads CRLF files the same as LF files', () => {
    const crlf = splitFrontMatter(file.replace(/\n/g, '\r\n'));
    expect(crlf).toEqual(splitFrontMatter(file));
    expect(crlf.body).not.toContain('\r');
  });

  it('reports a file without front matter, keeping its text whole', () => {
    const split = splitFrontMatter('# Heading\n\nText.');
    expect(split.yaml).toBeUndefined();
    expect(split.body).toBe('# Heading\n\nText.');
  });

  it('does not take a thematic break later in the file for front matter', () => {
    expect(splitFrontMatter('Text\n\n---\n\nMore').yaml).toBeUndefined();
  });

  it('treats an unclosed front matter block as no front matter', () => {
    expect(splitFrontMatter('---\ntitle: A\n\nText.').yaml).toBeUndefined();
  });

  it('accepts empty front matter and a closing line with trailing spaces', () => {
    expect(splitFrontMatter('---\n---\nText').yaml).toBe('');
    const split = splitFrontMatter('---\ntitle: A\n---  \nText');
    expect(split.yaml).toBe('title: A');
    expect(split.body.split('\n')[3]).toBe('Text');
  });

  it('only ends the front matter at a line that is exactly "---"', () => {
    const split = splitFrontMatter('---\ntitle: Before---\nkind: priority\n---\nBody');
    expect(split.yaml).toBe('title: Before---\nkind: priority');
  });
});

/** The components of a body, by name (the first of each). */
function use(body: string, name: string): ComponentUse {
  const found = parseMdxBody(body).components.find((c) => c.name === name);
  if (!found) throw new Error(`No <${name}> in the body`);
  return found;
}

describe('parseMdxBody', () => {
  const target = [
    '',
    'Intro.',
    '',
    '<Target indicator="physical-inactivity" baseline={22.3} since="2021/22" value={ 20 } by="2028" draft>',
    'By 2028, the share of adults who are inactive',
    'will fall from **22.3%** to 20%.',
    '</Target>',
  ].join('\n');

  it('reads string, expression and boolean attributes', () => {
    expect(use(target, 'Target').attributes).toEqual({
      indicator: { kind: 'string', value: 'physical-inactivity' },
      baseline: { kind: 'expression', source: '22.3' },
      since: { kind: 'string', value: '2021/22' },
      value: { kind: 'expression', source: '20' },
      by: { kind: 'string', value: '2028' },
      draft: { kind: 'boolean' },
    });
  });

  it('gives the element and each attribute a 1-based line and column', () => {
    const t = use(target, 'Target');
    expect([t.line, t.column]).toEqual([4, 1]);
    expect(t.attributePlaces.indicator).toEqual({ line: 4, column: 9 });
    expect(t.attributePlaces.baseline).toEqual({ line: 4, column: 41 });
  });

  it('extracts the plain text inside, with markup removed and spaces collapsed', () => {
    expect(use(target, 'Target').text).toBe(
      'By 2028, the share of adults who are inactive will fall from 22.3% to 20%.',
    );
  });

  it('finds inline components and their columns', () => {
    const m = use('- <Measure indicator="mmr">More children have both doses.</Measure>\n', 'Measure');
    expect([m.line, m.column]).toEqual([1, 3]);
    expect(m.text).toBe('More children have both doses.');
  });

  it('finds nested components, the outer first', () => {
    const body =
      '<AtAGlance>\n  <Stat value="158,700" label="residents" />\n  <Stat value="29%" label="x" />\n</AtAGlance>\n';
    const names = parseMdxBody(body).components.map((c) => `${c.name}@${c.line}:${c.column}`);
    expect(names).toEqual(['AtAGlance@1:1', 'Stat@2:3', 'Stat@3:3']);
    expect(use(body, 'Stat').attributes.value).toEqual({ kind: 'string', value: '158,700' });
  });

  it('finds components inside other components with Markdown between', () => {
    const body = '<CaseStudy title="Ali">\n\nAli says <Quote source="Ali">walking helps</Quote>.\n\n</CaseStudy>\n';
    expect(parseMdxBody(body).components.map((c) => c.name)).toEqual(['CaseStudy', 'Quote']);
    expect(use(body, 'CaseStudy').text).toBe('Ali says walking helps.');
  });

  it('marks spread attributes, which cannot be checked', () => {
    expect(use('<Target {...props}>x</Target>\n', 'Target').hasSpread).toBe(true);
    expect(use('<Target value={1}>x</Target>\n', 'Target').hasSpread).toBe(false);
  });

  it('lists lower-case HTML elements under their own names', () => {
    expect(parseMdxBody('The <abbr title="x">NHS</abbr> helps.\n').components.map((c) => c.name)).toEqual(['abbr']);
  });

  it('keeps line numbers true to the file after splitFrontMatter', () => {
    const file = '---\ntitle: A\n---\n\n<Measure indicator="x">Text.</Measure>\n';
    expect(use(splitFrontMatter(file).body, 'Measure').line).toBe(5);
  });

  it('returns the tree for rendering', () => {
    expect(parseMdxBody('# Heading\n').tree.children[0]?.type).toBe('heading');
  });
});

describe('parseMdxBody: syntax errors', () => {
  function syntaxError(body: string): MdxSyntaxError {
    try {
      parseMdxBody(body);
    } catch (error) {
      if (error instanceof MdxSyntaxError) return error;
      throw error;
    }
    throw new Error('expected an MdxSyntaxError');
  }

  it('gives the line and column of a tag cut off by the end of the file', () => {
    const e = syntaxError('Text.\n\nhello <Foo\n');
    expect([e.line, e.column]).toEqual([3, 11]);
    expect(e.reason).toMatch(/^Unexpected end of file in name/);
    expect(e.message).toBe(e.reason);
  });

  it('gives the line of an unclosed brace and of a mismatched closing tag', () => {
    expect(syntaxError('a\nb {c\n').line).toBe(2);
    expect(syntaxError('<A>\n\n</B>\n').line).toBe(3);
  });

  it('gives the line and column of an unclosed component', () => {
    const e = syntaxError('a\n\n<CaseStudy title="x">\n\nhello\n');
    expect(e.reason).toMatch(/Expected a closing tag for `<CaseStudy>`/);
    expect([e.line, e.column]).toEqual([3, 1]);
  });
});

describe('numericLiteral', () => {
  it.each([
    ['22.3', 22.3],
    ['20', 20],
    ['-1.5', -1.5],
    ['0', 0],
    ['100000', 100000],
  ])('%j is %j', (source, value) => {
    expect(numericLiteral(source)).toBe(value);
  });

  it.each(['1e3', '+3', '.5', '20.', '1_000', '100,000', '"20"', 'x', '', '20 + 1', 'NaN', 'Infinity'])(
    '%j is not a plain number',
    (source) => {
      expect(numericLiteral(source)).toBeUndefined();
    },
  );
});

/**
 * MDX syntax errors in authors' words (issue 16): what MDX made of the text
 * and how to write it, at the author's slip, never the parser's wording.
 */

import { describe, expect, it } from 'vitest';
import { mdxErrorInWords } from '../../src/lib/mdx/errors.ts';
import { MdxSyntaxError, parseMdxBody } from '../../src/lib/mdx/parse.ts';
import { checkProseFile } from '../../src/lib/strategy/prose-checks.ts';
import { formatProblem } from '../../src/lib/contract/problems.ts';

function words(body: string): string {
  try {
    parseMdxBody(body);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    const w = mdxErrorInWords(error, body);
    return `${w.line}:${w.column} found ${w.found}; expected ${w.expected}`;
  }
  throw new Error(`no syntax error in ${body}`);
}

const CASES: [string, string, string][] = [
  [
    'a < before a number',
    'Young people aged <18 get free checks.\n',
    '1:19 found "<18": in MDX, < starts a component, like <Target>; expected words instead, like "under 18" or "fewer than 18", or &lt; for the sign (&lt;18)',
  ],
  [
    'a < before a sign',
    'When it is <= 5 we act.\n',
    '1:12 found "<=": in MDX, < starts a component, like <Target>; expected words instead, like "less than", or &lt; for the sign',
  ],
  [
    'an address in angle brackets',
    'See <https://www.example.org/report> for more.\n',
    '1:5 found a link written in angle brackets, <https://www.example.org/report>: in MDX, < starts a component; expected the address on its own, https://www.example.org/report, or a link with words, like [the words to click](https://www.example.org/report)',
  ],
  [
    'an email address in angle brackets',
    'Email <health@example.org> for more.\n',
    '1:7 found a link written in angle brackets, <health@example.org>: in MDX, < starts a component; expected the address on its own, health@example.org, or a link with words, like [the words to click](mailto:health@example.org)',
  ],
  [
    'an HTML comment',
    'Text\n\n<!-- a note -->\n\nMore.\n',
    '3:1 found an HTML comment <!-- ... -->, which MDX does not allow; expected a comment written the MDX way, {/* like this */}, which shows nothing on the page',
  ],
  [
    'a { never closed, at the {',
    'We will { improve things.\n\nMore text.\n',
    '1:9 found "{ improve things.": in MDX, { starts a piece of code, and this one is never closed with }; expected \\{ to show a brace as text, or a comment written {/* like this */}',
  ],
  [
    'a percentage in an attribute',
    '<Target indicator="a" value={20%} by="2028">\nBy 2028, 20%.\n</Target>\n',
    '1:29 found "value={20%}": braces in an attribute must hold a number alone; expected a number in braces, like value={20} (no % sign), or text in quotes, like by="2028"',
  ],
  [
    'an attribute brace never closed',
    '<Target indicator="a" value={20 by="2028">\nx\n</Target>\n',
    '1:29 found "value={20 by="2028">": braces in an attribute must hold a number alone, and be closed with }; expected a number in braces, like value={20} (no % sign), or text in quotes, like by="2028"',
  ],
  [
    'a component never closed',
    '<CaseStudy title="x">\n\nStory.\n',
    '1:1 found a <CaseStudy> that is opened here and never closed; expected </CaseStudy> on a line of its own after its text (a component with no text ends with />, like <Stat ... />)',
  ],
  [
    'a component in a sentence never closed',
    'We <Measure indicator="x">go\n\nNext.\n',
    '1:1 found a <Measure> that is opened here and never closed in the same paragraph; expected </Measure> at the end of its sentence, in the same paragraph',
  ],
  [
    'the wrong closing tag',
    '<Target indicator="a" value={1} by="2028">\nBy 2028, 1%.\n</Measure>\n',
    '3:1 found </Measure> where </Target> should close the <Target> opened on line 1; expected </Target> here, or the tags in the right order',
  ],
  [
    'a closing tag with no opening',
    'Text </Target> more\n',
    '1:7 found a closing tag </Target> with no <Target> before it; expected the closing tag removed, or <Target ...> added where the component starts',
  ],
  [
    'an HTML element left open',
    'Line<br>break\n',
    '1:1 found <br> with no closing tag; expected <br /> (in MDX an element with nothing inside ends with />)',
  ],
  [
    'a curly quote from a word processor',
    '<Target indicator=\u201ca\u201d value={1} by="2028">x</Target>\n',
    '1:19 found a curly quote \u201c in the attributes of <Target>; expected straight quotes, like indicator="physical-inactivity" (curly quotes come in when text is copied from a word processor)',
  ],
  [
    'a missing quote in the attributes',
    '<Target indicator="a value={1} by="2028">\nx\n</Target>\n',
    '1:36 found something in the attributes of <Target> that MDX cannot read, at "2028">"; expected each attribute written name="text" or name={number}, with every quote closed, like <Target indicator="id" value={20} by="2028">',
  ],
  [
    'a paragraph starting with "export"',
    'export the data to partners.\n',
    '1:1 found a paragraph that starts with "export", which MDX reads as code; expected the paragraph started another way, like "Export ..." with a capital letter',
  ],
];

describe('MDX syntax errors in plain words', () => {
  it.each(CASES)('%s', (_name, body, line) => {
    expect(words(body)).toBe(line);
  });

  it("never passes on the parser's own words", () => {
    for (const [, body] of CASES) expect(words(body)).not.toMatch(/acorn|U\+[0-9A-F]{4}|Unexpected|micromark|\bEOF\b/i);
  });
});

describe('braces that hold words', () => {
  it('are refused, since MDX would run them as code and the build would stop', () => {
    const body = 'We will {improve} things.\n\n{/* check-ignore readability */}\n\nText.\n';
    expect(checkProseFile({ file: 'f.mdx', body, outline: false }).map(formatProblem)).toEqual([
      'f.mdx:1:9 found "{improve}": in MDX, { and } hold a piece of code, which would stop the site being built; expected \\{ and \\} to show braces as text, or a comment written {/* like this */}, which shows nothing',
    ]);
  });
});

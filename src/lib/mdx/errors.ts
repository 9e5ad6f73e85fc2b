/**
 * MDX syntax errors in the words of the people who make them. The parser
 * speaks to programmers ("Unexpected character `1` (U+0031) before name",
 * "Could not parse expression with acorn"); authors wrote "<18", an address
 * in angle brackets, a brace, or left a component open. Each case here says
 * what MDX made of the text and how to write it instead, and the place is
 * moved to where the author's slip is (the `{` that is never closed, not the
 * end of the file). Nothing of the parser's own wording is passed on: an
 * error this file does not know gets a general message that still says
 * which characters MDX treats specially.
 */

import type { MdxSyntaxError } from './parse.ts';

export interface MdxErrorInWords {
  readonly found: string;
  readonly expected: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
}

const GENERAL =
  'text MDX can read: < written as &lt; or in words, { written as \\{, and every component closed, like <Target ...>...</Target> or <Stat ... />';

export function mdxErrorInWords(error: MdxSyntaxError, body: string): MdxErrorInWords {
  const lines = body.split('\n');
  const at = { line: error.line, column: error.column };
  const said = (found: string, expected: string, place = at): MdxErrorInWords => ({ found, expected, ...place });
  const lineText = error.line === undefined ? '' : (lines[error.line - 1] ?? '');
  const col = (error.column ?? 1) - 1;
  const reason = error.reason;
  const tag = /`<\/?([^`>\s]*)>`/.exec(reason)?.[1] ?? '';

  if (error.ruleId === 'end-tag-mismatch' && reason.startsWith('Expected a closing tag')) {
    if (/^[a-z]/.test(tag)) {
      return said(`<${tag}> with no closing tag`, `<${tag} /> (in MDX an element with nothing inside ends with />)`);
    }
    const inParagraph = / before the end of `paragraph`/.test(reason);
    return said(
      `a <${tag}> that is opened here and never closed${inParagraph ? ' in the same paragraph' : ''}`,
      inParagraph
        ? `</${tag}> at the end of its sentence, in the same paragraph`
        : `</${tag}> on a line of its own after its text (a component with no text ends with />, like <Stat ... />)`,
    );
  }
  if (error.ruleId === 'end-tag-mismatch') {
    const name = /closing tag for `<([^`>]+)>`/.exec(reason)?.[1] ?? '';
    const opened = lines.slice(0, error.line ?? lines.length).findLastIndex((l) => l.includes(`<${name}`)) + 1;
    return said(
      `</${tag}> where </${name}> should close the <${name}>${opened > 0 ? ` opened on line ${opened}` : ''}`,
      `</${name}> here, or the tags in the right order`,
    );
  }
  if (error.ruleId === 'unexpected-closing-slash') {
    const closing = /<\/\s*([A-Za-z][\w.]*)/.exec(lineText.slice(Math.max(0, col - 2)))?.[1] ?? '';
    return said(
      `a closing tag </${closing}> with no <${closing}> before it`,
      `the closing tag removed, or <${closing} ...> added where the component starts`,
    );
  }
  if (/to create a link in MDX/.test(reason)) {
    const start = lineText.lastIndexOf('<', col);
    const end = lineText.indexOf('>', col);
    const link = lineText.slice(start + 1, end < 0 ? undefined : end);
    const href = link.includes('@') && !link.includes(':') ? `mailto:${link}` : link;
    return said(
      `a link written in angle brackets, <${link}>: in MDX, < starts a component`,
      `the address on its own, ${link}, or a link with words, like [the words to click](${href})`,
      { line: error.line, column: start + 1 },
    );
  }
  if (/to create a comment in MDX/.test(reason)) {
    const start = lineText.lastIndexOf('<', col);
    return said(
      'an HTML comment <!-- ... -->, which MDX does not allow',
      'a comment written the MDX way, {/* like this */}, which shows nothing on the page',
      { line: error.line, column: start + 1 },
    );
  }
  if (error.ruleId === 'unexpected-character' && /\bbefore name\b/.test(reason)) {
    // "<" and then something that cannot start a component name: the author meant the sign.
    const start = lineText.lastIndexOf('<', col);
    const number = /^\d+(?:[.,]\d+)*/.exec(lineText.slice(start + 1))?.[0];
    const after = number ?? /^[^\s<>]{0,12}/.exec(lineText.slice(start + 1))?.[0] ?? '';
    return said(
      `"<${after}": in MDX, < starts a component, like <Target>`,
      number !== undefined
        ? `words instead, like "under ${number}" or "fewer than ${number}", or &lt; for the sign (&lt;${after})`
        : `words instead, like "less than", or &lt; for the sign`,
      { line: error.line, column: start + 1 },
    );
  }
  if (error.ruleId === 'unexpected-character' && /\battribute\b/.test(reason)) {
    const name = componentBefore(lines, error.line, col);
    const char = lineText[col] ?? '';
    if (/[\u201c\u201d\u2018\u2019]/.test(char)) {
      return said(
        `a curly quote ${char} in the attributes of <${name}>`,
        `straight quotes, like indicator="physical-inactivity" (curly quotes come in when text is copied from a word processor)`,
      );
    }
    return said(
      `something in the attributes of <${name}> that MDX cannot read, at "${lineText.slice(col, col + 12).trim()}"`,
      `each attribute written name="text" or name={number}, with every quote closed, like <Target indicator="id" value={20} by="2028">`,
    );
  }
  if (error.ruleId === 'unexpected-eof' && error.source?.endsWith('mdx-jsx')) {
    return said(
      `a tag that is not finished ("${lineText.slice(lineText.lastIndexOf('<', col)).trim()}")`,
      'the tag closed with >, like </Measure>',
    );
  }
  if (error.source?.endsWith('mdx-expression')) {
    // The place of the { itself: the one never closed, or the one whose contents could not be read.
    const brace = error.ruleId === 'acorn' ? undefined : unclosedBrace(body);
    const place = brace ?? braceBefore(lines, error.line, col) ?? at;
    const text = lines[(place.line ?? 1) - 1] ?? '';
    const attribute = /([\w-]+)=\s*$/.exec(text.slice(0, (place.column ?? 1) - 1))?.[1];
    const rest = text.slice((place.column ?? 1) - 1);
    const close = brace ? -1 : rest.indexOf('}');
    const shown = (attribute ? `${attribute}=` : '') + (close >= 0 ? rest.slice(0, close + 1) : rest.trim());
    const quoted = shown.length > 30 ? `${shown.slice(0, 27)}...` : shown;
    if (attribute !== undefined) {
      return said(
        `"${quoted}": braces in an attribute must hold a number alone${brace ? ', and be closed with }' : ''}`,
        'a number in braces, like value={20} (no % sign), or text in quotes, like by="2028"',
        place,
      );
    }
    return said(
      `"${quoted}": in MDX, { starts a piece of code${brace ? ', and this one is never closed with }' : ''}`,
      '\\{ to show a brace as text, or a comment written {/* like this */}',
      place,
    );
  }
  if (error.source?.endsWith('mdxjs-esm')) {
    const word = /^\s*(\w+)/.exec(lineText)?.[1] ?? 'import';
    return said(
      `a paragraph that starts with "${word}", which MDX reads as code`,
      `the paragraph started another way, like "${word.charAt(0).toUpperCase()}${word.slice(1)} ..." with a capital letter`,
      { line: error.line, column: 1 },
    );
  }
  return said('text MDX cannot read here', GENERAL);
}

/** The name of the component whose tag holds a place. */
function componentBefore(lines: readonly string[], line: number | undefined, col: number): string {
  const before = [...lines.slice(0, (line ?? 1) - 1), (lines[(line ?? 1) - 1] ?? '').slice(0, col)].join('\n');
  const names = [...before.matchAll(/<([A-Za-z][\w.]*)/g)];
  return names[names.length - 1]?.[1] ?? 'the component';
}

/** The nearest { at or before a place. */
function braceBefore(
  lines: readonly string[],
  line: number | undefined,
  col: number,
): { line: number; column: number } | undefined {
  for (let l = (line ?? 1) - 1; l >= 0; l--) {
    const text = lines[l] ?? '';
    const at = text.lastIndexOf('{', l === (line ?? 1) - 1 ? col : text.length);
    if (at >= 0) return { line: l + 1, column: at + 1 };
  }
  return undefined;
}

/** Where the first { that is never closed is, in text outside `code`. */
function unclosedBrace(body: string): { line: number; column: number } | undefined {
  const open: { line: number; column: number }[] = [];
  body.split('\n').forEach((text, i) => {
    const bare = text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    for (let c = 0; c < bare.length; c++) {
      if (bare[c] === '\\') c++;
      else if (bare[c] === '{') open.push({ line: i + 1, column: c + 1 });
      else if (bare[c] === '}') open.pop();
    }
  });
  return open[0];
}

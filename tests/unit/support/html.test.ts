/**
 * tests/support/html.ts decides several site tests (broken links and
 * fragments, scripts on reading pages, page weight, escaped JSON blocks), so
 * what it reads from a page is pinned down here: each case is one way a page
 * can be written, with what a browser makes of it.
 */

import { describe, expect, it } from 'vitest';
import { fragmentTargets, isExecutableScript, readTags, runsScripts, type Tag } from '../../support/html.ts';

/** Name and attributes of every tag, the shape most cases compare. */
function read(html: string): [string, Record<string, string>][] {
  return readTags(html).map((tag) => [tag.name, { ...tag.attrs }]);
}

function only(html: string): Tag {
  const tags = readTags(html);
  expect(tags).toHaveLength(1);
  return tags[0] as Tag;
}

describe('readTags: attributes', () => {
  it('reads double-quoted, single-quoted, unquoted and empty values', () => {
    expect(read(`<a href="/a/" title='It is "x"' class=plain download>`)).toEqual([
      ['a', { href: '/a/', title: 'It is "x"', class: 'plain', download: '' }],
    ]);
  });

  it('allows spaces around = and no space between a quoted value and the next name', () => {
    expect(read('<a href = "/spaced/" title = unq id="x"class="y">')).toEqual([
      ['a', { href: '/spaced/', title: 'unq', id: 'x', class: 'y' }],
    ]);
  });

  it('keeps the first of a repeated attribute, as browsers do', () => {
    expect(only('<a id="first" ID="second">').attrs.id).toBe('first');
  });

  it('takes a slash after an unquoted value as part of the value', () => {
    expect(only('<a href=/x/>').attrs.href).toBe('/x/');
  });

  it('treats an attribute named like an Object method as just an attribute', () => {
    const tag = only('<a id="x">');
    expect(tag.attrs.constructor).toBeUndefined();
    expect(tag.attrs.toString).toBeUndefined();
    expect(only('<a constructor="c">').attrs.constructor).toBe('c');
  });
});

describe('readTags: character references', () => {
  it('decodes named, decimal and hexadecimal references in values', () => {
    expect(only('<a href="/a/?x=1&amp;y=2" title="&lt;b&gt; &quot;q&quot; &#39;s &#x2014; &nbsp;">').attrs).toEqual({
      href: '/a/?x=1&y=2',
      title: '<b> "q" \'s \u2014 \u00a0',
    });
  });

  it('decodes references in unquoted values and ids, so fragments match the decoded id', () => {
    const tags = readTags('<h2 id=caf&eacute;>');
    expect(tags[0]?.attrs.id).toBe('café');
    expect(fragmentTargets(tags).has('café')).toBe(true);
  });

  it('leaves unknown references, and legacy ones followed by = in a value, as written', () => {
    expect(only('<a href="?a=1&copy=2&nosuch;">').attrs.href).toBe('?a=1&copy=2&nosuch;');
  });
});

describe('readTags: comments and declarations', () => {
  it('skips tags inside comments', () => {
    expect(read('<!DOCTYPE html><!-- <a href="/gone/" id="c"> --><a id="real">')).toEqual([['a', { id: 'real' }]]);
  });

  it('ends the abrupt comments <!--> and <!---> at once', () => {
    expect(read('<!--><a id="d"><!---><a id="e"> -->')).toEqual([
      ['a', { id: 'd' }],
      ['a', { id: 'e' }],
    ]);
  });

  it('reads nothing after a comment that never closes', () => {
    expect(read('<a id="before"><!-- never closed <a id="after">')).toEqual([['a', { id: 'before' }]]);
  });

  it('treats CDATA in HTML as a bogus comment up to the first >', () => {
    expect(read('<![CDATA[<a id="x">]]><b id="y">')).toEqual([['b', { id: 'y' }]]);
  });
});

describe('readTags: raw text', () => {
  it('does not read markup inside a script, and keeps its text exactly as written', () => {
    const tags = readTags('<script>if (a<b) document.write("<a id=\'no\'>") && x &amp;&amp; y;</script><p id="after">');
    expect(tags.map((tag) => tag.name)).toEqual(['script', 'p']);
    expect(tags[0]?.text).toBe('if (a<b) document.write("<a id=\'no\'>") && x &amp;&amp; y;');
  });

  it('ends a script only at its own end tag, in any case', () => {
    const tags = readTags('<script>x("</scr" + "ipt>")</SCRIPT ><i id="after">');
    expect(tags[0]?.text).toBe('x("</scr" + "ipt>")');
    expect(tags[1]?.attrs.id).toBe('after');
  });

  it('reads a JSON data block whole', () => {
    const json = '{"a":"</p><b id=\\"x\\">","b":[1,2]}';
    const tag = only(`<script type="application/json">${json}</script>`);
    expect(tag.text).toBe(json);
    expect(JSON.parse(tag.text ?? '')).toEqual({ a: '</p><b id="x">', b: [1, 2] });
  });

  it('gives an empty script empty text, and takes an unclosed script to the end of the file', () => {
    expect(only('<script src="/a.js"></script>').text).toBe('');
    expect(only('<script>let a = "<a id=x>";').text).toBe('let a = "<a id=x>";');
  });

  it('ignores the slash of <script/>, as browsers do: what follows is script text', () => {
    const tags = readTags('<script src="/a.js"/><a id="x"></a></script><p id="after">');
    expect(tags.map((tag) => tag.name)).toEqual(['script', 'p']);
    expect(tags[0]?.text).toBe('<a id="x"></a>');
  });

  it('does not read markup inside style, title or textarea; title and textarea text is decoded', () => {
    const tags = readTags(
      '<style>a[href="<b id=s>"]{}</style><title>A &amp; B <i id="t"></title><textarea><a id="ta"></textarea>',
    );
    expect(tags.map((tag) => [tag.name, tag.text])).toEqual([
      ['style', 'a[href="<b id=s>"]{}'],
      ['title', 'A & B <i id="t">'],
      ['textarea', '<a id="ta">'],
    ]);
  });

  it('gives other elements no text', () => {
    expect(only('<p>words</p>').text).toBeUndefined();
  });
});

describe('readTags: elements', () => {
  it('reads void elements, with or without a slash, and the tags after them', () => {
    expect(
      read('<img src="/a.png" alt=""><br/><input name="q"><link rel="stylesheet" href="/s.css" /><a id="x">'),
    ).toEqual([
      ['img', { src: '/a.png', alt: '' }],
      ['br', {}],
      ['input', { name: 'q' }],
      ['link', { rel: 'stylesheet', href: '/s.css' }],
      ['a', { id: 'x' }],
    ]);
  });

  it('lower-cases element and attribute names, and keeps values as written', () => {
    expect(read('<A HREF="/X/" ID="Top" OnClick="go()">')).toEqual([
      ['a', { href: '/X/', id: 'Top', onclick: 'go()' }],
    ]);
  });

  it('reads self-closing SVG elements and the HTML after the SVG', () => {
    expect(
      read(
        '<svg viewBox="0 0 10 10"><clipPath id="clip"/><use href="#clip"/><path d="M0 0"/>' +
          '<image href="/i.png"/></svg><a id="after">',
      ),
    ).toEqual([
      ['svg', { viewbox: '0 0 10 10' }],
      ['clippath', { id: 'clip' }],
      ['use', { href: '#clip' }],
      ['path', { d: 'M0 0' }],
      ['image', { href: '/i.png' }],
      ['a', { id: 'after' }],
    ]);
  });

  it('reads markup inside an SVG title (SVG has no raw text), and its script text decoded', () => {
    const tags = readTags('<svg><title>Chart</title><g id="g"/><script>a &lt; b</script></svg>');
    expect(tags.map((tag) => [tag.name, tag.attrs.id, tag.text])).toEqual([
      ['svg', undefined, undefined],
      ['title', undefined, 'Chart'],
      ['g', 'g', undefined],
      ['script', undefined, 'a < b'],
    ]);
  });

  it('reads a tag written inside an attribute value as text of that value', () => {
    expect(read(`<a title="<b id='x'>" data-x='a>b' href="/y/">`)).toEqual([
      ['a', { title: "<b id='x'>", 'data-x': 'a>b', href: '/y/' }],
    ]);
  });

  it('gives the offset of each <', () => {
    const html = '<p>1 < 2</p>\n<a href="/a/">';
    expect(readTags(html).map((tag) => tag.offset)).toEqual([0, html.indexOf('<a')]);
  });

  it('lists only tags in the source, not those the parser implies', () => {
    expect(read('</p></br><p>')).toEqual([['p', {}]]);
  });
});

describe('readTags: malformed input', () => {
  it('reads stray < in text as text', () => {
    expect(read('1 < 2, <3, < a>, </>, <a id="ok">')).toEqual([['a', { id: 'ok' }]]);
  });

  it('drops a tag cut off by the end of the file, as browsers do', () => {
    expect(read('<a id="x"><a href="/y/')).toEqual([['a', { id: 'x' }]]);
    expect(read(`<a title='never closed><b id="q">`)).toEqual([]);
  });

  it('takes the next tag into a value whose closing quote is missing, as browsers do', () => {
    expect(read('<a title="unbalanced><b id="q">')).toEqual([['a', { title: 'unbalanced><b id=', 'q"': '' }]]);
  });

  it('ignores end tags that were never opened, and unclosed elements', () => {
    expect(read('</div></section><div id="a"><p id="b">')).toEqual([
      ['div', { id: 'a' }],
      ['p', { id: 'b' }],
    ]);
  });

  it('reads an empty document as no tags', () => {
    expect(readTags('')).toEqual([]);
  });
});

describe('fragmentTargets', () => {
  it('is every id, and the name of an <a>, but not the name of other elements', () => {
    const tags = readTags(
      '<h2 id="summary"><a name="old-anchor"></a><input name="q"><svg><g id="in-svg"/></svg><meta name="viewport">',
    );
    expect([...fragmentTargets(tags)].sort()).toEqual(['in-svg', 'old-anchor', 'summary']);
  });

  it('keeps ids exactly as written: a fragment must match case', () => {
    const ids = fragmentTargets(readTags('<p id="Top">'));
    expect(ids.has('Top')).toBe(true);
    expect(ids.has('top')).toBe(false);
  });
});

describe('isExecutableScript and runsScripts', () => {
  it.each([
    ['<script>', true],
    ['<script type="module">', true],
    ['<script type=" Text/JavaScript ">', true],
    ['<script type="application/ecmascript">', true],
    ['<script type="application/json">', false],
    ['<script type="application/ld+json">', false],
    ['<script type="importmap">', false],
    ['<noscript>', false],
  ])('%s runs code: %s', (html, runs) => {
    expect(isExecutableScript(only(html))).toBe(runs);
    expect(runsScripts(readTags(html))).toBe(runs);
  });

  it('counts an inline event handler as script, in any case', () => {
    expect(runsScripts(readTags('<p>Hi</p><img src="/a.png" ONERROR="x()">'))).toBe(true);
    expect(runsScripts(readTags('<button onclick="go()">'))).toBe(true);
  });

  it('does not count handlers or scripts written only in text, comments or values', () => {
    expect(
      runsScripts(
        readTags(
          '<p>onclick=x</p><!-- <script>x()</script> --><a title="<script>" data-on="x">' +
            '<script type="application/json">{"onclick":"<img onerror=x>"}</script>',
        ),
      ),
    ).toBe(false);
  });
});

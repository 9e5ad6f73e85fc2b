/**
 * npm run import-document, the library: Word documents built one feature at
 * a time (tests/fixtures/docx/build-docx.ts) and the committed fixtures
 * (tests/fixtures/docx/), imported against the good fixture's content. What
 * the import writes is parsed back with the site's own grammar and rendered
 * by Sätteri, the MDX compiler Astro builds with, so "it compiles" and "the
 * reader sees the words of the document" are tested, not assumed.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toString } from 'mdast-util-to-string';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { findingsIn, heading1Styles } from '../../src/lib/authoring/docx-inspect.ts';
import {
  planDocumentImport,
  writeDocumentImport,
  type ImportDocumentRequest,
  type ImportPlan,
} from '../../src/lib/authoring/import-document.ts';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import { parseMdxBody, splitFrontMatter } from '../../src/lib/mdx/parse.ts';
import { checkSite } from '../../src/lib/site/load.ts';
import {
  anchorLink,
  bookmark,
  br,
  buildDocx,
  footnoteRef,
  h,
  p,
  picture,
  r,
  table,
  type DocxParts,
} from '../fixtures/docx/build-docx.ts';
import { FIXTURES, goodDirs, temporaryCopies } from './overlay.ts';

const DOCX = path.join(FIXTURES, 'docx');
const PNG = readFileSync(path.join(DOCX, 'sources', 'population-groups.png'));
const DATE = '2026-11-23';

/** A fresh temporary copy of the good fixture. */
const site = temporaryCopies();

function request(docx: Uint8Array, options: Partial<ImportDocumentRequest> = {}): ImportDocumentRequest {
  return {
    contentDir: goodDirs().contentDir,
    strategyId: 'imported',
    versionId: '1.0',
    date: DATE,
    docx,
    source: 'strategy.docx',
    ...options,
  };
}

async function plan(parts: DocxParts | Uint8Array, options: Partial<ImportDocumentRequest> = {}): Promise<ImportPlan> {
  const docx = parts instanceof Uint8Array ? parts : await buildDocx({ propertiesTitle: 'A strategy', ...parts });
  const result = await planDocumentImport(request(docx, options));
  if (!result.ok) throw new Error(result.message);
  return result;
}

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(DOCX, name)));
const body = (plan: ImportPlan, file: string) => {
  const section = plan.sections.find((s) => s.file === file);
  if (!section) throw new Error(`no ${file} in ${plan.sections.map((s) => s.file).join(', ')}`);
  return splitFrontMatter(section.text).body.trim();
};
const front = (plan: ImportPlan, file: string) =>
  splitFrontMatter(plan.sections.find((s) => s.file === file)?.text ?? '').yaml;

/** The text of each paragraph, heading, list item and table cell as Sätteri renders the body. */
function rendered(mdx: string): string[] {
  const out: string[] = [];
  const textOf = (node: HastContent | HastRoot): string =>
    node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';
  const walk = (node: HastRoot | HastContent) => {
    if (node.type === 'element' && /^(?:p|h[1-6]|li|td|th)$/.test((node as Element).tagName)) {
      out.push(textOf(node).replace(/\s+/g, ' ').trim());
      return;
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(mdxToHast(mdx) as HastRoot);
  // The footnotes' heading and back links are the renderer's, not the document's.
  return out.filter((t) => t !== 'Footnotes').map((t) => t.replace(/\s*↩$/, ''));
}

describe('sections', () => {
  it('makes one section per Heading 1, with what comes before as an introduction', async () => {
    const result = await plan({
      body: [
        p(r('Before any heading.')),
        h(1, r('1. Foreword')),
        p(r('Thank you.')),
        h(1, ''),
        h(1, r('1.2 Our borough at a glance')),
        h(1, `${r('Our')}${br}${r('vision')}`), // a line break in a heading is a space in its title
        h(1, r('(3) Case study: Amira')),
        h(1, r('Outcome 1: Every child has the best start')),
        h(1, r('Keep people well')),
        h(2, r('Where are we now?')),
        h(2, r('What will we do?')),
        h(1, r('Appendix B: Measures')),
        h(1, r('Achieving our vision')),
      ].join(''),
    });
    expect(result.sections.map((s) => [s.file, s.title, s.kind])).toEqual([
      ['01-introduction.mdx', 'Introduction', undefined],
      ['02-foreword.mdx', 'Foreword', 'foreword'],
      ['03-our-borough-at-a-glance.mdx', 'Our borough at a glance', 'summary'],
      ['04-our-vision.mdx', 'Our vision', 'vision'],
      ['05-case-study-amira.mdx', 'Case study: Amira', 'case-study'],
      ['06-outcome-1-every-child-has-the-best-start.mdx', 'Outcome 1: Every child has the best start', 'outcome'],
      // No title says "priority", but a priority's standard sub-headings do.
      ['07-keep-people-well.mdx', 'Keep people well', 'priority'],
      ['08-appendix-b-measures.mdx', 'Appendix B: Measures', 'appendix'],
      ['09-achieving-our-vision.mdx', 'Achieving our vision', undefined],
    ]);
    expect(body(result, '01-introduction.mdx')).toBe('Before any heading.');
    expect(front(result, '05-case-study-amira.mdx')).toBe('title: "Case study: Amira"\nkind: case-study');
  });

  it('calls the part before the headings "About this document" when a section is called Introduction', async () => {
    const result = await plan({ body: [p(r('Draft.')), h(1, r('Introduction')), p(r('Hello.'))].join('') });
    expect(result.sections.map((s) => s.file)).toEqual(['01-about-this-document.mdx', '02-introduction.mdx']);
  });

  it('has no introduction when nothing comes before the first heading, and one section when there is no heading', async () => {
    const headed = await plan({ body: [h(1, r('Vision')), p(r('Words.'))].join('') });
    expect(headed.sections.map((s) => s.file)).toEqual(['01-vision.mdx']);
    const flat = await plan({ body: p(r('Only words.')) });
    expect(flat.sections.map((s) => s.file)).toEqual(['01-introduction.mdx']);
    expect(flat.notes[0]?.what).toMatch(/no Heading 1, so it became one section/);
  });

  it('keeps the ids of the latest version for sections with the same title, so versions compare', async () => {
    // The good fixture's sample-strategy 1.10 has 01-foreword.mdx ("Foreword") and 02-move-more.mdx ("Move more").
    const result = await plan(
      {
        body: [h(1, r('Foreword')), p(r('Hello.')), h(1, r('Move More')), p(r('Walk.')), h(1, r('New part'))].join(''),
      },
      { strategyId: 'sample-strategy', versionId: '2.0' },
    );
    expect(result.sections.map((s) => s.file)).toEqual(['01-foreword.mdx', '02-move-more.mdx', '03-new-part.mdx']);
    expect(result.strategyYaml).toBeUndefined();
  });

  it('makes sub-headings of Heading 2 to 4, one level down at a time, without typed numbers or all-over bold', async () => {
    const result = await plan({
      body: [
        h(1, r('Priority')),
        h(2, r('2.1 Where are we now?', { bold: true })),
        h(4, r('Skipped a level')),
        h(3, r('Third')),
        h(4, r('Fourth')),
        h(2, r('Back up')),
      ].join(''),
    });
    expect(body(result, '01-priority.mdx')).toBe(
      '## Where are we now?\n\n### Skipped a level\n\n### Third\n\n#### Fourth\n\n## Back up',
    );
    expect(result.notes).toEqual([
      {
        file: '01-priority.mdx',
        what: 'the heading "Skipped a level" was a Heading 4 straight after a Heading 2: it became a Heading 3, so that no level is skipped',
      },
    ]);
    expect(result.problems).toEqual([]);
  });
});

describe('text', () => {
  it('carries bold, italic, links, line breaks and lists', async () => {
    const result = await plan(fixture('kensington-chelsea-draft.docx'));
    const foreword = body(result, '02-chairmans-foreword.mdx');
    expect(foreword).toContain(
      'we want to: **Enable everyone to be as healthy as they can be; to start well, stay well and age well.**',
    );
    expect(foreword).toContain(
      '1. **Enabling good mental health for all**\n2. **Supporting children, young people and families',
    );
    expect(foreword).toContain('Councillor Mary Weale\\\nCabinet Member for Adult Social Care and Public Health\\\n');
    const vision = body(result, '04-our-vision.mdx');
    expect(vision).toContain(
      '- The [Better Care Fund](https://www.england.nhs.uk/ourwork/part-rel/transformation-fund/bcf-plan/) is an ambitious plan',
    );
    expect(vision).toContain('the ambitions of the *Five Year Forward View*.[^3]');
    // A nested list, as Word nests it.
    expect(body(result, '07-improving-population-health-outcomes.mdx')).toContain(
      'Kensington & Chelsea has:\n  - 158,700 residents',
    );
  });

  it('points a link to a bookmark at the section it is in, and keeps the words of a link to nowhere', async () => {
    const result = await plan({
      body: [
        h(1, r('Start')),
        p(`${anchorLink('terms', 'the glossary')}${r(' and ')}${anchorLink('gone', 'a lost part')}`),
        h(1, `${bookmark(1, 'terms')}${r('Glossary')}`),
      ].join(''),
    });
    expect(body(result, '01-start.mdx')).toBe('[the glossary](#glossary) and a lost part');
    expect(result.notes.map((n) => n.what)).toEqual([
      'a link to a place in the Word document ("a lost part") had no place on the web page to go to: its words were kept without the link',
    ]);
  });

  const hostile = [
    'Costs under £5 < £6, or 5<6, with {braces} and a lone } and {/* a comment */}',
    'import the figures each quarter',
    'export them after',
    '> 9,200 people, # 1 priority, 1. not a list, - not a list, + not either, 1) nor this',
    '<Target value={1}>not a component</Target> and <br> and <!-- not a comment -->',
    'Stars *not bold* and _not italic_, ~~not struck~~, `not code`, \\ a backslash',
    '[not a link](x), ![not a picture](y), [^1] not a note, https://example.org not auto',
    'A | pipe, AT&T, &amp; and &#123; as written, 50% and £1.1bn',
    '    four spaces first, then ---',
    '***',
  ];
  it.each(hostile)('writes %j so that MDX compiles and renders exactly those words', async (text) => {
    const result = await plan({
      body: [
        h(1, r('Words')),
        p(r(text)),
        h(2, r(text)),
        p(r('Table 1: Words')),
        table([
          ['Column', 'Other'],
          [text, 'x'],
        ]),
        p(`${r('Noted.')}${footnoteRef(1)}`),
      ].join(''),
      footnotes: { 1: text },
    });
    const mdx = body(result, '01-words.mdx');
    // Parses with the check's grammar, and renders with Astro's compiler, to the words of the document.
    expect(() => parseMdxBody(mdx)).not.toThrow();
    const words = text.replace(/\s+/g, ' ').trim();
    expect(rendered(mdx)).toEqual([words, words, 'Column', 'Other', words, 'x', 'Noted.1', words]);
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('puts a caption with quotes, ampersands and braces into the Table attribute unchanged', async () => {
    const caption = 'Table 1: "Costs" & &amp; <b> {x}';
    const result = await plan({
      body: [
        h(1, r('T')),
        p(r(caption)),
        table([
          ['a', 'b'],
          ['1', '2'],
        ]),
      ].join(''),
    });
    const mdx = body(result, '01-t.mdx');
    const uses = parseMdxBody(mdx).components;
    expect(uses.map((u) => [u.name, u.attributes.caption])).toEqual([['Table', { kind: 'string', value: caption }]]);
    const tableElement = (mdxToHast(mdx) as HastRoot).children.find((n) => n.type === 'mdxJsxFlowElement');
    expect(tableElement).toMatchObject({ attributes: [{ name: 'caption', value: caption }] });
  });
});

describe('tables', () => {
  it('takes the caption from a "Table N:" line before or after, or from Word\'s Caption style', async () => {
    const result = await plan({
      body: [
        h(1, r('Tables')),
        p(r('Table 1: Before the table')),
        table([
          ['a', 'b'],
          ['1', '2'],
        ]),
        table([
          ['c', 'd'],
          ['3', '4'],
        ]),
        p(r('Table 2: After the table')),
        p(r('Terms we use'), 'Caption'),
        table([
          ['e', 'f'],
          ['5', '6'],
        ]),
        p(r('Figure 3: a picture, not this table'), 'Caption'),
        table([
          ['g', 'h'],
          ['7', '8'],
        ]),
      ].join(''),
    });
    const captions = parseMdxBody(body(result, '01-tables.mdx')).components.map((u) => u.attributes.caption);
    expect(captions).toEqual([
      { kind: 'string', value: 'Table 1: Before the table' },
      { kind: 'string', value: 'Table 2: After the table' },
      { kind: 'string', value: 'Terms we use' },
      undefined,
    ]);
    expect(body(result, '01-tables.mdx')).toContain('Figure 3: a picture, not this table');
  });

  it('leaves a table with no caption without one, which the check refuses, naming the line', async () => {
    const result = await plan({
      body: [
        h(1, r('T')),
        p(r('Words.')),
        table([
          ['a', 'b'],
          ['1', '2'],
        ]),
      ].join(''),
    });
    expect(result.problems.map(formatProblem)).toEqual([
      'strategies/imported/1.0/01-t.mdx:7:1 Table.caption: found nothing; expected a caption attribute on <Table>',
    ]);
  });

  it('makes the first row the header, lays merged cells out flat, puts paragraphs in a cell on lines, and unboxes a one-cell table', async () => {
    const result = await plan({
      body: [
        h(1, r('T')),
        p(r('Table 1: Areas')),
        table([
          ['Area', 'Residents', 'Notes'],
          [{ paragraphs: [p(r('North and South'))], span: 2 }, 'merged'],
          ['East', '1,200', { paragraphs: [p(r('First line.')), p(r('Second line.'))] }],
        ]),
        table([[{ paragraphs: [p(r('Call us.')), p(r('We can help.'))] }]]),
      ].join(''),
    });
    expect(body(result, '01-t.mdx')).toBe(
      [
        '<Table caption="Table 1: Areas">',
        '  | Area | Residents | Notes |',
        '  | - | - | - |',
        '  | North and South | | merged |',
        '  | East | 1,200 | First line.<br />Second line. |',
        '</Table>',
        '',
        'Call us.',
        '',
        'We can help.',
      ].join('\n'),
    );
    expect(result.notes.map((n) => n.what)).toEqual([
      'a box (a table of one cell) became ordinary text: "Call us.We can help."',
    ]);
  });
});

describe('footnotes and endnotes', () => {
  it('become GFM footnotes in the section that refers to them, numbered as in Word', async () => {
    const result = await plan(fixture('word-features.docx'));
    expect(body(result, '02-introduction.mdx')).toMatch(
      /^We will publish this each year\.\[\^1\]\n[\s\S]*too\.\[\^2\][\s\S]*\[\^1\]: Each year means each financial year\.\n\n\[\^2\]: Prices at 2025 values\.$/,
    );
    const kc = await plan(fixture('kensington-chelsea-draft.docx'));
    expect(kc.footnotes).toBe(4);
    expect(body(kc, '04-our-vision.mdx')).toContain(
      '[^3]: [Five Year Forward View, NHS England (October 2014)](https://www.england.nhs.uk/five-year-forward-view/)',
    );
  });
});

describe('pictures', () => {
  it("saves each picture once, beside the sections, with the document's alternative text", async () => {
    const result = await plan({
      body: [
        h(1, r('P')),
        p(picture(1, 'rIdPng', 'Residents by age')),
        p(picture(2, 'rIdPng', 'The same picture')),
      ].join(''),
      media: [{ rId: 'rIdPng', name: 'image1.png', bytes: PNG }],
    });
    expect(body(result, '01-p.mdx')).toBe(
      '![Residents by age](./images/image-1.png)\n\n![The same picture](./images/image-1.png)',
    );
    expect(result.images.map((i) => [i.name, i.bytes.length])).toEqual([['image-1.png', PNG.length]]);
  });

  it('writes a picture with no alternative text so that the check refuses it', async () => {
    const result = await plan({
      body: [h(1, r('P')), p(picture(1, 'rIdPng', undefined))].join(''),
      media: [{ rId: 'rIdPng', name: 'image1.png', bytes: PNG }],
    });
    expect(body(result, '01-p.mdx')).toBe('![](./images/image-1.png)');
    expect(result.problems.map(formatProblem)).toEqual([
      'strategies/imported/1.0/01-p.mdx:5:1 image.alt: found an image with no alternative text (![](./images/image-1.png)); expected words between the square brackets saying what the image shows, like ![Map of the six wards](map.png)',
    ]);
  });

  it('leaves out pictures web pages cannot show, and asks about descriptions Word wrote itself', async () => {
    const result = await plan(fixture('word-features.docx'));
    const notes = result.notes.filter((n) => /^(?:a|the) picture/.test(n.what)).map((n) => `${n.file}: ${n.what}`);
    expect(notes).toEqual([
      '03-where-we-are-now.mdx: a picture in EMF form, which web pages cannot show, was left out: in Word, save it as a PNG picture, put that in its place and import again, or add the PNG by hand',
      '03-where-we-are-now.mdx: the picture image-2.png has a description Word wrote itself ("A picture containing chart Description automatically generated"): check it says what the picture shows',
      '03-where-we-are-now.mdx: a picture in EMF form, which web pages cannot show ("A map of the wards"), was left out: in Word, save it as a PNG picture, put that in its place and import again, or add the PNG by hand',
    ]);
    expect(result.images.map((i) => i.name)).toEqual(['image-1.png', 'image-2.png']);
  });
});

describe('what could not be carried over', () => {
  it('names each thing Word has that a web page does not, in the section where it was', async () => {
    const result = await plan(fixture('word-features.docx'));
    expect(result.notes.map((n) => `${n.file ?? 'document'}: ${n.what.split(':')[0]}`)).toEqual([
      '01-about-this-document.mdx: a comment from AB',
      '02-introduction.mdx: a link to a place in the Word document ("missing part") had no place on the web page to go to',
      '02-introduction.mdx: 2 tracked changes (insertions, deletions or formatting) were imported as if accepted',
      '03-where-we-are-now.mdx: a box (a table of one cell) became ordinary text',
      '03-where-we-are-now.mdx: the heading "Skipped to a fourth level" was a Heading 4 straight after a Heading 2',
      '03-where-we-are-now.mdx: a picture in EMF form, which web pages cannot show, was left out',
      '03-where-we-are-now.mdx: the picture image-2.png has a description Word wrote itself ("A picture containing chart Description automatically generated")',
      '03-where-we-are-now.mdx: a picture in EMF form, which web pages cannot show ("A map of the wards"), was left out',
      '03-where-we-are-now.mdx: a text box',
      '03-where-we-are-now.mdx: an equation left out',
      '03-where-we-are-now.mdx: a chart left out',
      '03-where-we-are-now.mdx: a SmartArt diagram left out',
      '03-where-we-are-now.mdx: an embedded object (such as a spreadsheet) carried at most as a picture',
    ]);
    // Tracked changes are accepted (the deletion gone, the insertion kept); the comment is not in the text.
    expect(body(result, '02-introduction.mdx')).toMatch(/^We will publish this each year\./);
    expect(body(result, '01-about-this-document.mdx')).toBe('This draft is for the board to discuss.');
    // The text box's words follow the paragraph it was anchored to.
    expect(body(result, '03-where-we-are-now.mdx')).toContain(
      'The box beside this paragraph says more.\n\nText box words.',
    );
  });

  it("drops Word's contents list and the title, which the site makes for itself", async () => {
    const result = await plan(fixture('word-features.docx'));
    const all = result.sections.map((s) => s.text).join('\n');
    expect(all).not.toMatch(/Contents|Features of Word/);
    expect(result.title).toBe('Features of Word: a test strategy');
  });

  it("finds what mammoth passes over in the XML, placed by Heading 1, counting a drawing's fallback copy once", () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>';
    const heading = (id: string) => `<w:p><w:pPr><w:pStyle w:val="${id}"/></w:pPr><w:r><w:t>H</w:t></w:r></w:p>`;
    const ids = heading1Styles(styles);
    expect([...ids].sort()).toEqual(['Heading1', 'berschrift1']);
    const xml = [
      '<w:p><w:ins w:id="1"><w:r><w:t>a</w:t></w:r></w:ins></w:p>',
      heading('berschrift1'),
      '<w:p><mc:AlternateContent><mc:Choice><w:txbxContent/></mc:Choice><mc:Fallback><w:txbxContent/></mc:Fallback></mc:AlternateContent></w:p>',
      heading('Heading2'),
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:p>',
      '<w:p><m:oMathPara><m:oMath/><m:oMath/></m:oMathPara><w:del w:id="2"/></w:p>',
    ].join('');
    expect(findingsIn(xml, ids)).toEqual([
      { kind: 'tracked-change', section: 0, count: 1 },
      { kind: 'text-box', section: 1, count: 1 },
      // The empty Heading 1 starts no section (mammoth drops it), so these stay in section 1.
      { kind: 'equation', section: 1, count: 2 },
      { kind: 'tracked-change', section: 1, count: 1 },
    ]);
  });
});

describe('strategy.yaml and version.yaml', () => {
  it('makes strategy.yaml from the Title style, else the document properties, else --title', async () => {
    const titled = await plan({ body: [p(r('From the Title style'), 'Title'), h(1, r('A'))].join('') });
    expect(titled.strategyYaml?.split('\n')[0]).toBe('title: From the Title style');
    const properties = await plan({ body: h(1, r('A')), propertiesTitle: 'From: the properties' });
    expect(properties.strategyYaml?.split('\n')[0]).toBe('title: "From: the properties"');
    const option = await plan({ body: h(1, r('A')) }, { title: 'From the command' });
    expect(option.strategyYaml?.split('\n')[0]).toBe('title: From the command');
    expect(titled.versionYaml).toBe(
      `date: ${DATE}\nstatus: draft\nnote: A draft imported from the Word document strategy.docx.\n`,
    );
  });

  it('refuses a new strategy with no title anywhere', async () => {
    const docx = await buildDocx({ body: h(1, r('A')) });
    const result = await planDocumentImport(request(docx));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/has no title .* give it with --title/) });
  });
});

describe('refusals and writing', () => {
  const refusals: [string, Partial<ImportDocumentRequest>, RegExp][] = [
    [
      'an existing version',
      { strategyId: 'sample-strategy', versionId: '1.9' },
      /1\.9 already exists\. Nothing was changed/,
    ],
    ['a strategy id that is not one', { strategyId: 'Our Strategy' }, /"Our Strategy" cannot be a strategy id/],
    ['a version that is not one', { versionId: 'v2' }, /"v2" cannot be a version folder name/],
    ['a leading zero', { versionId: '1.01' }, /without leading zeros/],
  ];
  it.each(refusals)('refuses %s before reading the document', async (_, options, message) => {
    const result = await planDocumentImport(request(new Uint8Array([1, 2, 3]), options));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(message) });
  });

  it('refuses a file that is not a Word document', async () => {
    const result = await planDocumentImport(request(new Uint8Array([1, 2, 3])));
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/strategy\.docx could not be read as a Word document/),
    });
  });

  it('writes a new strategy in one step, leaving nothing hidden behind', async () => {
    const dirs = site();
    const result = await plan(fixture('kent-outcomes.docx'), { contentDir: dirs.contentDir, strategyId: 'kent' });
    const written = writeDocumentImport(result, dirs.contentDir);
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(written.files).toContain('strategies/kent/strategy.yaml');
    expect(written.files).toContain('strategies/kent/1.0/images/image-1.png');
    expect(written.files).toContain('strategies/kent/1.0/08-outcome-1-every-child-has-the-best-start.mdx');
    expect(readdirSync(path.join(dirs.contentDir, 'strategies')).filter((n) => n.startsWith('.'))).toEqual([]);
    // Writing the same plan again finds the folder there and changes nothing.
    const again = writeDocumentImport(result, dirs.contentDir);
    expect(again).toMatchObject({ ok: false, message: expect.stringMatching(/already exists\. Nothing was changed/) });
    expect(readdirSync(path.join(dirs.contentDir, 'strategies')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('adds a version to an existing strategy without touching its strategy.yaml', async () => {
    const dirs = site();
    const yaml = path.join(dirs.contentDir, 'strategies', 'sample-strategy', 'strategy.yaml');
    const before = readFileSync(yaml, 'utf8');
    const result = await plan(fixture('word-features.docx'), {
      contentDir: dirs.contentDir,
      strategyId: 'sample-strategy',
      versionId: '1.5',
    });
    expect(result.notLatest).toBe('1.10');
    expect(writeDocumentImport(result, dirs.contentDir).ok).toBe(true);
    expect(readFileSync(yaml, 'utf8')).toBe(before);
    expect(existsSync(path.join(dirs.contentDir, 'strategies', 'sample-strategy', '1.5', 'version.yaml'))).toBe(true);
  });
});

describe('the seed documents', () => {
  it('import the Kent strategy into a version the check passes', async () => {
    const dirs = site();
    const result = await plan(fixture('kent-outcomes.docx'), { contentDir: dirs.contentDir, strategyId: 'kent' });
    expect(result.problems).toEqual([]);
    writeDocumentImport(result, dirs.contentDir);
    const check = checkSite(dirs);
    expect(check.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const kent = check.content.strategies.find((s) => s.id === 'kent');
    expect(kent?.title).toBe('Kent Joint Health and Wellbeing Strategy: Outcomes for Kent');
    expect(kent?.versions.map((v) => [v.id, v.status, v.date, v.sections.length])).toEqual([
      ['1.0', 'draft', DATE, 13],
    ]);
  });

  it('import the 20-page Kensington and Chelsea draft with one problem to fix: the picture with no description', async () => {
    const dirs = site();
    const result = await plan(fixture('kensington-chelsea-draft.docx'), {
      contentDir: dirs.contentDir,
      strategyId: 'kensington-chelsea',
    });
    writeDocumentImport(result, dirs.contentDir);
    const check = checkSite(dirs);
    expect(check.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      'strategies/kensington-chelsea/1.0/14-appendix-a-outcomes-based-commissioning.mdx:15:1 image.alt: found an image with no alternative text (![](./images/image-2.png)); expected words between the square brackets saying what the image shows, like ![Map of the six wards](map.png)',
    ]);
    const words = result.sections.map((s) => toString(parseMdxBody(splitFrontMatter(s.text).body).tree)).join(' ');
    expect(words.split(/\s+/).length).toBeGreaterThan(10_000);
  });

  it('render every section of the seed documents with Sätteri', async () => {
    for (const name of ['kensington-chelsea-draft.docx', 'kent-outcomes.docx', 'word-features.docx']) {
      const result = await plan(fixture(name));
      for (const section of result.sections) {
        expect(() => mdxToHast(splitFrontMatter(section.text).body), `${name} ${section.file}`).not.toThrow();
      }
    }
  });
});

/**
 * The MDX plugin that finishes sections and updates (src/lib/mdx/finish.ts),
 * run through Sätteri as the site runs it, and what it is told about each
 * file (finishing.ts), which must agree with the loaded model's outline.
 */

import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Section } from '../../src/lib/contract/model.ts';
import { loadContent } from '../../src/lib/contract/load.ts';
import { finishPlugin, type Finishing } from '../../src/lib/mdx/finish.ts';
import { contentFinishing, UPDATE_PAGE_IDS, VERSION_PAGE_IDS } from '../../src/lib/mdx/finishing.ts';
import { renderedLevel, slugify, standardPart, targetId } from '../../src/lib/mdx/headings.ts';
import { documentOutline } from '../../src/lib/strategy/outline.ts';
import { renderMdx, type TestComponent } from '../support/mdx.ts';

const root = path.resolve(import.meta.dirname, '../..');
const FILE = pathToFileURL('/content/strategies/s/1.0/03-keep-well.mdx');

const section = (reservedIds: string[] = []): Finishing => ({
  section: { id: 'keep-well', number: '3' },
  title: 'Keep "well"',
  reservedIds,
});
const update: Finishing = { section: undefined, title: 'Walking groups', reservedIds: ['main-content'] };

/** Draws what the plugin hands `<Table>`: its rows, inside the component's own captioned table. */
const Table: TestComponent = ({ caption, children }) =>
  `<table><caption>${String(caption)}</caption>${children}</table>`;

const render = (source: string, finishing: Finishing | undefined = section()) =>
  renderMdx(source, { hastPlugins: [finishPlugin(() => finishing)], fileURL: FILE, components: { Table } });

/** [tag, id, number, data-part] of each finished heading. */
function headings(html: string): (string | undefined)[][] {
  return [
    ...html.matchAll(
      /<(h\d) id="([^"]*)"[^>]*?(?: data-part="([^"]*)")?>(?:<span class="app-heading__number">([^<]*)<\/span>)?/g,
    ),
  ].map((m) => [m[1], m[2], m[4], m[3]]);
}

describe('headings', () => {
  it('numbers sub-headings for citing and gives them stable ids', async () => {
    const html = await render(
      "## Where are we now?\n\nx\n\n### Smoking\n\n### Drink\n\n## What we'll do\n\n## Where are we now?\n",
    );
    expect(headings(html)).toEqual([
      ['h3', 'keep-well-where-are-we-now', '3.1', 'now'],
      ['h4', 'keep-well-smoking', '3.1.1', undefined],
      ['h4', 'keep-well-drink', '3.1.2', undefined],
      ['h3', 'keep-well-what-well-do', '3.2', undefined],
      ['h3', 'keep-well-where-are-we-now-2', '3.3', 'now'],
    ]);
    expect(html).toContain(
      '<h3 id="keep-well-where-are-we-now" class="app-heading" data-part="now"><span class="app-heading__number">3.1</span> Where are we now?</h3>',
    );
  });

  it('sits headings under the section title: # and ## are h3, and levels stop at h6', async () => {
    const html = await render('# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n');
    expect(headings(html).map(([tag, , number]) => [tag, number])).toEqual([
      ['h3', '3.1'],
      ['h3', '3.2'],
      ['h4', '3.2.1'],
      ['h5', '3.2.1.1'],
      ['h6', '3.2.1.1.1'],
      ['h6', '3.2.1.1.2'],
    ]);
    expect([1, 2, 3, 6].map((depth) => renderedLevel(depth, 3))).toEqual([3, 3, 4, 6]);
  });

  it('makes ids from the words a reader sees, inside emphasis and JSX too', async () => {
    const html = await render('## How *will* we know we\'re <span lang="cy">done</span>\n');
    expect(headings(html)[0]?.[1]).toBe('keep-well-how-will-we-know-were-done');
    expect(html).toContain('</span> How <em>will</em> we know we’re <span lang="cy">done</span></h3>');
  });

  it('avoids ids already used on the page, by the notes and by JSX', async () => {
    const html = await render(
      '<span id="keep-well-drink">x</span>\n\n## Smoking\n\n## Drink\n\n## Notes\n\nA[^1]\n\n[^1]: B\n',
      section(['keep-well-smoking']),
    );
    expect(headings(html).map(([, id]) => id)).toEqual([
      'keep-well-smoking-2',
      'keep-well-drink-2',
      'keep-well-notes-2',
      'keep-well-notes',
    ]);
  });

  it('leaves headings written as JSX as the author wrote them', async () => {
    expect(await render('<h4>As written</h4>\n')).toBe('<h4>As written</h4>');
  });
});

describe('footnotes', () => {
  it("gives footnotes ids of their section, so two sections' [^1] never collide", async () => {
    const html = await render('A[^1]\n\n[^1]: Note.\n');
    expect(html).not.toContain('user-content');
    expect(html).not.toContain('app-heading');
    expect(html).toContain('href="#keep-well-note-1" id="keep-well-noteref-1"');
    expect(html).toContain('aria-describedby="keep-well-notes"><span class="govuk-visually-hidden">note </span>1</a>');
    expect(html).toContain(
      '<section data-footnotes class="footnotes app-notes"><h3 id="keep-well-notes" class="govuk-heading-s">Notes</h3>',
    );
    expect(html).toContain('<li id="keep-well-note-1">');
    expect(html).toContain('href="#keep-well-noteref-1"');
  });

  it('keeps named notes by their names', async () => {
    const html = await render('A[^survey]\n\n[^survey]: From the survey.\n');
    expect(html).toContain('href="#keep-well-note-survey" id="keep-well-noteref-survey"');
    expect(html).toContain('<li id="keep-well-note-survey">');
  });
});

describe('tables', () => {
  it('wraps Markdown tables in a named, focusable region and scopes column headers', async () => {
    const table = '| Stage | Aim |\n| --- | :-- |\n| a | b |\n';
    const html = await render(`${table}\n${table}`);
    expect(html).toContain(
      'role="region" aria-label="Table 1 in section 3, Keep &quot;well&quot;" tabindex="0"><table>',
    );
    expect(html).toContain('aria-label="Table 2 in section 3, Keep &quot;well&quot;"');
    expect(html).toContain('<thead>');
    expect(html).toContain('<th scope="col">Stage</th>');
    expect(html).toContain('<th style="text-align: left" scope="col">Aim</th>');
    expect(html).not.toContain('scope="row"');
  });

  it('hands <Table> its rows, scoped, with row headers when asked', async () => {
    const rows = '\n\n| Stage of life | Aim |\n| --- | --- |\n| Young people | Start well |\n\n';
    const plain = await render(`<Table caption="Aims">${rows}</Table>\n`);
    expect(plain).toBe(
      '<table><caption>Aims</caption>\n<thead>\n<tr>\n<th scope="col">Stage of life</th>\n<th scope="col">Aim</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td>Young people</td>\n<td>Start well</td>\n</tr>\n</tbody>\n</table>',
    );
    for (const flag of ['rowHeaders', 'rowHeaders={true}']) {
      const html = await render(`<Table caption="Aims" ${flag}>${rows}</Table>\n`);
      expect(html).toContain('<tr>\n<th scope="row">Young people</th>\n<td>Start well</td>\n</tr>');
      expect(html).not.toContain('region');
    }
    expect(await render(`<Table caption="Aims" rowHeaders={false}>${rows}</Table>\n`)).toBe(plain);
  });

  it('refuses a <Table> that holds anything but one Markdown table', async () => {
    await expect(render('<Table caption="Aims">\n\nJust words.\n\n</Table>\n')).rejects.toThrow(
      '/content/strategies/s/1.0/03-keep-well.mdx: <Table> holds one Markdown table and nothing else; found <p>.',
    );
  });
});

describe('targets', () => {
  /** Draws what the plugin hands `<Target>`: its id, around its sentence. */
  const Target: TestComponent = ({ id, children }) =>
    `<div${id === undefined ? '' : ` id="${String(id)}"`}>${children}</div>`;
  const withTarget = (source: string, finishing: Finishing = section()) =>
    renderMdx(source, { hastPlugins: [finishPlugin(() => finishing)], fileURL: FILE, components: { Table, Target } });

  it('gives each target an id of its section and indicator, taken before any heading takes it', async () => {
    const html = await withTarget(
      '<Target indicator="smoking" value={1} by="2028">One.</Target>\n\n- <Target indicator="smoking" value={2} by="2028">Two.</Target>\n\n## Target smoking\n',
    );
    expect(html).toContain('<div id="keep-well-target-smoking">One.</div>');
    expect(html).toContain('<div id="keep-well-target-smoking-2">Two.</div>');
    expect(headings(html)).toEqual([['h3', 'keep-well-target-smoking-3', '3.1', undefined]]);
    // The ids strategy/consultation-joins.ts links to.
    expect([targetId('keep-well', 'smoking'), targetId('keep-well', 'smoking', 2)]).toEqual([
      'keep-well-target-smoking',
      'keep-well-target-smoking-2',
    ]);
  });

  it('gives no id to a target in an update, which has no section', async () => {
    const html = await withTarget('<Target indicator="smoking" value={1} by="2028">One.</Target>\n', update);
    expect(html).toBe('<div>One.</div>');
  });
});

describe('updates', () => {
  it('sits headings under the page title, with ids but no numbers', async () => {
    const html = await render('# Big news\n\n## Main content\n\n### Detail\n', update);
    expect(html).toBe(
      '<h2 id="big-news" class="govuk-heading-l">Big news</h2>\n<h2 id="main-content-2" class="govuk-heading-l">Main content</h2>\n<h3 id="detail">Detail</h3>',
    );
  });

  it('finishes footnotes and tables the same way', async () => {
    const html = await render('A[^1]\n\n| a |\n| - |\n| 1 |\n\n[^1]: Note.\n', update);
    expect(html).toContain('href="#note-1" id="noteref-1"');
    expect(html).toContain('<h2 id="notes" class="govuk-heading-s">Notes</h2>');
    expect(html).toContain('aria-label="Table 1 in Walking groups"');
  });
});

it('leaves files it is not told about alone', async () => {
  const html = await renderMdx('## Heading\n', { hastPlugins: [finishPlugin(() => undefined)], fileURL: FILE });
  expect(html).toBe('<h2>Heading</h2>');
});

describe('helpers', () => {
  it('makes slugs', () => {
    expect(slugify('How will we know we’re making a difference?')).toBe('how-will-we-know-were-making-a-difference');
    expect(slugify('Café £5')).toBe('cafe-5');
    expect(slugify('!!!')).toBe('part');
  });

  it('recognises the standard parts of a priority', () => {
    expect(standardPart('What will we do?')).toBe('do');
    expect(standardPart('How we will measure it')).toBe('know');
    expect(standardPart('We will measure success by')).toBe('know');
    expect(standardPart('Targeted support for groups who need it most')).toBe('groups');
    expect(standardPart('Our approach')).toBeUndefined();
  });
});

describe('contentFinishing', () => {
  const temps: string[] = [];
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['the example', 'content', 'data'],
    ['the consultation fixture', 'tests/fixtures/consultation/content', 'tests/fixtures/good/data'],
  ])('agrees with the outline of every version of %s', (_name, contentDir, dataDir) => {
    const { content } = loadContent(path.join(root, contentDir), path.join(root, dataDir));
    const finishingFor = contentFinishing(path.join(root, contentDir));
    for (const strategy of content.strategies) {
      for (const version of strategy.versions) {
        const ids = version.sections.map((s) => s.id);
        for (const { section, number } of documentOutline(version.sections)) {
          expect(finishingFor(section.path)).toEqual({
            section: { id: section.id, number },
            title: section.title,
            reservedIds: [...VERSION_PAGE_IDS, ...ids],
          });
        }
      }
    }
    for (const item of content.updates) {
      expect(finishingFor(path.join(root, contentDir, item.file))).toEqual({
        section: undefined,
        title: item.title,
        reservedIds: UPDATE_PAGE_IDS,
      });
    }
    expect(finishingFor(path.join(root, contentDir, 'site.yaml'))).toBeUndefined();
  });

  it('knows the files of a content folder reached through a symbolic link', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'finishing-'));
    temps.push(dir);
    const content = path.join(root, 'tests/fixtures/consultation/content');
    symlinkSync(content, path.join(dir, 'content'));
    const vision = 'strategies/open-strategy/2.0/03-vision.mdx';
    const expected = { id: 'vision', number: '3' };
    expect(contentFinishing(path.join(dir, 'content'))(path.join(content, vision))?.section).toEqual(expected);
    expect(contentFinishing(content)(path.join(dir, 'content', vision))?.section).toEqual(expected);
  });

  it('reads a version folder again when a file in it changes (npm run dev)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'finishing-'));
    temps.push(dir);
    const version = path.join(dir, 'strategies', 'open-strategy', '2.0');
    cpSync(path.join(root, 'tests/fixtures/consultation/content/strategies/open-strategy/2.0'), version, {
      recursive: true,
    });
    const finishingFor = contentFinishing(dir);
    const vision = path.join(version, '03-vision.mdx');
    expect(finishingFor(vision)?.section).toEqual({ id: 'vision', number: '3' });
    writeFileSync(path.join(version, '00-preface.mdx'), '---\ntitle: Preface\nid: before-all\n---\n\nWords.\n');
    expect(finishingFor(vision)?.section).toEqual({ id: 'vision', number: '4' });
    expect(finishingFor(vision)?.reservedIds).toContain('before-all');
  });
});

describe('documentOutline', () => {
  const entry = (id: string, kind: Section['kind']) => ({ id, kind }) as Section;
  it('numbers sections and captions priorities among their kind', () => {
    const outline = documentOutline([
      entry('foreword', 'foreword'),
      entry('a', 'priority'),
      entry('b', 'priority'),
      entry('c', 'case-study'),
    ]);
    expect(outline.map((o) => [o.number, o.caption])).toEqual([
      ['1', undefined],
      ['2', 'Priority 1 of 2'],
      ['3', 'Priority 2 of 2'],
      ['4', 'Case study'],
    ]);
  });
});

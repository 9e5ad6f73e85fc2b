/**
 * Golden files for the compare page: the fixture pair in tests/fixtures/diff/
 * (a renamed section, a moved paragraph, a changed number, an added list
 * item, a removed section, an edited quote) drawn by the page's own
 * component (Comparison.astro, through Astro's Container API) and compared
 * with tests/fixtures/diff/golden/; the third file is the changes view with
 * the consultation on 1.0 joined to it. Review a change to a golden file by
 * eye: it is the page a resident reads.
 *
 * A missing golden file fails. To accept new output:
 * UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/diff-golden.test.ts
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Comparison from '../../src/components/compare/Comparison.astro';
import { joinedComparisonView } from '../../src/lib/strategy/consultation-joins.ts';
import type { Section, Strategy, Version } from '../../src/lib/contract/model.ts';
import { diffVersions } from '../../src/lib/diff/compare.ts';
import { comparisonView, strategyComparison, type CompareMode } from '../../src/lib/diff/index.ts';
import { summariseChanges } from '../../src/lib/diff/summary.ts';
import { checkSite } from '../../src/lib/site/load.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const GOLDEN = path.join(FIXTURES, 'diff', 'golden');
const dirs = { contentDir: path.join(FIXTURES, 'diff', 'content'), dataDir: path.join(FIXTURES, 'good', 'data') };

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/**
 * The page as built: `joined` draws it with the consultation on 1.0 joined to
 * its changes (tests/fixtures/diff/.../1.0/consultation.yaml), as the site does.
 */
async function render(mode: CompareMode, joined = false): Promise<string> {
  const { content, errors } = checkSite(dirs);
  expect(errors).toBe(0);
  const view = joined
    ? joinedComparisonView(content, 'sample-strategy', '1.0', '2.0', mode, '2026-12-01')
    : comparisonView(strategyComparison(content, 'sample-strategy', '1.0', '2.0'), mode);
  return container.renderToString(Comparison, { props: { view } });
}

/**
 * The page as it is built has no line breaks between elements; the golden
 * file has one before each block element, so that a change to it reads as a
 * diff of lines. Only a line break is added, and only between tags.
 */
const BLOCK_START = /(?<=>)(?=<(?:nav|ul|ol|li|div|h[1-6]|p|section|blockquote)[\s>]|<\/(?:nav|ul|ol|div|section)>)/g;
const lines = (html: string): string => `${html.replace(BLOCK_START, '\n')}\n`;

describe.each([
  ['changes', false],
  ['full', false],
  ['changes', true],
] as const)('the %s view of the fixture pair (consultation joined: %s)', (mode, joined) => {
  it('matches its golden file', async () => {
    const html = await render(mode, joined);
    expect(html).not.toContain('\n');
    const file = path.join(GOLDEN, `${mode}${joined ? '-joined' : ''}.html`);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, lines(html));
    }
    expect(existsSync(file), `${file} is missing; write it with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(lines(html)).toBe(readFileSync(file, 'utf8'));
  });

  it('is the same every time', async () => {
    expect(await render(mode, joined)).toBe(await render(mode, joined));
  });
});

describe('escaping', () => {
  it('escapes every piece of author text: titles, removed and added words, notes', async () => {
    const section = (body: string, title: string): Section => ({
      id: 'a',
      order: 1,
      file: 'a.mdx',
      path: '',
      title,
      kind: 'section',
      signatories: [],
      body,
      components: [],
      targets: [],
      measures: [],
    });
    const v = (id: string, body: string, title: string, note?: string): Version => ({
      id,
      strategyId: 's',
      dir: '',
      date: '2026-01-01',
      status: 'draft',
      ...(note ? { note } : {}),
      sections: [section(body, title)],
    });
    const from = v('1', 'Fish & chips for "all" people.', '<script>alert(1)</script>');
    const to = v('2', 'Fish & chips for "some" people.', '<img src=x onerror=alert(1)>', '<b>note</b> & more');
    const strategy = { id: 's', title: 'S <i>&</i>', organisations: [], versions: [from, to] } as unknown as Strategy;
    const diff = diffVersions(from, to);
    const summary = summariseChanges(
      diff,
      () => undefined,
      (id) => id,
    );
    const view = comparisonView({ strategy, from, to, diff, summary }, 'changes');
    const html = await container.renderToString(Comparison, { props: { view } });
    expect(html).not.toMatch(/<script|<img|<b>|<i>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;note&lt;/b&gt; &amp; more');
    expect(html).toContain('Fish &amp; chips for &quot;');
    expect(html).toContain('S &lt;i&gt;&amp;&lt;/i&gt;');
  });
});

/**
 * Golden files for the compare page: the fixture pair in tests/fixtures/diff/
 * (a renamed section, a moved paragraph, a changed number, an added list
 * item, a removed section, an edited quote) rendered by the same code the
 * page uses, and compared byte for byte with tests/fixtures/diff/golden/.
 * Review a change to a golden file by eye: it is the page a resident reads.
 * To accept new output: UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/diff-golden.test.ts
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Section, Version } from '../../src/lib/contract/model.ts';
import { renderComparison, type CompareView } from '../../src/components/compare/render.ts';
import { strategyComparison } from '../../src/lib/diff/index.ts';
import { checkSite } from '../../src/lib/site/load.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const GOLDEN = path.join(FIXTURES, 'diff', 'golden');
const dirs = { contentDir: path.join(FIXTURES, 'diff', 'content'), dataDir: path.join(FIXTURES, 'good', 'data') };

const LINKS = {
  changes: '/strategies/sample-strategy/compare/1.0/2.0/',
  full: '/strategies/sample-strategy/compare/1.0/2.0/full/',
  fromVersion: '/strategies/sample-strategy/1.0/',
  toVersion: '/strategies/sample-strategy/2.0/',
};

function render(view: CompareView): string {
  const { content, errors } = checkSite(dirs);
  expect(errors).toBe(0);
  return renderComparison(strategyComparison(content, 'sample-strategy', '1.0', '2.0'), view, LINKS);
}

describe.each(['changes', 'full'] as const)('the %s view of the fixture pair', (view) => {
  it('matches its golden file', () => {
    const html = render(view);
    const file = path.join(GOLDEN, `${view}.html`);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, html);
    }
    expect(html).toBe(readFileSync(file, 'utf8'));
  });

  it('is the same every time', () => {
    expect(render(view)).toBe(render(view));
  });
});

describe('escaping', () => {
  it('escapes every piece of author text: titles, removed and added words, notes', async () => {
    const { diffVersions } = await import('../../src/lib/diff/compare.ts');
    const { summariseChanges } = await import('../../src/lib/diff/summary.ts');
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
    const comparison = diffVersions(from, to);
    const html = renderComparison(
      {
        strategy: { id: 's', title: 'S', organisations: [], versions: [from, to] } as never,
        from,
        to,
        diff: comparison,
        summary: summariseChanges(
          comparison,
          () => undefined,
          (id) => id,
        ),
      },
      'changes',
      LINKS,
    );
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;note&lt;/b&gt; &amp; more');
    expect(html).toContain('Fish &amp; chips for &quot;');
  });
});

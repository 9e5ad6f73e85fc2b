/**
 * Readability warnings: the measures on plain strings, the warnings on a
 * fixture laid over the good one (tests/fixtures/authoring/readability/),
 * and npm run check printing them without failing.
 */

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import {
  readabilityOf,
  readabilityWarnings,
  readingAge,
  sentences,
  summariseReadability,
  syllables,
  words,
} from '../../src/lib/strategy/readability.ts';
import { checkSite } from '../../src/lib/site/load.ts';
import { FIXTURES, goodDirs, overlay, type OverlayDirs } from './overlay.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const copies: OverlayDirs[] = [];
afterAll(() => {
  for (const copy of copies) copy.cleanup();
});
function readabilityFixture(): OverlayDirs {
  const dirs = overlay(path.join(FIXTURES, 'authoring', 'readability'));
  copies.push(dirs);
  return dirs;
}

describe('measures', () => {
  it('splits sentences at full stops, not at decimals or abbreviations', () => {
    const text = 'We work with Dr. Patel and St. Mary\'s, e.g. on falls. It is 22.3% now! Is it "better"? Yes.';
    expect(sentences(text).map((s) => s.text)).toEqual([
      "We work with Dr. Patel and St. Mary's, e.g. on falls.",
      'It is 22.3% now!',
      'Is it "better"?',
      'Yes.',
    ]);
    // A full stop before a lower-case word does not end a sentence.
    expect(sentences('See p. 4 of the plan. then more.')).toHaveLength(2);
  });

  it('counts words with letters or digits, figures whole', () => {
    expect(words('By 2028 — in 2021/22 terms — 22.3% of well-being.')).toEqual([
      'By',
      '2028',
      'in',
      '2021/22',
      'terms',
      '22.3%',
      'of',
      'well-being.',
    ]);
  });

  it('counts syllables by the usual rules, spelling out acronyms', () => {
    expect(
      ['the', 'health', 'people', 'population', 'community', 'NHS', 'GPs', 'care', 'walked'].map(syllables),
    ).toEqual([1, 1, 2, 4, 4, 3, 2, 1, 1]);
  });

  it('gives plain writing a low reading age and partnership jargon a high one', () => {
    const plain =
      'We want you to live well. We will help you stop smoking and eat well. We will make it easy to walk and cycle. We will help you find a job. We will work with you and your family.';
    const jargon =
      'The Integrated Care Partnership will continue to work collaboratively with system partners to address health inequalities and improve population health outcomes. Commissioning decisions will be informed by a comprehensive understanding of population needs and evidence-based interventions.';
    expect(readingAge(plain)?.age).toBeLessThanOrEqual(9);
    expect(readingAge(jargon)?.age).toBeGreaterThanOrEqual(20);
    expect(readingAge('Too short to judge.')).toBeUndefined();
  });
});

describe('readability warnings', () => {
  const dirs = readabilityFixture();
  const { content, errors } = checkSite(dirs);
  const warnings = readabilityWarnings(content);

  it('warns about the latest version and updates, naming file, line and the start of the sentence', () => {
    expect(errors).toBe(0);
    expect(warnings.map(formatProblem)).toMatchSnapshot();
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
  });

  it('warns inside components but not in quotes, headings, silenced passages or silenced files', () => {
    const lines = warnings.map(formatProblem).join('\n');
    expect(lines).toContain('26:28 long sentence: found 28 words in "He told us that finding help');
    expect(lines).not.toMatch(
      /I would like|Working together with|legal duty|list is silenced|Silencing works|Section 116A/,
    );
    expect(warnings.filter((w) => w.file.includes('/1.9/'))).toEqual([]);
  });

  it('gives a paragraph one warning, not two, when a long sentence lifts its reading age', () => {
    const body =
      '\n'.repeat(3) +
      'We will make sure that every family in the county, whatever their background and wherever they live, can get help with housing, money, food and work from one place near them.\n';
    expect(readabilityOf(body, 'x.mdx').map((w) => [w.line, w.field])).toEqual([[4, 'long sentence']]);
  });

  it('counts the warnings of each kind in one line', () => {
    expect(summariseReadability(warnings)).toBe(
      '4 readability warnings (3 long sentences, 1 paragraph with a high reading age): they do not stop publishing. To fix or silence them, see "Readability" in docs/authoring.md.',
    );
  });

  // That the example content draws little is a fact about the example: tests/unit/example-content.test.ts holds it.
  it('finds nothing to say about the good fixture', () => {
    expect(readabilityWarnings(checkSite(goodDirs()).content)).toEqual([]);
  });
});

describe('npm run check with readability warnings', () => {
  it('prints each warning once, then the counts, and exits 0', () => {
    const dirs = readabilityFixture();
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    const node = major > 22 || (major === 22 && minor >= 6) ? [process.execPath] : ['npx', '--no-install', 'node'];
    const run = spawnSync(node[0] ?? 'node', [...node.slice(1), 'scripts/check.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dirs.contentDir, DATA_DIR: dirs.dataDir },
      timeout: 30_000,
    });
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    expect(run.status).toBe(0);
    expect(lines.filter((l) => l.startsWith('warning '))).toHaveLength(4);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.at(-2)).toMatch(/^4 readability warnings \(3 long sentences, 1 paragraph with a high reading age\)/);
    expect(lines.at(-1)).toMatch(/^Content OK: .*, 4 warnings\.$/);
  });
});

import { describe, expect, it } from 'vitest';
import { checkProseFile } from '../../src/lib/strategy/prose-checks.ts';
import { formatProblem } from '../../src/lib/contract/problems.ts';

const check = (body: string, outline = true) =>
  checkProseFile({ file: 'strategies/s/1.0/01-a.mdx', body, outline }).map(formatProblem);

describe('footnotes', () => {
  it('accepts references with definitions, whatever the case of the label', () => {
    expect(check('Text.[^Note]\n\n[^note]: The note.\n')).toEqual([]);
  });

  it('reports a reference with no definition, with its line and column', () => {
    expect(check('First line.\n\nSee this.[^2] And this.[^1]\n\n[^1]: One.\n')).toEqual([
      expect.stringMatching(/^strategies\/s\/1\.0\/01-a\.mdx:3:10 footnote: found a reference to footnote \[\^2\]/),
    ]);
  });
});

describe('headings', () => {
  it('accepts headings that go down one level at a time and back up any amount', () => {
    expect(check('## A\n\n### B\n\n#### C\n\n## D\n')).toEqual([]);
    expect(check('# A\n\n### B\n')).toEqual([]);
  });

  it('reports a skipped level, counting the section title as level 2', () => {
    expect(check('### Too deep\n')).toEqual([expect.stringContaining(':1:1 heading: found a level 4 heading')]);
    expect(check('## A\n\n#### C\n')).toEqual([expect.stringContaining(':3:1 heading: found a level 5 heading')]);
  });

  it('does not judge the outline of news items, which have their own page structure', () => {
    expect(check('#### Deep\n', false)).toEqual([]);
  });
});

describe('images', () => {
  it('reports Markdown images and <img> elements with no alternative text', () => {
    expect(check('![](a.png)\n\n<img src="b.png" />\n')).toEqual([
      expect.stringContaining(':1:1 image.alt: found an image with no alternative text'),
      expect.stringContaining(':3:1 img.alt: found an <img> with no alt attribute'),
    ]);
  });

  it('accepts described images and explicitly decorative ones', () => {
    expect(check('![A map of the wards](a.png)\n\n<img src="b.png" alt="" />\n')).toEqual([]);
  });
});

describe('passages in another language', () => {
  it('accepts language codes', () => {
    expect(check('<span lang="cy">Iechyd da</span>\n\n<Quote lang="pt-BR">Olá</Quote>\n')).toEqual([]);
  });

  it('reports a lang that is not a language code', () => {
    expect(check('Hello <span lang="Welsh">Iechyd da</span>.\n')).toEqual([
      expect.stringContaining(':1:13 span.lang: found lang="Welsh"; expected a language code'),
    ]);
  });
});

it('leaves MDX syntax errors to the loader', () => {
  expect(check('<CaseStudy title="x">\n\nNever closed.\n')).toEqual([]);
});

/**
 * The diff engine, step by step, on small before/after texts: tokens,
 * words, sentences, blocks, sections, moves, Targets and Measures, summary,
 * and the view the compare page draws.
 */

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Section, Strategy, TargetUse, Version } from '../../src/lib/contract/model.ts';
import { align } from '../../src/lib/diff/align.ts';
import { blocksOf, SectionParseError } from '../../src/lib/diff/blocks.ts';
import { diffVersions } from '../../src/lib/diff/compare.ts';
import {
  comparisonView,
  pairsByNewer,
  previousVersion,
  strategyComparison,
  versionPairs,
  type CompareMode,
} from '../../src/lib/diff/index.ts';
import { diffBlockText } from '../../src/lib/diff/sections.ts';
import { diffStructured } from '../../src/lib/diff/targets.ts';
import { countWords, sentences, tokenize } from '../../src/lib/diff/tokens.ts';
import { summariseChanges } from '../../src/lib/diff/summary.ts';
import { diffWordsOf } from '../../src/lib/diff/words.ts';
import { checkSite } from '../../src/lib/site/load.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

function section(id: string, body: string, extra: Partial<Section> = {}): Section {
  return {
    id,
    order: 1,
    file: `v/${id}.mdx`,
    path: `/v/${id}.mdx`,
    title: id,
    kind: undefined,
    signatories: undefined,
    body,
    components: [],
    targets: [],
    measures: [],
    ...extra,
  } as Section;
}

function version(id: string, sections: Section[]): Version {
  return { id, strategyId: 's', dir: `s/${id}`, date: '2026-01-01', status: 'draft', sections };
}

function target(t: Partial<TargetUse>): TargetUse {
  return {
    indicator: 'x',
    value: 1,
    baseline: undefined,
    since: undefined,
    by: '2028',
    area: undefined,
    text: '',
    line: 1,
    column: 1,
    places: {},
    ...t,
  };
}

describe('tokenize', () => {
  it('keeps numbers, percentages, money and periods whole', () => {
    const text = 'From 22.3% to 20% of 12,000 people, £1.1bn by 2028/29 (2021-23, 2023 Q2).';
    expect(tokenize(text).map((t) => t.text)).toEqual([
      'From',
      '22.3%',
      'to',
      '20%',
      'of',
      '12,000',
      'people',
      ',',
      '£1.1bn',
      'by',
      '2028/29',
      '(',
      '2021-23',
      ',',
      '2023 Q2',
      ')',
      '.',
    ]);
  });

  it('gives the text back from its tokens and their spacing', () => {
    const text = "Children's long-term health, at 64.1%.";
    expect(
      tokenize(text)
        .map((t) => t.text + t.space)
        .join(''),
    ).toBe(text);
  });

  it('counts words, numbers included, punctuation not', () => {
    expect(countWords('By 2028, 20% of adults.')).toBe(5);
  });
});

describe('sentences', () => {
  it('splits at full stops before a capital or a digit, not inside numbers or abbreviations', () => {
    expect(sentences('It fell to 22.3%. We will act, e.g. with partners. 2025 is next.')).toEqual([
      'It fell to 22.3%.',
      'We will act, e.g. with partners.',
      '2025 is next.',
    ]);
  });
});

describe('word diff', () => {
  it('shows a changed figure as one clean replacement', () => {
    const d = diffWordsOf('will have fallen from 22.3% to 18%.', 'will have fallen from 22.3% to 20%.');
    expect(d.pieces).toEqual([
      { op: 'same', text: 'will have fallen from 22.3% to ' },
      { op: 'del', text: '18%' },
      { op: 'ins', text: '20%' },
      { op: 'same', text: '.' },
    ]);
    expect(d.wordsAdded).toBe(1);
    expect(d.wordsRemoved).toBe(1);
  });

  it('shows a sentence with little in common as removed and added, not confetti', () => {
    const d = diffWordsOf('We will build new homes near the station.', 'Parks will open later in summer.');
    expect(d.pieces.map((p) => p.op)).toEqual(['del', 'ins']);
  });

  it('keeps the old spacing inside a removal', () => {
    const d = diffWordsOf(
      'diagnosed with depression but my employer helped',
      'diagnosed with depression. My employer helped',
    );
    const html = d.pieces.map((p) => (p.op === 'same' ? p.text : `[${p.op}:${p.text}]`)).join('');
    expect(html).toBe('diagnosed with depression[del: but my][ins:. My] employer helped');
  });
});

describe('align', () => {
  it('pairs similar items as changed and leaves the rest removed or added, in order', () => {
    const ops = align(
      ['Keep this one.', 'Alpha beta gamma delta.', 'Old line goes away entirely.'],
      ['Keep this one.', 'Brand new words here.', 'Alpha beta gamma epsilon.'],
      (s) => s,
    ).map((a) => a.op);
    expect(ops).toEqual(['same', 'added', 'changed', 'removed']);
  });

  it('pairs an edited sentence', () => {
    const ops = align(
      ['We will help people achieve their potential.'],
      ['We will help individuals fulfil their potential.'],
      (s) => s,
    );
    expect(ops.map((o) => o.op)).toEqual(['changed']);
  });
});

describe('blocks', () => {
  it('lists what a reader sees: headings, paragraphs, items, rows and component text', () => {
    const body = [
      '## Doing',
      '',
      'We will *act* {/* a note */}now.',
      '',
      '- <Measure indicator="m">Fewer smokers.</Measure>',
      '',
      '| Stage | Aim |',
      '| --- | --- |',
      '| Birth | A good start |',
      '',
      '<Target indicator="t" value={5} by="2028">Five by 2028.</Target>',
      '',
      '<Quote source="A resident">',
      '',
      'It helped.',
      '',
      '</Quote>',
      '',
      '<CaseStudy title="Pat">',
      '',
      'Pat walks.',
      '',
      '</CaseStudy>',
    ].join('\n');
    expect(blocksOf(body, 'f.mdx').map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Doing'],
      ['paragraph', 'We will act now.'],
      ['item', 'Fewer smokers.'],
      ['row', 'Stage | Aim'],
      ['row', 'Birth | A good start'],
      ['target', 'Five by 2028.'],
      ['quote', 'It helped.'],
      ['quote-source', 'A resident'],
      ['case-study', 'Pat'],
      ['paragraph', 'Pat walks.'],
    ]);
  });

  it('names the file and line of a section it cannot parse', () => {
    expect(() => blocksOf('\n\nText <Target value={5}>\n', 'strategies/s/1.0/02-x.mdx')).toThrow(SectionParseError);
    try {
      blocksOf('\n\nText <Target value={5}>\n', 'strategies/s/1.0/02-x.mdx');
    } catch (error) {
      expect((error as Error).message).toMatch(/^strategies\/s\/1\.0\/02-x\.mdx:3: cannot compare this section/);
    }
  });
});

describe('block text', () => {
  it('diffs changed sentences word by word and keeps the others whole', () => {
    const d = diffBlockText(
      'East Kent is bordered by the sea. The report found poor health. People have shorter lives.',
      'The report found poor health. People there have shorter lives.',
    );
    expect(d.sentences.map((s) => s.op)).toEqual(['removed', 'same', 'changed']);
  });
});

describe('diffVersions', () => {
  const before = version('1.0', [
    section('a', 'Partners met eleven times over the summer.\n\nWe will act.', { title: 'A' }),
    section('b', 'Stay the same.', { title: 'Move more' }),
    section('c', 'Gone soon.', { title: 'Warm homes' }),
  ]);
  const after = version('2.0', [
    section('b', 'Stay the same.\n\nPartners met eleven times over the summer.', { title: 'Be more active' }),
    section('a', 'We will act.', { title: 'A' }),
    section('d', 'New.', { title: 'New' }),
  ]);
  const c = diffVersions(before, after);

  it('matches sections by id: a new title is a changed section', () => {
    const b = c.sections.find((s) => s.id === 'b');
    expect(b?.status).toBe('changed');
    expect(b?.titleChanged).toBe(true);
  });

  it('reports added, removed and reordered sections', () => {
    expect(Object.fromEntries(c.sections.map((s) => [s.id, s.status]))).toEqual({
      a: 'changed',
      b: 'changed',
      c: 'removed',
      d: 'added',
    });
    // The newer order, with the removed section where it used to be.
    expect(c.sections.map((s) => s.id).filter((id) => id !== 'c')).toEqual(['b', 'a', 'd']);
    expect(c.sections.filter((s) => s.reordered).map((s) => s.id)).toHaveLength(1);
  });

  it('shows text that moved between sections as moved, linked both ways', () => {
    const from = c.sections.find((s) => s.id === 'a')?.blocks.find((b) => b.op === 'moved-from');
    const to = c.sections.find((s) => s.id === 'b')?.blocks.find((b) => b.op === 'moved-to');
    expect(from && 'move' in from && from.move).toMatchObject({ id: 'move-1', otherSection: 'b' });
    expect(to && 'move' in to && to.move).toMatchObject({ id: 'move-1', otherSection: 'a' });
    expect(c.totals.moves).toBe(1);
  });
});

describe('structured changes', () => {
  it('finds changed, added and removed targets and measures, and indicators that left', () => {
    const before = version('1', [
      section('a', '', {
        targets: [
          target({ indicator: 'inactive', value: 18, baseline: 22.3 }),
          target({ indicator: 'income', value: 5 }),
        ],
        measures: [{ indicator: 'ratio', text: 'Keep rising.', line: 1, column: 1, places: {} }],
      }),
    ]);
    const after = version('2', [
      section('a', '', {
        targets: [
          target({ indicator: 'inactive', value: 20, baseline: 22.3 }),
          target({ indicator: 'jobs', value: 10 }),
        ],
      }),
    ]);
    const s = diffStructured(before, after);
    expect(s.targets.map((t) => [t.op, t.indicator, t.op === 'changed' ? t.fields : []])).toEqual([
      ['changed', 'inactive', ['value']],
      ['added', 'jobs', []],
      ['removed', 'income', []],
    ]);
    expect(s.measures.map((m) => [m.op, m.indicator])).toEqual([['removed', 'ratio']]);
    expect(s.indicatorsRemoved).toEqual(['income', 'ratio']);
    expect(s.indicatorsAdded).toEqual(['jobs']);
  });
});

describe('pairs', () => {
  it('compares every pair, the newer as `to`, and never a version with itself', () => {
    const v710 = version('7.10', []);
    const strategy = { id: 's', title: 'S', versions: [v710, version('7.9', []), version('8.0', [])] };
    const pairs = versionPairs(strategy as never).map((p) => `${p.from.id}->${p.to.id}`);
    expect(pairs).toEqual(['7.9->7.10', '7.9->8.0', '7.10->8.0']);
    expect(previousVersion(strategy as never, v710)?.id).toBe('7.9');
    const groups = pairsByNewer(strategy as never).map((g) => `${g.to.id}: ${g.froms.map((f) => f.id).join(', ')}`);
    expect(groups).toEqual(['8.0: 7.10, 7.9', '7.10: 7.9']);
  });
});

describe('the fixture pair', () => {
  const { content } = checkSite({
    contentDir: path.join(FIXTURES, 'diff', 'content'),
    dataDir: path.join(FIXTURES, 'good', 'data'),
  });
  const { summary } = strategyComparison(content, 'sample-strategy', '1.0', '2.0');

  it('says what changed in sentences, target changes first', () => {
    expect(summary.targets).toEqual(['The target for physically inactive adults changed from 18% to 20% by 2028.']);
    expect(summary.sections).toEqual([
      'The section ‘Move more’ is now called ‘Be more active’.',
      'The section ‘Warm homes’ was removed.',
    ]);
    expect(summary.counts).toMatch(
      /^2 sections changed, 0 added, 1 removed, \d+ words added, \d+ removed and 1 passage moved\.$/,
    );
  });

  it('refuses to compare a version with itself or with an older one', () => {
    expect(() => strategyComparison(content, 'sample-strategy', '2.0', '2.0')).toThrow(/must be older/);
    expect(() => strategyComparison(content, 'sample-strategy', '2.0', '1.0')).toThrow(/must be older/);
  });
});

describe('target sentences', () => {
  const lookup = (id: string) =>
    id === 'lonely' ? { title: 'Adults who feel lonely often or always', unit: 'percent' as const } : undefined;
  const sentencesFor = (before: TargetUse, after: TargetUse) => {
    const c = diffVersions(
      version('1', [section('a', '', { targets: [before] })]),
      version('2', [section('a', '', { targets: [after] })]),
    );
    return summariseChanges(c, lookup, (id) => (id === 'kent' ? 'Kent' : id)).targets;
  };

  it('says when a starting point is added, changed or dropped', () => {
    expect(
      sentencesFor(
        target({ indicator: 'lonely', value: 5, by: '2028/29' }),
        target({ indicator: 'lonely', value: 5, by: '2028/29', baseline: 7.3, since: '2021/22' }),
      ),
    ).toEqual([
      'A starting point of 7.3% in 2021/22 was added to the target for adults who feel lonely often or always.',
    ]);
    expect(
      sentencesFor(
        target({ indicator: 'lonely', value: 5, baseline: 7.3 }),
        target({ indicator: 'lonely', value: 5, baseline: 7.1 }),
      ),
    ).toEqual(['The starting point for adults who feel lonely often or always changed from 7.3% to 7.1%.']);
  });

  it('says when the date or the area of a target changes', () => {
    expect(
      sentencesFor(
        target({ indicator: 'lonely', value: 5, by: '2028' }),
        target({ indicator: 'lonely', value: 4, by: '2030' }),
      ),
    ).toEqual(['The target for adults who feel lonely often or always changed from 5% by 2028 to 4% by 2030.']);
    expect(
      sentencesFor(target({ indicator: 'lonely', value: 5 }), target({ indicator: 'lonely', value: 5, area: 'kent' })),
    ).toEqual([
      'The target for adults who feel lonely often or always is now for Kent rather than the strategy’s area.',
    ]);
  });
});

describe('comparisonView', () => {
  const view = (before: Version, after: Version, mode: CompareMode) => {
    const strategy = { id: 's', title: 'S', versions: [before, after] } as unknown as Strategy;
    const diff = diffVersions(before, after);
    const summary = summariseChanges(
      diff,
      () => undefined,
      (id) => id,
    );
    return comparisonView({ strategy, from: before, to: after, diff, summary }, mode);
  };
  const paras = (...texts: string[]) => texts.join('\n\n');
  const one = paras('One here.', 'Two here.', 'Three here.', 'Four here.', 'Five here.', 'Six here.');
  const four = one.replace('Four here.', 'Four is now here.');
  const edited = [version('1', [section('a', one)]), version('2', [section('a', four)])] as const;

  it('shows each change with one unchanged block either side, and counts the rest', () => {
    const parts = view(...edited, 'changes').sections[0]?.parts ?? [];
    expect(parts.map((p) => (p.part === 'block' ? p.block.change : p.part === 'gap' ? p.text : p.part))).toEqual([
      '2 unchanged parts not shown',
      'context',
      'changed',
      'context',
      '1 unchanged part not shown',
    ]);
  });

  it('shows every block on the full page, unchanged ones as the same', () => {
    const parts = view(...edited, 'full').sections[0]?.parts ?? [];
    expect(parts.map((p) => (p.part === 'block' ? p.block.change : p.part))).toEqual([
      'same',
      'same',
      'same',
      'changed',
      'same',
      'same',
    ]);
  });

  it('marks the changed words of a block', () => {
    const block = view(...edited, 'changes').sections[0]?.parts.find(
      (p) => p.part === 'block' && p.block.change === 'changed',
    );
    expect(block?.part === 'block' && block.block.text).toEqual([
      { op: 'same', text: 'Four ' },
      { op: 'ins', text: 'is now' },
      { op: 'same', text: ' here.' },
    ]);
  });

  it('never skips a heading level when the changes-only page leaves a heading out', () => {
    const body = (change: string) =>
      paras('## What we will do', 'Intro here.', 'More here.', 'Yet more here.', '### Jobs', change, 'End here.');
    const parts = view(
      version('1', [section('a', body('Jobs matter.'))]),
      version('2', [section('a', body('Jobs matter a lot.'))]),
      'changes',
    ).sections[0]?.parts;
    // The ## heading is left out with the unchanged blocks under it, so the ### heading that follows the h2 is an h3.
    const headings = parts?.flatMap((p) =>
      p.part === 'block' && p.block.element === 'heading' ? [p.block.level] : [],
    );
    expect(headings).toEqual([3]);
    const full = view(
      version('1', [section('a', body('Jobs matter.'))]),
      version('2', [section('a', body('Jobs matter a lot.'))]),
      'full',
    ).sections[0]?.parts;
    expect(full?.flatMap((p) => (p.part === 'block' && p.block.element === 'heading' ? [p.block.level] : []))).toEqual([
      3, 4,
    ]);
  });

  it('draws a run of list items as one list, and a numbered run as another', () => {
    const body = '- Walk more\n- Cycle more\n\n1. First\n2. Second';
    const parts = view(version('1', [section('a', body)]), version('2', [section('a', body)]), 'full').sections[0]
      ?.parts;
    expect(parts?.map((p) => (p.part === 'list' ? `${p.ordered ? 'ol' : 'ul'}:${p.items.length}` : p.part))).toEqual([
      'ul:2',
      'ol:2',
    ]);
  });

  it('links each end of a move to the other, naming its section', () => {
    const moving = 'Partners met eleven times over the summer.';
    const v = view(
      version('1', [
        section('a', paras(moving, 'Stays.'), { title: 'Foreword' }),
        section('b', 'Other.', { title: 'Act' }),
      ]),
      version('2', [
        section('a', 'Stays.', { title: 'Foreword' }),
        section('b', paras('Other.', moving), { title: 'Act' }),
      ]),
      'changes',
    );
    const moves = v.sections.flatMap((s) =>
      s.parts.flatMap((p) => (p.part === 'block' && p.block.move ? [p.block.move] : [])),
    );
    expect(moves).toEqual([
      { end: 'from', id: 'move-1-from', href: '#move-1-to', otherTitle: 'Act' },
      { end: 'to', id: 'move-1-to', href: '#move-1-from', otherTitle: 'Foreword' },
    ]);
  });

  it('says what happened to each section, in the contents and above its blocks', () => {
    const v = view(
      version('1', [section('a', 'Same.', { title: 'Move more' }), section('b', 'Gone.', { title: 'Warm homes' })]),
      version('2', [section('a', 'Same.', { title: 'Be more active' })]),
      'changes',
    );
    expect(v.contents).toEqual([
      { href: '#section-a', title: 'Be more active', changes: '0 words added, 0 removed' },
      { href: '#section-b', title: 'Warm homes', changes: 'removed' },
    ]);
    expect(v.sections.map((s) => s.about)).toEqual([
      'It was called ‘Move more’. Parts: 0 words added, 0 removed.',
      'This section was removed.',
    ]);
    expect(v.sections[0]?.title).toEqual([
      { op: 'del', text: 'Move more' },
      { op: 'same', text: ' ' },
      { op: 'ins', text: 'Be more active' },
    ]);
  });
});

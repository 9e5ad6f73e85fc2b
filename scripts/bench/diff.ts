/**
 * Benchmark of the diff engine (src/lib/diff): two generated versions of a
 * strategy, 5,000 to 40,000 words, with 30% of sentences edited (a figure
 * changed, words swapped, added or dropped), compared the way a compare page
 * does (parse, align sections, blocks, sentences, words, moves, targets).
 *
 *   node scripts/bench/diff.ts [--plain-20k]
 *
 * Prints a table and writes .cache/bench/diff.json.
 *
 * Baselines, measured in the same run because these machines are noisy:
 * - `tokenize pass`: tokenizing both texts once with the engine's tokenizer,
 *   the least any word-level diff must do. The engine's time over it is a
 *   machine-independent cost factor; if that factor stays flat as documents
 *   grow, growth is linear.
 * - `plain diffWords`: jsdiff's diffWords on the whole text, as measured
 *   when the engine was designed (about 19 s for 20,000 words with 30% changed). It is timed
 *   on 2,000 words by default (20,000 would take most of a minute); pass
 *   --plain-20k to time it at 20,000 words too.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import type { Section, Version } from '../../src/lib/contract/model.ts';
import { blocksOf } from '../../src/lib/diff/blocks.ts';
import { diffVersions } from '../../src/lib/diff/compare.ts';
import { tokenize } from '../../src/lib/diff/tokens.ts';
import { clearMdxCache } from '../../src/lib/mdx/parse.ts';
import { random } from './random.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, '.cache', 'bench', 'diff.json');
const SIZES = [5_000, 10_000, 20_000, 40_000];
const EDITED = 0.3;
const BUDGET_MS = 1_000;

const WORDS = (
  'we will work with partners residents families children carers schools services health care council ' +
  'support people communities local areas homes jobs money housing transport walking cycling help ' +
  'reduce improve increase share adults older younger hospital admissions mental physical activity ' +
  'early prevention access quality safe strong together plans measures outcomes progress review'
).split(' ');

interface Pair {
  readonly before: Version;
  readonly after: Version;
  readonly textBefore: string;
  readonly textAfter: string;
  readonly words: number;
  readonly sentences: number;
  readonly edited: number;
}

function generate(totalWords: number, seed = 1): Pair {
  const rnd = random(seed);
  const pick = (list: readonly string[]): string => list[Math.floor(rnd() * list.length)] ?? '';
  const sentence = (): string[] => {
    const n = 10 + Math.floor(rnd() * 12);
    const words = Array.from({ length: n }, () => pick(WORDS));
    // A figure in most sentences, as strategies have: 22.3%, 12,000, 2028/29.
    if (rnd() < 0.6)
      words.splice(Math.floor(rnd() * n), 0, pick(['22.3%', '18%', '12,000', '2028/29', '£1.1bn', '418.7']));
    const first = words[0] ?? '';
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return words;
  };
  // An edited sentence gets one to four edits; one in five is rewritten outright.
  const edit = (words: string[]): string[] => {
    if (rnd() < 0.2) return sentence();
    const w = [...words];
    const edits = 1 + Math.floor(rnd() * 4);
    for (let e = 0; e < edits; e++) {
      const kind = rnd();
      const at = 1 + Math.floor(rnd() * (w.length - 1));
      if (kind < 0.3) w[at] = `${Math.floor(rnd() * 90) + 10}%`;
      else if (kind < 0.6) w[at] = pick(WORDS);
      else if (kind < 0.8) w.splice(at, 0, pick(WORDS), pick(WORDS));
      else if (w.length > 4) w.splice(at, 1);
    }
    return w;
  };
  const sectionsBefore: string[][] = [];
  const sectionsAfter: string[][] = [];
  let words = 0;
  let sentences = 0;
  let edited = 0;
  while (words < totalWords) {
    const paragraphsB: string[] = [];
    const paragraphsA: string[] = [];
    let sectionWords = 0;
    while (sectionWords < 1_000 && words + sectionWords < totalWords) {
      const b: string[] = [];
      const a: string[] = [];
      for (let i = 0; i < 4 + Math.floor(rnd() * 3); i++) {
        const s = sentence();
        sentences++;
        sectionWords += s.length;
        b.push(`${s.join(' ')}.`);
        if (rnd() < EDITED) {
          edited++;
          a.push(`${edit(s).join(' ')}.`);
        } else {
          a.push(`${s.join(' ')}.`);
        }
      }
      paragraphsB.push(b.join(' '));
      paragraphsA.push(a.join(' '));
    }
    words += sectionWords;
    sectionsBefore.push(paragraphsB);
    sectionsAfter.push(paragraphsA);
  }
  const version = (id: string, sections: string[][]): Version => ({
    id,
    strategyId: 'bench',
    dir: `bench/${id}`,
    date: '2026-01-01',
    status: 'draft',
    sections: sections.map((paragraphs, i): Section => ({
      id: `section-${i + 1}`,
      order: i + 1,
      file: `bench/${id}/${String(i + 1).padStart(2, '0')}-section-${i + 1}.mdx`,
      path: '',
      title: `Section ${i + 1}`,
      kind: 'section',
      signatories: [],
      body: `## Part ${i + 1}\n\n${paragraphs.join('\n\n')}\n`,
      components: [],
      targets: [],
      measures: [],
    })),
  });
  const flat = (sections: string[][]) => sections.map((p) => p.join('\n\n')).join('\n\n');
  return {
    before: version('1.0', sectionsBefore),
    after: version('2.0', sectionsAfter),
    textBefore: flat(sectionsBefore),
    textAfter: flat(sectionsAfter),
    words,
    sentences,
    edited,
  };
}

const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function time(fn: () => void, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * The engine on a fresh pair each run, with lib's cache of parsed MDX emptied
 * (the texts repeat from run to run, so a warm cache would flatter it; in a
 * build, loading the content has usually parsed each section already).
 */
function timeEngine(words: number): { ms: number; heapMb: number } {
  const times: number[] = [];
  let heapMb = 0;
  for (let run = 0; run < 3; run++) {
    const pair = generate(words, 1);
    clearMdxCache();
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const result = diffVersions(pair.before, pair.after);
    times.push(performance.now() - started);
    heapMb = Math.max(heapMb, (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024);
    if (result.sections.length === 0) throw new Error('no sections compared');
  }
  return { ms: median(times), heapMb };
}

const plain20k = process.argv.includes('--plain-20k');
const rows: Record<string, number | string | boolean>[] = [];

// Warm up the JIT and the MDX parser on a small pair, so the first size is not charged for it.
diffVersions(generate(2_000, 7).before, generate(2_000, 7).after);

const small = generate(2_000, 2);
const plainSmallMs = time(() => diffWords(small.textBefore, small.textAfter), 1);

for (const words of SIZES) {
  const pair = generate(words, 1);
  const tokenizeMs = time(() => {
    tokenize(pair.textBefore);
    tokenize(pair.textAfter);
  });
  const engine = timeEngine(words);
  // How much of the engine's time is reading the MDX (remark), which any MDX-aware diff must do.
  const parseMs = time(() => {
    clearMdxCache();
    for (const section of [...pair.before.sections, ...pair.after.sections]) blocksOf(section.body, section.file);
  });
  rows.push({
    words: pair.words,
    sentences: pair.sentences,
    editedSentences: pair.edited,
    engineMs: Math.round(engine.ms),
    parseMs: Math.round(parseMs),
    tokenizeMs: Math.round(tokenizeMs * 10) / 10,
    engineOverTokenize: Math.round((engine.ms / tokenizeMs) * 10) / 10,
    msPer1000Words: Math.round((engine.ms / pair.words) * 1000 * 10) / 10,
    heapGrowthMb: Math.round(engine.heapMb * 10) / 10,
    underBudget: engine.ms < BUDGET_MS,
  });
}

let plain20kMs: number | undefined;
if (plain20k) {
  const pair = generate(20_000, 1);
  plain20kMs = time(() => diffWords(pair.textBefore, pair.textAfter), 1);
}

const peakRssMb = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`\nDiff engine: two versions, ${EDITED * 100}% of sentences edited (median of 3 runs)`);
console.log(
  `${pad('words', 7)} ${pad('edited', 7)} ${pad('engine ms', 10)} ${pad('of it, MDX parse', 17)} ${pad('tokenize ms', 12)} ${pad('x tokenize', 11)} ${pad('ms/1k words', 12)} ${pad('heap MB', 8)}  < 1 s`,
);
for (const r of rows) {
  console.log(
    `${pad(r.words as number, 7)} ${pad(r.editedSentences as number, 7)} ${pad(r.engineMs as number, 10)} ${pad(r.parseMs as number, 17)} ${pad(r.tokenizeMs as number, 12)} ${pad(`${r.engineOverTokenize}x`, 11)} ${pad(r.msPer1000Words as number, 12)} ${pad(r.heapGrowthMb as number, 8)}  ${r.underBudget ? 'yes' : 'NO'}`,
  );
}
const at20k = rows.find((r) => (r.words as number) >= 20_000 && (r.words as number) < 40_000);
console.log(`\nBaseline: jsdiff diffWords on ${small.words} words, 30% edited: ${Math.round(plainSmallMs)} ms`);
if (plain20kMs !== undefined && at20k) {
  console.log(
    `Baseline: jsdiff diffWords on 20,000 words: ${Math.round(plain20kMs)} ms (${(plain20kMs / (at20k.engineMs as number)).toFixed(0)}x the engine)`,
  );
}
console.log(`Peak memory (RSS) of this process: ${peakRssMb} MB`);

mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(
  OUT,
  `${JSON.stringify(
    {
      node: process.version,
      editedShare: EDITED,
      budgetMs: BUDGET_MS,
      rows,
      baselines: {
        plainDiffWords: { words: small.words, ms: Math.round(plainSmallMs) },
        ...(plain20kMs !== undefined ? { plainDiffWords20k: { words: 20_000, ms: Math.round(plain20kMs) } } : {}),
      },
      peakRssMb,
    },
    null,
    2,
  )}\n`,
);
console.log(`Wrote ${path.relative(ROOT, OUT)}`);
if (at20k && at20k.underBudget !== true) process.exitCode = 1;

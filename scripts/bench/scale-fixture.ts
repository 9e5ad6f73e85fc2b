/**
 * Synthetic content in the contract (docs/architecture.md), at a scale a regional
 * partnership could reach: many strategies, each with several drafts, and
 * hundreds of indicators at ward level. Deterministic: the same parameters
 * write the same files.
 *
 * Each version edits about a fifth of the previous version's sentences and
 * moves one target, so compare pages have real work to do. Every Target's
 * baseline is the generated value at its `since` period, so the content
 * passes `npm run check`.
 *
 *   node scripts/bench/scale-fixture.ts <dir> [--strategies 30] [--versions 4]
 *     [--sections 12] [--words 300] [--indicators 400] [--areas 30] [--periods 12] [--breakdowns 0|1]
 */

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { random } from './random.ts';

export interface ScaleParams {
  readonly strategies: number;
  readonly versions: number;
  readonly sections: number;
  /** Words of prose per section, roughly. */
  readonly words: number;
  readonly indicators: number;
  readonly areas: number;
  readonly periods: number;
  /**
   * 1 for breakdowns as Fingertips publishes them: male and female for every
   * area and period, and the ten deprivation deciles of England for every
   * period; 0 for the headline only.
   */
  readonly breakdowns: number;
}

export const DEFAULT_SCALE: ScaleParams = {
  strategies: 30,
  versions: 4,
  sections: 12,
  words: 300,
  indicators: 400,
  areas: 30,
  periods: 12,
  breakdowns: 0,
};

/** A council that loads all of Fingertips for its area (issue 18): 2,000 indicators x 40 areas x 12 periods, with breakdowns. */
export const FINGERTIPS_SCALE: ScaleParams = {
  ...DEFAULT_SCALE,
  indicators: 2000,
  areas: 40,
  periods: 12,
  breakdowns: 1,
};

export interface ScaleSummary {
  readonly contentDir: string;
  readonly dataDir: string;
  readonly sectionFiles: number;
  readonly words: number;
  readonly values: number;
}

const WORDS = (
  'we will work with residents partners schools families carers doctors nurses councils ' +
  'health care services people communities support help children young adults older homes ' +
  'jobs money safe active healthy better fewer more every local area ward city borough ' +
  'plan together listen learn improve reduce increase prevent early mental physical wellbeing ' +
  'housing transport food air parks clinics pharmacies libraries volunteers groups voices'
).split(' ');

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)] ?? 'we');
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function financialYear(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Fingertips' names for the deciles, most deprived first. */
const DECILES = [
  'Most deprived decile',
  'Second most deprived decile',
  'Third more deprived decile',
  'Fourth more deprived decile',
  'Fifth more deprived decile',
  'Fifth less deprived decile',
  'Fourth less deprived decile',
  'Third less deprived decile',
  'Second least deprived decile',
  'Least deprived decile',
];

/** Writes the fixture into `dir` (replacing it) and says what it wrote. */
export function writeScaleFixture(dir: string, params: ScaleParams = DEFAULT_SCALE): ScaleSummary {
  const next = random(20261123);
  const contentDir = path.join(dir, 'content');
  const dataDir = path.join(dir, 'data');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(contentDir, 'strategies'), { recursive: true });
  mkdirSync(path.join(dataDir, 'indicators'), { recursive: true });

  writeFileSync(
    path.join(contentDir, 'site.yaml'),
    'name: Scale test partnership\nurl: https://scale.example.org\ncolour: "#005a70"\n',
  );

  // Areas: England, a region, then local authorities (wards when there are many).
  const ENGLAND = { id: 'E92000001', name: 'England', type: 'country' };
  const areas: { id: string; name: string; type: string; parent?: string }[] = [
    ENGLAND,
    { id: 'E12000007', name: 'London', type: 'region', parent: 'E92000001' },
  ];
  for (let i = 0; areas.length < params.areas; i++) {
    areas.push({
      id: `E090000${String(i + 1).padStart(2, '0')}`,
      name: `Borough ${i + 1}`,
      type: 'local-authority',
      parent: 'E12000007',
    });
  }
  writeFileSync(path.join(dataDir, 'areas.json'), `${JSON.stringify(areas, null, 2)}\n`);

  // Indicators: every area, every period, with confidence limits.
  const firstYear = 2025 - params.periods;
  const periods = Array.from({ length: params.periods }, (_, i) => financialYear(firstYear + i));
  const values = new Map<string, number>();
  let valueCount = 0;
  for (let n = 0; n < params.indicators; n++) {
    const id = `indicator-${String(n + 1).padStart(4, '0')}`;
    const series = [];
    for (const area of areas) {
      let value = 20 + next() * 40;
      for (const period of periods) {
        value = Math.min(95, Math.max(5, value + (next() - 0.55) * 3));
        const v = round1(value);
        values.set(`${id}|${area.id}|${period}`, v);
        series.push({ period, area: area.id, value: v, lower: round1(v - 1.5), upper: round1(v + 1.5) });
        valueCount++;
        if (params.breakdowns > 0) {
          for (const [sex, shift] of [
            ['male', 1.5],
            ['female', -1.5],
          ] as const) {
            const b = round1(v + shift);
            series.push({ period, area: area.id, sex, value: b, lower: round1(b - 2), upper: round1(b + 2) });
            valueCount++;
          }
          if (area.id === ENGLAND.id) {
            for (let decile = 1; decile <= 10; decile++) {
              const d = round1(v * (1.25 - decile * 0.05));
              series.push({
                period,
                area: area.id,
                categoryType: 'County & UA deprivation deciles in England',
                category: DECILES[decile - 1],
                value: d,
                lower: round1(d - 2),
                upper: round1(d + 2),
              });
              valueCount++;
            }
          }
        }
      }
    }
    const indicator = {
      id,
      title: `Scale indicator ${n + 1}`,
      definition: 'A made-up measure for the benchmarks.',
      unit: 'percent',
      polarity: n % 3 === 0 ? 'higher-is-better' : 'lower-is-better',
      source: { name: 'Benchmark generator' },
      benchmark: 'E92000001',
      illustrative: true,
      series,
    };
    writeFileSync(path.join(dataDir, 'indicators', `${id}.json`), `${JSON.stringify(indicator, null, 2)}\n`);
  }

  let sectionFiles = 0;
  let wordCount = 0;
  const kinds = ['foreword', 'vision', 'priority', 'priority', 'outcome', 'section'];
  const sentenceWords = 15;
  const sentencesPerSection = Math.max(1, Math.round(params.words / sentenceWords));

  for (let s = 0; s < params.strategies; s++) {
    const strategyId = `strategy-${String(s + 1).padStart(2, '0')}`;
    const area = areas[2 + (s % Math.max(1, areas.length - 2))] ?? ENGLAND;
    const strategyDir = path.join(contentDir, 'strategies', strategyId);
    mkdirSync(strategyDir, { recursive: true });
    writeFileSync(
      path.join(strategyDir, 'strategy.yaml'),
      `title: Scale strategy ${s + 1}\nsummary: A generated strategy for the benchmarks.\n` +
        `organisations:\n  - ${area.name} Council\nperiod: { start: "2024/25", end: "2028/29" }\narea: ${area.id}\n`,
    );

    // The first version's text; later versions edit it.
    const sections = Array.from({ length: params.sections }, () =>
      Array.from({ length: sentencesPerSection }, () => sentence(next, sentenceWords)),
    );
    for (let v = 0; v < params.versions; v++) {
      const version = `${v + 1}.0`;
      const versionDir = path.join(strategyDir, version);
      mkdirSync(versionDir, { recursive: true });
      const status = v === params.versions - 1 ? 'adopted' : 'superseded';
      writeFileSync(
        path.join(versionDir, 'version.yaml'),
        `date: 2025-${String(v + 1).padStart(2, '0')}-15\nstatus: ${status}\nnote: Generated version ${version}.\n`,
      );
      if (v > 0) {
        for (const text of sections) {
          for (let i = 0; i < text.length; i++) {
            if (next() < 0.2) text[i] = sentence(next, sentenceWords);
          }
        }
      }
      sections.forEach((text, n) => {
        const kind = kinds[n % kinds.length] ?? 'section';
        const indicatorId = `indicator-${String(((s * params.sections + n) % params.indicators) + 1).padStart(4, '0')}`;
        const since = periods[Math.max(0, periods.length - 4)] ?? financialYear(firstYear);
        const baseline = values.get(`${indicatorId}|${area.id}|${since}`) ?? 0;
        const target = round1(baseline * (v % 2 === 0 ? 0.9 : 0.85));
        const paragraphs: string[] = [];
        for (let i = 0; i < text.length; i += 4) paragraphs.push(text.slice(i, i + 4).join(' '));
        const parts = [
          `---\ntitle: Section ${n + 1} of strategy ${s + 1}\nkind: ${kind}\n---`,
          paragraphs[0] ?? '',
          '## What we will do',
          ...paragraphs.slice(1),
        ];
        if (kind === 'priority' || kind === 'outcome') {
          parts.push(
            '## How we will know',
            `<Target indicator="${indicatorId}" baseline={${baseline}} since="${since}" value={${target}} by="2028">` +
              `We will change this from ${baseline}% in ${since} to ${target}% by 2028.</Target>`,
            `- <Measure indicator="${indicatorId}">We will watch this measure every year.</Measure>`,
          );
        }
        const body = `${parts.join('\n\n')}\n`;
        const file = `${String(n + 1).padStart(2, '0')}-section-${n + 1}.mdx`;
        writeFileSync(path.join(versionDir, file), body);
        sectionFiles++;
        wordCount += text.length * sentenceWords;
      });
    }
  }
  return { contentDir, dataDir, sectionFiles, words: wordCount, values: valueCount };
}

function parseArgs(argv: readonly string[]): { dir: string; params: ScaleParams } {
  const [dir, ...rest] = argv;
  if (!dir) throw new Error('Usage: node scripts/bench/scale-fixture.ts <dir> [--strategies N] ...');
  const params: Record<string, number> = { ...DEFAULT_SCALE };
  for (let i = 0; i < rest.length; i += 2) {
    const key = rest[i]?.replace(/^--/, '') ?? '';
    const value = Number(rest[i + 1]);
    if (!(key in params) || !Number.isInteger(value) || value < 1) {
      throw new Error(
        `Unknown option or bad value: ${rest[i]} ${rest[i + 1]} (expected --${Object.keys(params).join('|--')} N)`,
      );
    }
    params[key] = value;
  }
  return { dir, params: params as unknown as ScaleParams };
}

if (import.meta.main) {
  const { dir, params } = parseArgs(process.argv.slice(2));
  const summary = writeScaleFixture(path.resolve(dir), params);
  console.log(
    `Wrote ${summary.sectionFiles} sections (${summary.words} words) and ${summary.values} values to ${dir}.`,
  );
}

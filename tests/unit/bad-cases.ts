/**
 * The kinds of author mistake in tests/fixtures/bad/, and what the check must
 * say about each (bad-input.test.ts runs them).
 */

export interface Expected {
  readonly file: string;
  readonly field: string;
  /** Text the `found` half must contain, when it names a value. */
  readonly found?: string;
  /** The line the problem must point at, when the test pins it. */
  readonly line?: number;
  /** 'warning' for advice that does not stop publishing (default 'error'). */
  readonly severity?: 'error' | 'warning';
}

export interface Case {
  readonly kind: string;
  /** Problems that must be reported (each names its file and field). */
  readonly problems: readonly Expected[];
  /** Further problems that follow from the same mistake (references to a file that could not be read). */
  readonly followOn?: number;
  /** Whether each problem points at a line and column: false when it is about a folder or a missing file. */
  readonly located: boolean;
}

const S = 'strategies/sample-strategy';
const ALCOHOL = 'indicators/alcohol-admissions.json';

export const CASES: readonly Case[] = [
  {
    kind: 'wrong-type',
    located: true,
    problems: [{ file: ALCOHOL, field: 'series[1].value', found: '"n/a"', line: 10 }],
  },
  {
    kind: 'unknown-enum',
    located: true,
    problems: [
      { file: `${S}/1.10/version.yaml`, field: 'status', found: '"adoptd"', line: 2 },
      { file: ALCOHOL, field: 'unit', found: '"per-100000"', line: 5 },
    ],
  },
  {
    kind: 'malformed-yaml',
    located: true,
    problems: [
      { file: `${S}/1.9/version.yaml`, field: 'note', found: 'a value with ": " in it', line: 3 },
      { file: `${S}/1.10/02-move-more.mdx`, field: 'title', found: 'a value with ": " in it', line: 2 },
    ],
  },
  {
    kind: 'malformed-json',
    located: true,
    problems: [{ file: ALCOHOL, field: '', found: 'JSON syntax error' }],
  },
  {
    kind: 'missing-required',
    located: true,
    problems: [
      { file: `${S}/1.9/version.yaml`, field: 'date', found: 'nothing' },
      { file: `${S}/1.10/01-foreword.mdx`, field: 'title', found: 'nothing' },
      { file: ALCOHOL, field: 'unit', found: 'nothing' },
    ],
  },
  {
    kind: 'unknown-field',
    located: true,
    problems: [
      { file: `${S}/1.10/version.yaml`, field: 'stauts', line: 2 },
      { file: `${S}/1.10/version.yaml`, field: 'status', found: 'nothing' },
      { file: ALCOHOL, field: 'defintion', line: 4 },
    ],
  },
  {
    kind: 'unknown-indicator',
    located: true,
    problems: [
      { file: `${S}/1.10/02-move-more.mdx`, field: 'Target.indicator', found: '"physical-inactivty"', line: 10 },
      { file: `${S}/1.10/02-move-more.mdx`, field: 'Measure.indicator', found: '"smoking-prevalence"', line: 16 },
    ],
  },
  {
    kind: 'unknown-area',
    located: true,
    problems: [
      { file: ALCOHOL, field: 'series[3].area', found: '"E06000999"', line: 12 },
      { file: `${S}/strategy.yaml`, field: 'area', found: '"sample-shire"', line: 9 },
    ],
  },
  {
    kind: 'duplicate-section-id',
    located: true,
    problems: [{ file: `${S}/1.10/03-walking.mdx`, field: 'id', found: '"move-more"', line: 3 }],
  },
  {
    kind: 'id-not-file-name',
    located: true,
    problems: [{ file: ALCOHOL, field: 'id', found: '"alcohol-admission"', line: 2 }],
  },
  {
    kind: 'malformed-period',
    located: true,
    problems: [
      { file: ALCOHOL, field: 'series[1].period', found: '"2023-2024"', line: 10 },
      { file: `${S}/1.10/02-move-more.mdx`, field: 'Target.by', found: '"2028-29x"', line: 10 },
    ],
  },
  {
    kind: 'target-sentence',
    located: true,
    problems: [
      { file: `${S}/1.10/02-move-more.mdx`, field: 'Target.value', found: 'states 22.35%, not 20%', line: 10 },
      { file: `${S}/1.10/02-move-more.mdx`, field: 'Target.baseline', found: 'states 22.35%, not 22.3%', line: 10 },
    ],
  },
  {
    kind: 'null-without-note',
    located: true,
    problems: [{ file: ALCOHOL, field: 'series[1].note', found: 'nothing', line: 10 }],
  },
  {
    kind: 'duplicate-point',
    located: true,
    problems: [{ file: ALCOHOL, field: 'series[1]', found: 'a second value for 2021/22 in sample-county', line: 10 }],
  },
  {
    kind: 'unknown-component',
    located: true,
    problems: [{ file: `${S}/1.10/02-move-more.mdx`, field: 'Targt', found: '<Targt>', line: 10 }],
  },
  { kind: 'bad-version-folder', located: false, problems: [{ file: `${S}/draft`, field: '', found: '"draft"' }] },
  {
    kind: 'bad-colour',
    located: true,
    problems: [{ file: 'site.yaml', field: 'colour', found: '#66b2ff', line: 6 }],
  },
  {
    // A logo must be a file in public/ beside content/; this one climbs out of it (and the fixture has no public/).
    kind: 'logo-missing',
    located: true,
    problems: [{ file: 'site.yaml', field: 'logo.src', found: '"../content/site.yaml"', line: 8 }],
  },
  {
    kind: 'mdx-syntax-error',
    located: true,
    problems: [
      {
        file: `${S}/1.10/02-move-more.mdx`,
        field: '',
        found: 'a <CaseStudy> that is opened here and never closed',
        line: 23,
      },
    ],
  },
  {
    kind: 'missing-file',
    located: false,
    problems: [
      { file: 'areas.json', field: '', found: 'no file' },
      { file: `${S}/1.9/version.yaml`, field: '', found: 'no file' },
    ],
  },
  {
    kind: 'baseline-mismatch',
    located: true,
    problems: [{ file: `${S}/1.10/02-move-more.mdx`, field: 'Target.baseline', found: '22.4', line: 10 }],
  },
  {
    kind: 'unknown-strategy-in-update',
    located: true,
    problems: [
      { file: 'updates/2026-11-02-strategy-adopted.mdx', field: 'strategy', found: '"sample-stratgy"', line: 4 },
    ],
  },
  {
    kind: 'footnote-without-definition',
    located: true,
    problems: [{ file: `${S}/1.10/01-foreword.mdx`, field: 'footnote', found: '[^walking]', line: 9 }],
  },
  {
    kind: 'heading-level-skipped',
    located: true,
    problems: [{ file: `${S}/1.10/02-move-more.mdx`, field: 'heading', found: 'level 5 heading', line: 10 }],
  },
  {
    kind: 'image-without-alt',
    located: true,
    problems: [
      { file: `${S}/1.10/02-move-more.mdx`, field: 'image.alt', found: 'walking-routes.png', line: 10 },
      { file: `${S}/1.10/02-move-more.mdx`, field: 'img.alt', found: '<img>', line: 12 },
    ],
  },
  {
    // One picture named beside the section and one in public/, neither there (the image-without-alt case has its picture).
    kind: 'picture-missing',
    located: true,
    problems: [
      { file: `${S}/1.10/02-move-more.mdx`, field: 'image', found: '"./images/walking-routes.png"', line: 10 },
      { file: `${S}/1.10/02-move-more.mdx`, field: 'image', found: '"/images/no-such-logo.png"', line: 12 },
    ],
  },
  {
    kind: 'component-prop',
    located: true,
    problems: [
      { file: `${S}/1.10/02-move-more.mdx`, field: 'Stat.label', found: 'nothing', line: 15 },
      { file: `${S}/1.10/02-move-more.mdx`, field: 'CaseStudy.title', found: 'nothing', line: 18 },
      { file: `${S}/1.10/02-move-more.mdx`, field: 'CaseStudy.titel', found: 'does not use', line: 18 },
    ],
  },
  // Indicator judgements (issue 4): data that would make a judgement wrong.
  {
    kind: 'mixed-period-forms',
    located: true,
    problems: [{ file: ALCOHOL, field: 'series[1].period', found: '"2022", a calendar year', line: 10 }],
  },
  {
    kind: 'ci-outside-value',
    located: true,
    problems: [{ file: ALCOHOL, field: 'series[1].lower', found: '405.1', line: 10 }],
  },
  {
    kind: 'benchmark-without-data',
    located: true,
    problems: [{ file: ALCOHOL, field: 'benchmark', found: '"E92000001", which has no values', line: 8 }],
  },
  {
    kind: 'target-before-baseline',
    located: true,
    problems: [{ file: `${S}/1.10/02-move-more.mdx`, field: 'Target.by', found: '"2021"', line: 10 }],
  },
  // Breakdowns (issue 13): a Target naming a breakdown or a gap the data lacks; breakdown fields that disagree.
  {
    kind: 'target-breakdown-missing',
    located: true,
    problems: [
      { file: `${S}/1.10/02-move-more.mdx`, field: 'Target.sex', found: '"male"', line: 14 },
      { file: `${S}/1.10/02-move-more.mdx`, field: 'Target.category', found: '"Most deprived decile"', line: 18 },
      { file: `${S}/1.10/02-move-more.mdx`, field: 'Target.between', found: '"Most deprived decile"', line: 22 },
    ],
  },
  {
    kind: 'breakdown-fields',
    located: true,
    problems: [
      { file: ALCOHOL, field: 'series[3]', found: 'a second value for 2022/23 in sample-county (male)', line: 12 },
      { file: ALCOHOL, field: 'series[4].categoryType', found: 'nothing', line: 13 },
      { file: ALCOHOL, field: 'series[5].upper998', found: 'nothing', line: 14 },
    ],
  },
  // Delivery returns (issue 6): data/delivery/<strategy-id>/<period>.json.
  {
    kind: 'delivery-unknown-rag',
    located: true,
    problems: [
      {
        file: 'delivery/sample-strategy/2025-Q1.json',
        field: 'workstreams[0].projects[1].rag',
        found: '"yellow"',
        line: 9,
      },
    ],
  },
  {
    kind: 'delivery-project-moved',
    located: true,
    problems: [
      {
        file: 'delivery/sample-strategy/2025-Q2.json',
        field: 'workstreams[1].projects[1].id',
        found: 'but in "move-more" in 2025-Q1.json',
        line: 13,
      },
      {
        file: 'delivery/sample-strategy/2025-Q2.json',
        field: 'workstreams[0].projects[0].movedFrom',
        found: '"healthy-places"',
        line: 6,
      },
    ],
  },
  {
    kind: 'delivery-unknown-indicator',
    located: true,
    problems: [
      {
        file: 'delivery/sample-strategy/2025-Q1.json',
        field: 'workstreams[0].projects[0].kpis[0].indicator',
        found: '"physical-inactivty"',
        line: 12,
      },
    ],
  },
  {
    // A file name has no line to point at: the name itself is the problem.
    kind: 'delivery-period-file-name',
    located: false,
    problems: [
      { file: 'delivery/sample-strategy/2025-Q5.json', field: '', found: '"2025-Q5.json"' },
      { file: 'delivery/sample-strategy/2025 Q1.json', field: '', found: '"2025 Q1.json"' },
    ],
  },
  // A check that misses no disagreement and speaks plainly (issue 16): each slip gives one message.
  {
    kind: 'target-year',
    located: true,
    problems: [{ file: `${S}/1.10/02-move-more.mdx`, field: 'Target.by', found: 'says 2030, not 2028', line: 10 }],
  },
  {
    kind: 'target-rate-unit',
    located: true,
    problems: [
      {
        file: `${S}/1.10/02-move-more.mdx`,
        field: 'Target.value',
        found: 'states 395 per 100,000 and 380 per 100,000, not 359 per 100,000',
        line: 10,
      },
    ],
  },
  {
    kind: 'promise',
    located: true,
    problems: [
      { file: `${S}/1.10/02-move-more.mdx`, field: 'promise', found: 'in the text', line: 8, severity: 'warning' },
      { file: `${S}/1.10/02-move-more.mdx`, field: 'promise', found: 'in a <Measure>', line: 19, severity: 'warning' },
    ],
  },
  {
    kind: 'benchmark-missing-latest',
    located: true,
    problems: [
      { file: ALCOHOL, field: 'series[2]', found: 'none for England, the benchmark', line: 11, severity: 'warning' },
    ],
  },
  {
    kind: 'next-update-past',
    located: true,
    problems: [
      {
        file: 'indicators/physical-inactivity.json',
        field: 'nextUpdate',
        found: '2025-05-06, which has passed',
        line: 9,
        severity: 'warning',
      },
    ],
  },
  {
    kind: 'target-by-past',
    located: true,
    problems: [
      {
        file: `${S}/1.10/02-move-more.mdx`,
        field: 'Target.by',
        found: 'which ended on 31 March 2024',
        line: 10,
        severity: 'warning',
      },
    ],
  },
  {
    kind: 'impossible-date',
    located: true,
    problems: [
      { file: `${S}/1.10/version.yaml`, field: 'date', found: '"2024-13-03"', line: 1 },
      { file: `${S}/strategy.yaml`, field: 'consultation.closes', found: '"2026-02-30"', line: 12 },
    ],
  },
  {
    kind: 'yaml-unclosed-quote',
    located: true,
    problems: [{ file: `${S}/strategy.yaml`, field: 'summary', found: 'not closed on this line', line: 2 }],
  },
  {
    kind: 'yaml-hashtag',
    located: true,
    problems: [
      {
        file: 'updates/2026-11-02-strategy-adopted.mdx',
        field: 'summary',
        found: 'cut short at "#carersweek"',
        line: 3,
        severity: 'warning',
      },
    ],
  },
  {
    kind: 'yaml-colon-in-list',
    located: true,
    problems: [{ file: `${S}/strategy.yaml`, field: 'organisations[0]', found: 'because of the ": "', line: 4 }],
  },
  {
    kind: 'yaml-indent',
    located: true,
    problems: [{ file: 'site.yaml', field: 'phone', found: 'indented 3 spaces', line: 9 }],
  },
  {
    kind: 'mdx-less-than',
    located: true,
    problems: [{ file: `${S}/1.10/02-move-more.mdx`, field: '', found: '"<18"', line: 8 }],
  },
  {
    kind: 'mdx-autolink',
    located: true,
    problems: [{ file: `${S}/1.10/02-move-more.mdx`, field: '', found: 'in angle brackets', line: 8 }],
  },
  {
    kind: 'mdx-brace',
    located: true,
    problems: [{ file: `${S}/1.10/02-move-more.mdx`, field: '', found: 'never closed with }', line: 8 }],
  },
  // Consultation outcomes (issue 17): a theme that says the strategy changed where the next version is the same.
  {
    kind: 'consultation-claim',
    located: true,
    problems: [
      {
        file: `${S}/1.9/consultation.yaml`,
        field: 'themes[0].changes[0].section',
        found: "theme 'alcohol-target' says section 'move-more' changed, but it is the same in 1.10 as in 1.9",
        line: 12,
      },
      {
        file: `${S}/1.9/consultation.yaml`,
        field: 'themes[0].changes[1].target',
        found:
          "theme 'alcohol-target' says the target for 'physical-inactivity' changed, but it is the same in 1.10 as in 1.9",
        line: 13,
      },
    ],
  },
  // Version diffs (issue 5): a version with nothing to publish or compare.
  {
    kind: 'version-without-sections',
    located: false,
    problems: [{ file: `${S}/2.0`, field: '', found: 'a version folder with no sections' }],
  },
];

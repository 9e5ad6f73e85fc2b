/**
 * The components authors use in MDX (docs/architecture.md, "Components"), as
 * blocks in the editor with a form for their attributes. Their attributes
 * are checked in src/lib/contract/components.ts, which has no schema with
 * comments to read; a unit test fails when the two lists disagree. Help
 * texts say what docs/authoring.md says.
 */

import { SEXES } from '../lib/core/vocabulary.ts';
import type { FieldKind } from './form-spec-types.ts';

export interface ComponentProp {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly required: boolean;
  readonly kind: FieldKind;
}

export interface ComponentSpec {
  readonly name: string;
  readonly label: string;
  readonly description: string;
  /** wrapper: holds text; block: stands alone; mark: wraps words inside a sentence or list item. */
  readonly kind: 'wrapper' | 'block' | 'mark';
  /** Attributes in the order authors write them (and the editor writes them). */
  readonly props: readonly ComponentProp[];
}

const text = (key: string, label: string, description: string, required = false): ComponentProp => ({
  key,
  label,
  description,
  required,
  kind: { type: 'text', multiline: false },
});
const number = (key: string, label: string, description: string, required = false): ComponentProp => ({
  key,
  label,
  description,
  required,
  kind: { type: 'number', integer: false, nullable: false },
});
const period = (key: string, label: string, description: string, required = false): ComponentProp => ({
  key,
  label,
  description,
  required,
  kind: { type: 'period' },
});

const INDICATOR =
  'The indicator id: the name of its file in data/indicators/ without .json, like "physical-inactivity".';

export const COMPONENT_SPECS: readonly ComponentSpec[] = [
  {
    name: 'Target',
    label: 'Target',
    description:
      'A promise with a number. The sentence inside must state the target value (and the baseline, when given) as written numbers, like "from 22.3% to 20%": the check refuses a sentence that does not.',
    kind: 'wrapper',
    props: [
      text('indicator', 'Indicator', INDICATOR, true),
      text(
        'area',
        'Area',
        "The area the target is for (an id in data/areas.json); leave empty for the strategy's area.",
      ),
      number('baseline', 'Baseline', 'The value the target starts from, as the sentence states it.'),
      period(
        'since',
        'Baseline period',
        'The period of the baseline, like "2021/22"; default: the earliest in the data.',
      ),
      number('value', 'Target value', 'The value promised, as the sentence states it.', true),
      period('by', 'By', 'When the value should be reached: a year like "2028" or a period like "2028/29".', true),
      {
        key: 'sex',
        label: 'Sex',
        description: 'For a target on figures for men or women only.',
        required: false,
        kind: { type: 'select', options: SEXES },
      },
      text('age', 'Age band', 'For a target on one age band, as the data writes it ("10-14 yrs").'),
      text('categoryType', 'Category type', 'The kind of group of `category`, when its name is in more than one.'),
      text('category', 'Category', 'For a target on one group, like "Most deprived decile".'),
      text('between', 'Gap between', 'For a target on a gap: the first group, like "Most deprived decile".'),
      text('and', 'And', 'For a target on a gap: the second group, like "Least deprived decile".'),
    ],
  },
  {
    name: 'Measure',
    label: 'Measure',
    description:
      'An item of "how we will know", linked to the indicator that measures it. Select the words, then choose Measure.',
    kind: 'mark',
    props: [text('indicator', 'Indicator', INDICATOR, true)],
  },
  {
    name: 'CaseStudy',
    label: 'Case study',
    description: "A person's or a project's story, in a box with its title.",
    kind: 'wrapper',
    props: [text('title', 'Title', 'The title of the case study.', true)],
  },
  {
    name: 'Quote',
    label: 'Quote',
    description: 'Words from a resident or partner, with who said them.',
    kind: 'wrapper',
    props: [
      text('source', 'Source', 'Who said it, like "Resident, comment on the draft strategy".'),
      text(
        'lang',
        'Language',
        'For a quote in another language: its code, like "cy" for Welsh, so screen readers pronounce it.',
      ),
    ],
  },
  {
    name: 'AtAGlance',
    label: 'At a glance',
    description: 'Headline figures: put Stat blocks inside.',
    kind: 'wrapper',
    props: [text('title', 'Title', 'A heading above the figures (optional).')],
  },
  {
    name: 'Stat',
    label: 'Stat',
    description: 'One headline figure inside At a glance, read as "158,700 residents".',
    kind: 'block',
    props: [
      text('value', 'Figure', 'The figure as it should read, like "158,700" or "29%".', true),
      text('label', 'Label', 'What it counts, like "residents".', true),
    ],
  },
  {
    name: 'Table',
    label: 'Table',
    description: 'A table with its caption: put a table inside.',
    kind: 'wrapper',
    props: [
      text('caption', 'Caption', 'What the table shows, like "Table 1: Life expectancy by ward".', true),
      {
        key: 'rowHeaders',
        label: 'First cell of each row is its heading',
        description: 'Tick when the first column names the rows.',
        required: false,
        kind: { type: 'checkbox' },
      },
    ],
  },
];

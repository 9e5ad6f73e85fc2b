/**
 * Checking the components an author used in an MDX section, on their own
 * (references to indicators and areas are checked later, in checks.ts).
 */

import { numericLiteral, type AttributeValue, type ComponentUse } from '../mdx/parse.ts';
import { parsePeriod } from '../core/periods.ts';
import { MDX_COMPONENTS, SEXES, type Sex } from '../core/vocabulary.ts';
import { targetSeriesChoice, type BreakdownChoice, type GapChoice } from './breakdowns.ts';
import type { MeasureUse, TargetUse } from './model.ts';
import { describe, problem, type Problem } from './problems.ts';

/** Each component's attributes (the editor's forms follow them: tests/unit/editor-forms.test.ts). */
export const ATTRIBUTES: Record<string, { required: string[]; optional: string[] }> = {
  Target: {
    required: ['indicator', 'value', 'by'],
    optional: ['baseline', 'since', 'area', 'sex', 'age', 'categoryType', 'category', 'between', 'and'],
  },
  Measure: { required: ['indicator'], optional: [] },
  CaseStudy: { required: ['title'], optional: [] },
  Quote: { required: [], optional: ['source', 'lang'] },
  AtAGlance: { required: [], optional: ['title'] },
  Stat: { required: ['value', 'label'], optional: [] },
  Table: { required: ['caption'], optional: ['rowHeaders'] },
};

export interface ComponentResult {
  targets: TargetUse[];
  measures: MeasureUse[];
  problems: Problem[];
}

export function checkComponents(uses: readonly ComponentUse[], file: string): ComponentResult {
  const result: ComponentResult = { targets: [], measures: [], problems: [] };
  for (const use of uses) {
    const at = { line: use.line, column: use.column };
    const isComponent = /^[A-Z]/.test(use.name);
    if (!isComponent) continue; // lower-case names are plain HTML elements (abbr, br), rendered as written
    const spec = ATTRIBUTES[use.name];
    if (!spec) {
      result.problems.push(
        problem(
          file,
          use.name,
          `a component called <${use.name}>`,
          `one of ${MDX_COMPONENTS.map((n) => `<${n}>`).join(', ')} (check the spelling and capitals)`,
          at,
        ),
      );
      continue;
    }
    if (use.hasSpread) {
      result.problems.push(
        problem(file, use.name, 'a spread attribute {...}', 'attributes written one by one, like indicator="id"', at),
      );
    }
    for (const name of spec.required) {
      if (!(name in use.attributes)) {
        result.problems.push(
          problem(
            file,
            `${use.name}.${name}`,
            'nothing',
            `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} attribute on <${use.name}>`,
            at,
          ),
        );
      }
    }
    const allowed = new Set([...spec.required, ...spec.optional]);
    for (const name of Object.keys(use.attributes)) {
      if (!allowed.has(name)) {
        result.problems.push(
          problem(
            file,
            `${use.name}.${name}`,
            'an attribute this component does not use',
            `one of ${[...allowed].join(', ')}`,
            use.attributePlaces[name] ?? at,
          ),
        );
      }
    }
    if (use.name === 'Target') checkTarget(use, file, result);
    if (use.name === 'Measure') {
      const indicator = stringAttr(use, 'indicator', file, result.problems);
      if (indicator !== undefined)
        result.measures.push({
          indicator,
          text: use.text,
          line: use.line,
          column: use.column,
          places: use.attributePlaces,
        });
    }
    if (use.name === 'Measure' || use.name === 'Target') {
      if (use.text === '') {
        result.problems.push(
          problem(
            file,
            use.name,
            'no sentence inside the component',
            `a sentence between <${use.name} ...> and </${use.name}>`,
            at,
          ),
        );
      }
    }
  }
  return result;
}

function checkTarget(use: ComponentUse, file: string, result: ComponentResult): void {
  const problems = result.problems;
  const indicator = stringAttr(use, 'indicator', file, problems);
  const value = numberAttr(use, 'value', file, problems);
  const baseline = numberAttr(use, 'baseline', file, problems);
  const by = periodAttr(use, 'by', file, problems);
  const since = periodAttr(use, 'since', file, problems);
  const area = stringAttr(use, 'area', file, problems);
  const series = targetSeries(use, file, problems);

  // The sentence is checked against value, baseline and by in target-sentences.ts, with the indicator's unit.
  if (indicator === undefined || value === undefined || by === undefined) return;
  if (use.attributes.baseline && baseline === undefined) return;
  if (use.attributes.since && since === undefined) return;
  if (series === undefined) return;
  result.targets.push({
    indicator,
    value,
    baseline,
    since,
    by,
    area,
    ...series,
    text: use.text,
    line: use.line,
    column: use.column,
    places: use.attributePlaces,
  });
}

/**
 * The breakdown or gap a Target names: `sex`, `age`, `category` (with
 * `categoryType` when a category name is in more than one type), or a gap
 * `between` one category `and` another. Undefined when an attribute is wrong
 * (the problem is reported).
 */
function targetSeries(
  use: ComponentUse,
  file: string,
  problems: Problem[],
): { breakdown?: BreakdownChoice; gap?: GapChoice } | undefined {
  const before = problems.length;
  const sexText = stringAttr(use, 'sex', file, problems);
  let sex: Sex | undefined;
  if (sexText !== undefined) {
    if ((SEXES as readonly string[]).includes(sexText)) sex = sexText as Sex;
    else {
      problems.push(
        problem(
          file,
          'Target.sex',
          describe(sexText),
          `one of ${SEXES.map((s) => `"${s}"`).join(', ')}`,
          placeOf(use, 'sex'),
        ),
      );
    }
  }
  const age = stringAttr(use, 'age', file, problems);
  const categoryType = stringAttr(use, 'categoryType', file, problems);
  const category = stringAttr(use, 'category', file, problems);
  const between = stringAttr(use, 'between', file, problems);
  const and = stringAttr(use, 'and', file, problems);
  const at = { line: use.line, column: use.column };
  if ((between === undefined) !== (and === undefined) && problems.length === before) {
    const [has, lacks] = between === undefined ? ['and', 'between'] : ['between', 'and'];
    problems.push(
      problem(
        file,
        `Target.${lacks}`,
        'nothing',
        `${lacks}="..." as well, since the Target has ${has}: a gap is between="one category" and="another"`,
        placeOf(use, has),
      ),
    );
  }
  if (category !== undefined && between !== undefined) {
    problems.push(
      problem(
        file,
        'Target.category',
        describe(category),
        'no category on a Target about a gap: name the two categories with between="..." and="..."',
        placeOf(use, 'category') ?? at,
      ),
    );
  }
  if (problems.length > before) return undefined;
  return targetSeriesChoice({ sex, age, category, categoryType, between, and });
}

function placeOf(use: ComponentUse, name: string) {
  return use.attributePlaces[name] ?? { line: use.line, column: use.column };
}

function stringAttr(use: ComponentUse, name: string, file: string, problems: Problem[]): string | undefined {
  const attr: AttributeValue | undefined = use.attributes[name];
  if (!attr) return undefined;
  if (attr.kind === 'string' && attr.value.trim() !== '') return attr.value.trim();
  problems.push(
    problem(file, `${use.name}.${name}`, foundAttr(attr), `text in quotes, like ${name}="..."`, placeOf(use, name)),
  );
  return undefined;
}

function numberAttr(use: ComponentUse, name: string, file: string, problems: Problem[]): number | undefined {
  const attr = use.attributes[name];
  if (!attr) return undefined;
  const n = attr.kind === 'expression' ? numericLiteral(attr.source) : undefined;
  if (n !== undefined) return n;
  problems.push(
    problem(
      file,
      `${use.name}.${name}`,
      foundAttr(attr),
      `a number in braces, like ${name}={20} or ${name}={22.3}`,
      placeOf(use, name),
    ),
  );
  return undefined;
}

function periodAttr(use: ComponentUse, name: string, file: string, problems: Problem[]): string | undefined {
  const attr = use.attributes[name];
  if (!attr) return undefined;
  let text: string | undefined;
  if (attr.kind === 'string') text = attr.value.trim();
  else if (attr.kind === 'expression' && /^\d{4}$/.test(attr.source)) text = attr.source;
  if (text === undefined) {
    problems.push(
      problem(
        file,
        `${use.name}.${name}`,
        foundAttr(attr),
        `a period in quotes, like ${name}="2028" or ${name}="2028/29"`,
        placeOf(use, name),
      ),
    );
    return undefined;
  }
  const parsed = parsePeriod(text);
  if (!parsed.ok) {
    problems.push(problem(file, `${use.name}.${name}`, describe(text), parsed.expected, placeOf(use, name)));
    return undefined;
  }
  return text;
}

function foundAttr(attr: AttributeValue): string {
  if (attr.kind === 'string') return describe(attr.value);
  if (attr.kind === 'expression') return `{${attr.source}}`;
  return 'an attribute with no value';
}

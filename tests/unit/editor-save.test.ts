/**
 * The editor's faithful save (src/editor/save-data.ts, save-mdx.ts): a file
 * changes only where the author changed it, whatever Keystatic's serialiser
 * did to the rest. The Keystatic outputs in tests/fixtures/editor/ are what
 * Keystatic 0.6's MDX field wrote for two example sections, unchanged.
 */

import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fileSpecs } from '../../src/editor/form-spec.ts';
import { saveData } from '../../src/editor/save-data.ts';
import { forEditor, fromEditor, saveMdx, splitMdx } from '../../src/editor/save-mdx.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const specs = fileSpecs();
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const fixture = (name: string) => read(`tests/fixtures/editor/${name}`);

const AT_A_GLANCE = 'content/strategies/kensington-chelsea-joint-strategy/1.0/02-at-a-glance.mdx';
const HEALTHY_LIVING = 'content/strategies/kent-medway-integrated-care/8.0/06-healthy-living.mdx';

/** A file as Keystatic hands it over: its front matter, then Keystatic's body (no blank line between). */
function keystatic(file: string, body: string): string {
  return `---\n${splitMdx(read(file)).front ?? ''}---\n${body}`;
}

/** Lines removed and added, in order. */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

describe('saveMdx', () => {
  it("keeps a section as it was when Keystatic's serialiser rewrote all of it", () => {
    for (const [file, name] of [
      [AT_A_GLANCE, '02-at-a-glance.keystatic.mdx'],
      [HEALTHY_LIVING, '06-healthy-living.keystatic.mdx'],
    ] as const) {
      const written = keystatic(file, fixture(name));
      expect(written).not.toBe(read(file));
      expect(saveMdx(read(file), written, specs.section.fields)).toBe(read(file));
    }
  });

  it("changes only a target's opening tag when its value changes, and only the sentence when that does", () => {
    const body = fixture('06-healthy-living.keystatic.mdx')
      .replace('value={20}', 'value={19}')
      .replace('from 22.3% to 20%.', 'from 22.3% to 19%.');
    expect(lineDiff(read(HEALTHY_LIVING), saveMdx(read(HEALTHY_LIVING), keystatic(HEALTHY_LIVING, body), []))).toEqual({
      removed: [
        '<Target indicator="physical-inactivity" baseline={22.3} since="2021/22" value={20} by="2028">',
        'By 2028, the share of adults in Kent and Medway who are physically inactive will have fallen from 22.3% to 20%.',
      ],
      added: [
        '<Target indicator="physical-inactivity" baseline={22.3} since="2021/22" value={19} by="2028">',
        'By 2028, the share of adults in Kent and Medway who are physically inactive will have fallen from 22.3% to 19%.',
      ],
    });
  });

  it('keeps the list bullet of an edited item, and adds a paragraph with a blank line before it', () => {
    const body = `${fixture('06-healthy-living.keystatic.mdx').replace('at least 1.5% below', 'at least 2% below')}\nA last word.\n`;
    const saved = saveMdx(read(HEALTHY_LIVING), keystatic(HEALTHY_LIVING, body), []);
    expect(lineDiff(read(HEALTHY_LIVING), saved).added).toEqual([
      '- <Measure indicator="frailty-emergency-admissions">By 2028, emergency admissions for people living with frailty will be at least 2% below the rate in 2018.</Measure>',
      'A last word.',
    ]);
    expect(saved.endsWith('fallen by at least 10%.</Measure>\n\nA last word.\n')).toBe(true);
  });

  it('puts a new Stat beside the others, one a line, and keeps the footnotes', () => {
    const body = fixture('02-at-a-glance.keystatic.mdx').replace(
      '  <Stat value="£795,000" label="middle house price" />',
      '  <Stat value="£795,000" label="middle house price" />\n\n  <Stat value="12" label="parks" />',
    );
    const saved = saveMdx(read(AT_A_GLANCE), keystatic(AT_A_GLANCE, body), []);
    expect(saved).toBe(
      read(AT_A_GLANCE).replace(
        '<Stat value="£795,000" label="middle house price" />\n',
        '<Stat value="£795,000" label="middle house price" />\n<Stat value="12" label="parks" />\n',
      ),
    );
  });

  it('changes a front matter field in place', () => {
    const written = keystatic(HEALTHY_LIVING, fixture('06-healthy-living.keystatic.mdx')).replace(
      'title: Support people to live and age well',
      'title: Help people live and age well',
    );
    expect(lineDiff(read(HEALTHY_LIVING), saveMdx(read(HEALTHY_LIVING), written, specs.section.fields))).toEqual({
      removed: ['title: Support people to live and age well'],
      added: ['title: Help people live and age well'],
    });
  });

  it('writes a new file with a blank line after its front matter', () => {
    expect(saveMdx(undefined, '---\ntitle: News\nkind: section\n---\nText.\n', specs.section.fields)).toBe(
      '---\ntitle: News\n---\n\nText.\n',
    );
  });
});

describe('what Keystatic is shown, and what comes back', () => {
  const text =
    '---\ntitle: A\n---\n\n{/* check-ignore readability */}\nA long sentence.[^1]\n\n[^1]: https://example.org\n';

  it('shows footnote definitions and comment lines as text, which Keystatic can open', () => {
    expect(forEditor(text)).toBe(
      '---\ntitle: A\n---\n\n\\{/* check-ignore readability */}\nA long sentence.[^1]\n\n\\[^1]: https://example.org\n',
    );
    expect(forEditor('---\ntitle: A\n---\n\nPlain.\n')).toBe('---\ntitle: A\n---\n\nPlain.\n');
  });

  it("escapes a comment's words, which may name a component without being one", () => {
    const comment = '{/* check-ignore promise: a <Target> value cannot state {this} */}\n';
    const shown = forEditor(`---\ntitle: A\n---\n\n${comment}`);
    expect(shown).toBe(
      '---\ntitle: A\n---\n\n\\{/* check-ignore promise: a \\<Target> value cannot state \\{this\\} */}\n',
    );
    // As Keystatic serialises that text (it escapes the stars and the angle bracket).
    expect(fromEditor('\\{/\\* check-ignore promise: a \\<Target> value cannot state \\{this} \\*/}\n')).toBe(comment);
  });

  it('writes them back as authors write them', () => {
    // As Keystatic serialises the text it was shown.
    const back = fromEditor(
      '\\{/\\* check-ignore readability \\*/}\nA long sentence.\\[^1]\n\n\\[^1]: https://example.org\n',
    );
    expect(back).toBe('{/* check-ignore readability */}\nA long sentence.[^1]\n\n[^1]: https://example.org\n');
    expect(saveMdx(text, `---\ntitle: A\n---\n${back}`, [])).toBe(text);
  });
});

describe('saveData', () => {
  const files = execSync("git ls-files 'content/*.yaml' 'data/indicators/*.json' 'data/delivery/*.json'", {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .trim()
    .split('\n');
  const specOf = (file: string) =>
    file.endsWith('site.yaml')
      ? specs.site
      : file.endsWith('strategy.yaml')
        ? specs.strategy
        : file.endsWith('version.yaml')
          ? specs.version
          : file.endsWith('consultation.yaml')
            ? specs.consultation
            : file.includes('/delivery/')
              ? specs.delivery
              : specs.indicator;

  it('keeps every example data file as it is when nothing changed, written any way', () => {
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      const text = read(file);
      const format = file.endsWith('.json') ? 'json' : 'yaml';
      const value: unknown = format === 'json' ? JSON.parse(text) : parseYaml(text);
      // Keystatic writes numbers its own way (55.0 as 55) and years as text; both are the same value.
      const rewritten = JSON.parse(
        JSON.stringify(value, (_k, v: unknown) =>
          typeof v === 'number' && Number.isInteger(v) && v > 1999 && v < 2100 ? String(v) : v,
        ),
      );
      expect(saveData(format, text, rewritten, specOf(file).fields), file).toBe(text);
    }
  });

  const site = read('content/site.yaml');
  const siteValue = () =>
    parseYaml(site) as Record<string, unknown> & {
      accessibility: Record<string, unknown>;
      contact: Record<string, unknown>;
    };

  it('changes a value in place, keeping quotes and folded text elsewhere', () => {
    const value = siteValue();
    value.name = 'Kent: Health Partnership';
    value.contact.otherFormats = 'Ask us for large print.';
    expect(lineDiff(site, saveData('yaml', site, value, specs.site.fields))).toEqual({
      removed: [
        'name: Health and Wellbeing Partnership',
        '    You can ask for any strategy on this site in large print, easy read, audio',
        '    or another language. Email or phone us and tell us which format you need.',
        '    We will reply within 5 working days.',
      ],
      added: ['name: "Kent: Health Partnership"', '    Ask us for large print.'],
    });
  });

  it('adds a field beside its neighbour in the schema, and removes one with its lines', () => {
    // The example's logo is the last field; without it, the logo is a field to add.
    const logo = 'logo:\n  src: images/logo.svg\n  alt: Health and Wellbeing Partnership\n';
    expect(site).toContain(logo);
    const withoutLogo = site.replace(logo, '');
    const value = parseYaml(withoutLogo) as ReturnType<typeof siteValue>;
    const ordered = {
      name: value.name,
      organisation: value.organisation,
      url: value.url,
      colour: value.colour,
      logo: { src: 'images/logo.svg', alt: 'Our logo' },
      contact: value.contact,
      accessibility: { ...value.accessibility, improvements: '' },
    };
    const saved = saveData('yaml', withoutLogo, ordered, specs.site.fields);
    expect(saved).toContain('colour: "#005a70"\nlogo:\n  src: images/logo.svg\n  alt: Our logo\ncontact:\n');
    expect(saved).not.toContain('improvements');
    expect(
      saved.endsWith(
        '  outOfScope:\n    - Two PDF appendices that partner organisations published before 23 September 2018. You can ask us for them in another format.\n',
      ),
    ).toBe(true);
  });

  it('leaves out what nobody wrote: empty optional fields and defaults', () => {
    const version = read('content/strategies/kent-medway-integrated-care/8.0/version.yaml');
    const value = { ...(parseYaml(version) as object), updated: '' };
    expect(saveData('yaml', version, value, specs.version.fields)).toBe(version);
    const indicator = read('data/indicators/active-travel.json');
    const parsed = JSON.parse(indicator) as Record<string, unknown>;
    expect(
      saveData(
        'json',
        indicator,
        { ...parsed, comparison: '', fingertipsId: null, decimals: null },
        specs.indicator.fields,
      ),
    ).toBe(indicator);
  });

  it('keeps an accessibility issue written as plain text as plain text', () => {
    const value = siteValue();
    const issues = value.accessibility.issues as unknown[];
    value.accessibility.issues = issues.map((issue) => (typeof issue === 'string' ? { text: issue } : issue));
    expect(saveData('yaml', site, value, specs.site.fields)).toBe(site);
  });

  it('adds a point to a series in the style of its neighbours: one a line, or spread out', () => {
    const compact =
      '{\n  "id": "x",\n  "series": [\n    { "period": "2021", "area": "E1", "value": 1.0 },\n    { "period": "2022", "area": "E1", "value": 2 }\n  ]\n}\n';
    const value = JSON.parse(compact) as { series: unknown[] };
    value.series.push({ period: '2023', area: 'E1', value: null, note: 'Suppressed' });
    expect(saveData('json', compact, value, specs.indicator.fields)).toBe(
      compact.replace(
        '"value": 2 }',
        '"value": 2 },\n    { "period": "2023", "area": "E1", "value": null, "note": "Suppressed" }',
      ),
    );
    const spread = read('data/indicators/active-travel.json');
    const more = JSON.parse(spread) as { series: unknown[] };
    more.series.push({ period: '2023/24', area: 'E09000033', value: 55.1 });
    const saved = saveData('json', spread, more, specs.indicator.fields);
    expect(lineDiff(spread, saved).removed).toEqual([]);
    expect(saved).toContain(
      '    },\n    {\n      "period": "2023/24",\n      "area": "E09000033",\n      "value": 55.1\n    }\n  ]\n}\n',
    );
  });

  it("adds a consultation's response channel on one line when the others are, and a theme's count in place", () => {
    const file = 'content/strategies/kent-medway-integrated-care/7.1/consultation.yaml';
    const text = read(file);
    const value = parseYaml(text) as { responses: unknown[]; themes: { count?: number }[] };
    value.responses.push({ channel: 'Phone calls: "the helpline"', count: 12 });
    if (value.themes[0]) value.themes[0].count = 72;
    expect(lineDiff(text, saveData('yaml', text, value, specs.consultation.fields))).toEqual({
      removed: ['    count: 71'],
      added: [`  - { channel: 'Phone calls: "the helpline"', count: 12 }`, '    count: 72'],
    });
  });
});

/**
 * Reading the content and data folders into the model, collecting every
 * problem rather than stopping at the first. A file that cannot be read is
 * left out of the model (and reported); everything else is still checked.
 */

import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readDelivery } from './delivery-load.ts';
import { mdxErrorInWords } from '../mdx/errors.ts';
import { MdxSyntaxError, parseMdxBody, splitFrontMatter, type ComponentUse } from '../mdx/parse.ts';
import { dateProblem } from '../core/dates.ts';
import { isVersionId, versionOrder, VERSION_EXPECTED } from '../core/versions.ts';
import { checkComponents } from './components.ts';
import { readConsultationFile } from './consultation-load.ts';
import type { Content, Section, Strategy, Update, Version } from './model.ts';
import { describe, misnamed, problem, type Problem } from './problems.ts';
import {
  areasSchema,
  ID_RE,
  indicatorSchema,
  sectionSchema,
  siteSchema,
  strategySchema,
  updateSchema,
  versionSchema,
  type Area,
  type Indicator,
  type SiteConfig,
} from './schemas.ts';
import { list, readJson, readYaml, type Located } from './source.ts';
import { validate } from './validate.ts';

export interface Loaded {
  readonly content: Content;
  readonly problems: Problem[];
}

function isDir(p: string): boolean {
  return statSync(p).isDirectory();
}

/** Relative path with forward slashes, as shown to authors. */
function rel(base: string, p: string): string {
  return path.relative(base, p).split(path.sep).join('/');
}

class Reader {
  readonly problems: Problem[] = [];
  readonly contentDir: string;
  readonly dataDir: string;

  constructor(contentDir: string, dataDir: string) {
    this.contentDir = contentDir;
    this.dataDir = dataDir;
  }

  /** Every file read, by its path as shown to authors, for locating problems found later. */
  readonly sources = new Map<string, Located>();

  report(...problems: Problem[]): void {
    this.problems.push(...problems);
  }

  yaml(file: string): Located | undefined {
    const abs = path.join(this.contentDir, file);
    if (!existsSync(abs)) return undefined;
    const source = readYaml(readFileSync(abs, 'utf8'), file);
    this.report(...source.problems);
    this.sources.set(file, source);
    return source;
  }

  json(file: string): Located | undefined {
    const abs = path.join(this.dataDir, file);
    if (!existsSync(abs)) return undefined;
    const source = readJson(readFileSync(abs, 'utf8'), file);
    this.report(...source.problems);
    this.sources.set(file, source);
    return source;
  }

  parsed<T>(result: { ok: true; value: T } | { ok: false; problems: Problem[] }): T | undefined {
    if (result.ok) return result.value;
    this.report(...result.problems);
    return undefined;
  }
}

export function loadContent(contentDir: string, dataDir: string): Loaded {
  const reader = new Reader(path.resolve(contentDir), path.resolve(dataDir));
  if (!existsSync(reader.contentDir)) {
    reader.report(
      problem(
        '.',
        '',
        `no content folder at ${reader.contentDir}`,
        'a folder holding site.yaml and strategies/ (set CONTENT_DIR to use another)',
      ),
    );
  }
  if (!existsSync(reader.dataDir)) {
    reader.report(
      problem(
        '.',
        '',
        `no data folder at ${reader.dataDir}`,
        'a folder holding areas.json and indicators/ (set DATA_DIR to use another)',
      ),
    );
  }
  const site = readSite(reader);
  const strategies = readStrategies(reader);
  const { areas, ids: areaIds } = readAreas(reader);
  const indicators = readIndicators(reader);
  const updates = readUpdates(reader);
  const delivery = readDelivery(reader);
  const present = {
    areas: areaIds,
    strategies: new Set(list(path.join(reader.contentDir, 'strategies'))),
    indicators: new Set(
      list(path.join(reader.dataDir, 'indicators'))
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -'.json'.length)),
    ),
  };
  return {
    content: {
      contentDir: reader.contentDir,
      dataDir: reader.dataDir,
      site,
      strategies,
      areas,
      indicators,
      updates,
      delivery,
      present,
      locate: (file, fieldPath) => reader.sources.get(file)?.locate(fieldPath) ?? {},
      dataOf: (file) => reader.sources.get(file)?.data,
    },
    problems: reader.problems,
  };
}

const FALLBACK_SITE: SiteConfig = {
  name: 'Health and wellbeing strategies',
  colour: '#1d70b8',
  contact: {},
  accessibility: { status: 'partial', issues: [], disproportionateBurden: [], outOfScope: [] },
};

function readSite(reader: Reader): SiteConfig {
  const source = reader.yaml('site.yaml');
  if (!source) {
    reader.report(problem('site.yaml', '', 'no file', 'a site.yaml in the content folder, with at least "name: ..."'));
    return FALLBACK_SITE;
  }
  if (source.data === undefined) return FALLBACK_SITE;
  return reader.parsed(validate(siteSchema, source, 'site.yaml')) ?? FALLBACK_SITE;
}

function readStrategies(reader: Reader): Strategy[] {
  const root = path.join(reader.contentDir, 'strategies');
  const strategies: Strategy[] = [];
  for (const id of list(root)) {
    const dir = path.join(root, id);
    if (!isDir(dir)) continue;
    const relDir = `strategies/${id}`;
    if (!ID_RE.test(id)) {
      const expected = 'a folder name of lower-case letters, digits and hyphens, like "kent-medway-integrated-care"';
      reader.report(misnamed(relDir, 'a strategy folder', id, expected));
      continue;
    }
    const file = `${relDir}/strategy.yaml`;
    const source = reader.yaml(file);
    if (!source) {
      reader.report(problem(file, '', 'no file', `a strategy.yaml in ${relDir}/ with at least "title: ..."`));
      continue;
    }
    const config = source.data === undefined ? undefined : reader.parsed(validate(strategySchema, source, file));
    const versions = readVersions(reader, id, dir);
    if (versions.length === 0) {
      reader.report(
        problem(relDir, '', 'no version folders', `at least one version folder inside ${relDir}/, named like 1.0`),
      );
    }
    if (config) strategies.push({ ...config, id, versions });
  }
  return strategies;
}

function readVersions(reader: Reader, strategyId: string, dir: string): Version[] {
  const versions: Version[] = [];
  for (const name of list(dir)) {
    const vdir = path.join(dir, name);
    if (!isDir(vdir)) continue;
    const relDir = rel(reader.contentDir, vdir);
    if (!isVersionId(name)) {
      reader.report(misnamed(relDir, 'a version folder', name, VERSION_EXPECTED));
      continue;
    }
    const file = `${relDir}/version.yaml`;
    const source = reader.yaml(file);
    if (!source) {
      reader.report(problem(file, '', 'no file', `a version.yaml in ${relDir}/ with "date:" and "status:"`));
    }
    const config = source?.data === undefined ? undefined : reader.parsed(validate(versionSchema, source, file));
    const sections = readSections(reader, vdir);
    const consultation = readConsultationFile(reader, relDir);
    if (config) {
      versions.push({
        id: name,
        strategyId,
        dir: relDir,
        ...config,
        sections,
        ...(consultation ? { consultation } : {}),
      });
    }
  }
  return versions.sort((a, b) => versionOrder(a.id, b.id));
}

const SECTION_FILE = /^(\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

function readSections(reader: Reader, vdir: string): Section[] {
  const sections: Section[] = [];
  for (const name of list(vdir)) {
    if (name === 'version.yaml') continue;
    const abs = path.join(vdir, name);
    const file = rel(reader.contentDir, abs);
    const m = SECTION_FILE.exec(name);
    if (!m) {
      if (name.endsWith('.mdx') || name.endsWith('.md')) {
        const expected =
          'a name like 03-keep-people-well.mdx: a two-digit number, a hyphen, an id of lower-case words joined by hyphens, and .mdx';
        reader.report(misnamed(file, 'a section file', name, expected));
      }
      continue;
    }
    const mdx = readMdx(reader, abs, file, sectionSchema);
    if (!mdx) continue;
    const { frontMatter, body, components } = mdx;
    const checked = checkComponents(components, file);
    reader.report(...checked.problems);
    sections.push({
      id: frontMatter.id ?? m[2] ?? name,
      order: Number(m[1]),
      file,
      path: abs,
      title: frontMatter.title,
      kind: frontMatter.kind,
      signatories: frontMatter.signatories,
      body,
      components,
      targets: checked.targets,
      measures: checked.measures,
    });
  }
  return sections.sort((a, b) => a.order - b.order || (a.file < b.file ? -1 : 1));
}

interface MdxFile<T> {
  frontMatter: T;
  body: string;
  components: ComponentUse[];
}

function readMdx<S extends typeof sectionSchema | typeof updateSchema>(
  reader: Reader,
  abs: string,
  file: string,
  schema: S,
): MdxFile<ReturnType<S['parse']>> | undefined {
  const split = splitFrontMatter(readFileSync(abs, 'utf8'));
  if (split.yaml === undefined) {
    reader.report(
      problem(
        file,
        '',
        'no front matter',
        'the file to start with a line "---", then "title: ...", then another "---"',
        { line: 1, column: 1 },
      ),
    );
    return undefined;
  }
  const source = readYaml(split.yaml, file, { lineOffset: split.yamlLine - 1 });
  reader.report(...source.problems);
  reader.sources.set(file, source);
  const frontMatter = source.data === undefined ? undefined : reader.parsed(validate(schema, source, file));
  let components: ComponentUse[];
  try {
    components = parseMdxBody(split.body).components;
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    const words = mdxErrorInWords(error, split.body);
    reader.report(problem(file, '', words.found, words.expected, { line: words.line, column: words.column }));
    return undefined;
  }
  if (!frontMatter) return undefined;
  return { frontMatter: frontMatter as ReturnType<S['parse']>, body: split.body, components };
}

function readAreas(reader: Reader): { areas: Area[]; ids: ReadonlySet<string> | undefined } {
  const source = reader.json('areas.json');
  if (!source) {
    reader.report(
      problem('areas.json', '', 'no file', 'an areas.json in the data folder listing the areas your figures describe'),
    );
    return { areas: [], ids: undefined };
  }
  // Unreadable: references to areas cannot be judged, so they are not reported.
  if (source.data === undefined) return { areas: [], ids: undefined };
  const ids = Array.isArray(source.data)
    ? new Set(source.data.flatMap((a: unknown) => (isRecord(a) && typeof a.id === 'string' ? [a.id] : [])))
    : undefined;
  return { areas: reader.parsed(validate(areasSchema, source, 'areas.json')) ?? [], ids };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readIndicators(reader: Reader): Indicator[] {
  const indicators: Indicator[] = [];
  for (const name of list(path.join(reader.dataDir, 'indicators'))) {
    if (!name.endsWith('.json')) continue;
    const file = `indicators/${name}`;
    const source = reader.json(file);
    if (!source || source.data === undefined) continue;
    const indicator = reader.parsed(validate(indicatorSchema, source, file));
    if (!indicator) continue;
    const expected = name.slice(0, -'.json'.length);
    if (indicator.id !== expected) {
      reader.report(
        problem(
          file,
          'id',
          describe(indicator.id),
          `"${expected}", the file name without .json (rename the file or change the id)`,
          source.locate(['id']),
        ),
      );
      continue;
    }
    indicators.push(indicator);
  }
  return indicators;
}

const UPDATE_FILE = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

function readUpdates(reader: Reader): Update[] {
  const updates: Update[] = [];
  const dir = path.join(reader.contentDir, 'updates');
  for (const name of list(dir)) {
    const file = `updates/${name}`;
    const m = UPDATE_FILE.exec(name);
    const impossible = m ? dateProblem(m[1] ?? '') : undefined;
    if (!m || impossible !== undefined) {
      if (name.endsWith('.mdx') || name.endsWith('.md')) {
        const expected =
          impossible !== undefined
            ? `${impossible}; rename the file so that its name starts with the right date`
            : 'a name like 2026-11-02-consultation-opens.mdx: the date, a hyphen, lower-case words joined by hyphens, and .mdx';
        reader.report(misnamed(file, 'an update file', name, expected));
      }
      continue;
    }
    const abs = path.join(dir, name);
    const mdx = readMdx(reader, abs, file, updateSchema);
    if (!mdx) continue;
    updates.push({
      ...mdx.frontMatter,
      id: name.slice(0, -'.mdx'.length),
      date: m[1] ?? '',
      file,
      path: abs,
      body: mdx.body,
    });
  }
  return updates.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

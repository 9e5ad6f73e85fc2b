/**
 * `npm run import-document`: a Word document (.docx) becomes a version folder
 * of a strategy, one section file per Heading 1. Planning reads the document
 * and works out every file, what could not be carried over, what the check
 * will refuse and which sentences look like promises with numbers; writing
 * then makes the folder under a hidden name and renames it into place, as
 * `npm run new-version` does, so a failure never leaves half a version (or
 * half a strategy) for the check or the site to find.
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, parse } from 'yaml';
import { checkComponents } from '../contract/components.ts';
import { sortProblems, type Problem } from '../contract/problems.ts';
import { ID_RE } from '../contract/schemas.ts';
import type { SectionKind } from '../core/vocabulary.ts';
import { isVersionId, versionOrder } from '../core/versions.ts';
import { parseMdxBody, splitFrontMatter } from '../mdx/parse.ts';
import { checkProseFile } from '../strategy/prose-checks.ts';
import { readabilityOf } from '../strategy/readability.ts';
import { uniqueId } from '../mdx/headings.ts';
import { inspectDocx, type Finding, type FindingKind } from './docx-inspect.ts';
import { readDocx } from './docx-read.ts';
import { tidySection, withoutTypedNumber } from './import-document-blocks.ts';
import { guessKind, sectionFileName, sectionMdx, sectionSlug } from './import-document-mdx.ts';
import { findNumericPromises, type NumericPromise } from './import-document-promises.ts';
import { documentTree, IMAGES_FOLDER, type SavedImage } from './import-document-tree.ts';
import { versionFolders } from './new-version.ts';

export interface ImportDocumentRequest {
  readonly contentDir: string;
  readonly strategyId: string;
  readonly versionId: string;
  /** The version's date, YYYY-MM-DD (the command passes today's). */
  readonly date: string;
  /** The .docx file's bytes. */
  readonly docx: Uint8Array;
  /** Its file name, for the version's note and for messages. */
  readonly source: string;
  /** The strategy's title when the document has none of its own (a new strategy needs one). */
  readonly title?: string | undefined;
}

export interface ImportedSection {
  readonly file: string;
  readonly title: string;
  readonly kind: SectionKind | undefined;
  /** The whole file: front matter and body. */
  readonly text: string;
}

/** Something the import could not carry as it was, and where. */
export interface ImportNote {
  /** The section file it concerns, or undefined for the document as a whole. */
  readonly file: string | undefined;
  readonly what: string;
}

/** A sentence that looks like a promise with a number, placed in the file it will be in. */
export interface PromiseFound extends NumericPromise {
  /** Relative to the content folder, as the check writes it. */
  readonly file: string;
}

export interface ImportPlan {
  readonly ok: true;
  readonly strategyId: string;
  readonly versionId: string;
  /** The version folder to create, absolute. */
  readonly versionDir: string;
  /** strategy.yaml's text when the strategy is new; undefined when it exists. */
  readonly strategyYaml: string | undefined;
  readonly versionYaml: string;
  readonly title: string | undefined;
  readonly sections: readonly ImportedSection[];
  readonly images: readonly SavedImage[];
  readonly tables: number;
  readonly footnotes: number;
  readonly notes: readonly ImportNote[];
  /** What `npm run check` will refuse in the imported files (pictures without alt text, tables without captions). */
  readonly problems: readonly Problem[];
  /** How many readability warnings the check will give. */
  readonly readabilityWarnings: number;
  readonly promises: readonly PromiseFound[];
  /** The latest version before this one, when this one does not come after it. */
  readonly notLatest: string | undefined;
}

export interface ImportRefused {
  readonly ok: false;
  /** What is wrong and what to do, for an author. */
  readonly message: string;
}

export async function planDocumentImport(request: ImportDocumentRequest): Promise<ImportPlan | ImportRefused> {
  const { contentDir, strategyId, versionId, date, source } = request;
  const refuse = (message: string): ImportRefused => ({ ok: false, message });
  const strategyDir = path.join(contentDir, 'strategies', strategyId);
  if (!ID_RE.test(strategyId)) {
    return refuse(
      `"${strategyId}" cannot be a strategy id: use lower-case letters, digits and hyphens, like kent-health-and-wellbeing.`,
    );
  }
  if (!isVersionId(versionId) || /(^|\.)0\d/.test(versionId)) {
    return refuse(
      `"${versionId}" cannot be a version folder name: use numbers separated by dots, without leading zeros, like 1.0 or 2.1.`,
    );
  }
  const isNew = !existsSync(path.join(strategyDir, 'strategy.yaml'));
  if (isNew && existsSync(strategyDir)) {
    return refuse(
      `${strategyDir} exists but holds no strategy.yaml. Nothing was changed: add its strategy.yaml first, or choose another strategy id.`,
    );
  }
  const versionDir = path.join(strategyDir, versionId);
  if (existsSync(versionDir)) {
    return refuse(
      `${versionDir} already exists. Nothing was changed: choose a new version, or remove that folder first.`,
    );
  }

  let read;
  try {
    read = await Promise.all([readDocx(request.docx), inspectDocx(request.docx)]);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return refuse(
      `${source} could not be read as a Word document (${reason}). Save it from Word as "Word Document (*.docx)" and try again.`,
    );
  }
  const [html, inspection] = read;
  const tree = documentTree(html.html, html.images);
  // --title wins: it is the author's answer to a title the document got wrong.
  const title = request.title ?? tree.title ?? inspection.title;
  if (isNew && title === undefined) {
    return refuse(
      `${source} has no title (Word's Title style, or File > Info > Title), and strategy "${strategyId}" is new, so its strategy.yaml needs one. Nothing was changed: give it with --title "...".`,
    );
  }

  // Sections keep the id a section of the same title had in the latest version, so the compare page matches them.
  const previous = isNew ? new Map<string, string>() : latestSectionIds(strategyDir);
  const used = new Set<string>();
  const titles = tree.sections.map((s) => (s.heading === undefined ? undefined : withoutTypedNumber(s.heading)));
  const introTitle = titles.some((t) => t !== undefined && sectionSlug(t) === 'introduction')
    ? 'About this document'
    : 'Introduction';
  const ids = new Map<number, string>();
  tree.sections.forEach((section, i) => {
    const sectionTitle = titles[i] ?? introTitle;
    ids.set(section.index, uniqueId(previous.get(normaliseTitle(sectionTitle)) ?? sectionSlug(sectionTitle), used));
  });

  const notes: ImportNote[] = [];
  const sections: ImportedSection[] = [];
  const fileOf = new Map<number, string>();
  let tables = 0;
  tree.sections.forEach((section, i) => {
    const sectionTitle = titles[i] ?? introTitle;
    const tidied = tidySection(section.nodes, { bookmarks: tree.bookmarks, sectionIds: ids });
    tables += tidied.tables;
    const kind = section.heading === undefined ? undefined : guessKind(sectionTitle, tidied.nodes);
    const file = sectionFileName(i + 1, tree.sections.length, ids.get(section.index) ?? 'section');
    fileOf.set(section.index, file);
    sections.push({ file, title: sectionTitle, kind, text: sectionMdx({ title: sectionTitle, kind }, tidied.nodes) });
    notes.push(...tidied.notes.map((what) => ({ file, what })));
  });
  for (const note of tree.notes) notes.push({ file: fileOf.get(note.section), what: note.what });
  for (const finding of inspection.findings)
    notes.push({ file: fileOf.get(finding.section), what: findingWords(finding) });
  notes.sort((a, b) => (a.file ?? '~').localeCompare(b.file ?? '~'));
  if (tree.sections.every((s) => s.heading === undefined)) {
    notes.unshift({
      file: undefined,
      what: 'the document has no Heading 1, so it became one section: give each section title Word\'s "Heading 1" style and import again',
    });
  }
  notes.push(...html.messages.map((m) => ({ file: undefined, what: `the Word reader said: ${m}` })));

  const review = reviewSections(sections, `strategies/${strategyId}/${versionId}`);

  const latest = isNew ? undefined : versionFolders(strategyDir).at(-1);
  return {
    ok: true,
    strategyId,
    versionId,
    versionDir,
    strategyYaml: isNew ? strategyYaml(title ?? '') : undefined,
    versionYaml: versionYaml(date, source),
    title,
    sections,
    images: tree.images,
    tables,
    footnotes: tree.footnotes,
    notes,
    ...review,
    notLatest: latest !== undefined && versionOrder(versionId, latest) < 0 ? latest : undefined,
  };
}

/**
 * What the check will say of the imported sections (the problems it will
 * refuse, how many readability warnings) and the sentences that look like
 * promises, each placed by its file and line as the check places them.
 */
function reviewSections(
  sections: readonly ImportedSection[],
  versionRel: string,
): Pick<ImportPlan, 'problems' | 'readabilityWarnings' | 'promises'> {
  const problems: Problem[] = [];
  const promises: PromiseFound[] = [];
  let readabilityWarnings = 0;
  for (const section of sections) {
    const file = `${versionRel}/${section.file}`;
    const { body } = splitFrontMatter(section.text);
    let components;
    try {
      components = parseMdxBody(body).components;
    } catch (error) {
      // The serialiser escapes everything MDX would read; if it ever does not, stop rather than write a broken file.
      throw new Error(`The import wrote ${file} in a form MDX cannot read: ${String(error)}`, { cause: error });
    }
    problems.push(...checkComponents(components, file).problems, ...checkProseFile({ file, body, outline: true }));
    promises.push(...findNumericPromises(body).map((p) => ({ ...p, file })));
    readabilityWarnings += readabilityOf(body, file).length;
  }
  return { problems: sortProblems(problems), readabilityWarnings, promises };
}

export interface Written {
  readonly ok: true;
  /** Files written, relative to the content folder, sorted. */
  readonly files: readonly string[];
}

/** Writes the plan: the version folder (with strategy.yaml around it when the strategy is new), all at once. */
export function writeDocumentImport(plan: ImportPlan, contentDir: string): Written | ImportRefused {
  const versionDir = plan.versionDir;
  const strategyDir = path.dirname(versionDir);
  const isNew = plan.strategyYaml !== undefined;
  // The hidden folder is the whole strategy when it is new, else the version; either way one rename publishes it.
  const target = isNew ? strategyDir : versionDir;
  const parent = path.dirname(target);
  const temporary = path.join(parent, `.import-${path.basename(target)}-${process.pid}`);
  try {
    mkdirSync(parent, { recursive: true });
    if (existsSync(target)) throw new Error(`${target} already exists`);
    const versionTemp = isNew ? path.join(temporary, plan.versionId) : temporary;
    mkdirSync(versionTemp, { recursive: true });
    if (plan.strategyYaml !== undefined) writeFileSync(path.join(temporary, 'strategy.yaml'), plan.strategyYaml);
    writeFileSync(path.join(versionTemp, 'version.yaml'), plan.versionYaml);
    for (const section of plan.sections) writeFileSync(path.join(versionTemp, section.file), section.text);
    if (plan.images.length > 0) mkdirSync(path.join(versionTemp, IMAGES_FOLDER));
    for (const image of plan.images) writeFileSync(path.join(versionTemp, IMAGES_FOLDER, image.name), image.bytes);
    if (existsSync(target)) throw new Error(`${target} appeared while the import was being written`);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    return {
      ok: false,
      message: `Could not create ${versionDir}: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
    };
  }
  const files = readdirSync(target, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(contentDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  return { ok: true, files };
}

/** Section titles of the strategy's latest version, for matching: normalised title -> id. */
function latestSectionIds(strategyDir: string): Map<string, string> {
  const found = new Map<string, string>();
  const latest = versionFolders(strategyDir).at(-1);
  if (latest === undefined) return found;
  const dir = path.join(strategyDir, latest);
  for (const name of readdirSync(dir).sort()) {
    const m = /^\d{2,3}-([a-z0-9-]+)\.mdx$/.exec(name);
    if (!m) continue;
    try {
      const front: unknown = parse(splitFrontMatter(readFileSync(path.join(dir, name), 'utf8')).yaml ?? '');
      const { title, id } = (front ?? {}) as { title?: unknown; id?: unknown };
      if (typeof title === 'string') found.set(normaliseTitle(title), typeof id === 'string' ? id : (m[1] ?? ''));
    } catch {
      // A section the check would refuse is no guide to ids; the import goes on without it.
    }
  }
  return found;
}

function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function strategyYaml(title: string): string {
  const doc = new Document({ title });
  return [
    doc.toString({ lineWidth: 0 }).trimEnd(),
    '# Add what readers need to know about the strategy (docs/authoring.md, "strategy.yaml"):',
    '# summary:, organisations:, period: { start: "2025", end: "2030" }, and area: for its targets.',
    '',
  ].join('\n');
}

function versionYaml(date: string, source: string): string {
  const doc = new Document({
    date,
    status: 'draft',
    note: `A draft imported from the Word document ${path.basename(source)}.`,
  });
  return doc.toString({ lineWidth: 0 });
}

const FINDINGS: Record<FindingKind, (n: number) => string> = {
  'tracked-change': (n) =>
    `${n} tracked change${n === 1 ? '' : 's'} (insertions, deletions or formatting) were imported as if accepted: accept or reject them in Word, then check this text`,
  'text-box': (n) =>
    `${n === 1 ? 'a text box' : `${n} text boxes`}: the words were put after the paragraph ${n === 1 ? 'it was' : 'they were'} anchored to; check they read in the right place`,
  equation: (n) => `${n === 1 ? 'an equation' : `${n} equations`} left out: write ${n === 1 ? 'it' : 'each'} in words`,
  chart: (n) =>
    `${n === 1 ? 'a chart' : `${n} charts`} left out: put the figures in an indicator (the site draws its charts), or add a picture of the chart with alternative text`,
  smartart: (n) => `${n === 1 ? 'a SmartArt diagram' : `${n} SmartArt diagrams`} left out: write the steps as a list`,
  'embedded-object': (n) =>
    `${n === 1 ? 'an embedded object' : `${n} embedded objects`} (such as a spreadsheet) carried at most as a picture: add the figures as a table`,
};

function findingWords(finding: Finding): string {
  return FINDINGS[finding.kind](finding.count);
}

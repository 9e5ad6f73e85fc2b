/**
 * Checks of the prose in MDX files that the renderer would otherwise publish
 * broken: a footnote reference with no footnote, a heading that skips a level
 * (the section title is the h2, so an author's first heading is an h3), an
 * image with no alternative text, and a passage marked with a `lang` that is
 * not a language code, braces that hold words, "{improve}", which MDX
 * would run as code, and a picture whose file is not there (beside the
 * section, or in public/ for an address starting with /). Each problem names
 * the file and line.
 */

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

import type { RootContent } from 'mdast';
import { proseTree } from '../mdx/parse.ts';
import type { Content } from '../contract/model.ts';
import { describe, problem, type Problem } from '../contract/problems.ts';
import { publicDirOf } from '../contract/site-model.ts';
import { LANGUAGE_TAG_RE as LANG_RE } from '../core/vocabulary.ts';

interface ProseFile {
  readonly file: string;
  readonly body: string;
  /** Whether headings sit under a section's h2 (strategy sections) and must not skip levels. */
  readonly outline: boolean;
  /** The content folder, to find the pictures the file names; without it, they are not looked for. */
  readonly contentDir?: string | undefined;
}

export function checkProse(content: Content): Problem[] {
  const files: ProseFile[] = [];
  for (const strategy of content.strategies) {
    for (const version of strategy.versions) {
      for (const section of version.sections) {
        files.push({ file: section.file, body: section.body, outline: true, contentDir: content.contentDir });
      }
    }
  }
  for (const update of content.updates) {
    files.push({ file: update.file, body: update.body, outline: false, contentDir: content.contentDir });
  }
  return files.flatMap(checkProseFile);
}

export function checkProseFile({ file, body, outline, contentDir }: ProseFile): Problem[] {
  const tree = proseTree(body);
  if (!tree) return [];
  const problems: Problem[] = [];
  const defined = new Set<string>();
  const nodes: RootContent[] = [];
  collect(tree.children, nodes);
  for (const node of nodes) {
    if (node.type === 'footnoteDefinition') defined.add(normalise(node.identifier));
  }

  // The section title is level 2; MDX `#` and `##` both render as h3, `###` as h4 and so on.
  let previous = 2;
  for (const node of nodes) {
    const at = { line: node.position?.start.line, column: node.position?.start.column };
    if (node.type === 'heading' && outline) {
      const level = Math.max(node.depth, 2) + 1;
      if (level > previous + 1) {
        const marks = '#'.repeat(node.depth);
        const wanted = '#'.repeat(Math.max(previous, 2));
        problems.push(
          problem(
            file,
            'heading',
            `a level ${level} heading ("${marks} ...") after a level ${previous} heading`,
            `a heading one level down at most: write "${wanted} ..." here, or add the heading it belongs under (the section title counts as level 2)`,
            at,
          ),
        );
      }
      previous = level;
    }
    if (node.type === 'footnoteReference' && !defined.has(normalise(node.identifier))) {
      problems.push(missingFootnote(file, node.identifier, at));
    }
    if (node.type === 'text') {
      // GFM only treats [^x] as a footnote when a definition exists; otherwise it is left as text.
      for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
        const label = match[1] ?? '';
        if (defined.has(normalise(label))) continue;
        const place = placeInText(node, match.index);
        problems.push(missingFootnote(file, label, place));
      }
    }
    if (node.type === 'image' && node.alt?.trim() === '') {
      problems.push(
        problem(
          file,
          'image.alt',
          `an image with no alternative text (![](${node.url}))`,
          'words between the square brackets saying what the image shows, like ![Map of the six wards](map.png)',
          at,
        ),
      );
    }
    if (node.type === 'image' && contentDir !== undefined) {
      const missing = missingPicture(contentDir, file, node.url);
      if (missing) problems.push(problem(file, 'image', `${describe(node.url)}, ${missing}`, PICTURE_EXPECTED, at));
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const lang = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang');
      if (lang && (typeof lang.value !== 'string' || !LANG_RE.test(lang.value))) {
        const found = typeof lang.value === 'string' ? `lang="${lang.value}"` : 'a lang attribute that is not text';
        problems.push(
          problem(
            file,
            `${node.name ?? 'element'}.lang`,
            found,
            'a language code like "cy" (Welsh), "pl" (Polish) or "pt-BR", so screen readers pronounce the passage properly',
            { line: lang.position?.start.line ?? at.line, column: lang.position?.start.column ?? at.column },
          ),
        );
      }
    }
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value)) {
      problems.push(codeInText(file, node.value, at));
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const alt = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt');
      if (!alt) {
        problems.push(
          problem(
            file,
            'img.alt',
            'an <img> with no alt attribute',
            'alt="..." saying what the image shows (or alt="" if it is only decoration)',
            at,
          ),
        );
      }
    }
  }
  return problems;
}

/** Whether an expression is only comments ({/* check-ignore readability *\/}), which render nothing. */
function isComment(expression: string): boolean {
  return expression.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

/**
 * Braces in the text that hold words, "{improve}": MDX reads them as code,
 * which passes the parser and then stops the build with a programmer's error.
 */
function codeInText(file: string, expression: string, place: { line?: number; column?: number }): Problem {
  const shown = expression.length > 30 ? `${expression.slice(0, 27)}...` : expression;
  return problem(
    file,
    '',
    `"{${shown}}": in MDX, { and } hold a piece of code, which would stop the site being built`,
    '\\{ and \\} to show braces as text, or a comment written {/* like this */}, which shows nothing',
    place,
  );
}

function missingFootnote(file: string, label: string, place: { line?: number; column?: number }): Problem {
  return problem(
    file,
    'footnote',
    `a reference to footnote [^${label}] with no footnote of that name`,
    `a line "[^${label}]: ..." in the same file giving the note, or the reference removed`,
    place,
  );
}

function normalise(label: string): string {
  return label.toLowerCase();
}

function collect(nodes: readonly RootContent[], out: RootContent[]): void {
  for (const node of nodes) {
    out.push(node);
    if ('children' in node) collect(node.children as RootContent[], out);
  }
}

/** The line and column of `offset` characters into a text node. */
function placeInText(node: RootContent, offset: number): { line?: number; column?: number } {
  const start = node.position?.start;
  if (!start || node.type !== 'text') return {};
  const before = node.value.slice(0, offset).split('\n');
  const line = start.line + before.length - 1;
  const column = before.length === 1 ? start.column + offset : (before[before.length - 1]?.length ?? 0) + 1;
  return { line, column };
}

const PICTURE_EXPECTED =
  'the path of a picture that is there, beside the section, like ./images/map.png (a path from the section works under any site address)';

/**
 * Why a picture an MDX file names is not there, or undefined when it is (or
 * is on another site, which the check does not fetch). A path is read
 * beside the file; one starting with / from public/, beside the content folder.
 */
function missingPicture(contentDir: string, file: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(url)) return undefined;
  const bare = url.replace(/[?#].*$/, '');
  let clean = bare;
  try {
    clean = decodeURIComponent(bare);
  } catch {
    // A stray % is part of the name as written.
  }
  const absolute = clean.startsWith('/')
    ? path.join(publicDirOf(contentDir), clean)
    : path.join(contentDir, path.dirname(file), clean);
  if (existsSync(absolute) && statSync(absolute).isFile()) return undefined;
  return clean.startsWith('/') ? 'which is not a file in public/' : `which is not a file beside ${path.basename(file)}`;
}

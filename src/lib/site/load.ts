/**
 * The loaded and checked site: what pages and scripts ask questions of.
 * Reads CONTENT_DIR and DATA_DIR (default content/ and data/). This is the
 * one place every check is run, the contract's own and each feature's, so
 * `npm run check`, the build and the dev server can never disagree.
 */

import { checkConsultations } from '../strategy/consultation-checks.ts';
import { checkContent } from '../contract/checks.ts';
import { withFieldWords } from '../contract/field-words.ts';
import { checkVersions } from '../contract/checks-versions.ts';
import { loadContent } from '../contract/load.ts';
import { checkTargetSentences } from '../contract/target-sentences.ts';
import type { Content } from '../contract/model.ts';
import { ContentError, sortProblems, type Problem } from '../contract/problems.ts';
import { dirsFromEnv, SiteModel, type Dirs } from '../contract/site-model.ts';
import { checkDelivery } from '../delivery/checks.ts';
import { checkIndicatorData } from '../indicators/checks.ts';
import { checkDataWarnings } from '../indicators/data-warnings.ts';
import { buildDate } from '../core/build-date.ts';
import { checkProse } from '../strategy/prose-checks.ts';
import { promiseWarnings } from '../strategy/promises.ts';

export interface CheckResult {
  readonly content: Content;
  /** Every problem, in a stable order. */
  readonly problems: readonly Problem[];
  readonly errors: number;
  readonly warnings: number;
}

export interface CheckOptions {
  /** The day dates are judged against (nextUpdate, a target's by period): the build date unless given. */
  readonly today?: string;
}

/** Loads and checks everything; never throws for bad content. */
export function checkSite(dirs: Dirs, options: CheckOptions = {}): CheckResult {
  const today = options.today ?? buildDate();
  const loaded = loadContent(dirs.contentDir, dirs.dataDir);
  const c = loaded.content;
  const problems = sortProblems([
    ...loaded.problems,
    ...checkContent(c),
    ...checkTargetSentences(c),
    ...checkProse(c),
    ...promiseWarnings(c),
    ...checkIndicatorData(c),
    ...checkDataWarnings(c, today),
    ...checkDelivery(c),
    ...checkVersions(c),
    ...checkConsultations(c),
  ]);
  // Warnings wait until there are no errors, as readability warnings do: with errors, a warning is
  // most often the same slip seen again (a mistyped area leaves the benchmark without a value; a
  // version that cannot be read makes an earlier one the latest), and errors are what to fix first.
  const hasErrors = problems.some((p) => p.severity === 'error');
  const names = new Map(c.areas.map((a) => [a.id, a.name]));
  const shown = withFieldWords(
    problems.filter((p) => p.severity === 'error' || !hasErrors),
    (file) => c.dataOf(file),
    (id) => names.get(id) ?? id,
  );
  const errors = shown.filter((p) => p.severity === 'error').length;
  return { content: loaded.content, problems: shown, errors, warnings: shown.length - errors };
}

const cache = new Map<string, SiteModel>();

/**
 * A counter shared by every copy of this module in the process (the dev
 * server loads lib once for its config and again for its pages): bumping it
 * makes each copy read the content afresh on its next getSite().
 */
const GENERATION = Symbol.for('strategy-site.content-generation');
/**
 * Content the build has already checked (integrations/build-content.ts
 * checks it once, before bundling), by folders: the pages' copy of this
 * module takes it from here instead of reading and checking it again.
 */
const CHECKED = Symbol.for('strategy-site.checked-content');
const shared = globalThis as { [GENERATION]?: number; [CHECKED]?: Map<string, Content> };
let seenGeneration = 0;

/** Forget every loaded site, so the next getSite() reads the files again (the dev server calls this on edits). */
export function invalidateSites(): void {
  shared[GENERATION] = (shared[GENERATION] ?? 0) + 1;
  shared[CHECKED]?.clear();
}

const keyOf = (dirs: Dirs) => `${dirs.contentDir}\u0000${dirs.dataDir}`;

/**
 * What pages need of checked content: everything but the files as written,
 * which only the checks read (to say where a problem is) and which would
 * otherwise hold every data file in memory twice more, as text and as read.
 */
function forPages(content: Content): Content {
  return { ...content, locate: () => ({}), dataOf: () => undefined };
}

/**
 * Hands content checked without errors to every getSite() for the same
 * folders in this process: the build checks once and its pages reuse the
 * result. Throws ContentError if the result has errors, as getSite would.
 * Returns the site, for the caller's own use (not kept by this copy).
 */
export function shareCheckedSite(dirs: Dirs, result: CheckResult): SiteModel {
  if (result.errors > 0) throw new ContentError(result.problems);
  const content = forPages(result.content);
  shared[CHECKED] ??= new Map();
  shared[CHECKED].set(keyOf(dirs), content);
  return new SiteModel(content);
}

/** The checked site for pages: throws ContentError if anything is wrong, so nothing half-right is published. */
export function getSite(dirs: Dirs = dirsFromEnv()): SiteModel {
  if ((shared[GENERATION] ?? 0) !== seenGeneration) {
    seenGeneration = shared[GENERATION] ?? 0;
    cache.clear();
  }
  const key = keyOf(dirs);
  let site = cache.get(key);
  if (!site) {
    let content = shared[CHECKED]?.get(key);
    if (!content) {
      const result = checkSite(dirs);
      if (result.errors > 0) throw new ContentError(result.problems);
      content = forPages(result.content);
    }
    site = new SiteModel(content);
    cache.set(key, site);
  }
  return site;
}

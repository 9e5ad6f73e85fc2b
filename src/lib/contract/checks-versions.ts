/**
 * Checks of each version as a whole: a version folder with no sections is an
 * error, since it would publish an empty document and give the compare pages
 * nothing to compare.
 */

import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Content } from './model.ts';
import { problem, type Problem } from './problems.ts';

export function checkVersions(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const strategy of content.strategies) {
    for (const version of strategy.versions) {
      if (version.sections.length > 0) continue;
      // Section files that exist but could not be read are reported on their own; this is for a folder with none.
      if (hasMdx(path.join(content.contentDir, version.dir))) continue;
      problems.push(
        problem(
          version.dir,
          '',
          'a version folder with no sections',
          `at least one section file in ${version.dir}/, named like 01-foreword.mdx (or remove the folder if the version is not ready)`,
        ),
      );
    }
  }
  return problems;
}

function hasMdx(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => name.endsWith('.mdx') || name.endsWith('.md'));
  } catch {
    return false;
  }
}

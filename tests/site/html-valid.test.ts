/**
 * Every built page is valid HTML, by html-validate (offline; the W3C's Nu
 * checker needs Java) with the rules in .htmlvalidate.mjs, in the root and
 * /health/ builds: zero errors and zero warnings. html-validate reads a
 * document as a browser would and so accepts content after </html>, which the
 * Nu checker reports as a stray element and stops at: each page must also end
 * at its </html>.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { BUILDS, REPO_ROOT, buildDir } from '../support/builds.ts';
import { listPages } from '../support/files.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const name of ['root', 'health'] as const) {
  describe(`valid HTML (${name})`, () => {
    const dir = buildDir(name);
    const pages = listPages(dir, BUILDS[name].base);

    it.for(pages)('$url', async ({ file, url }) => {
      const html = readFileSync(path.join(dir, file), 'utf8');
      // Named as if in the repository, so that its .htmlvalidate.mjs applies wherever the builds are (TEST_BUILDS_DIR).
      const report = await validator.validateString(html, path.join(REPO_ROOT, name, file));
      const problems = report.results.flatMap((result) =>
        result.messages.map(
          (m) => `${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`,
        ),
      );
      expect(problems).toEqual([]);
      expect(html.trimEnd().endsWith('</html>'), `${url} has content after </html>`).toBe(true);
    });
  });
}

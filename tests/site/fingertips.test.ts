/**
 * The real Fingertips export, end to end (issue 13): the `fingertips` build
 * holds the export's 10 indicators as the importer wrote them
 * (tests/fixtures/fingertips-site/README.md). Each indicator page shows all
 * 14 areas in its "Compare areas" table, and every row's data-benchmark is
 * the comparison Fingertips itself published in the export
 * (Compared_to_England_value_or_percentiles), read here from the export,
 * unedited. Every area has its page, and each indicator can be read for each
 * area.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/authoring/csv.ts';
import { readMapping } from '../../src/lib/authoring/mapping.ts';
import { paths } from '../../src/lib/core/urls.ts';
import { buildDir } from '../support/builds.ts';
import { fileForUrlPath } from '../support/files.ts';
import { readTags, runsScripts } from '../support/html.ts';

const EXPORT = '/work/shared/fixtures/fingertips/north-east-young-people-mental-health.csv';
const MAPPING = path.join('tests', 'fixtures', 'fingertips', 'north-east-mapping.yaml');
const dir = buildDir('fingertips');

/** Fingertips' words for a comparison with England, as the site's data-benchmark keys. */
const PUBLISHED: Record<string, string> = {
  Better: 'better',
  Worse: 'worse',
  Higher: 'higher',
  Lower: 'lower',
  Similar: 'similar',
  'Not compared': 'not-compared',
};

/** The export's rows as records of heading to text. */
function exportRows(): Record<string, string>[] {
  const parsed = parseCsv(readFileSync(EXPORT, 'utf8'));
  if (!parsed.ok) throw new Error(`the export does not read as CSV: ${parsed.error.message}`);
  const [head, ...rows] = parsed.records;
  const headings = head?.cells.map((c) => c.text) ?? [];
  return rows.map((r) => Object.fromEntries(headings.map((h, i) => [h, r.cells[i]?.text ?? ''])));
}

const rows = exportRows();
const mapping = readMapping(readFileSync(MAPPING, 'utf8'), 'north-east-mapping.yaml').mapping ?? new Map();
const indicators = [...mapping].map(([fingertipsId, entry]) => ({ fingertipsId: String(fingertipsId), id: entry.id }));
const html = (url: string) => {
  const file = fileForUrlPath(dir, '/', url);
  if (!file) throw new Error(`${url} is not in the fingertips build`);
  return readFileSync(path.join(dir, file), 'utf8');
};

describe('the real Fingertips export, imported and built', () => {
  it('has 10 indicators, 14 areas each, in the export', () => {
    expect(indicators).toHaveLength(10);
    for (const { fingertipsId } of indicators) {
      expect(new Set(rows.filter((r) => r.IndicatorID === fingertipsId).map((r) => r.AreaCode)).size).toBe(14);
    }
  });

  it.for(indicators)(
    '$id lists all 14 areas, each compared with England as Fingertips published it',
    ({ fingertipsId, id }) => {
      const tags = readTags(html(paths.indicator(id)));
      const shown = new Map(
        tags.filter((t) => t.name === 'tr' && t.attrs['data-area']).map((t) => [t.attrs['data-area'], t.attrs]),
      );
      const published = rows.filter((r) => r.IndicatorID === fingertipsId);
      expect(shown.size).toBe(14);
      const differences = published.flatMap((r) => {
        const expected = PUBLISHED[r.Compared_to_England_value_or_percentiles ?? ''];
        const row = shown.get(r.AreaCode ?? '');
        return row?.['data-benchmark'] === expected
          ? []
          : [`${r.AreaName} (${r.AreaCode}): page ${row?.['data-benchmark']}, Fingertips ${expected}`];
      });
      expect(differences).toEqual([]);
      // Every row links to its area's page, which exists.
      const links = tags.filter((t) => t.name === 'a' && t.attrs.href?.startsWith('/areas/')).map((t) => t.attrs.href);
      for (const code of shown.keys()) expect(links).toContain(paths.area(code ?? ''));
    },
  );

  it.for(indicators)('$id can be read for each of its 14 areas, by links and with no script', ({ id }) => {
    const page = html(paths.indicator(id));
    const choices = readTags(page).filter((t) => t.name === 'a' && t.attrs['data-area-link'] !== undefined);
    // The lead area (the strategy's, the North East region) is this page; the 13 others have their own.
    expect(choices).toHaveLength(13);
    for (const link of choices) {
      const href = link.attrs.href ?? '';
      expect(href).toMatch(new RegExp(`^/indicators/${id}/areas/E\\d{8}/$`));
      const other = html(href);
      expect(runsScripts(readTags(other)), `${href} runs no script`).toBe(false);
      // Its own comparison with England; every area compared is on the indicator's page, linked.
      expect(other).toMatch(/data-benchmark="[a-z-]+"/);
      expect(other).not.toContain('data-compare-areas');
      expect(readTags(other).some((t) => t.name === 'a' && t.attrs.href === `/indicators/${id}/#compare-areas`)).toBe(
        true,
      );
    }
  });

  it('gives every area its page, with every indicator that has figures for it', () => {
    const areas = new Set(rows.map((r) => r.AreaCode ?? ''));
    expect(areas.size).toBe(14);
    for (const code of areas) {
      const file = path.join(dir, 'areas', code, 'index.html');
      expect(existsSync(file), code).toBe(true);
      const rowsOnPage = readTags(readFileSync(file, 'utf8')).filter(
        (t) => t.name === 'tr' && t.attrs['data-indicator'],
      );
      expect(rowsOnPage.map((t) => t.attrs['data-indicator']).sort()).toEqual(indicators.map((i) => i.id).sort());
    }
  });
});

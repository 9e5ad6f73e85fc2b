/**
 * A delivery return's file name is its reporting period, written so that it
 * can be a file name and a URL segment: a slash or a space cannot be.
 *
 *   2024.json      calendar year 2024
 *   2024-25.json   financial year 2024/25
 *   2024-Q3.json   quarter 2024 Q3
 *   2024-07.json   month 2024-07
 *
 * `YYYY-NN` is a month when NN is 01 to 12, and a financial year otherwise
 * (as in periods.ts, where it is pooled years otherwise). Pooled years are for
 * statistics, not for a return, so they have no file name here. The period
 * itself is checked by periods.ts, the one parser of the five period forms.
 */

import { parsePeriod, type Period } from '../core/periods.ts';

export const PERIOD_FILE_EXPECTED =
  'a file name that is the reporting period: 2024-Q3.json (a quarter), 2024-07.json (a month), 2024-25.json (the financial year 2024/25) or 2024.json (a year)';

export type PeriodFileResult = { ok: true; period: Period; slug: string } | { ok: false; expected: string };

/** The period a file name (with or without .json) stands for. */
export function periodOfFileName(name: string): PeriodFileResult {
  const slug = name.endsWith('.json') ? name.slice(0, -'.json'.length) : name;
  const fail = (expected: string): PeriodFileResult => ({ ok: false, expected });
  let m: RegExpExecArray | null;
  let label: string;
  if (/^\d{4}$/.test(slug)) {
    label = slug;
  } else if ((m = /^(\d{4})-Q(\d)$/.exec(slug))) {
    label = `${m[1]} Q${m[2]}`;
  } else if ((m = /^(\d{4})-q(\d)$/.exec(slug))) {
    return fail(`a quarter written with a capital Q, like ${m[1]}-Q${m[2]}.json`);
  } else if ((m = /^(\d{4})-(\d{2})$/.exec(slug))) {
    const n = Number(m[2]);
    label = n >= 1 && n <= 12 ? slug : `${m[1]}/${m[2]}`;
  } else if ((m = /^(\d{4}) Q(\d)$/.exec(slug))) {
    return fail(`the quarter written with a hyphen for the space, like ${m[1]}-Q${m[2]}.json`);
  } else {
    return fail(PERIOD_FILE_EXPECTED);
  }
  const parsed = parsePeriod(label);
  if (!parsed.ok) {
    // periods.ts words its expectation in the written form; say it in the file-name form.
    return fail(
      `${parsed.expected.replace(/(\d{4})\/(\d{2})/g, '$1-$2.json').replace(/(\d{4}) Q(\d)/g, '$1-Q$2.json')}`,
    );
  }
  if (parsed.period.kind === 'pooled-years') return fail(PERIOD_FILE_EXPECTED);
  return { ok: true, period: parsed.period, slug };
}

/** The file name (without .json) for a period label: "2024 Q3" -> "2024-Q3", "2024/25" -> "2024-25". */
export function fileNameOfPeriod(label: string): string {
  return label.replace(' ', '-').replace('/', '-');
}

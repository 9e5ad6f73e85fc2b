/**
 * Periods: the ways a time period is written, turned into a span of dates so
 * that values can be sorted and placed on a time axis.
 *
 *   2023                 calendar year
 *   2023/24              financial year (1 April to 31 March)
 *   2023 Q2              calendar quarter (Q2 = April to June)
 *   2023/24 Q1           financial quarter (Q1 = April to June 2023)
 *   2023-05              month
 *   2021-23, 2021 - 23   pooled years (2021 to 2023 together)
 *   2021/22 - 23/24      pooled financial years (April 2021 to March 2024)
 *   2023 Q2 - 2024 Q1    a run of quarters (a rolling year); also 2023/24 Q2 - 2024/25 Q1
 *   2023/24 Q1-Q3        quarters of a financial year so far (April to December 2023)
 *   Aug 2023 - Jul 2024  a run of months (a year that does not start in January or April)
 *
 * The first five are the forms authors write by hand; the others are the
 * forms Fingertips publishes, kept as Fingertips writes them so that a figure
 * reads the same on both sites.
 *
 * `YYYY-NN` is a month when NN is 01 to 12 and pooled years otherwise, so
 * "2011-12" means December 2011; pooled years are written `2011 - 12`, with
 * spaces, as Fingertips writes them, when they could be read as a month.
 */

export type PeriodKind =
  | 'year'
  | 'financial-year'
  | 'quarter'
  | 'financial-quarter'
  | 'month'
  | 'pooled-years'
  | 'pooled-financial-years'
  | 'quarters'
  | 'months';

export interface Period {
  /** The period exactly as the author wrote it. */
  readonly label: string;
  readonly kind: PeriodKind;
  /** First day, as an ISO date (inclusive). */
  readonly start: string;
  /** Last day, as an ISO date (inclusive). */
  readonly end: string;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; expected: string };

export const PERIOD_FORMS = 'a period written as 2023, 2023/24, 2023 Q2, 2023-05 or 2021-23';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The full year that a two-digit year `yy` names, the first at or after `from`'s century. */
function fullYear(from: number, yy: number): number {
  return Math.floor(from / 100) * 100 + yy;
}

/**
 * Parsed periods, by text. A site names a few dozen periods but judges and
 * charts ask about them hundreds of thousands of times; results are frozen,
 * so sharing them is safe.
 */
const parsed = new Map<string, PeriodResult>();

export function parsePeriod(text: string): PeriodResult {
  let result = parsed.get(text);
  if (result === undefined) {
    result = Object.freeze(parsePeriodText(text));
    if (parsed.size < 10_000) parsed.set(text, result);
  }
  return result;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "Aug 2023" as a month number and year, or undefined. */
function monthWords(text: string): { y: number; m: number } | undefined {
  const match = /^([A-Z][a-z]{2}) (\d{4})$/.exec(text);
  const m = match ? MONTHS.indexOf(match[1] as (typeof MONTHS)[number]) + 1 : 0;
  return match && m > 0 ? { y: Number(match[2]), m } : undefined;
}

/** The first and last month (year, month) of a quarter written "2023 Q2" or "2023/24 Q1". */
function quarterMonths(text: string): { first: [number, number]; last: [number, number] } | undefined {
  const match = /^(\d{4})(?:\/(\d{2}))? Q([1-4])$/.exec(text);
  if (!match) return undefined;
  const y = Number(match[1]);
  const q = Number(match[3]);
  if (match[2] !== undefined && Number(match[2]) !== (y + 1) % 100) return undefined;
  // A financial year's Q1 is April to June; its Q4 is January to March of the next year.
  const offset = match[2] === undefined ? (q - 1) * 3 : (q - 1) * 3 + 3;
  const firstIndex = y * 12 + offset;
  const lastIndex = firstIndex + 2;
  return {
    first: [Math.floor(firstIndex / 12), (firstIndex % 12) + 1],
    last: [Math.floor(lastIndex / 12), (lastIndex % 12) + 1],
  };
}

function financialYearOk(y: number, yy: number): boolean {
  return yy === (y + 1) % 100;
}

function parsePeriodText(text: string): PeriodResult {
  const label = text;
  const fail = (expected: string): PeriodResult => ({ ok: false, expected });
  const ok = (kind: PeriodKind, start: string, end: string): PeriodResult => ({
    ok: true,
    period: { label, kind, start, end },
  });
  let m: RegExpExecArray | null;

  if ((m = /^(\d{4})$/.exec(text))) {
    const y = Number(m[1]);
    return ok('year', iso(y, 1, 1), iso(y, 12, 31));
  }
  if ((m = /^(\d{4})\/(\d{2})$/.exec(text))) {
    const y = Number(m[1]);
    if (!financialYearOk(y, Number(m[2]))) {
      return fail(`a financial year whose second part is the next year, like ${y}/${pad((y + 1) % 100)}`);
    }
    return ok('financial-year', iso(y, 4, 1), iso(y + 1, 3, 31));
  }
  if ((m = /^(\d{4}) Q(\d)$/.exec(text))) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    if (q < 1 || q > 4) return fail(`a quarter from Q1 to Q4, like ${y} Q2`);
    const firstMonth = (q - 1) * 3 + 1;
    return ok('quarter', iso(y, firstMonth, 1), iso(y, firstMonth + 2, lastDay(y, firstMonth + 2)));
  }
  if ((m = /^(\d{4})\/(\d{2}) Q(\d)$/.exec(text))) {
    const y = Number(m[1]);
    if (!financialYearOk(y, Number(m[2])) || Number(m[3]) < 1 || Number(m[3]) > 4) {
      return fail(`a financial quarter written like ${y}/${pad((y + 1) % 100)} Q1 (Q1 is April to June)`);
    }
    const months = quarterMonths(text);
    if (!months) return fail(PERIOD_FORMS);
    const [fy, fm] = months.first;
    const [ly, lm] = months.last;
    return ok('financial-quarter', iso(fy, fm, 1), iso(ly, lm, lastDay(ly, lm)));
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const y = Number(m[1]);
    const n = Number(m[2]);
    if (n >= 1 && n <= 12) return ok('month', iso(y, n, 1), iso(y, n, lastDay(y, n)));
    const endYear = fullYear(y, n);
    if (endYear <= y) {
      return fail(`a month from ${y}-01 to ${y}-12, or pooled years that end later in the same century, like 2021-23`);
    }
    return ok('pooled-years', iso(y, 1, 1), iso(endYear, 12, 31));
  }
  if ((m = /^(\d{4}) - (\d{2})$/.exec(text))) {
    // Fingertips' pooled years: "2009 - 11" is never a month.
    const y = Number(m[1]);
    const endYear = fullYear(y, Number(m[2]));
    if (endYear <= y) return fail(`pooled years that end later in the same century, like ${y} - ${pad((y + 2) % 100)}`);
    return ok('pooled-years', iso(y, 1, 1), iso(endYear, 12, 31));
  }
  if ((m = /^(\d{4})\/(\d{2}) - (\d{2})\/(\d{2})$/.exec(text))) {
    const y = Number(m[1]);
    const lastStart = fullYear(y, Number(m[3]));
    if (!financialYearOk(y, Number(m[2])) || !financialYearOk(lastStart, Number(m[4])) || lastStart <= y) {
      return fail(
        `pooled financial years written like ${y}/${pad((y + 1) % 100)} - ${pad((y + 2) % 100)}/${pad((y + 3) % 100)}`,
      );
    }
    return ok('pooled-financial-years', iso(y, 4, 1), iso(lastStart + 1, 3, 31));
  }
  if ((m = /^(\d{4})\/(\d{2}) Q1-Q([2-4])$/.exec(text))) {
    // A financial year so far: "2023/24 Q1-Q3" is April to December 2023.
    const y = Number(m[1]);
    const last = quarterMonths(`${m[1]}/${m[2]} Q${m[3]}`);
    if (!financialYearOk(y, Number(m[2])) || !last) {
      return fail(`quarters of a financial year written like ${y}/${pad((y + 1) % 100)} Q1-Q3`);
    }
    const [ly, lm] = last.last;
    return ok('quarters', iso(y, 4, 1), iso(ly, lm, lastDay(ly, lm)));
  }
  if ((m = /^(\S+(?: Q\d)?) - (\S+(?: Q\d)?)$/.exec(text)) && /Q\d$/.test(text)) {
    const from = quarterMonths(m[1] ?? '');
    const to = quarterMonths(m[2] ?? '');
    const sameForm = (m[1] ?? '').includes('/') === (m[2] ?? '').includes('/');
    if (!from || !to || !sameForm || to.last[0] * 12 + to.last[1] <= from.first[0] * 12 + from.first[1]) {
      return fail('a run of quarters written like 2023 Q2 - 2024 Q1, or 2023/24 Q2 - 2024/25 Q1');
    }
    const [fy, fm] = from.first;
    const [ly, lm] = to.last;
    return ok('quarters', iso(fy, fm, 1), iso(ly, lm, lastDay(ly, lm)));
  }
  if ((m = /^([A-Za-z]{3} \d{4}) - ([A-Za-z]{3} \d{4})$/.exec(text))) {
    const from = monthWords(m[1] ?? '');
    const to = monthWords(m[2] ?? '');
    if (!from || !to || to.y * 12 + to.m <= from.y * 12 + from.m) {
      return fail(
        'a run of months written like Aug 2023 - Jul 2024 (three-letter month names, the first letter a capital)',
      );
    }
    return ok('months', iso(from.y, from.m, 1), iso(to.y, to.m, lastDay(to.y, to.m)));
  }
  if ((m = /^(\d{4})-(\d{4})$/.exec(text))) {
    return fail(`pooled years written with a two-digit end, like ${m[1]}-${(m[2] ?? '').slice(2)}`);
  }
  if ((m = /^(\d{4})\s*q(\d)$/i.exec(text))) {
    return fail(`a quarter written with a space and a capital Q, like ${m[1]} Q${m[2]}`);
  }
  if ((m = /^([A-Za-z]{3}) (\d{4})$/.exec(text))) {
    return fail(`a month written as ${m[2]}-MM, like ${m[2]}-05 for May`);
  }
  return fail(PERIOD_FORMS);
}

/** Whether a period covers more than one year: such figures overlap their neighbours (2019-21 and 2020-22 share two years). */
export function spansYears(p: Period): boolean {
  const [sy = 0, sm = 1] = p.start.split('-').map(Number);
  const [ey = 0, em = 1] = p.end.split('-').map(Number);
  return ey * 12 + em - (sy * 12 + sm) + 1 > 12;
}

/** A key that is the same for two labels of one span ("2019-21" and "2019 - 21"). */
export function spanKey(p: Period): string {
  return `${p.start}/${p.end}`;
}

/**
 * A period as Fingertips writes it, in the form the site keeps: spaces
 * tidied, and a month written in words ("Jan 2024") as 2024-01. Every other
 * Fingertips form ("2019 - 21", "2019/20 - 21/22", "2023/24 Q1",
 * "Aug 2023 - Jul 2024") is kept as it is.
 */
export function fingertipsPeriod(text: string): string {
  const t = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, (dash) => (dash.includes(' ') ? ' - ' : '-'));
  const month = monthWords(t);
  return month ? `${pad(month.y, 4)}-${pad(month.m)}` : t;
}

/** Parses a period, throwing when it is malformed: for code that runs after the check. */
export function period(text: string): Period {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(`"${text}" is not ${result.expected}`);
  return result.period;
}

/** Orders periods by start date, then shorter first, then by label (a total, stable order). */
export function comparePeriods(a: Period, b: Period): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/** Milliseconds since the epoch of the middle of a period: where it sits on a time axis. */
export function periodMidpoint(p: Period): number {
  const start = Date.parse(`${p.start}T00:00:00Z`);
  const end = Date.parse(`${p.end}T00:00:00Z`) + 86_400_000;
  return (start + end) / 2;
}

/**
 * Periods: the five ways authors write a time period, turned into a span of
 * dates so that values can be sorted and placed on a time axis.
 *
 *   2023       calendar year
 *   2023/24    financial year (1 April to 31 March)
 *   2023 Q2    calendar quarter (Q2 = April to June)
 *   2023-05    month
 *   2021-23    pooled years (2021 to 2023 together)
 *
 * `YYYY-NN` is a month when NN is 01 to 12 and pooled years otherwise, so
 * "2011-12" means December 2011; pooled years that end in 01-12 of the same
 * century as they start are rare in published indicators.
 */

export type PeriodKind = 'year' | 'financial-year' | 'quarter' | 'month' | 'pooled-years';

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

function parsePeriodText(text: string): PeriodResult {
  const label = text;
  const fail = (expected: string): PeriodResult => ({ ok: false, expected });
  let m: RegExpExecArray | null;

  if ((m = /^(\d{4})$/.exec(text))) {
    const y = Number(m[1]);
    return { ok: true, period: { label, kind: 'year', start: iso(y, 1, 1), end: iso(y, 12, 31) } };
  }
  if ((m = /^(\d{4})\/(\d{2})$/.exec(text))) {
    const y = Number(m[1]);
    const next = Number(m[2]);
    if (next !== (y + 1) % 100) {
      return fail(`a financial year whose second part is the next year, like ${y}/${pad((y + 1) % 100)}`);
    }
    return {
      ok: true,
      period: { label, kind: 'financial-year', start: iso(y, 4, 1), end: iso(y + 1, 3, 31) },
    };
  }
  if ((m = /^(\d{4}) Q(\d)$/.exec(text))) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    if (q < 1 || q > 4) return fail(`a quarter from Q1 to Q4, like ${y} Q2`);
    const firstMonth = (q - 1) * 3 + 1;
    return {
      ok: true,
      period: {
        label,
        kind: 'quarter',
        start: iso(y, firstMonth, 1),
        end: iso(y, firstMonth + 2, lastDay(y, firstMonth + 2)),
      },
    };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const y = Number(m[1]);
    const n = Number(m[2]);
    if (n >= 1 && n <= 12) {
      return { ok: true, period: { label, kind: 'month', start: iso(y, n, 1), end: iso(y, n, lastDay(y, n)) } };
    }
    const endYear = fullYear(y, n);
    if (endYear <= y) {
      return fail(`a month from ${y}-01 to ${y}-12, or pooled years that end later in the same century, like 2021-23`);
    }
    return { ok: true, period: { label, kind: 'pooled-years', start: iso(y, 1, 1), end: iso(endYear, 12, 31) } };
  }
  if ((m = /^(\d{4})-(\d{4})$/.exec(text))) {
    return fail(`pooled years written with a two-digit end, like ${m[1]}-${(m[2] ?? '').slice(2)}`);
  }
  if ((m = /^(\d{4})\s*q(\d)$/i.exec(text))) {
    return fail(`a quarter written with a space and a capital Q, like ${m[1]} Q${m[2]}`);
  }
  return fail(PERIOD_FORMS);
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

/**
 * Periods as people write them in sentences ("by 2028", "by 2028/29", "by
 * March 2029", "Q2 2027"), found with their place in the text. The check
 * uses them to ask whether a Target's sentence states its `by` period, and
 * which numbers in a sentence are amounts rather than parts of a date.
 *
 * What counts as stating a `by` period (statesPeriod):
 *
 *   by="2028"      "2028", or a month of 2028 ("December 2028")
 *   by="2028/29"   "2028/29", "2028-29", "2028/2029", "2028 to 2029",
 *                  or the month it ends, "March 2029" ("by 31 March 2029")
 *   by="2028 Q2"   "Q2 2028", "2028 Q2", or the month it ends, "June 2028"
 *   by="2028-05"   "May 2028" (or "2028-05")
 *   by="2026-28"   "2026-28", "2026 to 2028"
 *   the forms Fingertips publishes ("2023/24 Q1", "Aug 2023 - Jul 2024"):
 *                  the period as written, or the month it ends ("June 2023")
 *
 * A bare "2029" does not state 2028/29: "by 2029" reads as the end of 2029,
 * nine months after the financial year ends, and the progress line is drawn
 * to the date the attribute gives.
 */

import { MONTH_NAMES } from './dates.ts';
import type { Period } from './periods.ts';

export type PeriodMentionKind = 'year' | 'span' | 'month' | 'quarter';

export interface PeriodMention {
  readonly kind: PeriodMentionKind;
  /** As written: "2028/29", "March 2029". */
  readonly text: string;
  /** Index of its first character in the text, and one past its last. */
  readonly start: number;
  readonly end: number;
  /** The year it starts in (for a month or quarter, its year). */
  readonly first: number;
  /** The year it ends in. */
  readonly last: number;
  /** For a month, 1 to 12; for a quarter, 1 to 4. */
  readonly part?: number | undefined;
  /** Whether a span is written like a financial year ("2028/29", "2028-29"), ending in March of its last year. */
  readonly financial?: boolean | undefined;
  /** Its last day, as an ISO date. */
  readonly lastDay: string;
}

const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** A four-digit year from 1900 to 2099 that is not part of a longer number, an amount of money or a percentage. */
const YEAR = String.raw`(?<![\d.,£$\u20ac])(?:19|20)\d{2}(?![\d%]|[.,]\d)`;
const DASH = String.raw`\s*(?:\/|-|\u2013|\u2014)\s*`;

const MENTION = new RegExp(
  [
    // Q2 2028, 2028 Q2
    String.raw`\bQ(?<q1>[1-4])\s+(?<qy1>${YEAR})`,
    String.raw`(?<qy2>${YEAR})\s+Q(?<q2>[1-4])\b`,
    // (31) March 2029, Mar. 2029
    String.raw`(?:\b\d{1,2}(?:st|nd|rd|th)?\s+)?\b(?<month>${MONTH_WORD})\.?\s+(?<my>${YEAR})`,
    // 2028-05 (a month, when it cannot be a financial year)
    String.raw`(?<iy>${YEAR})-(?<im>0[1-9]|1[0-2])(?![\d/])`,
    // 2028/29, 2028-29, 2028/2029, 2028 to 2029
    String.raw`(?<sy>${YEAR})(?:(?<sep>${DASH})|\s+to\s+)(?<se>(?:19|20)\d{2}|\d{2})(?![\d%]|[.,]\d)`,
    `(?<y>${YEAR})`,
  ].join('|'),
  'giu',
);

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) =>
  `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/** Every period written in a piece of text, in order. */
export function periodMentions(text: string): PeriodMention[] {
  const found: PeriodMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const g = m.groups ?? {};
    const at = { text: m[0], start: m.index, end: m.index + m[0].length };
    const quarterYear = g.qy1 ?? g.qy2;
    if (quarterYear !== undefined) {
      const year = Number(quarterYear);
      const q = Number(g.q1 ?? g.q2);
      found.push({ ...at, kind: 'quarter', first: year, last: year, part: q, lastDay: lastDayOf(year, q * 3) });
    } else if (g.month !== undefined && g.my !== undefined) {
      const year = Number(g.my);
      const prefix = g.month.toLowerCase().slice(0, 3);
      const month = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(prefix)) + 1;
      found.push({ ...at, kind: 'month', first: year, last: year, part: month, lastDay: lastDayOf(year, month) });
    } else if (g.iy !== undefined && g.im !== undefined && Number(g.im) !== (Number(g.iy) + 1) % 100) {
      const year = Number(g.iy);
      const month = Number(g.im);
      found.push({ ...at, kind: 'month', first: year, last: year, part: month, lastDay: lastDayOf(year, month) });
    } else if ((g.sy ?? g.iy) !== undefined) {
      const first = Number(g.sy ?? g.iy);
      const written = g.se ?? g.im ?? '';
      const last = written.length === 2 ? Math.floor(first / 100) * 100 + Number(written) : Number(written);
      if (last <= first) {
        // "2028-20" is not a span: read the first year alone, and go on after it.
        found.push(yearAt(text, m.index, first));
        continue;
      }
      const financial = last === first + 1 && (written.length === 2 || g.sep?.trim() === '/');
      found.push({
        ...at,
        kind: 'span',
        first,
        last,
        financial,
        lastDay: financial ? lastDayOf(last, 3) : lastDayOf(last, 12),
      });
    } else if (g.y !== undefined) {
      found.push(yearAt(text, m.index, Number(g.y)));
    }
  }
  return found;
}

function yearAt(text: string, start: number, year: number): PeriodMention {
  return {
    kind: 'year',
    text: text.slice(start, start + 4),
    start,
    end: start + 4,
    first: year,
    last: year,
    lastDay: `${year}-12-31`,
  };
}

/** Whether a mention names the same period as `period` (see the table at the top of this file). */
export function mentionStates(mention: PeriodMention, period: Period): boolean {
  const year = Number(period.start.slice(0, 4));
  const endYear = Number(period.end.slice(0, 4));
  const endMonth = Number(period.end.slice(5, 7));
  switch (period.kind) {
    case 'year':
      return (mention.kind === 'year' || mention.kind === 'month') && mention.first === year;
    case 'financial-year':
      return (
        (mention.kind === 'span' && mention.first === year && mention.last === endYear) ||
        (mention.kind === 'month' && mention.first === endYear && mention.part === 3)
      );
    case 'quarter':
      return (
        (mention.kind === 'quarter' && mention.first === year && (mention.part ?? 0) * 3 === endMonth) ||
        (mention.kind === 'month' && mention.first === year && mention.part === endMonth)
      );
    case 'month':
      return mention.kind === 'month' && mention.first === year && mention.part === endMonth;
    case 'pooled-years':
      return mention.kind === 'span' && mention.first === year && mention.last === endYear;
    default:
      // The forms Fingertips publishes (2023/24 Q1, 2023 Q2 - 2024 Q1, Aug 2023 - Jul 2024...): the month
      // they end in, or the label itself (statesPeriod).
      return mention.kind === 'month' && mention.first === endYear && mention.part === endMonth;
  }
}

/** The five forms authors write by hand, each read from prose on its own (the others are matched as written). */
const HAND_WRITTEN = new Set(['year', 'financial-year', 'quarter', 'month', 'pooled-years']);

/** Whether the text states `period` in one of the forms above; `mentions` are the text's, when already found. */
export function statesPeriod(
  text: string,
  period: Period,
  mentions: readonly PeriodMention[] = periodMentions(text),
): boolean {
  if (!HAND_WRITTEN.has(period.kind) && text.includes(period.label)) return true;
  return mentions.some((m) => mentionStates(m, period));
}

/** How a `by` period may be written in a sentence, for a message: '"2028/29" or "March 2029"'. */
export function periodInWords(period: Period): string {
  const year = Number(period.start.slice(0, 4));
  const endYear = Number(period.end.slice(0, 4));
  const endMonth = Number(period.end.slice(5, 7));
  const monthName = (n: number) => MONTH_NAMES[n - 1] ?? '';
  switch (period.kind) {
    case 'year':
      return `"${year}"`;
    case 'financial-year':
      return `"${period.label}" or "March ${endYear}"`;
    case 'quarter':
      return `"${period.label}" or "${monthName(endMonth)} ${year}"`;
    case 'month':
      return `"${monthName(endMonth)} ${year}"`;
    case 'pooled-years':
      return `"${period.label}" or "${year} to ${endYear}"`;
    default:
      return `"${period.label}" or "${monthName(endMonth)} ${endYear}"`;
  }
}

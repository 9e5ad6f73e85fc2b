/**
 * Numbers as people write them in prose, and numbers formatted for display.
 */

import type { Unit } from './vocabulary.ts';
import { pluralWord } from './text.ts';

/**
 * A written number: digits with optional thousands commas and decimals, as in
 * "22.3%", "395 per 100,000", "12,000", "£1.1bn", "1.5%". Years and periods
 * ("2028/29") come out as their separate parts, which is harmless for the
 * question we ask ("does the sentence state this value?").
 */
const WRITTEN_NUMBER = /(?:(?<![\w.,])[-\u2212])?(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;

export interface WrittenNumber {
  readonly value: number;
  /** Index of its first character in the text, and one past its last. */
  readonly start: number;
  readonly end: number;
}

/** Every number written in a piece of text, in order, with where it is. */
export function numbersIn(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  for (const match of text.matchAll(WRITTEN_NUMBER)) {
    // A minus sign counts only where it cannot be a range's hyphen ("2021-23" is 2021 and 23).
    const value = Number(match[0].replace(/,/g, '').replace('\u2212', '-'));
    found.push({ value, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Every number written in a piece of text, in order. */
export function writtenNumbers(text: string): number[] {
  return numbersIn(text).map((n) => n.value);
}

/**
 * A written number with the unit written around it, as the sentence has it:
 * "22.35%", "395 per 100,000", "£1.1bn", "12 per cent". For quoting a sentence
 * back to its author.
 */
export function asWritten(text: string, n: WrittenNumber): string {
  const before = text.slice(0, n.start);
  const after = text.slice(n.end);
  const prefix = /[£$\u20ac]$/.exec(before)?.[0] ?? '';
  const suffix =
    /^(?:\s*%|\s?per cent|\s?percentage points?|\s?per (?:1,?000|10,?000|100,?000)|bn|m\b|k\b)/i.exec(after)?.[0] ?? '';
  return `${prefix}${text.slice(n.start, n.end)}${suffix}`;
}

/** Whether the text states `value` as a written number (22.3 matches "22.3%" but not "22.35"). */
export function statesNumber(text: string, value: number): boolean {
  return writtenNumbers(text).some((n) => n === value);
}

const groupFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 10 });

/** One formatter per number of decimal places: making one costs far more than using it, and pages format thousands. */
const fixedFormats = new Map<number, Intl.NumberFormat>();

/** A number with thousands separators and no trailing zeros: 100000 -> "100,000". */
export function formatNumber(value: number, decimals?: number): string {
  if (decimals === undefined) return groupFormat.format(value);
  let format = fixedFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    fixedFormats.set(decimals, format);
  }
  return format.format(value);
}

/** A value in its unit, as a reader would say it: "22.3%", "395 per 100,000", "£36,000". */
export function formatValue(value: number | null, unit: Unit, decimals?: number): string {
  if (value === null) return 'No value';
  const n = formatNumber(value, decimals);
  if (unit === 'gbp' && value < 0) return `-£${formatNumber(-value, decimals)}`;
  switch (unit) {
    case 'percent':
      return `${n}%`;
    case 'per-1000':
      return `${n} per 1,000`;
    case 'per-10k':
      return `${n} per 10,000`;
    case 'per-100k':
      return `${n} per 100,000`;
    case 'gbp':
      return `£${n}`;
    case 'years':
      return `${n} ${pluralWord(value, 'year')}`;
    case 'count':
    case 'ratio':
    case 'score':
      return n;
  }
}

/**
 * For a rate, the words that follow every value ("per 100,000"), which a
 * table says once in its column header rather than in every cell, where they
 * wrap a phone's narrow column to three lines; undefined for other units.
 * Read from formatValue, so that a rate unit added there is one here too.
 */
export function rateWords(unit: Unit): string | undefined {
  return /^1 (per [\d,]+)$/.exec(formatValue(1, unit))?.[1];
}

/** A value in a table column whose header names its rate (rateWords): the bare number; otherwise as formatValue. */
export function formatCell(value: number | null, unit: Unit, decimals?: number): string {
  return value !== null && rateWords(unit) ? formatNumber(value, decimals) : formatValue(value, unit, decimals);
}

/** A numeric column's header, with the rate its cells leave out: "England (per 100,000)". */
export function cellHeader(text: string, unit: Unit): string {
  const rate = rateWords(unit);
  return rate ? `${text} (${rate})` : text;
}

/** The unit in words, for table headings and definitions. */
export function unitLabel(unit: Unit): string {
  switch (unit) {
    case 'percent':
      return 'Percentage';
    case 'per-1000':
      return 'Rate per 1,000';
    case 'per-10k':
      return 'Rate per 10,000';
    case 'per-100k':
      return 'Rate per 100,000';
    case 'count':
      return 'Number';
    case 'years':
      return 'Years';
    case 'gbp':
      return 'Pounds (£)';
    case 'ratio':
      return 'Ratio';
    case 'score':
      return 'Score';
  }
}

/** How many decimal places a number has as JavaScript writes it: 22.3 has 1, 20 has 0, 1e-7 has 7. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = String(Math.abs(value));
  const exponent = /e([-+]\d+)$/.exec(text);
  const [mantissa = ''] = text.split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - (exponent ? Number(exponent[1]) : 0));
}

/**
 * Whether `written` is `value` rounded to as many decimals as `written` has:
 * 22.3 stands for 22.28 or 22.34 but not 22.36, and 9 for 9.4 but not 9.5.
 * Published figures are often unrounded (9.23290978024279); authors write
 * them as they are shown (9.2).
 */
export function roundsTo(value: number, written: number): boolean {
  if (value === written) return true;
  const d = decimalsOf(written);
  const scale = 10 ** d;
  // Half a unit in the last place, with room for the binary error in value * scale.
  return Math.abs(value * scale - written * scale) < 0.5 + 1e-9 * Math.max(1, Math.abs(value * scale));
}

/** A computed number without binary noise, for messages: 5.1000000000000005 is 5.1. */
export function tidyNumber(value: number): number {
  return Number(value.toPrecision(12));
}

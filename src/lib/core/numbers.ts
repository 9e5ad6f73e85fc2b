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

/** Every number written in a piece of text, in order. */
export function writtenNumbers(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(WRITTEN_NUMBER)) {
    // A minus sign counts only where it cannot be a range's hyphen ("2021-23" is 2021 and 23).
    found.push(Number(match[0].replace(/,/g, '').replace('\u2212', '-')));
  }
  return found;
}

/** Whether the text states `value` as a written number (22.3 matches "22.3%" but not "22.35"). */
export function statesNumber(text: string, value: number): boolean {
  return writtenNumbers(text).some((n) => n === value);
}

const groupFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 10 });

/** A number with thousands separators and no trailing zeros: 100000 -> "100,000". */
export function formatNumber(value: number, decimals?: number): string {
  if (decimals === undefined) return groupFormat.format(value);
  return new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
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

/** The unit in words, for table headings and definitions. */
export function unitLabel(unit: Unit): string {
  switch (unit) {
    case 'percent':
      return 'Percentage';
    case 'per-1000':
      return 'Rate per 1,000';
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

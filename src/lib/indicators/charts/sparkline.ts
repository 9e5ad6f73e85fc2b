/**
 * A sparkline for a dashboard row: a small SVG path drawn here without Vega
 * (a few hundred bytes, and no cost per row worth measuring). Gaps where a
 * value is null; the latest value marked with a dot. The caller gives it a
 * text alternative (`sparklineText`).
 */

import type { Point } from '../../contract/schemas.ts';
import { axisYears } from '../judgements.ts';
import { formatValue } from '../../core/numbers.ts';
import type { Unit } from '../../core/vocabulary.ts';
import { COLOURS } from './palette.ts';
import { plural } from '../../core/text.ts';

const W = 120;
const H = 32;
const PAD = 4;

const r1 = (n: number): string => String(Math.round(n * 10) / 10);

/** The SVG markup (numbers only: nothing from authors' files goes into it). */
export function sparklineSvg(points: readonly Point[]): string {
  const valued = points.filter((p) => p.value !== null) as (Point & { value: number })[];
  if (valued.length === 0) return '';
  const xs = points.map((p) => axisYears(p.period));
  const ys = valued.map((p) => p.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const sx = (x: number) => (x1 === x0 ? W / 2 : PAD + ((x - x0) / (x1 - x0)) * (W - 2 * PAD));
  const sy = (y: number) => (y1 === y0 ? H / 2 : H - PAD - ((y - y0) / (y1 - y0)) * (H - 2 * PAD));
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p.value === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${r1(sx(axisYears(p.period)))},${r1(sy(p.value))}`;
    pen = true;
  }
  const last = valued.at(-1) as Point & { value: number };
  const dot = `<circle cx="${r1(sx(axisYears(last.period)))}" cy="${r1(sy(last.value))}" r="3" fill="${COLOURS.darkBlue}"/>`;
  return (
    `<svg class="app-sparkline" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" aria-hidden="true" focusable="false">` +
    `<path d="${d}" fill="none" stroke="${COLOURS.darkBlue}" stroke-width="2" stroke-linejoin="round"/>${dot}</svg>`
  );
}

/** The sparkline in words: first and last values, lowest and highest. */
export function sparklineText(points: readonly Point[], unit: Unit, decimals?: number): string {
  const valued = points.filter((p) => p.value !== null) as (Point & { value: number })[];
  if (valued.length === 0) return 'No values yet.';
  const first = valued[0] as Point & { value: number };
  const last = valued.at(-1) as Point & { value: number };
  if (valued.length === 1) return `One value: ${formatValue(first.value, unit, decimals)} in ${first.period}.`;
  const low = valued.reduce((a, b) => (b.value < a.value ? b : a));
  const high = valued.reduce((a, b) => (b.value > a.value ? b : a));
  const gaps = points.length - valued.length;
  return (
    `From ${formatValue(first.value, unit, decimals)} in ${first.period} to ${formatValue(last.value, unit, decimals)} in ${last.period}; ` +
    `lowest ${formatValue(low.value, unit, decimals)} (${low.period}), highest ${formatValue(high.value, unit, decimals)} (${high.period})` +
    `${gaps > 0 ? `; ${plural(gaps, 'period')} with no value` : ''}.`
  );
}

/**
 * The one module that imports Vega (STYLE.md: a small adapter around a big
 * library). Vega-Lite specs built in ./trend.ts and ./areas.ts are compiled
 * to Vega and rendered to SVG here, at build time, without a canvas: text
 * widths are estimated, which is why every spec fixes its size and font.
 */

import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { escapeMarkup } from '../../core/escape.ts';
import { textWidth } from './text-width.ts';

export type { TopLevelSpec };

export interface RenderedChart {
  /** The SVG to put inside a labelled wrapper on a page: no size attributes (CSS scales it), hidden from assistive technology. */
  readonly inline: string;
  /** Width and height Vega laid the chart out at, in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
}

// vega re-exports vega-scenegraph's textMetrics at runtime; its type declarations leave it out.
const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
metrics.width = (item, text) => {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  const width = textWidth(text == null ? '' : String(text).trim(), size, bold);
  const limit = Number(item.limit ?? 0);
  return limit > 0 ? Math.min(width, limit) : width;
};

// Caches for the life of the process: a build renders each chart once for its page and once for its SVG download.
const cache = new Map<string, RenderedChart>();
const raw = new Map<string, string>();

/** Vega's own SVG, cached by spec, so that a page and its SVG download render once. */
async function renderRaw(spec: TopLevelSpec): Promise<string> {
  const key = JSON.stringify(spec);
  const hit = raw.get(key);
  if (hit !== undefined) return hit;
  // A copy: the compiled spec is shared with compileToVega, and Vega may annotate what it parses.
  const view = new vega.View(vega.parse(structuredClone(compiledOf(spec, key)) as vega.Spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  raw.set(key, svg);
  return svg;
}

/**
 * Renders a spec to SVG for a page. `idPrefix` makes the SVG's internal ids
 * (clip paths) unique on the page and the same in every build.
 */
export async function renderChart(spec: TopLevelSpec, idPrefix: string): Promise<RenderedChart> {
  const key = `${idPrefix}\u0000${JSON.stringify(spec)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const svg = await renderRaw(spec);
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  const rendered: RenderedChart = {
    inline: forPage(svg, idPrefix),
    width: Number(size?.[1] ?? 0),
    height: Number(size?.[2] ?? 0),
  };
  cache.set(key, rendered);
  return rendered;
}

/**
 * A chart as a file to download: Vega's SVG with a title and description
 * (escaped here, since they come from authors' files), for use outside the site.
 */
export async function renderChartFile(spec: TopLevelSpec, title: string, description: string): Promise<string> {
  const svg = await renderRaw(spec);
  const head = `<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${stripAria(svg).replace(/^<svg([^>]*)>/, `<svg$1 role="img">${head}`)}\n`;
}

/** Compiled Vega specs by Vega-Lite spec: the page's SVG and its live enhancement both need one. */
const compiled = new Map<string, unknown>();

function compiledOf(spec: TopLevelSpec, key = JSON.stringify(spec)): unknown {
  let vegaSpec = compiled.get(key);
  if (vegaSpec === undefined) {
    vegaSpec = compile(spec).spec;
    compiled.set(key, vegaSpec);
  }
  return vegaSpec;
}

/** The compiled Vega spec, for the client-side enhancement to render live (tooltips) without Vega-Lite. */
export function compileToVega(spec: TopLevelSpec): unknown {
  return compiledOf(spec);
}

function forPage(svg: string, idPrefix: string): string {
  let out = stripAria(svg);
  // Ids and references to them, made unique to this chart.
  out = out.replace(/\bid="([^"]+)"/g, (_m, id: string) => `id="${idPrefix}-${id}"`);
  out = out.replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${idPrefix}-${id})`);
  // The wrapper carries the role and label (docs/architecture.md, toolchain notes); the drawing itself is decoration for assistive technology.
  return out.replace(
    /^<svg([^>]*?)\swidth="[\d.]+"\sheight="[\d.]+"/,
    '<svg$1 aria-hidden="true" focusable="false" preserveAspectRatio="xMinYMin meet"',
  );
}

/**
 * Vega marks every group with ARIA roles; inside an image they only add noise
 * for screen readers. Text nodes (which Vega has already escaped) also get
 * `=` as a character reference, so that no attribute-like text from
 * authors' files ("onerror=...") appears in the file even as text.
 */
function stripAria(svg: string): string {
  return svg
    .replace(/\s(?:role|aria-roledescription|aria-label|aria-hidden)="[^"]*"/g, '')
    .replace(/>([^<]+)</g, (_m, text: string) => `>${text.replace(/=/g, '&#61;')}<`);
}

/** Author text for the SVG download's title and description; `=` too, as in the chart's own text. */
function escapeXml(text: string): string {
  return escapeMarkup(text).replace(/=/g, '&#61;');
}

/**
 * The one module that imports Vega (STYLE.md: a small adapter around a big
 * library). Vega-Lite specs built in ./trend.ts and ./areas.ts are compiled
 * to Vega and rendered to SVG here, at build time, without a canvas: text
 * widths are estimated, which is why every spec fixes its size and font.
 * Each drawing is kept in the build cache (core/build-cache.ts), named by
 * the spec, this code and the Vega packages, and drawn on worker threads
 * when the build has started them (render-service.ts).
 */

import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { cacheKey, noteMade, packageVersions, readCached, writeCached } from '../../core/build-cache.ts';
import { CODE_VERSIONS } from '../../core/code-versions.ts';
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

/**
 * A chart drawn: the compiled Vega spec as JSON (for the live chart) and
 * Vega's own SVG (for the page and the download), made together because
 * drawing needs the compiled spec anyway.
 */
export interface ChartDrawing {
  readonly vega: string;
  readonly svg: string;
}

/** Compiles and draws a spec given as JSON: the work the cache and the workers (render-worker.ts) save. */
export async function drawChart(specJson: string): Promise<ChartDrawing> {
  const compiled = compile(JSON.parse(specJson) as TopLevelSpec).spec;
  // Written out before Vega parses it, since Vega may annotate what it parses.
  const vegaJson = JSON.stringify(compiled);
  const view = new vega.View(vega.parse(compiled as vega.Spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return { vega: vegaJson, svg };
}

/**
 * The cache entry's name for a spec: the spec, this module's code and the
 * Vega and Vega-Lite packages. Undefined (draw without caching) when the
 * packages cannot be found.
 */
export function chartKey(specJson: string): string | undefined {
  const packages = packageVersions(['vega', 'vega-lite']);
  return packages === undefined ? undefined : cacheKey(['charts', CODE_VERSIONS.charts, packages, specJson]);
}

/** A drawing as one cache entry: the compiled JSON has no line break in it, so the first one ends it. */
export function encodeDrawing(drawing: ChartDrawing): string {
  return `${drawing.vega}\n${drawing.svg}`;
}

function decodeDrawing(entry: string): ChartDrawing {
  const end = entry.indexOf('\n');
  return { vega: entry.slice(0, end), svg: entry.slice(end + 1) };
}

/**
 * Drawing on other threads, when the build has started them
 * (charts/render-service.ts): shared through globalThis because the build
 * loads this module once for its integrations and again for its pages.
 */
export interface DrawingService {
  /** Resolves once any drawing of `key` already under way has been stored in the cache. */
  settled(key: string): Promise<void>;
  /** Draws on a worker thread, which also stores the drawing under `key`. */
  draw(specJson: string, key: string | undefined): Promise<ChartDrawing>;
}

export const DRAWING_SERVICE = Symbol.for('strategy-site.chart-drawing');

function service(): DrawingService | undefined {
  return (globalThis as { [DRAWING_SERVICE]?: DrawingService })[DRAWING_SERVICE];
}

/**
 * Drawings recently asked for, and those being drawn: a page and its
 * downloads ask for the same chart one after another. Few, since the cache
 * on disk holds the rest and memory should not grow with the charts.
 */
const recent = new Map<string, Promise<ChartDrawing>>();
const RECENT = 16;

/** The drawing of a spec: from memory, the cache, or drawn (on a worker when the build runs them) and stored. */
function drawingOf(spec: TopLevelSpec): Promise<ChartDrawing> {
  const specJson = JSON.stringify(spec);
  const key = chartKey(specJson);
  const name = key ?? specJson;
  let drawing = recent.get(name);
  if (drawing) {
    // Most recently used last.
    recent.delete(name);
  } else {
    drawing = fetchDrawing(specJson, key);
    // A failed drawing is not kept: the next page asks again and reports it.
    drawing.catch(() => recent.delete(name));
  }
  recent.set(name, drawing);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
  return drawing;
}

async function fetchDrawing(specJson: string, key: string | undefined): Promise<ChartDrawing> {
  const workers = service();
  if (key !== undefined) {
    await workers?.settled(key);
    const hit = readCached('charts', key);
    if (hit !== undefined) return decodeDrawing(hit);
  }
  if (workers) return workers.draw(specJson, key);
  const drawn = await drawChart(specJson);
  noteMade('charts');
  if (key !== undefined) writeCached('charts', key, encodeDrawing(drawn));
  return drawn;
}

/**
 * Renders a spec to SVG for a page. `idPrefix` makes the SVG's internal ids
 * (clip paths) unique on the page and the same in every build.
 */
export async function renderChart(spec: TopLevelSpec, idPrefix: string): Promise<RenderedChart> {
  const { svg } = await drawingOf(spec);
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  return {
    inline: forPage(svg, idPrefix),
    width: Number(size?.[1] ?? 0),
    height: Number(size?.[2] ?? 0),
  };
}

/**
 * A chart as a file to download: Vega's SVG with a title and description
 * (escaped here, since they come from authors' files), for use outside the site.
 */
export async function renderChartFile(spec: TopLevelSpec, title: string, description: string): Promise<string> {
  const { svg } = await drawingOf(spec);
  const head = `<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${stripAria(svg).replace(/^<svg([^>]*)>/, `<svg$1 role="img">${head}`)}\n`;
}

/** The compiled Vega spec as JSON, for the client-side enhancement to render live (tooltips) without Vega-Lite. */
export async function compiledChart(spec: TopLevelSpec): Promise<string> {
  return (await drawingOf(spec)).vega;
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

/**
 * One chart made live, in place of its build-time SVG, so that pointing at a
 * mark or tapping near one shows its values. Imported by ./charts.ts only
 * when a reader asks for it.
 *
 * Cost: this chunk is Vega, vega-embed and vega-tooltip, 208 KB gzipped
 * (598 KB raw) in this build, and the chart's compiled spec (about 2 KB
 * gzipped); importing Vega alone was 186 KB gzipped.
 * Vega-Lite is not in it: the build compiles every spec to Vega and writes
 * it next to the page (the figure's `data-spec`), so vega-embed runs in
 * `mode: 'vega'`, and astro.config.mjs gives it a stand-in for the Vega-Lite
 * it would otherwise bundle (about 86 KB gzipped more).
 *
 * Under a Content-Security-Policy without 'unsafe-eval', vega-embed's
 * `{ ast: true }` would interpret Vega's expressions instead of compiling
 * them with `new Function`; the site sets no such policy, so it is not used.
 */

import embed from 'vega-embed';
import { Handler } from 'vega-tooltip';
import { escapeMarkup } from '../lib/core/escape.ts';

const TOOLTIP_ID = 'app-chart-tooltip';

/** How far from a mark, in CSS pixels, a tap or click still picks it: about half a fingertip. */
const REACH = 24;

/** Vega's SVG renderer keeps each element's scenegraph item here; its own event handling reads it the same way. */
interface MarkElement extends Element {
  __data__?: { tooltip?: unknown };
}

export interface LiveChart {
  /** Shows the values of the mark nearest to a point given relative to the drawing's top left corner, if one is in reach. */
  showNearest(x: number, y: number): void;
}

let tooltip: Handler | undefined;

/** vega-tooltip hides its element when asked to show no value. */
function hideTooltip(): void {
  tooltip?.call(null, new MouseEvent('mouseout'), null as never, null);
}

/** One tooltip for the page, made on first use. */
function tooltipHandler(): Handler {
  if (tooltip) return tooltip;
  // Made here, before vega-tooltip looks for its element by id, so that it is
  // hidden from assistive technology: it repeats what the chart's table says,
  // and a screen reader would otherwise meet it as stray text at the end of
  // the page.
  const element = document.createElement('div');
  element.id = TOOLTIP_ID;
  element.className = 'app-chart__tooltip';
  element.setAttribute('aria-hidden', 'true');
  document.body.append(element);
  const handler = new Handler({
    id: TOOLTIP_ID,
    // Styled by src/styles/_indicators.scss, in the site's font and sizes; no <style> injected.
    disableDefaultStyle: true,
    // The values come from authors' files. vega-tooltip writes its table as
    // markup (innerHTML) with each value passed through `sanitize`; its own
    // escapes only & and <, this one every character that could open markup
    // or end an attribute.
    sanitize: (value: unknown) => escapeMarkup(String(value)),
  });
  // Dismissible without moving the pointer (WCAG 1.4.13), and never left
  // floating over the page once the reader scrolls or taps elsewhere.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hideTooltip();
  });
  window.addEventListener('scroll', hideTooltip, { passive: true });
  window.addEventListener('resize', hideTooltip, { passive: true });
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Element && event.target.closest('.app-chart__drawing'))) hideTooltip();
  });
  tooltip = handler;
  return handler;
}

/** Distance in CSS pixels from a point to a box (0 inside), then to its centre, to break ties between overlapping marks. */
function distance(box: DOMRect, x: number, y: number): [number, number] {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  const cx = x - (box.left + box.right) / 2;
  const cy = y - (box.top + box.bottom) / 2;
  return [Math.hypot(dx, dy), Math.hypot(cx, cy)];
}

/** The mark with values nearest to a point in the viewport, within REACH. */
function nearestMark(svg: SVGSVGElement, x: number, y: number): Element | undefined {
  let best: Element | undefined;
  let bestEdge = REACH;
  let bestCentre = Infinity;
  for (const element of Array.from(svg.querySelectorAll<MarkElement>('path, rect, circle, line'))) {
    if (element.__data__?.tooltip == null) continue;
    const [edge, centre] = distance(element.getBoundingClientRect(), x, y);
    if (edge < bestEdge || (edge === bestEdge && centre < bestCentre)) {
      best = element;
      bestEdge = edge;
      bestCentre = centre;
    }
  }
  return best;
}

/**
 * Replaces the drawing's static SVG with a live one from the compiled spec
 * at `specUrl`. Throws, leaving the static drawing as it was, if the spec
 * cannot be loaded or drawn.
 */
export async function goLive(drawing: HTMLElement, specUrl: string): Promise<LiveChart> {
  const handler = tooltipHandler();
  // Drawn off the page first, so that the static chart stays until the live one is ready.
  const holder = document.createElement('div');
  holder.className = 'app-chart__live';
  const { finalize } = await embed(holder, specUrl, {
    mode: 'vega',
    renderer: 'svg',
    actions: false,
    // Compiled Vega-Lite has no hover encodings; vega-embed would re-encode marks on every hover for Vega specs.
    hover: false,
    // No <style> element: the site's stylesheet sizes the drawing.
    defaultStyle: false,
    tooltip: handler.call,
  });
  const svg = holder.querySelector('svg');
  if (!svg) {
    finalize();
    throw new Error('Vega drew no SVG');
  }
  // As the static drawing: scaled down by CSS, never up past the width it
  // was laid out at, and hidden from assistive technology, since the wrapper
  // is the labelled image and the summary and table say everything the
  // marks do.
  const width = svg.getAttribute('width');
  if (width) holder.style.maxWidth = `${width}px`;
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  drawing.replaceChildren(holder);

  /**
   * Vega shows a mark's values on pointermove, which a mouse makes and a tap
   * does not; and a mark a few pixels wide is hard to hit with a finger. So
   * a tap or click shows the nearest mark in reach, through the same path as
   * a pointer moving onto it, or hides the values when none is near.
   */
  const showAt = (x: number, y: number): void => {
    const mark = nearestMark(svg, x, y);
    if (!mark) {
      hideTooltip();
      return;
    }
    const box = mark.getBoundingClientRect();
    const centre = { clientX: (box.left + box.right) / 2, clientY: (box.top + box.bottom) / 2 };
    mark.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, ...centre }));
  };
  svg.addEventListener('click', (event) => {
    // A mouse over a mark already shows its values.
    const onMark = (event.target as MarkElement).__data__?.tooltip != null;
    if (onMark && event instanceof PointerEvent && event.pointerType === 'mouse') return;
    showAt(event.clientX, event.clientY);
  });
  return {
    showNearest(x, y) {
      const box = drawing.getBoundingClientRect();
      showAt(box.left + x, box.top + y);
    },
  };
}

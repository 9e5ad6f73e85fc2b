/**
 * Renders one chart live with Vega (the runtime only: specs were compiled
 * from Vega-Lite at build time) to add tooltips, in place of the static SVG.
 * Loaded on demand by ./charts.ts. The drawing stays hidden from assistive
 * technology, as the static one was: its label, summary and table say it all.
 */

import { View, parse, type Spec } from 'vega';

export async function enhance(figure: HTMLElement): Promise<void> {
  const url = figure.dataset.spec;
  const drawing = figure.querySelector<HTMLElement>('.app-chart__drawing');
  if (!url || !drawing) return;
  const response = await fetch(url);
  if (!response.ok) return;
  const spec = (await response.json()) as Spec;

  const tip = document.createElement('div');
  tip.className = 'app-chart__tooltip';
  tip.hidden = true;
  tip.setAttribute('aria-hidden', 'true');

  // Vega binds its events to the SVG it makes, so it renders straight into the wrapper.
  const previous = Array.from(drawing.childNodes);
  drawing.replaceChildren();
  const view = new View(parse(spec), { renderer: 'svg', container: drawing, hover: true });
  view.tooltip((_handler: unknown, event: MouseEvent, _item: unknown, value: unknown) => {
    if (value === null || value === undefined || value === '') {
      tip.hidden = true;
      return;
    }
    // textContent, never innerHTML: the values come from authors' files.
    tip.textContent =
      typeof value === 'object'
        ? Object.entries(value as Record<string, unknown>)
            .map(([k, v]) => `${k}: ${String(v)}`)
            .join('\n')
        : String(value);
    const box = drawing.getBoundingClientRect();
    tip.style.left = `${event.clientX - box.left + 12}px`;
    tip.style.top = `${event.clientY - box.top + 12}px`;
    tip.hidden = false;
  });
  try {
    await view.runAsync();
  } catch {
    drawing.replaceChildren(...previous);
    return;
  }
  const svg = drawing.querySelector('svg');
  if (!svg) {
    drawing.replaceChildren(...previous);
    return;
  }
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  drawing.append(tip);
  drawing.addEventListener('mouseleave', () => (tip.hidden = true));
  figure.dataset.live = '';
}

/**
 * Live charts, only for a reader who asks. Every chart is complete without
 * this: an SVG drawn at build time, a summary in words and the data as a
 * table. This script is small and loads no Vega. It puts a "Show values on
 * the chart" button above each chart; pressing it, or clicking or tapping
 * the chart itself, imports ./charts-live.ts (Vega, about 208 KB gzipped),
 * which redraws the chart so that pointing at or tapping a mark shows its
 * values. Scrolling, pointing or a scroll that starts on a chart loads
 * nothing: a touch that scrolls never becomes a click.
 *
 * The button is made here, as GOV.UK Frontend's accordion makes its "Show
 * all sections" button, so that without JavaScript there is no control that
 * does nothing.
 */

const LABEL = 'Show values on the chart';
const LOADING = 'Loading the values…';
const HINT = 'Point at or tap the chart to see its values.';

type Live = typeof import('./charts-live.ts');
let live: Promise<Live> | undefined;

/**
 * The spec of the layout on screen: the figure's drawing holds a wide and a
 * narrow layout, and the stylesheet shows one (Chart.astro); the live chart
 * is drawn from the same one, so that on a phone its text stays as large.
 */
function specOnScreen(figure: HTMLElement): string | undefined {
  const narrow = figure.querySelector<HTMLElement>('.app-chart__layout--narrow');
  const showsNarrow = narrow !== null && narrow.getClientRects().length > 0;
  return (showsNarrow ? figure.dataset.specNarrow : undefined) ?? figure.dataset.spec;
}

function enhance(figure: HTMLElement, drawing: HTMLElement): void {
  const title = document.getElementById(figure.getAttribute('aria-labelledby') ?? '')?.textContent?.trim();
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'govuk-button govuk-button--secondary app-chart__show';
  const label = document.createElement('span');
  label.textContent = LABEL;
  button.append(label);
  if (title) {
    // Two charts on a page would otherwise give two buttons of the same name.
    const which = document.createElement('span');
    which.className = 'govuk-visually-hidden';
    which.textContent = `: ${title}`;
    button.append(which);
  }
  drawing.before(button);

  let going: Promise<void> | undefined;
  /** Makes the chart live; `tap`, relative to the drawing, is where a click on the chart asked for it. */
  const go = (tap?: { x: number; y: number }): Promise<void> => {
    going ??= (async () => {
      button.setAttribute('aria-disabled', 'true');
      label.textContent = LOADING;
      try {
        live ??= import('./charts-live.ts');
        const specUrl = specOnScreen(figure);
        if (!specUrl) throw new Error('The figure names no spec');
        const chart = await (await live).goLive(drawing, specUrl);
        figure.dataset.live = '';
        const hint = document.createElement('p');
        hint.className = 'govuk-body-s app-chart__hint';
        hint.textContent = HINT;
        const hadFocus = document.activeElement === button;
        button.replaceWith(hint);
        // Keyboard and screen reader users who pressed the button land on what it did, not at the top of the page.
        if (hadFocus) {
          hint.tabIndex = -1;
          hint.focus();
        }
        if (tap) chart.showNearest(tap.x, tap.y);
      } catch {
        // Offline, or the spec could not be drawn: the static chart is all there, and the button can be tried again.
        live = undefined;
        going = undefined;
        label.textContent = LABEL;
        button.removeAttribute('aria-disabled');
      }
    })();
    return going;
  };

  button.addEventListener('click', () => {
    if (!going) void go();
  });
  drawing.addEventListener('click', (event) => {
    if (going) return;
    const box = drawing.getBoundingClientRect();
    void go({ x: event.clientX - box.left, y: event.clientY - box.top });
  });
}

for (const figure of Array.from(document.querySelectorAll<HTMLElement>('figure[data-chart][data-spec]'))) {
  const drawing = figure.querySelector<HTMLElement>('.app-chart__drawing');
  if (drawing) enhance(figure, drawing);
}

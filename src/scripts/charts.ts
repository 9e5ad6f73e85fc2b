/**
 * Enhancement for build-time charts: tooltips on hover. This file is tiny and
 * loads no Vega. When a chart scrolls into view it is armed; only when the
 * reader then points at it, touches it or moves focus into it does this
 * import ./charts-live.ts, which brings Vega and the chart's compiled spec.
 * Tooltips are a hover feature, so nobody who does not hover pays for them.
 * The page is complete without any of it: the SVG, summary and table are in
 * the HTML.
 */

const INTENT = ['pointerenter', 'touchstart', 'focusin'] as const;

function arm(figure: HTMLElement): void {
  const start = (): void => {
    for (const type of INTENT) figure.removeEventListener(type, start);
    void import('./charts-live.ts')
      .then(({ enhance }) => enhance(figure))
      .catch(() => {
        // The static chart stays as it is: nothing is lost.
      });
  };
  for (const type of INTENT) figure.addEventListener(type, start, { passive: true });
}

const figures = Array.from(document.querySelectorAll<HTMLElement>('figure[data-chart][data-spec]'));

if (figures.length > 0 && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      arm(entry.target as HTMLElement);
    }
  });
  for (const figure of figures) observer.observe(figure);
}

/**
 * What a page looks like on a phone, measured in the browser: whether the
 * page scrolls sideways (WCAG 1.4.10 reflow), which judgements (elements
 * carrying data-progress, data-benchmark, data-trend or data-overall) lie outside the
 * viewport horizontally, and how large chart text renders. Used by the phone
 * tests (tests/site/phones.test.ts) and `npm run screenshots`, which prints
 * the same readings for one page of each kind.
 */

import type { Page } from 'playwright-core';

/** Phone widths the tests and screenshots use, in CSS pixels: the smallest WCAG asks for, and a common phone. */
export const PHONE_WIDTHS = [320, 390] as const;
/** Tall enough that most of a page is laid out on one screen; the width is what matters. */
export const PHONE_HEIGHT = 844;
/** The smallest chart text a reader should have to read, in CSS pixels as rendered. */
export const MIN_CHART_TEXT_PX = 12;

export interface PhoneReading {
  /** The viewport's width (innerWidth). */
  readonly width: number;
  /** document.scrollingElement.scrollWidth: above `width`, the page scrolls sideways. */
  readonly scrollWidth: number;
  /** Judgement elements that are shown. */
  readonly judgements: number;
  /** Those lying partly or wholly outside the viewport horizontally, described. */
  readonly judgementsOff: readonly string[];
  /** SVG text elements shown in charts. */
  readonly chartTexts: number;
  /** The smallest rendered font size of chart text, in CSS pixels (undefined when no chart text is shown). */
  readonly smallestChartText: number | undefined;
  /** Chart texts below MIN_CHART_TEXT_PX, described. */
  readonly smallChartTexts: readonly string[];
  /** Elements wider than the viewport that make the page scroll, described (empty when it does not). */
  readonly widest: readonly string[];
}

/** Measures the page as it is laid out now. */
export function readPhone(page: Page): Promise<PhoneReading> {
  return page.evaluate((minText) => {
    const width = window.innerWidth;
    const describe = (element: Element): string => {
      const classes = Array.from(element.classList).slice(0, 2).join('.');
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} "${text}"`;
    };
    const shown = (element: Element): boolean => {
      const rect = element.getBoundingClientRect();
      return (
        element.getClientRects().length > 0 &&
        rect.width > 0 &&
        rect.height > 0 &&
        getComputedStyle(element).visibility !== 'hidden'
      );
    };

    const judgements = Array.from(
      document.querySelectorAll('[data-progress], [data-benchmark], [data-trend], [data-overall]'),
    ).filter(shown);
    const judgementsOff = judgements
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.left < -0.5 || rect.right > width + 0.5;
      })
      .map((element) => {
        const rect = element.getBoundingClientRect();
        return `${describe(element)} at ${Math.round(rect.left)}-${Math.round(rect.right)} px`;
      });

    const texts = Array.from(document.querySelectorAll<SVGTextElement>('.app-chart svg text')).filter(
      (text) => shown(text) && (text.textContent ?? '').trim() !== '',
    );
    const sizes = texts.map((text) => {
      const matrix = text.getScreenCTM();
      // The CTM's determinant is the square of its scale, whatever the rotation (axis titles are turned 90°).
      const scale = matrix ? Math.sqrt(Math.abs(matrix.a * matrix.d - matrix.b * matrix.c)) : 1;
      return { text, px: parseFloat(getComputedStyle(text).fontSize) * scale };
    });
    const smallest = sizes.length > 0 ? Math.min(...sizes.map((s) => s.px)) : undefined;

    const scrollWidth = document.scrollingElement?.scrollWidth ?? document.documentElement.scrollWidth;
    const widest =
      scrollWidth > width
        ? Array.from(document.body.querySelectorAll('*'))
            .filter((element) => {
              const rect = element.getBoundingClientRect();
              return rect.right > width + 0.5 && shown(element);
            })
            // The innermost culprits: elements none of whose children stick out too.
            .filter(
              (element) =>
                !Array.from(element.children).some((child) => child.getBoundingClientRect().right > width + 0.5),
            )
            .slice(0, 5)
            .map((element) => `${describe(element)} to ${Math.round(element.getBoundingClientRect().right)} px`)
        : [];

    return {
      width,
      scrollWidth,
      judgements: judgements.length,
      judgementsOff,
      chartTexts: texts.length,
      smallestChartText: smallest === undefined ? undefined : Math.round(smallest * 100) / 100,
      smallChartTexts: sizes
        .filter((s) => s.px < minText - 0.01)
        .slice(0, 5)
        .map((s) => `"${(s.text.textContent ?? '').trim().slice(0, 30)}" at ${s.px.toFixed(1)} px`),
      widest,
    };
  }, MIN_CHART_TEXT_PX);
}

/**
 * html-validate's rules for the built site (tests/site/html-valid.test.ts
 * runs them over every page of the root and /health/ builds; from the
 * command line: `npx html-validate dist`). Its recommended rules and those
 * for whole documents, with these changes, each for a reason.
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // The GOV.UK notification banner (the consultation banner) goes above the
    // page's h1 and titles itself with an h2, as the Design System shows it.
    'heading-level': ['error', { minInitialRank: 'h2' }],
    // A table that scrolls sideways on a phone sits in <div role="region"
    // tabindex="0" aria-labelledby="caption">, the pattern for scrollable
    // regions: it is a focus stop with a name, not a section of the
    // document, which <section> would make it.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // Inline styles that carry data, not design: each chart's drawn width as
    // its max-width, so that a chart is never scaled up past the size its
    // text was laid out for. (The council's colour is a custom property,
    // which the rule allows.)
    'no-inline-style': ['error', { allowedProperties: ['display', 'max-width'] }],
    // Subresource integrity guards files loaded from another host; every
    // stylesheet and script here comes from the site itself.
    'require-sri': 'off',
    // Page titles name the page, its strategy or indicator, and the site, in
    // full (WCAG 2.4.2): cutting them to 70 characters for search engines
    // would lose which indicator a browser tab holds.
    'long-title': 'off',
  },
});

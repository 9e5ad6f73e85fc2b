/**
 * Escaping for text that lib writes into markup itself (HTML, SVG, XML):
 * author text from YAML, JSON and MDX, never trusted. Astro escapes what
 * components render; this is for strings lib builds by hand.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an element or a quoted attribute of HTML, SVG or XML. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * MDX rendered to an HTML string the way the site's pipeline compiles it
 * (Sätteri, GFM and smart punctuation, the given hast plugins), without
 * Astro: a small JSX runtime writes elements as HTML, and components are
 * plain functions that return HTML. For unit tests of MDX plugins.
 */

import { evaluate, type HastPluginList } from 'satteri';

export type TestComponent = (props: Record<string, unknown> & { children: string }) => string;

const FRAGMENT = Symbol('Fragment');
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'area', 'source', 'wbr']);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Markup already written, so it is not escaped again when it becomes a child. */
class Html extends String {}

function children(value: unknown): string {
  if (Array.isArray(value)) return value.map(children).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return value instanceof Html ? String(value) : escapeText(String(value));
}

function attribute(name: string, value: unknown): string {
  if (value === true) return ` ${name}`;
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'object' && !Array.isArray(value)) {
    const css = Object.entries(value).map(
      ([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${String(v)}`,
    );
    return ` ${name}="${escapeAttribute(css.join('; '))}"`;
  }
  return ` ${name}="${escapeAttribute(Array.isArray(value) ? value.join(' ') : String(value))}"`;
}

function jsx(type: unknown, rawProps: unknown): Html {
  const props = rawProps as Record<string, unknown>;
  const inner = children(props.children);
  if (type === FRAGMENT) return new Html(inner);
  if (typeof type === 'function') return new Html((type as TestComponent)({ ...props, children: inner }));
  const tag = String(type);
  const attributes = Object.entries(props)
    .filter(([name]) => name !== 'children')
    .map(([name, value]) => attribute(name, value))
    .join('');
  return new Html(VOID.has(tag) ? `<${tag}${attributes}>` : `<${tag}${attributes}>${inner}</${tag}>`);
}

/** `source` as HTML, compiled as if it were the file at `fileURL`. */
export async function renderMdx(
  source: string,
  options: { hastPlugins: HastPluginList; fileURL: URL; components?: Record<string, TestComponent> },
): Promise<string> {
  const module = await evaluate(source, {
    hastPlugins: options.hastPlugins,
    fileURL: options.fileURL,
    features: { gfm: true, smartPunctuation: true },
    elementAttributeNameCase: 'html',
    Fragment: FRAGMENT,
    jsx,
    jsxs: jsx,
  });
  const Content = module.default as (props: { components?: Record<string, TestComponent> }) => Html;
  return String(Content({ components: options.components ?? {} }));
}

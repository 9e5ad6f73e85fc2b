/**
 * A small HTML start-tag reader: enough to find links, ids and script
 * elements in built pages without a DOM. It follows the HTML tokenizer where
 * it matters here: comments, quoted and unquoted attribute values, character
 * references in values, and the raw text of <script>, <style>, <title> and
 * <textarea> (whose contents are not markup).
 */

export interface Tag {
  /** Lower-case element name. */
  readonly name: string;
  /** Attributes by lower-case name; the first of a repeated name wins, as in browsers. */
  readonly attrs: Readonly<Record<string, string>>;
  /** Offset of the `<` in the source. */
  readonly offset: number;
  /** For raw-text elements (script, style, title, textarea): the text up to the end tag. */
  readonly text?: string;
}

const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that appear in attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const ATTRIBUTE = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

/** Every start tag of a document, in order. */
export function readTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 64));
    if (!nameMatch?.[1]) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1].toLowerCase();
    const attrs: Record<string, string> = {};
    let j = lt + nameMatch[0].length;
    for (;;) {
      while (j < html.length && (/\s/.test(html.charAt(j)) || html[j] === '/')) j++;
      if (j >= html.length || html[j] === '>') break;
      ATTRIBUTE.lastIndex = j;
      const m = ATTRIBUTE.exec(html);
      if (!m?.[1]) {
        j++;
        continue;
      }
      const key = m[1].toLowerCase();
      if (!(key in attrs)) attrs[key] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
      j = ATTRIBUTE.lastIndex;
    }
    i = j + 1;
    if (RAW_TEXT.has(name)) {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = i;
      const end = closing.exec(html)?.index ?? html.length;
      tags.push({ name, attrs, offset: lt, text: html.slice(i, end) });
      i = end;
    } else {
      tags.push({ name, attrs, offset: lt });
    }
  }
  return tags;
}

/** Every id (and `name` of an <a>) a fragment can point at. */
export function fragmentTargets(tags: readonly Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    if (tag.attrs.id !== undefined) ids.add(tag.attrs.id);
    if (tag.name === 'a' && tag.attrs.name !== undefined) ids.add(tag.attrs.name);
  }
  return ids;
}

/** Script types that a browser runs (anything else, like application/json, is a data block). */
const JS_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
]);

/** Whether a <script> tag is code a browser runs, rather than a data block. */
export function isExecutableScript(tag: Tag): boolean {
  return tag.name === 'script' && JS_TYPES.has((tag.attrs.type ?? '').trim().toLowerCase());
}

/** Whether a page runs any script of its own: a script element, or an inline event handler. */
export function runsScripts(tags: readonly Tag[]): boolean {
  return tags.some((tag) => isExecutableScript(tag) || Object.keys(tag.attrs).some((name) => /^on[a-z]+$/.test(name)));
}

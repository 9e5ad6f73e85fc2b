/**
 * Start tags of a built page, read with htmlparser2: enough to find links,
 * ids and script elements without a DOM. The parser follows the HTML
 * tokenizer, so comments, quoted and unquoted attribute values, character
 * references, and the contents of <script>, <style>, <title> and <textarea>
 * (which are not markup) are read as a browser reads them; the site tests'
 * verdicts rest on that, and tests/unit/html.test.ts pins it down.
 */

import { Parser } from 'htmlparser2';

export interface Tag {
  /** Lower-case element name (SVG's `clipPath` too, so callers compare one spelling). */
  readonly name: string;
  /** Attributes by lower-case name, values with character references decoded; the first of a repeated name wins, as in browsers. */
  readonly attrs: Readonly<Record<string, string>>;
  /** Offset of the `<` in the source. */
  readonly offset: number;
  /** For script, style, title and textarea: their text up to the end tag (a script's exactly as written). */
  readonly text?: string;
}

const WITH_TEXT = new Set(['script', 'style', 'title', 'textarea']);

/** Every start tag of a document, in order; tags the parser only implies (`</p>` alone, `</br>`) are not in the source and not listed. */
export function readTags(html: string): Tag[] {
  const tags: Tag[] = [];
  /** The script, style, title or textarea whose text is being read, if any. */
  let reading: { tag: { text: string }; name: string } | undefined;
  const parser = new Parser({
    onopentag(rawName, attrs, isImplied) {
      if (isImplied) return;
      const name = rawName.toLowerCase();
      // A copy with a null prototype, so that an attribute named like an Object method is just an attribute.
      const tag = {
        name,
        attrs: Object.assign(Object.create(null) as Record<string, string>, attrs),
        offset: parser.startIndex,
      };
      if (WITH_TEXT.has(name) && reading === undefined) {
        const withText = { ...tag, text: '' };
        reading = { tag: withText, name: rawName };
        tags.push(withText);
      } else {
        tags.push(tag);
      }
    },
    ontext(text) {
      if (reading) reading.tag.text += text;
    },
    onclosetag(name) {
      if (reading?.name === name) reading = undefined;
    },
  });
  parser.end(html);
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

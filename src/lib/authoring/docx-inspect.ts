/**
 * What a Word document holds that mammoth passes over in silence, found by
 * reading its XML (a .docx is a zip of XML files). mammoth accepts every
 * tracked change without a word, drops charts and SmartArt, and moves a text
 * box's text to after the paragraph it is anchored to; equations it names
 * only by their XML tag. Each finding carries the section it sits in, counted
 * by Heading 1 paragraphs as the import counts them (0: before the first).
 */

import JSZip from 'jszip';

export type FindingKind = 'tracked-change' | 'text-box' | 'equation' | 'chart' | 'smartart' | 'embedded-object';

export interface Finding {
  readonly kind: FindingKind;
  /** How many Heading 1 paragraphs come before it: 0 is before the first heading. */
  readonly section: number;
  readonly count: number;
}

export interface DocxInspection {
  /** The title in the document's properties (File > Info), if set. */
  readonly title: string | undefined;
  readonly findings: readonly Finding[];
}

/** Opening tags that mark something the import cannot carry as it is. */
const MARKS: readonly [FindingKind, RegExp][] = [
  // Insertions, deletions, moves, and changes of formatting of runs and paragraphs.
  ['tracked-change', /^<w:(?:ins|del|moveFrom|moveTo|rPrChange|pPrChange)\b/],
  ['text-box', /^<w:txbxContent\b/],
  // An equation; a display equation (m:oMathPara) holds one or more of these.
  ['equation', /^<m:oMath\b(?!Para)/],
  ['chart', /^<c:chart\b/],
  ['smartart', /^<dgm:relIds\b/],
  ['embedded-object', /^<o:OLEObject\b/],
];

export async function inspectDocx(buffer: Uint8Array): Promise<DocxInspection> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const [document, styles, core] = await Promise.all([
    read('word/document.xml'),
    read('word/styles.xml'),
    read('docProps/core.xml'),
  ]);
  const title = /<dc:title>([\s\S]*?)<\/dc:title>/.exec(core)?.[1];
  return {
    title: title === undefined ? undefined : decodeXml(title).trim() || undefined,
    findings: findingsIn(document, heading1Styles(styles)),
  };
}

/**
 * Style ids of paragraphs mammoth turns into h1: "Heading1", and any style
 * named "heading 1" (Word's own name, whatever its id in another language).
 */
export function heading1Styles(stylesXml: string): Set<string> {
  const ids = new Set(['Heading1']);
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const name = /<w:name w:val="([^"]*)"/.exec(m[2] ?? '')?.[1];
    if (name !== undefined && /^heading 1$/i.test(name)) ids.add(m[1] ?? '');
  }
  return ids;
}

export function findingsIn(documentXml: string, heading1: ReadonlySet<string>): Finding[] {
  const body = documentXml
    // mammoth reads a drawing's fallback form (VML) rather than its main one; count each thing once.
    .replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '')
    // A tracked change of paragraph style holds the old style, which is not the paragraph's.
    .replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, '<w:pPrChange/>');
  const counts = new Map<string, Finding>();
  let section = 0;
  for (const m of body.matchAll(/<[a-zA-Z][\w:]*\b[^>]*>/g)) {
    const tag = m[0];
    const style = /^<w:pStyle\b[^>]*\bw:val="([^"]+)"/.exec(tag)?.[1];
    if (style !== undefined && heading1.has(style) && hasText(body, m.index)) section++;
    const kind = MARKS.find(([, re]) => re.test(tag))?.[0];
    if (kind === undefined) continue;
    const key = `${kind} ${section}`;
    const seen = counts.get(key);
    counts.set(key, { kind, section, count: (seen?.count ?? 0) + 1 });
  }
  return [...counts.values()];
}

/** Whether the paragraph around `at` has any text: mammoth drops an empty heading, and so does the import. */
function hasText(xml: string, at: number): boolean {
  const end = xml.indexOf('</w:p>', at);
  return /<w:t(?:\s[^>]*)?>[^<]*\S/.test(xml.slice(at, end === -1 ? undefined : end));
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name] ?? whole;
  });
}

/**
 * Reading a Word document (.docx) as HTML, through mammoth: the one module
 * that imports it. mammoth turns Word's styles into HTML by a style map, and
 * keeps footnotes, endnotes, lists, tables, links and images; the map below
 * adds what an import into sections needs (the document's title, captions,
 * quotes, comments in place) and drops Word's table of contents, which the
 * site makes for itself.
 */

import mammoth from 'mammoth';

/** An image from the document, in document order. */
export interface DocxImage {
  /** 1-based, in the order the images appear. */
  readonly index: number;
  /** As Word stored it: "image/png", "image/jpeg", "image/x-emf". */
  readonly contentType: string;
  readonly bytes: Uint8Array;
  /** The image's alternative text ("descr" in Word, else its title), if any. */
  readonly alt: string | undefined;
}

export interface DocxHtml {
  readonly html: string;
  /** mammoth's warnings that say something was left out, in its words. */
  readonly messages: readonly string[];
  readonly images: readonly DocxImage[];
}

/** The src an image gets in the HTML; import-document-tree.ts turns it back into the image. */
export const IMAGE_SRC_PREFIX = 'docx-image:';

/** Ids mammoth writes (footnote-3, comment-0, bookmarks) get this prefix, so they cannot clash with a bookmark's. */
export const ID_PREFIX = 'docx-';

/**
 * Additions to mammoth's default map. Names are Word's built-in style names
 * (in English, which is how Word stores them whatever the language of its
 * menus; mammoth compares them ignoring case); "Block Text" and "Table
 * Caption" are what pandoc writes.
 */
export const STYLE_MAP: readonly string[] = [
  "p[style-name='Title'] => h1.docx-title:fresh",
  "p[style-name='Caption'] => p.docx-caption:fresh",
  "p[style-name='Table Caption'] => p.docx-caption:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='TOC Heading'] => !",
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `p[style-name='toc ${n}'] => !`),
  // Comments are not published, but where they sit is worth telling the author.
  'comment-reference => sup',
];

/** mammoth's warnings that do not mean anything was lost (a style it had no rule for still has its text carried). */
const HARMLESS = [
  /^Unrecognised (?:paragraph|run|table) style/,
  /style with ID .* was referenced but not defined/,
  // Images are judged by their type in import-document-tree.ts, which says what to do.
  /^Image of type .* is unlikely to display/,
  // Equations and embedded objects are found (and placed) by docx-inspect.ts.
  // mammoth names them by namespace and local name: "{...office/2006/math}oMathPara".
  /^An unrecognised element was ignored: \S*(?:\bm:|math\}|OLEObject$)/,
];

export async function readDocx(buffer: Uint8Array): Promise<DocxHtml> {
  const images: DocxImage[] = [];
  const convertImage = mammoth.images.imgElement(async (image) => {
    const index = images.length + 1;
    // mammoth's Image type omits altText, which it does read (docPr descr, else title).
    const alt = (image as { altText?: string }).altText;
    images.push({ index, contentType: image.contentType, bytes: await image.readAsBuffer(), alt });
    return { src: `${IMAGE_SRC_PREFIX}${index}` };
  });
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(buffer) },
    { styleMap: [...STYLE_MAP], convertImage, idPrefix: ID_PREFIX },
  );
  const messages = result.messages
    .map((m) => m.message)
    .filter((message) => !HARMLESS.some((re) => re.test(message)))
    .filter((message, i, all) => all.indexOf(message) === i);
  return { html: result.value, messages, images };
}

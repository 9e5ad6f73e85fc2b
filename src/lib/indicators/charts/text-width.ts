/**
 * How wide a chart's text is, estimated without a canvas: render.ts gives it
 * to Vega for laying out labels, and the specs use it to wrap and thin labels
 * before Vega sees them, so both agree.
 */

/**
 * Without a canvas Vega guesses every character at 0.8 em, which truncates
 * axis labels ("Knightsbridge and Belg...") and leaves wide margins. This
 * estimate follows Arial's widths by character class instead (the charts'
 * first font), and is the same on every machine, so builds stay identical.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/[ijlI.,;:'!|()[\]\s]/.test(ch)) em += 0.28;
    else if (/[ft]/.test(ch)) em += 0.33;
    else if (/[mwMW%@]/.test(ch)) em += 0.86;
    else if (/[A-Z]/.test(ch)) em += 0.68;
    else if (/[0-9]/.test(ch)) em += 0.556;
    else em += 0.54;
  }
  return em * size * (bold ? 1.08 : 1);
}

/**
 * Text broken into lines no wider than `width` at a word boundary, for a
 * label that must wrap rather than shrink or be cut short. A single word
 * wider than the line keeps a line of its own.
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && textWidth(longer, size) > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

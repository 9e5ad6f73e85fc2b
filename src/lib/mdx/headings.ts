/**
 * What a heading written in MDX becomes on the page: its level under the
 * page's own headings, an id made from its words, and the standard part of a
 * priority it opens, if it is one.
 */

/**
 * The level a Markdown heading renders at, when the file's top headings sit at
 * `topLevel` (3 in a strategy section, whose title is the h2). Authors write
 * `##` for their top headings, and `#` counts the same, so the outline never
 * skips a level; HTML stops at h6.
 */
export function renderedLevel(depth: number, topLevel: number): number {
  return Math.min(6, Math.max(depth, 2) + topLevel - 2);
}

export type StandardPart = 'now' | 'do' | 'know' | 'groups';

/** The standard sub-headings of a priority (K&C: "Where are we now?"; Kent: "We will measure success by"). */
const PARTS: readonly [StandardPart, RegExp][] = [
  ['now', /^where (?:are we|we are) now\b/i],
  ['do', /^what (?:will we|we will) do\b/i],
  ['know', /^(?:how (?:will we|we will) (?:know|measure)|we will measure success)/i],
  ['groups', /^targeted support\b/i],
];

export function standardPart(text: string): StandardPart | undefined {
  return PARTS.find(([, re]) => re.test(text.trim()))?.[0];
}

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'part'
  );
}

/** `base`, or `base-2`, `base-3`... whichever is not yet used; records it as used. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * The id of a `<Target>` on a version page, so a link can land on the
 * promise itself: the section's id, "target" and the indicator; the second
 * target for the same indicator in the section ends "-2", and so on.
 * strategy/consultation-joins.ts links here; finish.ts writes it.
 */
export function targetId(sectionId: string, indicator: string, nth = 1): string {
  return `${sectionId}-target-${indicator}${nth > 1 ? `-${nth}` : ''}`;
}

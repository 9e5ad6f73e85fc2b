/**
 * The numbered outline of a version: each section's citable number, and for
 * priorities and outcomes a caption placing it among its kind ("Priority 2 of 4").
 */

import type { Section } from '../contract/model.ts';

export interface OutlineEntry {
  readonly section: Section;
  /** "3": its place in the document. */
  readonly number: string;
  readonly caption: string | undefined;
}

const CAPTIONED: Partial<Record<Section['kind'], string>> = {
  priority: 'Priority',
  outcome: 'Outcome',
  'case-study': 'Case study',
  appendix: undefined,
};

export function documentOutline(sections: readonly Section[]): OutlineEntry[] {
  const totals = new Map<Section['kind'], number>();
  for (const s of sections) totals.set(s.kind, (totals.get(s.kind) ?? 0) + 1);
  const seen = new Map<Section['kind'], number>();
  return sections.map((section, i) => {
    const n = (seen.get(section.kind) ?? 0) + 1;
    seen.set(section.kind, n);
    const word = CAPTIONED[section.kind];
    const total = totals.get(section.kind) ?? n;
    const caption = word === undefined ? undefined : total > 1 ? `${word} ${n} of ${total}` : word;
    return { section, number: String(i + 1), caption };
  });
}

/**
 * The search page's results (src/scripts/search.ts): a long page's result
 * links to the sections that match, best first, each named with the section
 * it sits in.
 */

import { describe, expect, it } from 'vitest';
import { matchingSections, type PagefindAnchor } from '../../src/scripts/search.ts';

const page = '/strategies/kent/8.0/';
const anchors: PagefindAnchor[] = [
  { element: 'h2', id: 'vision', text: '3. Our shared vision', location: 100 },
  { element: 'h2', id: 'children', text: '4. Children thrive', location: 200 },
  { element: 'h3', id: 'children-know', text: '4.2 How we will know', location: 260 },
  { element: 'h2', id: 'healthy', text: '5. Healthy living', location: 300 },
  { element: 'h3', id: 'healthy-know', text: '5.2 How we will know', location: 380 },
];
const scores = (...values: number[]) => values.map((balanced_score) => ({ balanced_score }));

describe('matchingSections', () => {
  it('lists matching sections best first, at most three, naming a sub-heading’s section', () => {
    const sections = matchingSections({
      anchors,
      sub_results: [
        { title: 'Strategy', url: page, excerpt: 'top', weighted_locations: scores(50) },
        {
          title: '3. Our shared vision',
          url: `${page}#vision`,
          excerpt: 'a',
          anchor: anchors[0],
          weighted_locations: scores(1),
        },
        {
          title: '4.2 How we will know',
          url: `${page}#children-know`,
          excerpt: 'b',
          anchor: anchors[2],
          weighted_locations: scores(5, 5),
        },
        {
          title: '5. Healthy living',
          url: `${page}#healthy`,
          excerpt: 'c',
          anchor: anchors[3],
          weighted_locations: scores(3),
        },
        {
          title: '5.2 How we will know',
          url: `${page}#healthy-know`,
          excerpt: 'd',
          anchor: anchors[4],
          weighted_locations: scores(3),
        },
      ],
    });
    expect(sections).toEqual([
      { title: '4.2 How we will know, in 4. Children thrive', url: `${page}#children-know`, excerpt: 'b' },
      // Equal scores keep the page's order.
      { title: '5. Healthy living', url: `${page}#healthy`, excerpt: 'c' },
      { title: '5.2 How we will know, in 5. Healthy living', url: `${page}#healthy-know`, excerpt: 'd' },
    ]);
  });

  it('is empty when only the top of the page matches, or the index gave no sections', () => {
    expect(matchingSections({ sub_results: [{ title: 'Indicator', url: '/indicators/x/', excerpt: 'x' }] })).toEqual(
      [],
    );
    expect(matchingSections({})).toEqual([]);
  });
});

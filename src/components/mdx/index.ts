import AtAGlance from './AtAGlance.astro';
import CaseStudy from './CaseStudy.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import H5 from './H5.astro';
import H6 from './H6.astro';
import Measure from './Measure.astro';
import Quote from './Quote.astro';
import Stat from './Stat.astro';
import Table from './Table.astro';
import Target from './Target.astro';

/**
 * What MDX sections may use without importing (names fixed by the content contract, docs/architecture.md),
 * and headings shifted one level down: the section title is the h2.
 */
export const mdxComponents = {
  Target,
  Measure,
  CaseStudy,
  Quote,
  AtAGlance,
  Stat,
  Table,
  h1: H3,
  h2: H3,
  h3: H4,
  h4: H5,
  h5: H6,
  h6: H6,
};

import AtAGlance from './AtAGlance.astro';
import CaseStudy from './CaseStudy.astro';
import Measure from './Measure.astro';
import Quote from './Quote.astro';
import Stat from './Stat.astro';
import Table from './Table.astro';
import Target from './Target.astro';

/**
 * What MDX sections may use without importing (names fixed by the content contract, docs/architecture.md).
 * Headings, footnotes and tables are finished by the MDX plugin (src/lib/mdx/finish.ts), not by components.
 */
export const mdxComponents = {
  Target,
  Measure,
  CaseStudy,
  Quote,
  AtAGlance,
  Stat,
  Table,
};

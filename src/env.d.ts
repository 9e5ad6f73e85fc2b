declare namespace App {
  interface Locals {
    /**
     * The checked site, set by every route that renders MDX, for the MDX
     * components (<Target>, <Measure>) that show figures: Astro renders them
     * inside the author's text, where no route can pass them props.
     */
    site?: import('./lib/contract/site-model.ts').SiteModel | undefined;
    /** The area of the strategy being rendered: targets without an `area` of their own refer to it. */
    strategyArea?: string | undefined;
  }
}

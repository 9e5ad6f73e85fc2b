declare namespace App {
  interface Locals {
    /** The area of the strategy being rendered: targets without an `area` of their own refer to it. */
    strategyArea?: string | undefined;
  }
}

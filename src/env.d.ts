declare namespace App {
  interface Locals {
    /** The site context (src/data/site.ts), set by src/middleware.ts for every page. */
    site: import('./data/site.ts').SiteContext;
  }
}

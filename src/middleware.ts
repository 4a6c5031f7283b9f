/**
 * Hands every page, endpoint and component the site context as
 * `Astro.locals.site` (src/data/site.ts), as Starlight does with its route
 * data: components read what they need from there or from their props, and
 * import no module that loads data. Runs at build time for every page.
 */
import { defineMiddleware } from 'astro:middleware';
import { siteContext } from './data/site.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.site = siteContext();
  return next();
});

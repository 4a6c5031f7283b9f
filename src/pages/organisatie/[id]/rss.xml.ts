/** RSS 2.0 feed of one organisation's events, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { rssFeed } from '../../../lib/feeds.ts';
import { getEventsByOrganisation } from '../../../data/events.ts';
import { getPublishContext } from '../../../data/publishing.ts';
import { siteContext } from '../../../data/site.ts';

export const getStaticPaths = (() =>
  Object.keys(siteContext().organisations).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const { absoluteUrl, organisations, paths, settings, t } = locals.site;
  const id = params.id!;
  const name = organisations[id]?.name ?? id;
  return rss(
    rssFeed(
      (await getEventsByOrganisation()).get(id) ?? [],
      {
        title: t.feedOrganisationTitle(settings.title, name),
        description: t.organisationEvents(name),
        feedUrl: absoluteUrl(paths.organisationRss(id)),
        pageUrl: absoluteUrl(paths.organisation(id)),
      },
      await getPublishContext(),
    ),
  );
};

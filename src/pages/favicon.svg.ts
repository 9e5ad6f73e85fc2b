/** A plain favicon in the council's colour: a rounded square with the site's initial. */
import type { APIRoute } from 'astro';
import { favicon } from '../lib/site/favicon.ts';
import { getSite } from '../lib/site/load.ts';

export const GET: APIRoute = () =>
  new Response(favicon(getSite().config.name, getSite().config.colour), {
    headers: { 'content-type': 'image/svg+xml' },
  });

/** /indicators/<id>/<file>: an indicator's downloads (CSV, JSON, chart SVG) and chart specs, built at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorFiles, indicatorView } from '../../../lib/indicators/view.ts';
import { getSite } from '../../../lib/site/load.ts';

export const getStaticPaths = (() => {
  const site = getSite();
  return site.content.indicators.flatMap((indicator) =>
    indicatorFiles(site, indicatorView(site, indicator)).map((file) => ({
      params: { indicator: indicator.id, file: file.name },
      props: { file },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file } = props as { file: ReturnType<typeof indicatorFiles>[number] };
  return new Response(await file.body(), { headers: { 'Content-Type': file.mediaType } });
};

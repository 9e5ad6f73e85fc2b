/** /indicators/<id>/<file>: an indicator's downloads (CSV, JSON, chart SVG) and chart specs, built at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorFiles, indicatorView } from '../../../lib/indicators/view.ts';
import { getSite } from '../../../lib/site/load.ts';

// Only names in the paths: a file found again when it is written holds its
// indicator's view only while that indicator's files are written, not all at once.
export const getStaticPaths = (() => {
  const site = getSite();
  return site.content.indicators.flatMap((indicator) =>
    indicatorFiles(site, indicatorView(site, indicator)).map((file) => ({
      params: { indicator: indicator.id, file: file.name },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = getSite();
  const files = indicatorFiles(site, indicatorView(site, site.indicator(params.indicator ?? '')));
  const file = files.find((f) => f.name === params.file);
  if (!file) throw new Error(`No file ${params.file} for indicator ${params.indicator}`);
  return new Response(await file.body(), { headers: { 'Content-Type': file.mediaType } });
};

/** /strategies/<id>/delivery/<period>/<id>-delivery-<period>.csv: one report as a spreadsheet, built at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvFileName, csvOf } from '../../../../../lib/delivery/view.ts';
import { getSite } from '../../../../../lib/site/load.ts';

export const getStaticPaths = (() =>
  getSite().content.delivery.map((r) => ({
    params: { strategy: r.strategyId, period: r.slug, file: csvFileName(r) },
    props: { body: csvOf(getSite(), r) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { body } = props as { body: string };
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

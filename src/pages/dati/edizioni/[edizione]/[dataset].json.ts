// /dati/edizioni/<edizione>/<dataset>.json: the same rows as the edition's CSV, as JSON.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { IdDataset } from '../../../../lib/dati/dataset.ts';
import type { Portale } from '../../../../dominio/serie.ts';
import { percorsiEdizioni, righeEdizione } from '../../../../portale/dati.ts';

export const getStaticPaths = (() => percorsiEdizioni()) satisfies GetStaticPaths;

export const GET: APIRoute<{ portale: Portale }> = ({ params, props, site }) =>
  new Response(
    JSON.stringify(righeEdizione(params.dataset as IdDataset, props.portale, site), null, 2) + '\n',
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );

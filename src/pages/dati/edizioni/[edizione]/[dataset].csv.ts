// /dati/edizioni/<edizione>/<dataset>.csv: one edition's dataset, a file that never changes once
// published; /dati/<dataset>.csv is the alias of the current edition's.
import type { APIRoute, GetStaticPaths } from 'astro';
import { colonneCsv, type IdDataset } from '../../../../lib/dati/dataset.ts';
import { tabellaCsv } from '../../../../lib/dati/csv.ts';
import type { Portale } from '../../../../dominio/serie.ts';
import { percorsiEdizioni, righeEdizione } from '../../../../portale/dati.ts';

export const getStaticPaths = (() => percorsiEdizioni()) satisfies GetStaticPaths;

export const GET: APIRoute<{ portale: Portale }> = ({ params, props, site }) => {
  const id = params.dataset as IdDataset;
  return new Response(tabellaCsv(colonneCsv(id), righeEdizione(id, props.portale, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};

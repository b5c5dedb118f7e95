// /dati/settori/<settore>/{obiettivi,incarichi}.csv: the rows of one settore, same columns and writer as /dati/<dataset>.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { colonneCsv } from '../../../../lib/dati/dataset.ts';
import type { DatasetSettore } from '../../../../lib/dati/catalogo.ts';
import { tabellaCsv } from '../../../../lib/dati/csv.ts';
import { percorsiSettore, righeSettore } from '../../../../portale/dati.ts';

export const getStaticPaths = (() => percorsiSettore()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const id = params.dataset as DatasetSettore;
  return new Response(tabellaCsv(colonneCsv(id), await righeSettore(id, params.settore!, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};

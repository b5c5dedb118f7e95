// /dati/<dataset>.csv: RFC 4180, UTF-8, CRLF, header row, amounts as plain decimals, formula-injection guard.
import type { APIRoute, GetStaticPaths } from 'astro';
import { colonneCsv, type IdDataset } from '../../lib/dati/dataset.ts';
import { tabellaCsv } from '../../lib/dati/csv.ts';
import { percorsiStatici, righe } from '../../portale/dati.ts';

export const getStaticPaths = (() => percorsiStatici()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const id = params.dataset as IdDataset;
  return new Response(tabellaCsv(colonneCsv(id), await righe(id, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};

// /dati/linee-strategiche/<linea>/obiettivi.csv: the objectives of one strategic line, same columns and writer as /dati/obiettivi.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { colonneCsv } from '../../../../lib/dati/dataset.ts';
import { tabellaCsv } from '../../../../lib/dati/csv.ts';
import { percorsiLinea, righeLinea } from '../../../../portale/dati.ts';

export const getStaticPaths = (() => percorsiLinea()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(tabellaCsv(colonneCsv('obiettivi'), await righeLinea(params.linea!, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });

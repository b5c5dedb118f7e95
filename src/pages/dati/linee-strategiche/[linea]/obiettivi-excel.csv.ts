// /dati/linee-strategiche/<linea>/obiettivi-excel.csv: the line's objectives for Excel with Italian
// settings (`;`, BOM, decimal comma), as /dati/obiettivi-excel.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { colonneCsv } from '../../../../lib/dati/dataset.ts';
import { tabellaCsvExcel } from '../../../../lib/dati/csv-excel.ts';
import { percorsiLinea, righeLinea } from '../../../../portale/dati.ts';

export const getStaticPaths = (() => percorsiLinea()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(tabellaCsvExcel(colonneCsv('obiettivi'), await righeLinea(params.linea!, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });

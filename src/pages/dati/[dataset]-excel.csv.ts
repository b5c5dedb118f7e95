// /dati/<dataset>-excel.csv: the same data for Excel with Italian settings (`;`, BOM, decimal comma).
import type { APIRoute, GetStaticPaths } from 'astro';
import { colonneCsv, type IdDataset } from '../../lib/dati/dataset.ts';
import { tabellaCsvExcel } from '../../lib/dati/csv-excel.ts';
import { percorsiStatici, righe } from '../../portale/dati.ts';

export const getStaticPaths = (() => percorsiStatici()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const id = params.dataset as IdDataset;
  return new Response(tabellaCsvExcel(colonneCsv(id), await righe(id, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};

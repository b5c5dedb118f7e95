// /dati/settori/<settore>/{obiettivi,incarichi}-excel.csv: the same rows as the settore's CSV, for
// Excel with Italian settings (`;`, BOM, decimal comma), as /dati/<dataset>-excel.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { colonneCsv } from '../../../../lib/dati/dataset.ts';
import type { DatasetSettore } from '../../../../lib/dati/catalogo.ts';
import { tabellaCsvExcel } from '../../../../lib/dati/csv-excel.ts';
import { percorsiSettore, righeSettore } from '../../../../portale/dati.ts';

export const getStaticPaths = (() => percorsiSettore()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const id = params.dataset as DatasetSettore;
  return new Response(
    tabellaCsvExcel(colonneCsv(id), await righeSettore(id, params.settore!, site)),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } },
  );
};

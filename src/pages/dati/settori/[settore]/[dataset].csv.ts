// /dati/settori/<settore>/{obiettivi,incarichi}.csv: the rows of one settore, same columns and writer as /dati/<dataset>.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { caricaPortale } from '../../../../portale/carica.ts';
import { colonneCsv } from '../../../../lib/dati/dataset.ts';
import { DATASET_SETTORE, type DatasetSettore } from '../../../../lib/dati/catalogo.ts';
import { tabellaCsv } from '../../../../lib/dati/csv.ts';
import { righeDi } from '../../_portale.ts';
import { vistaSettore } from '../../../../portale/viste.ts';

export const getStaticPaths = (async () => {
  const p = await caricaPortale();
  return p.settori.flatMap((s) =>
    DATASET_SETTORE.map((dataset) => ({ params: { settore: s.id, dataset } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const id = params.dataset as DatasetSettore;
  const settore = params.settore!;
  const righe = await righeDi(id, site, (p) =>
    id === 'obiettivi'
      ? { obiettivi: vistaSettore(p, settore).obiettivi }
      : { incarichi: vistaSettore(p, settore).incarichi },
  );
  return new Response(tabellaCsv(colonneCsv(id), righe), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};

// /dati/linee-strategiche/<linea>/obiettivi.csv: the objectives of one strategic line, same columns and writer as /dati/obiettivi.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { caricaPortale } from '../../../../portale/carica.ts';
import { colonneCsv } from '../../../../lib/dati/dataset.ts';
import { tabellaCsv } from '../../../../lib/dati/csv.ts';
import { righeDi } from '../../_portale.ts';
import { vistaLinea } from '../../../../portale/viste.ts';

export const getStaticPaths = (async () => {
  const p = await caricaPortale();
  return p.linee.map((l) => ({ params: { linea: l.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const linea = params.linea!;
  const righe = await righeDi('obiettivi', site, (p) => ({
    obiettivi: vistaLinea(p, linea).obiettivi,
  }));
  return new Response(tabellaCsv(colonneCsv('obiettivi'), righe), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};

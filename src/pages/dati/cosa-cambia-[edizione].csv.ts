// /dati/cosa-cambia-<edizione>.csv: what an edition changed from the one before, one row per field.
import type { APIRoute, GetStaticPaths } from 'astro';
import { tabellaCsv } from '../../lib/dati/csv.ts';
import { caricaSerie } from '../../portale/carica.ts';
import { COLONNE_COSA_CAMBIA, datiCosaCambia } from '../../portale/serie.ts';
import { assoluto, percorsiCosaCambia } from '../../portale/dati.ts';

export const getStaticPaths = (() => percorsiCosaCambia()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const righe = datiCosaCambia(await caricaSerie(), params.edizione!, assoluto(site));
  return new Response(
    tabellaCsv(
      COLONNE_COSA_CAMBIA.map((nome) => ({ nome })),
      righe,
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } },
  );
};

// /dati/cosa-cambia-<edizione>.json: the same rows as the CSV, as a JSON array.
import type { APIRoute, GetStaticPaths } from 'astro';
import { caricaSerie } from '../../portale/carica.ts';
import { datiCosaCambia } from '../../portale/serie.ts';
import { assoluto, percorsiCosaCambia } from '../../portale/dati.ts';

export const getStaticPaths = (() => percorsiCosaCambia()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(
    `${JSON.stringify(datiCosaCambia(await caricaSerie(), params.edizione!, assoluto(site)), null, 2)}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );

// /dati/catalogo.jsonld: the DCAT-AP_IT catalogue of the datasets, for harvesters such as dati.gov.it.
import type { APIRoute } from 'astro';
import { catalogoDcat } from '../../lib/dati/catalogo.ts';
import { assoluto, DATASET_EDIZIONE, edizione, modificati } from '../../portale/dati.ts';
import { caricaSerie } from '../../portale/carica.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    JSON.stringify(
      catalogoDcat(
        assoluto(site),
        await modificati(),
        await edizione(),
        (await caricaSerie()).edizioni.map((p) => ({
          edizione: p.edizione,
          dataset: DATASET_EDIZIONE,
        })),
      ),
      null,
      2,
    ) + '\n',
    { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } },
  );

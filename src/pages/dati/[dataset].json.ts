// /dati/<dataset>.json: the same rows and fields as the CSV, as an array of objects (JSON Schema beside it).
import type { APIRoute, GetStaticPaths } from 'astro';
import type { IdDataset } from '../../lib/dati/dataset.ts';
import { percorsiStatici, righe } from '../../portale/dati.ts';

export const getStaticPaths = (() => percorsiStatici()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const id = params.dataset as IdDataset;
  return new Response(JSON.stringify(await righe(id, site), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

// /dati/<dataset>.schema.json: JSON Schema of the JSON download, generated with z.toJSONSchema from campi.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchema, type IdDataset } from '../../lib/dati/dataset.ts';
import { url } from '../../lib/url.ts';
import { metadatiDataset } from '../../lib/dati/metadati.ts';
import { assoluto, edizione, percorsiStatici } from '../../portale/dati.ts';

export const getStaticPaths = (() => percorsiStatici()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const id = params.dataset as IdDataset;
  const schema = jsonSchema(
    id,
    metadatiDataset(await edizione())[id].titolo,
    assoluto(site)(url.schema(id)),
  );
  return new Response(JSON.stringify(schema, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};

// Content collections over the ingested data, validated with the same zod schemas as the ingest.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  areaSchema,
  edizioneSchema,
  incaricoConferitoSchema,
  incaricoSchema,
  lineaStrategicaSchema,
  obiettivoSchema,
  personaSchema,
  reportSchema,
  settoreSchema,
} from './schemas/index.ts';

const dati = (nome: string) => `content/data/${nome}.json`;

/** Every edition's folder in content/data/edizioni/ (written by the ingest, checked before the build). */
const cartellaEdizioni = 'content/data/edizioni';

/**
 * Every published edition, one entry each: its facts and the folder of its records. The records stay
 * out of Astro's content store: the store is inlined into the build as one JavaScript module, so
 * every edition's records there would be serialised, bundled, compiled and parsed again (at 15
 * editions of 20× the document: 140 MB of JSON, most of the build's memory). The folder's files are
 * checked against their schemas and the ingest's manifest before anything loads
 * (src/ingest/dati-verificati.ts); src/portale/carica.ts reads them.
 */
function edizioniLoader(): Loader {
  return {
    name: 'peg-edizioni',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const id of readdirSync(cartellaEdizioni).sort()) {
        const cartella = join(cartellaEdizioni, id);
        const edizione: unknown = JSON.parse(readFileSync(join(cartella, 'edizione.json'), 'utf8'));
        const data = await parseData({ id, data: { edizione, cartella } });
        store.set({ id, data });
      }
    },
  };
}

export const collections = {
  obiettivi: defineCollection({ loader: file(dati('obiettivi')), schema: obiettivoSchema }),
  incarichi: defineCollection({ loader: file(dati('incarichi')), schema: incaricoSchema }),
  settori: defineCollection({ loader: file(dati('settori')), schema: settoreSchema }),
  persone: defineCollection({ loader: file(dati('persone')), schema: personaSchema }),
  aree: defineCollection({ loader: file(dati('aree')), schema: areaSchema }),
  linee: defineCollection({
    loader: file(dati('linee-strategiche')),
    schema: lineaStrategicaSchema,
  }),
  report: defineCollection({
    loader: file(dati('ingest-report'), {
      parser: (testo) => [{ id: 'report', ...JSON.parse(testo) }],
    }),
    schema: reportSchema.extend({ id: z.literal('report') }),
  }),
  /** The edition the data come from (written by the ingest from content/edizioni.json). */
  edizione: defineCollection({
    loader: file(dati('edizione'), { parser: (testo) => [JSON.parse(testo)] }),
    schema: edizioneSchema,
  }),
  edizioni: defineCollection({
    loader: edizioniLoader(),
    schema: z.object({ edizione: edizioneSchema, cartella: z.string() }),
  }),
  /**
   * Conferred engagements, as `npm run ingest` wrote them from the office's spreadsheets in
   * content/incarichi-conferiti/ (checked there: documents, ceilings, personal data).
   */
  conferiti: defineCollection({
    loader: file(dati('incarichi-conferiti')),
    schema: incaricoConferitoSchema,
  }),
  pagine: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: 'content/pagine' }),
    schema: z.object({
      /** Page title. */
      title: z.string().min(1),
      /** One-sentence summary, used as meta description. */
      description: z.string().min(1),
      /** Source lines the page reproduces, for provenance. */
      righe: z.tuple([z.number().int().positive(), z.number().int().positive()]),
      /** Position in the list of regulatory pages. */
      ordine: z.number().int(),
    }),
  }),
};

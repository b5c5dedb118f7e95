// Content collections over the ingested data, validated with the same zod schemas as the ingest.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
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

/** Where editors publish conferred engagements; tests point it at fixtures with PEG_CONFERITI_DIR. */
const cartellaConferiti = process.env.PEG_CONFERITI_DIR ?? 'content/incarichi-conferiti';

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
  conferiti: defineCollection({
    loader: glob({ pattern: '**/*.json', base: cartellaConferiti }),
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

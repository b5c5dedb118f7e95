/** A strategic line of the DUP ("linea strategica"), as listed in the index of the objectives plan. */
import { z } from 'astro/zod';
import { fonteSchema, slugSchema } from './fonte.ts';

export const lineaStrategicaSchema = z.object({
  /** Stable id from the hand-curated registry (`content/anagrafica/entita.json`). */
  id: slugSchema,
  /** Position in the printed index, from 1. */
  numero: z.number().int().positive(),
  /** Name as printed in the index. */
  nome: z.string().min(1),
  /** Page number printed in the index. */
  pagina: z.number().int().nonnegative(),
  /** Every spelling of the name found in the document (index and section heading). */
  diciture: z.array(z.string().min(1)).min(1),
  fonte: fonteSchema,
});
export type LineaStrategica = z.infer<typeof lineaStrategicaSchema>;

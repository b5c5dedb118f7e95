/** A person named by the document: a dirigente or a settore's responsabile. */
import { z } from 'astro/zod';
import { fonteSchema, slugSchema } from './fonte.ts';

export const personaSchema = z.object({
  /** Stable id from the hand-curated registry. */
  id: slugSchema,
  /** Name in "Nome Cognome" order, from the registry. */
  nome: z.string().min(1),
  /** Every spelling of the person found in the document, sorted. */
  diciture: z.array(z.string().min(1)).min(1),
  fonte: fonteSchema,
});
export type Persona = z.infer<typeof personaSchema>;

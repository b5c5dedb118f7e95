/** A settore (or unità di staff) of the Comune, with its responsabile. */
import { z } from 'astro/zod';
import { fonteSchema, slugSchema } from './fonte.ts';

export const settoreSchema = z.object({
  /** Stable id from the hand-curated registry; used in URLs. */
  id: slugSchema,
  /** Display name from the registry. */
  nome: z.string().min(1),
  /** Every spelling of the settore found in the two parts of the document, sorted. */
  diciture: z.array(z.string().min(1)).min(1),
  /** Area the settore is listed under in the programme of engagements; null when the document does not say. */
  area: slugSchema.nullable(),
  /** Id of the person responsible for the settore. */
  responsabile: slugSchema,
  /** True when the document says the responsabile holds the post "ad interim". */
  adInterim: z.boolean(),
  fonte: fonteSchema,
});
export type Settore = z.infer<typeof settoreSchema>;

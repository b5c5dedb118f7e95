/** An organisational area ("AREA …" heading of the programme of engagements). */
import { z } from 'astro/zod';
import { fonteSchema, slugSchema } from './fonte.ts';

export const areaSchema = z.object({
  /** Stable id from the hand-curated registry. */
  id: slugSchema,
  /** Display name from the registry. */
  nome: z.string().min(1),
  /** Every spelling found in the document. */
  diciture: z.array(z.string().min(1)).min(1),
  /** Ids of the settori listed under this area, in printed order. */
  settori: z.array(slugSchema),
  fonte: fonteSchema,
});
export type Area = z.infer<typeof areaSchema>;

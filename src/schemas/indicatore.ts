/** An indicator of a performance objective: one row of the objectives table. */
import { z } from 'astro/zod';
import { fonteSchema } from './fonte.ts';

export const indicatoreSchema = z.object({
  /** Indicator code as printed, e.g. `1495`. The same code may serve several objectives. */
  codice: z.string().regex(/^\d+$/, 'il codice indicatore è numerico'),
  /** Titolo Indicatore. */
  titolo: z.string(),
  /** Formula Indicatore, as printed. */
  formula: z.string(),
  /** Finalità Indicatore. */
  finalita: z.string(),
  /** Target Atteso exactly as printed (`3.243.614`, `1`, `-10`). */
  target: z.string(),
  /** The target as a number when it is one (Italian format parsed), otherwise null. */
  targetValore: z.number().nullable(),
  /** Peso Indicatore: the weight of the indicator within its objective. */
  peso: z.number().nonnegative(),
  fonte: fonteSchema,
});
export type Indicatore = z.infer<typeof indicatoreSchema>;

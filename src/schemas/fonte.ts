/** Provenance shared by every record: which file of the source and which lines it came from. */
import { z } from 'astro/zod';

export const fonteSchema = z.object({
  /** Path of the source document inside the repository, e.g. `content/sources/peg-….txt`. */
  file: z.string().min(1),
  /** 1-based line numbers of the source rows the record was built from, ascending. */
  righe: z.array(z.number().int().positive()).min(1),
});
export type Fonte = z.infer<typeof fonteSchema>;

/** An identifier used in URLs: lowercase letters, digits and hyphens only. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'deve contenere solo lettere minuscole, cifre e trattini');

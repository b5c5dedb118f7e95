/** A performance objective of the Piano dettagliato degli obiettivi, with its indicators. */
import { z } from 'astro/zod';
import { fonteSchema, slugSchema } from './fonte.ts';
import { indicatoreSchema } from './indicatore.ts';

export const CODICE_OBIETTIVO = /^C\d+_\d+$/;

export const obiettivoSchema = z
  .object({
    /** URL id derived from the code only: `C59_0008` → `c59-0008`. */
    id: slugSchema,
    /** Codice Obiettivo as printed, e.g. `C59_0008`. */
    codice: z.string().regex(CODICE_OBIETTIVO, 'codice obiettivo atteso nella forma C59_0008'),
    /** Titolo Obiettivo. */
    titolo: z.string().min(1),
    /** Definizione Obiettivo (empty where the document leaves it blank). */
    definizione: z.string(),
    /** Id of the strategic line the objective is listed under. */
    linea: slugSchema,
    /** Id of the responsabile (person). */
    responsabile: slugSchema,
    /** Id of the settore. */
    settore: slugSchema,
    /** Responsabile and settore exactly as printed on the objective's first row. */
    dicitura: z.object({ responsabile: z.string(), settore: z.string() }),
    /** Indicators in printed order. */
    indicatori: z.array(indicatoreSchema),
    /** Sum of the indicators' weights (should be 100). */
    pesoTotale: z.number(),
    fonte: fonteSchema,
  })
  .refine((o) => o.id === o.codice.toLowerCase().replace('_', '-'), {
    message: "l'id deve essere il codice in minuscolo con il trattino (C59_0008 → c59-0008)",
    path: ['id'],
  });
export type Obiettivo = z.infer<typeof obiettivoSchema>;

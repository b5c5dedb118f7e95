/** A line of the programme of engagements (4.1 "Proposte incarichi a persone fisiche"): a spending ceiling. */
import { z } from 'astro/zod';
import { fonteSchema, slugSchema } from './fonte.ts';
import { alPiuDueDecimali, sommaEuro, ugualiAlCentesimo } from '../dominio/euro.ts';

export const tipologiaSpesaSchema = z.enum(['corrente', 'vincolata', 'mista']);
export type TipologiaSpesa = z.infer<typeof tipologiaSpesaSchema>;

/** Amount in euro with at most two decimals. */
export const importoSchema = z
  .number()
  .nonnegative()
  .refine(alPiuDueDecimali, 'importo con più di due decimali');

export const incaricoSchema = z
  .object({
    /** URL id from year, settore and scheda: `2019-politiche-sociali-7`. */
    id: slugSchema,
    /** Budget year of the programme. */
    anno: z.number().int().min(2000),
    /** Id of the area the settore is listed under. */
    area: slugSchema,
    /** Id of the settore. */
    settore: slugSchema,
    /** Scheda prog. n.: the number of the line within its settore's table. */
    scheda: z.number().int().positive(),
    /** Id of the dirigente responsabile di procedura. */
    dirigente: slugSchema,
    /** Attività/Progetto: the reason for the engagement. */
    ragione: z.string().min(1),
    /** Tipologia incarico (e.g. `professionale`). */
    tipologia: z.string().min(1),
    /** Which budget the line draws on. */
    tipologiaSpesa: tipologiaSpesaSchema,
    /** Part of the amount on the ordinary (corrente/straordinaria) budget. */
    importoCorrente: importoSchema,
    /** Part of the amount on funds tied to a grant (vincolata). */
    importoVincolato: importoSchema,
    /** Importo euro: the ceiling of the line. */
    importo: importoSchema,
    /** Capitolo PEG exactly as printed (free text: `16754/999 e 16748/3`, `in corso istit.`). */
    capitoloPeg: z.string(),
    /** Soggetto percettore: null, the programme names none; conferred engagements do. */
    soggettoPercettore: z.null(),
    /** Dirigente as printed in the row. */
    dicitura: z.object({ dirigente: z.string() }),
    fonte: fonteSchema,
  })
  .refine((i) => ugualiAlCentesimo(sommaEuro([i.importoCorrente, i.importoVincolato]), i.importo), {
    message: "importo corrente + vincolato deve essere uguale all'importo",
    path: ['importo'],
  });
export type Incarico = z.infer<typeof incaricoSchema>;

/**
 * An engagement actually conferred against a programme line (D.Lgs. 33/2013 art. 15).
 * Editors publish these as they happen; the PEG document holds none.
 */
import { z } from 'astro/zod';
import { slugSchema } from './fonte.ts';
import { importoSchema } from './incarico.ts';
import { compensoMassimo, superaAlCentesimo } from '../dominio/euro.ts';

const dataIso = z.iso.date({ message: 'data attesa nella forma AAAA-MM-GG' });

export const incaricoConferitoSchema = z
  .object({
    /** Stable id chosen by the editor, e.g. `2019-politiche-sociali-7-rossi`. */
    id: slugSchema,
    /** Id of the programme line (incarico) the engagement draws on. */
    incarico: slugSchema,
    /** Soggetto percettore: name of the professional (no codice fiscale, no private contacts). */
    soggettoPercettore: z.string().min(1),
    /** Ragione dell'incarico (oggetto). */
    ragione: z.string().min(1),
    /** Act of conferral. */
    atto: z.object({
      /** Kind and number, e.g. `Determinazione dirigenziale n. 123`. */
      estremi: z.string().min(1),
      /** Date of the act. */
      data: dataIso,
      /** Link to the published act (site path or absolute URL). */
      url: z.string().min(1).optional(),
    }),
    /** First day of the engagement. */
    dataInizio: dataIso,
    /** Last day of the engagement. */
    dataFine: dataIso,
    /** Compensation planned (compenso previsto), in euro. */
    compensoPrevisto: importoSchema,
    /** Variable part of the compensation, shown apart as art. 15 requires; 0 when none. */
    compensoVariabile: importoSchema.default(0),
    /** Amount actually paid (ammontare erogato), in euro; null until the first payment. */
    compensoErogato: importoSchema.nullable(),
    /** Link to the curriculum vitae. */
    curriculum: z.string().min(1),
    /** Link to the attestation that no conflict of interest exists (art. 53 c.14 D.Lgs. 165/2001). */
    attestazioneConflittoInteressi: z.string().min(1),
    /** Other engagements or professional activities of the person, as declared. */
    altriIncarichi: z.string().default(''),
    /** Date the record was published on the portal. */
    dataPubblicazione: dataIso,
  })
  .refine((c) => c.dataFine >= c.dataInizio, {
    message: 'la data di fine precede la data di inizio',
    path: ['dataFine'],
  })
  .refine(
    (c) => c.compensoErogato === null || !superaAlCentesimo(c.compensoErogato, compensoMassimo(c)),
    {
      message: 'il compenso erogato supera il compenso previsto',
      path: ['compensoErogato'],
    },
  );
export type IncaricoConferito = z.infer<typeof incaricoConferitoSchema>;

/** The ingest report: what became of every tab-separated row, the reconciliations and the findings. */
import { z } from 'astro/zod';

export const esitoRigaSchema = z.object({
  /** 1-based line number in the source. */
  riga: z.number().int().positive(),
  /** Which table the row belongs to. */
  tabella: z.enum(['programma-incarichi', 'indice-linee', 'obiettivi']),
  /** `record`: the row became the records listed; `saltata`: skipped, for the reason given. */
  esito: z.enum(['record', 'saltata']),
  /** Ids of the records the row produced (`obiettivo:c59-0008`, `indicatore:c59-0008/1495`, …). */
  record: z.array(z.string()).default([]),
  /** Why the row was skipped (header, total), or which irregular shape was recognised. */
  nota: z.string().optional(),
});
export type EsitoRiga = z.infer<typeof esitoRigaSchema>;

export const riconciliazioneSchema = z.object({
  /** What is being reconciled. */
  voce: z.string(),
  /** Settore id, or null for the overall totals. */
  settore: z.string().nullable(),
  /** Line of the printed total. */
  riga: z.number().int().positive(),
  /** Total as printed in the document. */
  stampato: z.number(),
  /** Sum of the records. */
  calcolato: z.number(),
  /** Whether the two agree to the cent. */
  esito: z.enum(['ok', 'diverso']),
});
export type Riconciliazione = z.infer<typeof riconciliazioneSchema>;

export const rilievoSchema = z.object({
  /** Kind of data-quality finding. */
  tipo: z.enum([
    'pesi-non-100',
    'indicatore-condiviso',
    'diciture-diverse',
    'definizione-vuota',
    'target-non-numerico',
    'forma-irregolare',
    'obiettivo-ripetuto',
    'caratteri-invisibili',
  ]),
  /** The finding in plain Italian. */
  descrizione: z.string(),
  /** Records involved (`obiettivo:c66-0005`, `settore:politiche-sociali`, …). */
  record: z.array(z.string()),
  /** Source lines involved. */
  righe: z.array(z.number().int().positive()),
});
export type Rilievo = z.infer<typeof rilievoSchema>;

export const reportSchema = z.object({
  /** Source file the report describes. */
  fonte: z.string(),
  /** SHA-256 of the source file's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Record counts by kind. */
  conteggi: z.record(z.string(), z.number().int().nonnegative()),
  /** One entry per tab-separated row of the source, in line order. */
  righe: z.array(esitoRigaSchema),
  /** Printed totals checked against the records. */
  riconciliazioni: z.array(riconciliazioneSchema),
  /** Data-quality findings: not failures, but things an auditor should know. */
  rilievi: z.array(rilievoSchema),
});
export type Report = z.infer<typeof reportSchema>;

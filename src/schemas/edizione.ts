/**
 * An edition: one source document, a plan as approved (variazione 0) or its n-th variation. The
 * register (content/edizioni.json) holds one entry per edition, written by `npm run edizione --
 * aggiungi` with the SHA-256 of its text; the ingest checks the text against it and writes the entry
 * of the edition it read to content/data/edizione.json, and every page reads the edition's facts there.
 */
import { z } from 'astro/zod';
import { slugSchema } from './fonte.ts';

const data = z.iso.date();

/** One entry of the register of editions. */
export const voceRegistroSchema = z.strictObject({
  /** Stable id of the edition: plan year and variation, `2019-variazione-2`. */
  id: slugSchema,
  /** Year the plan is for (the reference year of its data). */
  anno: z.number().int().min(2000),
  /** The three years the plan spans, as printed: `2019-2021`. */
  triennio: z.string().regex(/^\d{4}-\d{4}$/, 'atteso AAAA-AAAA'),
  /** 0 for the plan as approved, n for its n-th variation. */
  variazione: z.number().int().min(0),
  /** Title of the document, as printed. */
  titolo: z.string().min(1),
  /** What the edition is, in words: `secondo provvedimento di variazione`. */
  denominazione: z.string().min(1),
  /** The act that approved it (kind, number, date), when the document or the office states it. */
  atto: z.string().min(1).nullable(),
  /** Year of publication, which starts the art. 8 c.3 retention count. */
  annoPubblicazione: z.number().int().min(2000),
  /** Day of publication, when known. */
  dataPubblicazione: data.nullable(),
  /** Day the portal's data of this edition last changed (dct:modified of its datasets). */
  aggiornamento: data,
  /** The source text, under content/sources/. */
  file: z.string().regex(/^content\/sources\/[^/]+\.txt$/, 'atteso content/sources/<nome>.txt'),
  /** SHA-256 of the text as registered (hex): a text that differs is not this edition. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'attesa un’impronta SHA-256 di 64 cifre esadecimali'),
  /** Id of the edition this one supersedes, or null. */
  sostituisce: slugSchema.nullable(),
});
export type VoceRegistro = z.infer<typeof voceRegistroSchema>;

export const registroEdizioniSchema = z.array(voceRegistroSchema).min(1);

/** The edition the data come from, as the ingest writes it: its register entry. */
export const edizioneSchema = voceRegistroSchema;
export type Edizione = z.infer<typeof edizioneSchema>;

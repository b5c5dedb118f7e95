// Registering a new edition: the entry a transparency officer adds to content/edizioni.json with
// `npm run edizione -- aggiungi`. Pure: the CLI (scripts/edizione.ts) reads and writes the files.
import { voceRegistroSchema, type VoceRegistro } from '../schemas/edizione.ts';
import { ORDINALI, ORDINALI_FEMMINILI } from '../dominio/edizione.ts';
import { giornoIso } from '../dominio/giorni.ts';
import { impronta } from './edizione.ts';
import { IngestError } from './errore.ts';

/** `0` → `piano approvato`, `2` → `secondo provvedimento di variazione`. */
export function denominazione(variazione: number): string {
  if (variazione === 0) return 'piano approvato';
  const o = ORDINALI[variazione - 1];
  return o ? `${o} provvedimento di variazione` : `provvedimento di variazione n. ${variazione}`;
}

/** `content/sources/peg-2019-2021.txt` for the plan as approved, `…-terza-variazione.txt` for variation 3. */
export function fileEdizione(triennio: string, variazione: number): string {
  if (variazione === 0) return `content/sources/peg-${triennio}.txt`;
  const o = ORDINALI_FEMMINILI[variazione - 1] ?? `n${variazione}`;
  return `content/sources/peg-${triennio}-${o}-variazione.txt`;
}

/** `15/10/2019` or `2019-10-15` → `2019-10-15`; null when the text is neither, or not a real day. */
export function dataIso(testo: string): string | null {
  const t = testo.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return giornoIso(Number(m[3]), Number(m[2]), Number(m[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  return iso ? giornoIso(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

export interface DatiNuovaEdizione {
  anno: number;
  variazione: number;
  /** The act, as the office writes it: `Deliberazione di Giunta comunale n. 123 del 15/10/2019`. */
  atto: string | null;
  /** Day of publication (AAAA-MM-GG or GG/MM/AAAA). */
  pubblicazione: string;
  /** Day of the registration (AAAA-MM-GG): the data's date until they change. */
  oggi: string;
  /** The three-year span; `anno`–`anno + 2` by default. */
  triennio?: string;
  /** The document's title; the PEG's usual title by default. */
  titolo?: string;
}

/**
 * The register with the new edition added, or an error naming what is wrong: an edition already
 * registered (same year and variation), a text already registered (same SHA-256 as a registered
 * source: `impronte` maps each registered file to its fingerprint), an impossible date.
 */
export function aggiungiEdizione(
  registro: readonly VoceRegistro[],
  impronte: ReadonlyMap<string, string>,
  testo: Uint8Array,
  dati: DatiNuovaEdizione,
  fileRegistro: string,
): { registro: VoceRegistro[]; voce: VoceRegistro } {
  const errore = (msg: string) => new IngestError(fileRegistro, 1, msg);
  const id = `${dati.anno}-variazione-${dati.variazione}`;
  const doppia = registro.find((v) => v.id === id);
  if (doppia)
    throw errore(
      `l'edizione ${dati.anno}, variazione ${dati.variazione} è già registrata (${doppia.file}): non si registra due volte`,
    );
  const hash = impronta(testo);
  for (const [file, h] of impronte)
    if (h === hash)
      throw errore(`questo testo è già registrato come ${file}: stesso SHA-256 ${hash}`);
  const pubblicazione = dataIso(dati.pubblicazione);
  if (!pubblicazione)
    throw errore(
      `--pubblicazione "${dati.pubblicazione}": attesa una data GG/MM/AAAA o AAAA-MM-GG`,
    );
  if (pubblicazione > dati.oggi)
    throw errore(`--pubblicazione ${pubblicazione} è nel futuro (oggi è ${dati.oggi})`);
  const triennio = dati.triennio ?? `${dati.anno}-${dati.anno + 2}`;
  const precedente = registro
    .filter((v) => v.anno === dati.anno && v.variazione < dati.variazione)
    .sort((a, b) => b.variazione - a.variazione)[0];
  const esito = voceRegistroSchema.safeParse({
    id,
    anno: dati.anno,
    triennio,
    variazione: dati.variazione,
    titolo: dati.titolo ?? `Piano Esecutivo di Gestione / Piano della Performance ${triennio}`,
    denominazione: denominazione(dati.variazione),
    atto: dati.atto,
    annoPubblicazione: Number(pubblicazione.slice(0, 4)),
    dataPubblicazione: pubblicazione,
    aggiornamento: dati.oggi,
    file: fileEdizione(triennio, dati.variazione),
    sha256: hash,
    sostituisce: precedente?.id ?? null,
  } satisfies VoceRegistro);
  if (!esito.success) {
    const p = esito.error.issues[0]!;
    throw errore(`nuova edizione: ${p.path.join('.')}: ${p.message}`);
  }
  const voce = esito.data;
  if (registro.some((v) => v.file === voce.file))
    throw errore(`il file ${voce.file} è già usato da un'altra edizione`);
  // In order of year and variation: the last entry is the latest edition
  const nuovo = [...registro, voce].sort((a, b) => a.anno - b.anno || a.variazione - b.variazione);
  return { registro: nuovo, voce };
}

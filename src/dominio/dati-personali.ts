/**
 * Personal data that transparency does not need and must not be published (Garante per la
 * protezione dei dati personali, «Linee guida in materia di trattamento di dati personali …
 * effettuato … per finalità di pubblicità e trasparenza sul web», 15 maggio 2014): codice
 * fiscale, partita IVA of a natural person, IBAN, private e-mail addresses, phone numbers, and
 * (in the fields that describe the person) notes about health.
 *
 * Pure functions: text in, findings out. Every conferred engagement is a natural person's, so
 * any valid partita IVA in its record is a natural person's.
 */

export type TipoDatoPersonale =
  | 'codice fiscale'
  | 'partita IVA'
  | 'IBAN'
  | 'indirizzo e-mail non istituzionale'
  | 'numero di telefono'
  | 'dato sulla salute';

export interface DatoPersonale {
  tipo: TipoDatoPersonale;
  /** The matched text, as written. */
  valore: string;
}

/** Domains whose addresses are the administration's own, publishable as contacts. */
export const DOMINI_ISTITUZIONALI = ['comune.cremona.it', 'gov.it', 'funzionepubblica.it'];

const CF =
  /\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b/gi;
const PIVA = /(?<![\d.,/])(?:IT\s?)?(\d{11})(?![\d.,/])/gi;
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}\b/gi;
const EMAIL = /(?<![A-Z0-9._%+-])[A-Z0-9._%+-]+@([A-Z0-9-]+(?:\.[A-Z0-9-]+)+)/gi;
// +39 / 0039 optional; mobile 3xx, landline 0x…; 9 to 11 digits in groups of at least 2
const TELEFONO =
  /(?<![\w.,/])(?:(?:\+|00)39[\s.-]?)?(?:3\d{2}|0\d{1,3})(?:[\s.\/-]?\d{2,4}){2,4}(?![\w,/])/g;
const SALUTE =
  /\b(?:malatti[ae]|diagnosi|ricover[oiato]+|invalidit[àa]|patologi[ae]|terapi[ae]|gravidanza|handicap|certificato medico|legge\s*104|l\.\s*104)\b/gi;

/** The partita IVA check digit (Luhn-like, DPR 633/1972). */
function pivaValida(cifre: string): boolean {
  let s = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(cifre[i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    s += d;
  }
  return (10 - (s % 10)) % 10 === Number(cifre[10]);
}

/** IBAN check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
function ibanValido(iban: string): boolean {
  const s = (iban.slice(4) + iban.slice(0, 4)).toUpperCase();
  let resto = 0;
  for (const c of s) {
    const v = /\d/.test(c) ? c : String(c.charCodeAt(0) - 55);
    for (const d of v) resto = (resto * 10 + Number(d)) % 97;
  }
  return resto === 1;
}

const istituzionale = (dominio: string) =>
  DOMINI_ISTITUZIONALI.some(
    (d) => dominio.toLowerCase() === d || dominio.toLowerCase().endsWith(`.${d}`),
  );

export interface OpzioniGuardia {
  /** Also look for health notes: for the fields that describe the person, not the engagement's subject. */
  salute?: boolean;
}

/** Every personal datum in `testo`, in order of appearance. */
export function trovaDatiPersonali(testo: string, opzioni: OpzioniGuardia = {}): DatoPersonale[] {
  const trovati: (DatoPersonale & { at: number })[] = [];
  const aggiungi = (tipo: TipoDatoPersonale, m: RegExpMatchArray) =>
    trovati.push({ tipo, valore: m[0].trim(), at: m.index! });
  for (const m of testo.matchAll(CF)) aggiungi('codice fiscale', m);
  for (const m of testo.matchAll(IBAN))
    if (ibanValido(m[0].replace(/\s/g, ''))) aggiungi('IBAN', m);
  for (const m of testo.matchAll(PIVA)) if (pivaValida(m[1]!)) aggiungi('partita IVA', m);
  for (const m of testo.matchAll(EMAIL))
    if (!istituzionale(m[1]!)) aggiungi('indirizzo e-mail non istituzionale', m);
  for (const m of testo.matchAll(TELEFONO)) {
    const cifre = m[0].replace(/\D/g, '').replace(/^(?:00)?39(?=[03])/, '');
    if (cifre.length >= 9 && cifre.length <= 11) aggiungi('numero di telefono', m);
  }
  if (opzioni.salute) for (const m of testo.matchAll(SALUTE)) aggiungi('dato sulla salute', m);
  // A partita IVA or an IBAN also looks like a phone number: keep the more specific finding
  const specifici = trovati.filter((t) => t.tipo !== 'numero di telefono');
  return trovati
    .filter(
      (t) =>
        t.tipo !== 'numero di telefono' ||
        !specifici.some((s) => s.at <= t.at && t.at < s.at + s.valore.length + 3),
    )
    .sort((a, b) => a.at - b.at)
    .map(({ tipo, valore }) => ({ tipo, valore }));
}

/** `valore` with its middle masked, so an error message does not repeat the datum in full. */
export function mascherato(valore: string): string {
  if (valore.length <= 4) return '…';
  return `${valore.slice(0, 2)}…${valore.slice(-2)}`;
}

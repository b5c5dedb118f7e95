/**
 * One cell read as the value its column holds. Each function returns the value, or the Italian
 * sentence that says what is wrong with the cell (the caller adds file, row and column).
 */
import { centesimi } from '../../dominio/euro.ts';
import { giornoIso } from '../../dominio/giorni.ts';
import { parseNumeroItaliano } from '../sorgente.ts';
import type { Cella } from './tabella.ts';

export type Letto<T> = { ok: true; valore: T } | { ok: false; errore: string };

const ok = <T>(valore: T): Letto<T> => ({ ok: true, valore });
const no = (errore: string): Letto<never> => ({ ok: false, errore });

/** The cell as the text the office typed (a date cell as `15/04/2019`, a number as `10000`). */
export function comeTesto(c: Cella): string {
  if (c === null) return '';
  if (c instanceof Date) return `${c.getUTCDate()}/${c.getUTCMonth() + 1}/${c.getUTCFullYear()}`;
  return String(c).trim();
}

export function leggiTesto(c: Cella): Letto<string> {
  if (c instanceof Date) return no(`attesa una scritta, trovata una data (${comeTesto(c)})`);
  return ok(comeTesto(c).replace(/\r\n?/g, '\n'));
}

/**
 * Euro amount: a number cell, or Italian text `10.000,00`, `10000,5`, `10.000,00€`, `€ 10.000,00`
 * (also `10000.50`, the decimal point of a spreadsheet set to English). At most two decimals.
 */
export function leggiImporto(c: Cella): Letto<number> {
  if (c instanceof Date) return no(`importo illeggibile: la cella è una data (${comeTesto(c)})`);
  if (typeof c === 'number') return importoValido(c, String(c));
  const originale = comeTesto(c);
  const t = originale.replace(/€|\bEUR\b|euro/gi, '').replace(/[\s\u00a0\u202f]/g, '');
  if (/^-/.test(t)) return no(`importo negativo "${originale}"`);
  let euro: number | null = null;
  if (/^\d+\.\d{1,2}$/.test(t)) euro = Number(t);
  else if (/^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/.test(t)) {
    if (/,\d{3,}$/.test(t)) return no(`importo con più di due decimali "${originale}"`);
    euro = parseNumeroItaliano(t);
  }
  if (euro === null) return no(`importo illeggibile "${originale}"`);
  return importoValido(euro, originale);
}

function importoValido(euro: number, originale: string): Letto<number> {
  if (!Number.isFinite(euro)) return no(`importo illeggibile "${originale}"`);
  if (euro < 0) return no(`importo negativo "${originale}"`);
  if (Math.abs(euro * 100 - centesimi(euro)) > 1e-6)
    return no(`importo con più di due decimali "${originale}"`);
  return ok(centesimi(euro) / 100);
}

/**
 * A day, as `AAAA-MM-GG`: a date cell, or text `15/04/2019`, `15/4/2019`, `15.04.2019`, `15-04-2019`
 * or `2019-04-15`. A day that does not exist (`31/04/2019`) is refused.
 */
export function leggiData(c: Cella): Letto<string> {
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return no('data illeggibile');
    return giorno(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate(), comeTesto(c));
  }
  if (typeof c === 'number')
    return no(
      `data illeggibile: la cella contiene il numero ${c}; scrivere la data come 15/04/2019 o formattare la cella come data`,
    );
  const t = comeTesto(c);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return giorno(Number(m[3]), Number(m[2]), Number(m[1]), t);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return giorno(Number(m[1]), Number(m[2]), Number(m[3]), t);
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(t))
    return no(`data "${t}" con l'anno a due cifre: scrivere l'anno per intero (15/04/2019)`);
  return no(`data illeggibile "${t}": attesa nella forma 15/04/2019 o 2019-04-15`);
}

function giorno(anno: number, mese: number, g: number, originale: string): Letto<string> {
  const iso = anno < 1900 ? null : giornoIso(anno, mese, g);
  return iso ? ok(iso) : no(`data impossibile "${originale}": questo giorno non esiste`);
}

/** The number of a programme line within its settore: `7`, a number cell 7, or `Scheda 7` / `n. 7`. */
export function leggiScheda(c: Cella): Letto<number> {
  if (typeof c === 'number') {
    if (Number.isInteger(c) && c > 0) return ok(c);
    return no(`numero di scheda non valido "${c}": atteso un numero intero come 7`);
  }
  const t = comeTesto(c);
  const m = /^(?:scheda(?:\s+prog\.?)?\s*)?(?:n\.?\s*)?(\d+)$/i.exec(t);
  if (m && Number(m[1]) > 0) return ok(Number(m[1]));
  return no(`numero di scheda non valido "${t}": atteso un numero intero come 7`);
}

/** An absolute `https://` address. */
export function leggiHttps(c: Cella): Letto<string> {
  const t = comeTesto(c);
  let url: URL;
  try {
    url = new URL(t);
  } catch {
    return no(`indirizzo non valido "${t}": atteso un indirizzo che comincia con https://`);
  }
  if (url.protocol !== 'https:') return no(`indirizzo "${t}" non sicuro: è ammesso solo https://`);
  return ok(t);
}

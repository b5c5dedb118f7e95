/**
 * The bench scenario "a metropolis over five years" (`npm run bench -- --metropoli`): a series of
 * editions, each k× the real document (genera.ts), where each variation changes a share of the
 * records of the edition before it (10 %) and each new plan year a larger share (40 %).
 *
 * A change is made in the text, where the Comune would make it, on the lines the ingest says the
 * record comes from (`fonte.righe`), keeping the document importable:
 * - an objective: the target of one indicator (its last digit), or, every other objective, the
 *   weights of two of its indicators swapped (the weights still sum to 100);
 * - a programme line: its amount raised by 1.000–5.000 euro, with its settore's `Totale Settore`
 *   and the overall total (and its corrente or vincolata part) raised by the same;
 * - a new plan year: also the year of `BILANCIO AAAA - PROPOSTE INCARICHI` (every line's id changes).
 * Which records change is drawn from a seeded generator: the same seed gives the same documents.
 * Pure: nothing here writes files.
 */
import { CAMPI_VERSIONE_INCARICO, CAMPI_VERSIONE_OBIETTIVO } from '../../src/dominio/serie.ts';
import { modifiche } from '../../src/dominio/confronto.ts';
import { ingest, type Dataset } from '../../src/ingest/ingest.ts';
import { pulisciCella } from '../../src/ingest/sorgente.ts';
import type { Incarico, Obiettivo } from '../../src/schemas/index.ts';
import { euroItaliano, generaDocumento, type Registro } from './genera.ts';

/** Share of the records a variation changes, and a new plan year. */
export const QUOTA_VARIAZIONE = 0.1;
export const QUOTA_NUOVO_ANNO = 0.4;

/** A small seeded generator (mulberry32): numbers in [0, 1). */
export function generatore(seme: number): () => number {
  let a = seme >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The indices 0…n−1 in an order drawn from `caso`. */
function mescola(n: number, caso: () => number): number[] {
  const xs = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(caso() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

const centesimi = (s: string) => Math.round(Number(s.replace(/\./g, '').replace(',', '.')) * 100);
const IMPORTO = /^[\d.]+,\d{2}$/;
const INIZIO_PROGRAMMA = /^(#*\s*BILANCIO )(\d{4})( - PROPOSTE INCARICHI)/;
const TOTALE_PROGRAMMA = /^Spesa complessiva per affidamento incarichi/;
const TOTALE_COMPLESSIVO =
  /(euro\s+)([\d.]+,\d{2})(\s*\(di cui euro\s+)([\d.]+,\d{2})(\s+corrente ed euro\s+)([\d.]+,\d{2})(\s+vincolata\))/;
const TOTALE_SETTORE = /Totale Settore/;

/** Replaces, in one raw cell, the cleaned text `da` with `a` (markup and spaces around it stay). */
function sostituisciInCella(cella: string, da: string, a: string): string {
  const i = cella.lastIndexOf(da);
  if (i < 0) throw new Error(`"${da}" non è nella cella "${cella}"`);
  return cella.slice(0, i) + a + cella.slice(i + da.length);
}

/** The document as lines, edited in place by the changes below. */
class Testo {
  righe: string[];
  toccate = new Set<number>();
  constructor(testo: string) {
    this.righe = testo.split('\n');
  }
  celle(n: number): string[] {
    return this.righe[n - 1]!.split('\t');
  }
  scrivi(n: number, celle: string[]) {
    this.righe[n - 1] = celle.join('\t');
    this.toccate.add(n);
  }
}

/** Where an indicator's target and weight are, on each of its lines: null when a line has another shape. */
function posizioniIndicatore(t: Testo, ind: Obiettivo['indicatori'][number]): { riga: number; target: number }[] | null {
  const out: { riga: number; target: number }[] = [];
  for (const n of ind.fonte.righe) {
    const c = t.celle(n).map(pulisciCella);
    const k = c.indexOf(ind.codice);
    if (k < 0 || c[k + 4] !== ind.target || Number((c[k + 5] ?? '').replace(',', '.')) !== ind.peso) return null;
    out.push({ riga: n, target: k + 4 });
  }
  return out.length ? out : null;
}

/** The target with its last digit changed (same format, another value), or null without a digit. */
function altroTarget(target: string): string | null {
  const m = /(\d)(\D*)$/.exec(target);
  if (!m) return null;
  return target.slice(0, m.index) + String((Number(m[1]) + 1) % 10) + m[2];
}

/** Changes one objective in the text; false when its lines have a shape this does not edit. */
function cambiaObiettivo(t: Testo, o: Obiettivo, pesi: boolean): boolean {
  const pos = o.indicatori.map((i) => posizioniIndicatore(t, i));
  if (pos.some((p) => p?.some((x) => t.toccate.has(x.riga)))) return false;
  if (pesi) {
    // Two indicators with different weights, their weights swapped
    const a = o.indicatori.findIndex((_, k) => pos[k]);
    const b = o.indicatori.findIndex((x, k) => pos[k] && a >= 0 && x.peso !== o.indicatori[a]!.peso);
    if (a >= 0 && b >= 0) {
      for (const [da, verso] of [
        [a, b],
        [b, a],
      ] as const) {
        for (const { riga, target } of pos[da]!) {
          const celle = t.celle(riga);
          celle[target + 1] = sostituisciInCella(celle[target + 1]!, pulisciCella(celle[target + 1]!), String(o.indicatori[verso]!.peso));
          t.scrivi(riga, celle);
        }
      }
      return true;
    }
  }
  const k = o.indicatori.findIndex((x, j) => pos[j] && altroTarget(x.target) !== null);
  if (k < 0) return false;
  const nuovo = altroTarget(o.indicatori[k]!.target)!;
  for (const { riga, target } of pos[k]!) {
    const celle = t.celle(riga);
    celle[target] = sostituisciInCella(celle[target]!, o.indicatori[k]!.target, nuovo);
    t.scrivi(riga, celle);
  }
  return true;
}

/** Raises the printed amount in the first cell of line `n` that holds one (a Totale Settore). */
function aggiungiAlTotale(t: Testo, n: number, delta: number) {
  const celle = t.celle(n);
  const k = celle.findIndex((c) => IMPORTO.test(pulisciCella(c)));
  if (k < 0) throw new Error(`riga ${n}: nessun importo nel totale "${t.righe[n - 1]}"`);
  const vecchio = pulisciCella(celle[k]!);
  celle[k] = sostituisciInCella(celle[k]!, vecchio, euroItaliano(centesimi(vecchio) + delta));
  t.scrivi(n, celle);
}

/** Raises one programme line's amount and its settore's total; returns the change in cents, 0 when not editable. */
function cambiaIncarico(t: Testo, i: Incarico, caso: () => number): number {
  if (i.importoCorrente > 0 && i.importoVincolato > 0) return 0;
  const [n] = i.fonte.righe;
  if (n === undefined || i.fonte.righe.length !== 1 || t.toccate.has(n)) return 0;
  const importo = euroItaliano(Math.round(i.importo * 100));
  const celle = t.celle(n);
  const k = celle.map(pulisciCella).flatMap((c, j) => (c === importo ? [j] : []));
  if (k.length !== 1) return 0;
  const totale = t.righe.findIndex((r, j) => j >= n && TOTALE_SETTORE.test(r)) + 1;
  if (totale === 0) return 0;
  const delta = 100_000 * (1 + Math.floor(caso() * 5));
  celle[k[0]!] = sostituisciInCella(celle[k[0]!]!, importo, euroItaliano(Math.round(i.importo * 100) + delta));
  t.scrivi(n, celle);
  aggiungiAlTotale(t, totale, delta);
  return delta;
}

export interface OpzioniVariazione {
  /** Share of objectives, and of programme lines, to change. */
  quota: number;
  seme: number;
  /** A new plan year: the programme's year becomes this. */
  anno?: number;
}

/**
 * The next edition's text: `testo` (whose ingest is `dataset`) with round(quota·n) objectives and
 * round(quota·m) programme lines changed, totals kept consistent.
 */
export function variaDocumento(testo: string, dataset: Dataset, opzioni: OpzioniVariazione): string {
  const caso = generatore(opzioni.seme);
  const t = new Testo(testo);
  const obiettivi = dataset.obiettivi;
  const voluti = Math.round(opzioni.quota * obiettivi.length);
  let fatti = 0;
  for (const k of mescola(obiettivi.length, caso)) {
    if (fatti >= voluti) break;
    if (cambiaObiettivo(t, obiettivi[k]!, fatti % 2 === 1)) fatti++;
  }
  if (fatti < voluti) throw new Error(`cambiati ${fatti} obiettivi su ${voluti} voluti`);

  const incarichi = dataset.incarichi;
  const volute = Math.round(opzioni.quota * incarichi.length);
  let fatte = 0;
  let corrente = 0;
  let vincolata = 0;
  for (const k of mescola(incarichi.length, caso)) {
    if (fatte >= volute) break;
    const i = incarichi[k]!;
    const delta = cambiaIncarico(t, i, caso);
    if (!delta) continue;
    fatte++;
    if (i.importoVincolato > 0) vincolata += delta;
    else corrente += delta;
  }
  if (fatte < volute) throw new Error(`cambiate ${fatte} voci del programma su ${volute} volute`);

  const iTot = t.righe.findIndex((r) => TOTALE_PROGRAMMA.test(r));
  if (iTot < 0 || !TOTALE_COMPLESSIVO.test(t.righe[iTot]!)) throw new Error('totale complessivo non trovato');
  t.righe[iTot] = t.righe[iTot]!.replace(
    TOTALE_COMPLESSIVO,
    (_, a, tot: string, b, corr: string, c, vinc: string, d) =>
      `${a}${euroItaliano(centesimi(tot) + corrente + vincolata)}${b}${euroItaliano(centesimi(corr) + corrente)}${c}${euroItaliano(centesimi(vinc) + vincolata)}${d}`,
  );
  if (opzioni.anno !== undefined) {
    const iProg = t.righe.findIndex((r) => INIZIO_PROGRAMMA.test(r));
    t.righe[iProg] = t.righe[iProg]!.replace(INIZIO_PROGRAMMA, `$1${opzioni.anno}$3`);
  }
  return t.righe.join('\n');
}

/** Shares of records that differ between two editions (objectives by code, lines by settore and scheda). */
export function quoteCambiate(prima: Dataset, dopo: Dataset) {
  const quota = <T>(a: readonly T[], b: readonly T[], chiave: (x: T) => string, campi: Parameters<typeof modifiche<T>>[2]) => {
    const vecchi = new Map(a.map((x) => [chiave(x), x]));
    const cambiati = b.filter((x) => {
      const p = vecchi.get(chiave(x));
      return !p || modifiche(p, x, campi).length > 0;
    }).length;
    return { cambiati, totale: b.length, quota: cambiati / b.length };
  };
  return {
    obiettivi: quota(prima.obiettivi, dopo.obiettivi, (o) => o.codice, CAMPI_VERSIONE_OBIETTIVO),
    incarichi: quota(prima.incarichi, dopo.incarichi, (i) => `${i.settore}/${i.scheda}`, CAMPI_VERSIONE_INCARICO),
  };
}

export interface EdizioneSintetica {
  anno: number;
  variazione: number;
  /** `AAAA-MM-GG`. */
  pubblicazione: string;
  atto: string;
  testo: string;
  /** Shares of objectives and programme lines changed from the edition before (null for the first). */
  quote: { obiettivi: number; incarichi: number } | null;
}

export interface Scenario {
  edizioni: EdizioneSintetica[];
  /** The registry for k copies, as JSON text. */
  anagrafica: string;
}

export interface OpzioniScenario {
  scala: number;
  anni: number;
  variazioni: number;
  /** First plan year. */
  primoAnno?: number;
  seme?: number;
  /** Editions after the last of the series (more variations of the last year): the "one more" builds. */
  extra?: number;
}

/**
 * The series: `anni` plans, each followed by `variazioni` variations (then `extra` more variations of
 * the last year), each edition a variation of the one before it. Each text is ingested to find the
 * records the next one changes, so every edition is importable by construction.
 */
export function generaScenario(originale: string, registro: Registro, o: OpzioniScenario): Scenario {
  const primoAnno = o.primoAnno ?? 2019;
  const seme = o.seme ?? 13;
  const base = generaDocumento(originale, registro, o.scala);
  const anagrafica = new TextEncoder().encode(base.anagrafica);
  const importa = (testo: string, nome: string) =>
    ingest({ sorgente: new TextEncoder().encode(testo), fileSorgente: nome, anagrafica, fileAnagrafica: 'entita.json' });
  const inizio = base.sorgente.replace(INIZIO_PROGRAMMA, (_, a, _anno, b) => `${a}${primoAnno}${b}`);
  const edizioni: EdizioneSintetica[] = [];
  let testo = inizio;
  let dataset: Dataset | null = null;
  const passi: { anno: number; variazione: number }[] = [];
  for (let a = 0; a < o.anni; a++) for (let v = 0; v <= o.variazioni; v++) passi.push({ anno: primoAnno + a, variazione: v });
  for (let v = 1; v <= (o.extra ?? 0); v++) passi.push({ anno: primoAnno + o.anni - 1, variazione: o.variazioni + v });
  passi.forEach(({ anno, variazione }, k) => {
    const prima = dataset;
    if (k > 0) {
      const nuovoAnno = variazione === 0;
      testo = variaDocumento(testo, dataset!, {
        quota: nuovoAnno ? QUOTA_NUOVO_ANNO : QUOTA_VARIAZIONE,
        seme: seme * 1000 + k,
        ...(nuovoAnno ? { anno } : {}),
      });
    }
    dataset = importa(testo, `${anno}-${variazione}.txt`);
    const q = prima && quoteCambiate(prima, dataset);
    // Plans in February, variations every three months after; acts a week before publication
    const mese = 2 + 3 * variazione;
    const giorno = (m: number, g: number) => `${anno + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}-${String(g).padStart(2, '0')}`;
    edizioni.push({
      anno,
      variazione,
      pubblicazione: giorno(mese, 20),
      atto: `Deliberazione di Giunta comunale n. ${10 + 20 * variazione} del ${giorno(mese, 13).split('-').reverse().join('/')} (edizione sintetica del bench)`,
      testo,
      quote: q && { obiettivi: q.obiettivi.quota, incarichi: q.incarichi.quota },
    });
  });
  return { edizioni, anagrafica: base.anagrafica };
}

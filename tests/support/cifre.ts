// Independent checks of the figures a page shows: the expectation is recomputed here from
// content/data/*.json (or the source text) with a few lines of integer-cent arithmetic and written
// the way a reader reads it (it-IT), never with the helpers in src/ that produced the page.
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect } from 'vitest';
import type {
  Area,
  Incarico,
  LineaStrategica,
  Obiettivo,
  Persona,
  Settore,
} from '../../src/schemas/index.ts';
import { leggiDist, richiediDist } from '../../scripts/lib/dist.ts';

// ---- The committed data, read as plain JSON (types only from the schemas) ----

const json = <T>(nome: string): T =>
  JSON.parse(readFileSync(`content/data/${nome}.json`, 'utf8')) as T;

export const dati = {
  obiettivi: json<Obiettivo[]>('obiettivi'),
  incarichi: json<Incarico[]>('incarichi'),
  settori: json<Settore[]>('settori'),
  aree: json<Area[]>('aree'),
  linee: json<LineaStrategica[]>('linee-strategiche'),
  persone: json<Persona[]>('persone'),
};

export const FONTE = readFileSync(
  'content/sources/peg-2019-2021-seconda-variazione.txt',
  'utf8',
).split(/\r?\n/);

// ---- Arithmetic: money in integer cents ----

export const cent = (euro: number): number => Math.round(euro * 100);

/** `14.175,00` (as the document prints it) → 1417500 cents. */
export const centDaTesto = (s: string): number => {
  const m = /^(\d{1,3}(?:\.\d{3})*),(\d{2})$/.exec(s.trim());
  if (!m) throw new Error(`importo illeggibile nel documento: «${s}»`);
  return Number(m[1]!.replaceAll('.', '')) * 100 + Number(m[2]);
};

/** Totals of some programme lines, in cents, summed here one line at a time. */
export function conti(voci: readonly Incarico[]) {
  let importo = 0;
  let corrente = 0;
  let vincolata = 0;
  for (const v of voci) {
    importo += cent(v.importo);
    corrente += cent(v.importoCorrente);
    vincolata += cent(v.importoVincolato);
  }
  return { voci: voci.length, importo, corrente, vincolata };
}

export const dove = <T, K extends keyof T>(xs: readonly T[], k: K, v: T[K]): T[] =>
  xs.filter((x) => x[k] === v);

export const righeIndicatore = (obiettivi: readonly Obiettivo[]): number =>
  obiettivi.reduce((n, o) => n + o.indicatori.length, 0);

// ---- The source document's own printed totals ----

/** The «Totale Settore» row printed after a settore's last programme line, in cents. */
export function totaleSettoreNelDocumento(settore: string): number | undefined {
  const voci = dove(dati.incarichi, 'settore', settore);
  if (voci.length === 0) return undefined;
  const ultima = Math.max(...voci.flatMap((v) => v.fonte.righe));
  for (let n = ultima; n < FONTE.length; n++) {
    const m = /^<b>Totale Settore<\/b>[\t ]+<b>([\d.,]+)<\/b>/.exec(FONTE[n]!);
    if (m) return centDaTesto(m[1]!);
  }
  throw new Error(`nessun «Totale Settore» dopo la riga ${ultima} del documento`);
}

/** «Spesa complessiva … euro 561.038,00 (di cui euro 123.000,00 corrente ed euro 438.038,00 vincolata)». */
export function totaliDelDocumento() {
  const riga = FONTE.find((r) => r.startsWith('Spesa complessiva per affidamento incarichi'));
  const m =
    riga &&
    /euro ([\d.,]+) \(di cui euro ([\d.,]+) corrente ed euro ([\d.,]+) vincolata\)/.exec(riga);
  if (!m) throw new Error('il documento non riporta la spesa complessiva del programma');
  return {
    importo: centDaTesto(m[1]!),
    corrente: centDaTesto(m[2]!),
    vincolata: centDaTesto(m[3]!),
  };
}

// ---- Writing a figure as the page writes it (it-IT), reimplemented here ----

const dueDecimali = new Intl.NumberFormat('it-IT', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: 'always',
});
const intero = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2, useGrouping: 'always' });
const percentuale = new Intl.NumberFormat('it-IT', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** 1417500 cents → `€ 14.175,00`. */
export const euro = (centesimi: number): string => `€ ${dueDecimali.format(centesimi / 100)}`;
/** 1600 → `1.600`. */
export const numero = (n: number): string => intero.format(n);
/** (259000, 561038) → `46,2%`. */
export const quota = (parte: number, tutto: number): string =>
  percentuale.format(tutto > 0 ? parte / tutto : 0);
/** 7000 cents → `70.00`, as the CSV writes amounts. */
export const importoCsv = (centesimi: number): string =>
  `${Math.trunc(centesimi / 100)}.${String(Math.abs(centesimi) % 100).padStart(2, '0')}`;

// ---- Reading a built page as a reader reads it ----

/** Text of an element as shown: entities decoded, white space collapsed. */
export const testo = (el: HTMLElement | null | undefined): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export interface Pagina {
  url: string;
  root: HTMLElement;
}

/** `/settori/politiche-sociali/` → the parsed page from dist/. */
export function pagina(url: string): Pagina {
  richiediDist();
  const file = url.replace(/^\//, '') + (url.endsWith('/') ? 'index.html' : '');
  return { url, root: parse(leggiDist(file)) };
}

const corrisponde = (t: string, etichetta: string | RegExp) =>
  typeof etichetta === 'string' ? t === etichetta || t.startsWith(etichetta) : etichetta.test(t);

/** The table whose caption starts with (or matches) `didascalia`; null when none. */
export function tabella(root: HTMLElement, didascalia: string | RegExp): HTMLElement | null {
  return (
    root
      .querySelectorAll('table')
      .find((t) => corrisponde(testo(t.querySelector('caption')), didascalia)) ?? null
  );
}

/** The texts of a row's cells (th and td), left to right. */
export const celle = (tr: HTMLElement): string[] =>
  tr.querySelectorAll('th, td').map((c) => testo(c));

/** The row whose header cell (`th[scope=row]`) starts with `etichetta`; its cells after the header. */
export function riga(t: HTMLElement | null, etichetta: string | RegExp): string[] | null {
  if (!t) return null;
  for (const tr of t.querySelectorAll('tr')) {
    const th = tr.querySelector('th[scope="row"]');
    if (th && corrisponde(testo(th), etichetta))
      return tr.querySelectorAll('td').map((c) => testo(c));
  }
  return null;
}

/** Every body row as a record keyed by the column headers (`thead th`), row header included. */
export function righe(t: HTMLElement | null, sezione: 'tbody' | 'tfoot' = 'tbody') {
  if (!t) return [];
  const intestazioni = t.querySelectorAll('thead th').map((c) => testo(c));
  return t.querySelectorAll(`${sezione} tr`).map((tr) => {
    const r: Record<string, string> = {};
    celle(tr).forEach((c, i) => (r[intestazioni[i] ?? String(i)] = c));
    return { tr, celle: r };
  });
}

/** The `<dd>` after the `<dt>` reading `etichetta`, in any `<dl>` of the page. */
export function voce(root: HTMLElement, etichetta: string): string | null {
  for (const dt of root.querySelectorAll('dt'))
    if (testo(dt) === etichetta) {
      let n = dt.nextElementSibling;
      while (n && n.tagName !== 'DD') n = n.nextElementSibling;
      return n ? testo(n) : null;
    }
  return null;
}

/** A chart's figure by its id (`spesa-per-area`): its summary sentence, table and data JSON. */
export function grafico(root: HTMLElement, id: string) {
  const figura = root.querySelector(`figure#${id}`);
  if (!figura) return null;
  const script = figura.querySelector('script[type="application/json"]');
  return {
    sintesi: testo(figura.querySelector('.grafico__sintesi') ?? figura.querySelector('p')),
    tabella: figura.querySelector('table'),
    dati: script
      ? (JSON.parse(script.textContent) as {
          etichette: string[];
          serie: { nome: string; valori: number[] }[];
        })
      : null,
  };
}

// ---- Comparing: every discrepancy names the page and the figure ----

/** Collects every figure that differs, then fails once listing them all (page, figure, read, expected). */
export class Confronto {
  private diverse: string[] = [];
  private viste = 0;

  /** `letto` is what the page shows (null when the figure was not found), `atteso` what the data give. */
  cifra(pagina: string, cifra: string, letto: string | null | undefined, atteso: string): void {
    this.viste++;
    if (letto === null || letto === undefined)
      this.diverse.push(`${pagina}: «${cifra}» non trovata nella pagina (attesa ${atteso})`);
    else if (letto !== atteso)
      this.diverse.push(`${pagina}: «${cifra}» è ${letto}, dai dati ${atteso}`);
  }

  /** Fails with every discrepancy, the first ten in the message. */
  verifica(almeno = 1): void {
    const n = this.diverse.length;
    const messaggio =
      n === 0
        ? 'nessuna cifra diversa'
        : `${n} cifre diverse:\n  ${this.diverse.slice(0, 10).join('\n  ')}${n > 10 ? `\n  … e altre ${n - 10}` : ''}\n`;
    expect(this.diverse, messaggio).toEqual([]);
    expect(this.viste, 'cifre controllate').toBeGreaterThanOrEqual(almeno);
  }
}

/**
 * Synthetic PEG documents at k× the size of the real one, for the benchmark (`npm run bench`).
 *
 * The real document is replicated k times with rewritten codes and names, so the real parser runs on
 * the real table shapes and every irregularity of the original comes along: continuation rows with
 * blank leading cells, denormalised repeated objective rows, rows shifted left, nested objective codes
 * in the indicator column with trailing tabs, continuation rows with the code in the first column,
 * repeated header rows, Italian-format numbers, shared indicator codes, `<b>` markup, split
 * corrente/vincolata amounts, `Totale Settore` rows. Copy 1 is the document as it is; copy n ≥ 2 has:
 *
 * - objective codes offset by 1000·(n−1) in the programme number (`C59_0008` → `C1059_0008`);
 * - indicator codes offset by 10000·(n−1) (`1495` → `11495`), so shared codes stay shared within a copy;
 * - every settore, person, area and strategic line renamed with the suffix ` (copia n)`, in both parts
 *   of the document, and a registry (entita.json) whose aliases carry the same suffix;
 * - index page numbers offset, so the index stays plausible.
 *
 * The programme's overall total line is recomputed (k × each printed amount), so the ingest's
 * reconciliations hold. Nothing here writes files: callers decide where (never /work/main/content).
 */
import { celle, pulisciCella } from '../../src/ingest/sorgente.ts';

/** Same landmarks as src/ingest/ingest.ts. */
const INIZIO_PROGRAMMA = /^#*\s*BILANCIO (\d{4}) - PROPOSTE INCARICHI/;
const TOTALE_PROGRAMMA = /^Spesa complessiva per affidamento incarichi/;
const INDICE = /^#+\s*\*?Indice Piano dettagliato degli obiettivi/;
const PIANO = /^#+\s*Piano dettaglio degli obiettivi/;
const CODICE_OBIETTIVO = /^C\d+_\d+$/;
const CODICE_INDICATORE = /^\d+$/;
/** Same as src/ingest/programma.ts, with the separator captured. */
const TITOLI_PERSONA = String.raw`(?:sig|dott\.a|dott|ing|arch|avv)\s?\.`;
const INTESTAZIONE_SETTORE = new RegExp(String.raw`^(.+?)(\s*(?:-\s*|\s))(${TITOLI_PERSONA}.+)$`);
const TOTALE_COMPLESSIVO =
  /(euro\s+)([\d.]+,\d{2})(\s*\(di cui euro\s+)([\d.]+,\d{2})(\s+corrente ed euro\s+)([\d.]+,\d{2})(\s+vincolata\))/;

export const OFFSET_OBIETTIVO = 1000;
export const OFFSET_INDICATORE = 10000;

export interface VoceRegistro {
  id: string;
  nome: string;
  alias: string[];
}
export type Registro = Record<'linee' | 'aree' | 'settori' | 'persone', VoceRegistro[]>;

export interface Sintetico {
  /** The synthetic source document. */
  sorgente: string;
  /** The matching registry, as JSON text. */
  anagrafica: string;
  copie: number;
  righe: number;
}

export const suffisso = (copia: number) => (copia <= 1 ? '' : ` (copia ${copia})`);

/** Appends the copy suffix to a cell's text, inside any trailing `</b>`, `**` or `*` and whitespace. */
function conSuffisso(cella: string, suf: string): string {
  if (!suf) return cella;
  const m = /^([\s\S]*?)((?:<\/b>|\*)*\s*)$/i.exec(cella)!;
  if (!pulisciCella(m[1]!.replace(/\*/g, ''))) throw new Error(`cella vuota non rinominabile: "${cella}"`);
  return `${m[1]}${suf}${m[2]}`;
}

function numeroInCella(cella: string, offset: number): string {
  if (!offset) return cella;
  return cella.replace(/\d+/, (n) => String(Number(n) + offset));
}

function codiceObiettivoInCella(cella: string, copia: number): string {
  if (copia <= 1) return cella;
  return cella.replace(/C(\d+)_(\d+)/, (_, prog: string, n: string) => {
    if (Number(prog) >= OFFSET_OBIETTIVO) throw new Error(`codice obiettivo C${prog}_${n} oltre l'offset ${OFFSET_OBIETTIVO}`);
    return `C${Number(prog) + OFFSET_OBIETTIVO * (copia - 1)}_${n}`;
  });
}

/** Italian-format euro amount from cents: 56103800 → "561.038,00". */
export function euroItaliano(centesimi: number): string {
  const interi = Math.floor(centesimi / 100);
  const dec = String(centesimi % 100).padStart(2, '0');
  return `${String(interi).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${dec}`;
}

const centesimi = (s: string) => Math.round(Number(s.replace(/\./g, '').replace(',', '.')) * 100);

/** Programme lines (between the BILANCIO heading and the overall total) of copy n. */
function copiaProgramma(righe: string[], copia: number): string[] {
  const suf = suffisso(copia);
  if (!suf) return righe;
  return righe.map((r) => {
    if (r.trim() === '') return r;
    if (!r.includes('\t')) {
      const testo = pulisciCella(r.replace(/\*\*/g, ''));
      if (/^AREA\s/.test(testo)) return conSuffisso(r, suf);
      const involucro = /^(\**)([\s\S]*?)(\**\s*)$/.exec(r)!;
      const m = INTESTAZIONE_SETTORE.exec(involucro[2]!);
      if (!m) throw new Error(`intestazione di settore non riconosciuta nel prospetto: "${r}"`);
      return `${involucro[1]}${m[1]}${suf}${m[2]}${conSuffisso(m[3]!, suf)}${involucro[3]}`;
    }
    const raw = r.split('\t');
    const c = raw.map(pulisciCella);
    if (/^\d+$/.test(c[0]!)) raw[1] = conSuffisso(raw[1]!, suf);
    return raw.join('\t');
  });
}

/** Index lines ("Linea<TAB>pag.<TAB>n") of copy n. */
function copiaIndice(righe: string[], copia: number, pagine: number): string[] {
  const suf = suffisso(copia);
  return righe
    .filter((r) => r.includes('\t'))
    .map((r) => {
      if (!suf) return r;
      const raw = r.split('\t');
      raw[0] = conSuffisso(raw[0]!, suf);
      raw[2] = numeroInCella(raw[2]!, pagine * (copia - 1));
      return raw.join('\t');
    });
}

/** The objectives part (from the first "## Piano dettaglio" to the end) of copy n. */
function copiaPiano(righe: string[], copia: number): string[] {
  const suf = suffisso(copia);
  if (!suf) return righe;
  const offInd = OFFSET_INDICATORE * (copia - 1);
  return righe.map((r) => {
    if (!r.includes('\t')) {
      const h = /^(###\s+)(.+)$/.exec(r);
      return h ? `${h[1]}${conSuffisso(h[2]!, suf)}` : r;
    }
    const raw = r.split('\t');
    const c = celle({ n: 0, text: r });
    if (c[0] === 'Responsabile Settore') return r;
    const o = c.findIndex((x) => CODICE_OBIETTIVO.test(x));
    let ind: number;
    if (o >= 0) {
      raw[o] = codiceObiettivoInCella(raw[o]!, copia);
      if (o === 2 && c[0] && c[1]) {
        raw[0] = conSuffisso(raw[0]!, suf);
        raw[1] = conSuffisso(raw[1]!, suf);
      }
      ind = o + 3;
    } else {
      ind = c.findIndex((x) => x !== '');
    }
    if (CODICE_INDICATORE.test(c[ind] ?? '')) {
      if (Number(c[ind]) >= OFFSET_INDICATORE) throw new Error(`codice indicatore ${c[ind]} oltre l'offset ${OFFSET_INDICATORE}`);
      raw[ind] = numeroInCella(raw[ind]!, offInd);
    }
    return raw.join('\t');
  });
}

/** The registry for k copies: the real one, plus every entry again with suffixed id, name and aliases. */
export function generaRegistro(registro: Registro, copie: number): Registro {
  const out = structuredClone(registro);
  for (let copia = 2; copia <= copie; copia++) {
    const suf = suffisso(copia);
    for (const tipo of ['linee', 'aree', 'settori', 'persone'] as const) {
      for (const v of registro[tipo]) {
        out[tipo].push({
          id: `${v.id}-copia-${copia}`,
          nome: `${v.nome}${suf}`,
          alias: v.alias.map((a) => `${a.replace(/\s+/g, ' ').trim()}${suf}`),
        });
      }
    }
  }
  return out;
}

/** The synthetic document and registry at `copie`× the real document. */
export function generaDocumento(originale: string, registro: Registro, copie: number): Sintetico {
  if (!Number.isInteger(copie) || copie < 1) throw new Error(`numero di copie non valido: ${copie}`);
  if (copie * OFFSET_OBIETTIVO > 1e9) throw new Error('troppe copie');
  const righe = originale.split('\n');
  const trova = (re: RegExp, da: number) => {
    const i = righe.findIndex((r, k) => k >= da && re.test(r));
    if (i < 0) throw new Error(`sezione ${re} non trovata nel documento originale`);
    return i;
  };
  const iProg = trova(INIZIO_PROGRAMMA, 0);
  const iTot = trova(TOTALE_PROGRAMMA, iProg);
  const iIndice = trova(INDICE, iTot);
  const iPiano = trova(PIANO, iIndice);

  const programma = righe.slice(iProg + 1, iTot);
  const indice = righe.slice(iIndice + 1, iPiano);
  let piano = righe.slice(iPiano);
  let coda = 0;
  while (piano.length && piano[piano.length - 1]!.trim() === '') {
    piano = piano.slice(0, -1);
    coda++;
  }
  const pagine = Math.max(...indice.filter((r) => r.includes('\t')).map((r) => Number(r.split('\t')[2]))) + 10;

  const out: string[] = righe.slice(0, iProg + 1);
  for (let copia = 1; copia <= copie; copia++) {
    const parte = copiaProgramma(programma, copia);
    // Keep one blank line between copies, as between settori in the original
    if (copia > 1 && out[out.length - 1]!.trim() !== '') out.push('');
    out.push(...trimFine(parte));
  }
  out.push('');
  // The overall total: each printed amount times k
  const totale = righe[iTot]!;
  const m = TOTALE_COMPLESSIVO.exec(totale);
  if (!m) throw new Error('riga del totale complessivo non riconosciuta nel documento originale');
  out.push(
    totale.replace(
      TOTALE_COMPLESSIVO,
      (_, a, tot, b, corr, c, vinc, d) =>
        `${a}${euroItaliano(centesimi(tot) * copie)}${b}${euroItaliano(centesimi(corr) * copie)}${c}${euroItaliano(centesimi(vinc) * copie)}${d}`,
    ),
  );
  out.push(...righe.slice(iTot + 1, iIndice + 1));
  out.push('');
  for (let copia = 1; copia <= copie; copia++) out.push(...copiaIndice(indice, copia, pagine));
  out.push('');
  for (let copia = 1; copia <= copie; copia++) {
    if (copia > 1) out.push('');
    out.push(...copiaPiano(piano, copia));
  }
  for (let i = 0; i < coda; i++) out.push('');

  // Copy 1 alone must be the real document byte for byte (apart from blank-line layout)
  const sorgente = copie === 1 ? originale : out.join('\n');
  return {
    sorgente,
    anagrafica: JSON.stringify(generaRegistro(registro, copie), null, 2) + '\n',
    copie,
    righe: sorgente.split('\n').length,
  };
}

function trimFine(xs: string[]): string[] {
  let n = xs.length;
  while (n > 0 && xs[n - 1]!.trim() === '') n--;
  return xs.slice(0, n);
}

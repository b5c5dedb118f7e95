// Views over the series of editions: a record's history as its pages show it, an edition's page,
// what a variation changed (page, CSV and JSON share these rows), and the list of editions with
// their retention. Pure, no I/O: pages call caricaSerie() and hand what these return to components.
import {
  CAMPI_INCARICO,
  CAMPI_INDICATORE,
  CAMPI_OBIETTIVO,
  confronta,
  modifiche,
  type Cambio,
  type Modifica,
  type UsoIndicatore,
} from '../dominio/confronto.ts';
import { trova } from '../dominio/indici.ts';
import { edizioneDellaSerie, versioneIn, type Portale, type Serie } from '../dominio/serie.ts';
import type { Storia, Versione } from '../dominio/versioni.ts';
import { conservazioneAtti } from '../lib/pubblicazione/conservazione.ts';
import { url } from '../lib/url.ts';
import type { Edizione, Incarico, Obiettivo } from '../schemas/index.ts';

/** An objective's indicators as the comparison reads them. */
const usi = (o: Obiettivo): UsoIndicatore[] =>
  o.indicatori.map((indicatore) => ({ obiettivo: o.codice, indicatore }));

/** Field by field, what changed in an objective: its own fields, then each indicator added, removed or changed. */
export function modificheObiettivo(prima: Obiettivo, dopo: Obiettivo): Modifica[] {
  return [
    ...modifiche(prima, dopo, CAMPI_OBIETTIVO),
    ...confronta(usi(prima), usi(dopo), (u) => u.indicatore.codice, CAMPI_INDICATORE).flatMap(
      (c): Modifica[] =>
        c.tipo === 'modificato'
          ? c.modifiche.map((m) => ({ ...m, campo: `indicatore ${c.chiave}: ${m.campo}` }))
          : [
              {
                campo: `indicatore ${c.chiave}`,
                prima: c.prima ? c.prima.indicatore.titolo : null,
                dopo: c.dopo ? c.dopo.indicatore.titolo : null,
              },
            ],
    ),
  ];
}

export const modificheIncarico = (prima: Incarico, dopo: Incarico) =>
  modifiche(prima, dopo, CAMPI_INCARICO);

/** The fields that hold an id of the register, and where to read its name. */
const ANAGRAFICA: Record<string, (p: Portale) => readonly { id: string; nome: string }[]> = {
  responsabile: (p) => p.persone,
  dirigente: (p) => p.persone,
  settore: (p) => p.settori,
  'linea strategica': (p) => p.linee,
};

/** Ids of people, settori and lines as their names, each read in its own edition: what a reader compares. */
function leggibili(m: Modifica[], prima: Portale, dopo: Portale): Modifica[] {
  return m.map((x) => {
    const elenco = ANAGRAFICA[x.campo];
    if (!elenco) return x;
    const nome = (p: Portale, id: Modifica['prima']) =>
      typeof id === 'string' ? (elenco(p).find((r) => r.id === id)?.nome ?? id) : id;
    return { ...x, prima: nome(prima, x.prima), dopo: nome(dopo, x.dopo) };
  });
}

/** One version in a record's history. */
export interface RigaStoria<T> {
  versione: Versione<T>;
  /** Its permalink. */
  href: string;
  /** The editions that state it, oldest first. */
  edizioni: Edizione[];
  /** What changed from the version before (empty for the first). */
  modifiche: Modifica[];
}

export interface VistaStoria<T> {
  righe: RigaStoria<T>[];
  /** The edition from which the record is no longer in force, or null. */
  nonInVigoreDa: Edizione | null;
  /** The latest version: what the unversioned page shows. */
  ultima: RigaStoria<T>;
}

function vistaStoria<T>(
  s: Serie,
  storia: Storia<T>,
  href: (v: Versione<T>) => string,
  cambi: (prima: T, dopo: T) => Modifica[],
): VistaStoria<T> {
  const edizione = (id: string) => edizioneDellaSerie(s, id).edizione;
  const righe = storia.versioni.map((v, k) => {
    const prima = storia.versioni[k - 1];
    return {
      versione: v,
      href: href(v),
      edizioni: v.edizioni.map(edizione),
      modifiche: prima
        ? leggibili(
            cambi(prima.record, v.record),
            edizioneDellaSerie(s, prima.edizione),
            edizioneDellaSerie(s, v.edizione),
          )
        : [],
    };
  });
  return {
    righe,
    nonInVigoreDa: storia.nonInVigoreDa ? edizione(storia.nonInVigoreDa) : null,
    ultima: righe.at(-1)!,
  };
}

export const storiaObiettivo = (s: Serie, codice: string) =>
  vistaStoria(
    s,
    s.obiettivi.get(codice)!,
    (v) => url.obiettivoVersione(v.record.id, v.edizione),
    modificheObiettivo,
  );

export const storiaIncarico = (s: Serie, id: string) =>
  vistaStoria(
    s,
    s.incarichi.get(id)!,
    (v) => url.incaricoVersione(v.record, v.edizione),
    modificheIncarico,
  );

/** Every version of every objective: one permalink page each, with the edition that first stated it. */
export function versioniObiettivi(s: Serie) {
  return [...s.obiettivi.values()].flatMap((st) =>
    st.versioni.map((v) => ({
      obiettivo: v.record,
      edizione: v.edizione,
      portale: edizioneDellaSerie(s, v.edizione),
    })),
  );
}

export function versioniIncarichi(s: Serie) {
  return [...s.incarichi.values()].flatMap((st) =>
    st.versioni.map((v) => ({
      incarico: v.record,
      edizione: v.edizione,
      portale: edizioneDellaSerie(s, v.edizione),
    })),
  );
}

/** An edition as the list of editions shows it: its place in the series and its retention. */
export interface RigaEdizione {
  edizione: Edizione;
  corrente: boolean;
  /** Last day it must stay online (art. 8 c.3), AAAA-MM-GG. */
  conservataFino: string;
  /** Past retention on `oggi`: shown in the archive. */
  archiviata: boolean;
  obiettivi: number;
  incarichi: number;
}

/** Every edition, newest first, with its retention on the day `oggi` (AAAA-MM-GG). */
export function righeEdizioni(s: Serie, oggi: string): RigaEdizione[] {
  return [...s.edizioni].reverse().map((p) => {
    const fino = conservazioneAtti(p.edizione.annoPubblicazione).fino;
    return {
      edizione: p.edizione,
      corrente: p === s.corrente,
      conservataFino: fino,
      archiviata: fino < oggi,
      obiettivi: p.obiettivi.length,
      incarichi: p.incarichi.length,
    };
  });
}

/** One row of a "Cosa cambia" list: a record added, removed or changed, with links to both versions. */
export interface RigaCambio {
  tipo: Cambio<unknown>['tipo'];
  /** `obiettivo`, `indicatore` or `voce di programma`. */
  genere: 'obiettivo' | 'indicatore' | 'voce di programma';
  /** The record's identity across editions: objective code, code/indicator, line id. */
  chiave: string;
  /** What the record is, in words: its title or activity. */
  titolo: string;
  /** Permalinks of the version before and after, when they exist. */
  hrefPrima: string | null;
  hrefDopo: string | null;
  modifiche: Modifica[];
}

/** What an edition changed from the one before it, as the page, the CSV and the JSON list it. */
export function vistaCosaCambia(s: Serie, id: string) {
  const p = edizioneDellaSerie(s, id);
  const v = s.variazioni.get(id);
  if (!v) return null;
  const prima = v.precedente.edizione.id;
  const obiettivo = (o: Obiettivo | null, ed: string) =>
    o ? url.obiettivoVersione(o.id, versioneDi(s.obiettivi.get(o.codice)!, ed)) : null;
  const incarico = (i: Incarico | null, ed: string) =>
    i ? url.incaricoVersione(i, versioneDi(s.incarichi.get(i.id)!, ed)) : null;
  const d = v.differenze;
  const righe: RigaCambio[] = [
    ...d.obiettivi.map((c) => ({
      tipo: c.tipo,
      genere: 'obiettivo' as const,
      chiave: c.chiave,
      titolo: (c.dopo ?? c.prima)!.titolo,
      hrefPrima: obiettivo(c.prima, prima),
      hrefDopo: obiettivo(c.dopo, id),
      modifiche: leggibili(c.modifiche, v.precedente, p),
    })),
    ...d.indicatori.map((c) => {
      const u = (c.dopo ?? c.prima)!;
      const o = (ed: Portale, cod: string) => ed.obiettivi.find((x) => x.codice === cod) ?? null;
      return {
        tipo: c.tipo,
        genere: 'indicatore' as const,
        chiave: c.chiave,
        titolo: u.indicatore.titolo,
        hrefPrima: c.prima && obiettivo(o(v.precedente, c.prima.obiettivo), prima),
        hrefDopo: c.dopo && obiettivo(o(p, c.dopo.obiettivo), id),
        modifiche: c.modifiche,
      };
    }),
    ...d.incarichi.map((c) => ({
      tipo: c.tipo,
      genere: 'voce di programma' as const,
      chiave: (c.dopo ?? c.prima)!.id,
      titolo: (c.dopo ?? c.prima)!.ragione,
      hrefPrima: incarico(c.prima, prima),
      hrefDopo: incarico(c.dopo, id),
      modifiche: leggibili(c.modifiche, v.precedente, p),
    })),
  ];
  return { portale: p, precedente: v.precedente, annoSuAnno: v.annoSuAnno, righe };
}

/** The edition whose permalink holds the version of a record that edition `ed` states. */
function versioneDi<T>(st: Storia<T>, ed: string): string {
  const v = versioneIn(st, ed);
  if (!v) throw new Error(`${st.chiave}: nessuna versione nell'edizione ${ed}`);
  return v.edizione;
}

/** The compared fields that hold amounts in euro (the others are weights, codes or texts). */
const IMPORTI = new Set(['importo', 'corrente', 'vincolata']);
export const eImporto = (campo: string) => IMPORTI.has(campo);

/** An edition's page: its facts, retention, and its records at the permalinks of the versions it states. */
export function vistaEdizione(s: Serie, id: string, oggi: string) {
  const p = edizioneDellaSerie(s, id);
  const riga = righeEdizioni(s, oggi).find((r) => r.edizione.id === id)!;
  const versione = <T>(st: Storia<T> | undefined) => versioneDi(st!, id);
  return {
    portale: p,
    riga,
    sostituita: s.edizioni.find((x) => s.variazioni.get(x.edizione.id)?.precedente === p) ?? null,
    precedente: s.variazioni.get(id)?.precedente ?? null,
    obiettivi: p.obiettivi.map((o) => ({
      obiettivo: o,
      href: url.obiettivoVersione(o.id, versione(s.obiettivi.get(o.codice))),
    })),
    incarichi: p.incarichi.map((i) => ({
      incarico: i,
      settore: trova(p.settori, i.settore, 'settore').nome,
      href: url.incaricoVersione(i, versione(s.incarichi.get(i.id))),
    })),
  };
}

/** Columns of the "Cosa cambia" CSV and keys of its JSON rows, in order. */
export const COLONNE_COSA_CAMBIA = [
  'edizione',
  'edizionePrecedente',
  'tipo',
  'genere',
  'chiave',
  'titolo',
  'campo',
  'prima',
  'dopo',
  'urlPrima',
  'urlDopo',
] as const;
export type RigaCosaCambiaDati = Record<
  (typeof COLONNE_COSA_CAMBIA)[number],
  string | number | null
>;

/**
 * The changes as data: one row per changed field (an addition or removal is one row with no field),
 * URLs absolute. Same rows for the CSV and the JSON.
 */
export function datiCosaCambia(
  s: Serie,
  id: string,
  assoluto: (percorso: string) => string,
): RigaCosaCambiaDati[] {
  const v = vistaCosaCambia(s, id);
  if (!v) return [];
  const base = (r: RigaCambio) => ({
    edizione: id,
    edizionePrecedente: v.precedente.edizione.id,
    tipo: r.tipo,
    genere: r.genere,
    chiave: r.chiave,
    titolo: r.titolo,
    urlPrima: r.hrefPrima && assoluto(r.hrefPrima),
    urlDopo: r.hrefDopo && assoluto(r.hrefDopo),
  });
  return v.righe.flatMap((r): RigaCosaCambiaDati[] =>
    r.modifiche.length
      ? r.modifiche.map((m) => ({ ...base(r), campo: m.campo, prima: m.prima, dopo: m.dopo }))
      : [{ ...base(r), campo: null, prima: null, dopo: null }],
  );
}

/** The latest edition of each plan year, oldest year first: what a year's pages (`/incarichi/2019/`) show. */
export function ultimaPerAnno(s: Serie): Portale[] {
  const perAnno = new Map<number, Portale>();
  for (const p of s.edizioni) perAnno.set(p.edizione.anno, p);
  return [...perAnno.values()];
}

/**
 * Every indicator code of the series, each with the edition its page reads: the current edition's
 * codes first, then codes no longer used, from the latest edition that has them (their pages stay).
 */
export function indicatoriDellaSerie(s: Serie) {
  const visti = new Set<string>();
  const out: { indicatore: Portale['indicatori'][number]; portale: Portale }[] = [];
  for (const portale of [...s.edizioni].reverse())
    for (const indicatore of portale.indicatori)
      if (!visti.has(indicatore.codice)) {
        visti.add(indicatore.codice);
        out.push({ indicatore, portale });
      }
  return out;
}

/** The edition selector's data: the current edition and the others, newest first. */
export interface VistaSelettore {
  corrente: Edizione;
  altre: Edizione[];
}
export const vistaSelettore = (s: Serie): VistaSelettore => ({
  corrente: s.corrente.edizione,
  altre: [...s.edizioni]
    .reverse()
    .filter((p) => p !== s.corrente)
    .map((p) => p.edizione),
});

// The published data as the site reads it: one edition's portal (every record of the edition, sorted
// once, with the derived lists pages share) and the series of editions. The query layer (src/portale/)
// loads the collections and hands them to componiPortale and componiSerie; everything below it
// (charts, datasets, schema.org) reads the Portale type.
//
// The series: each edition's portal, oldest first, the history of
// every objective and programme line across them, and what each edition changed from the one before.
//
// Identity (see also confronto.ts):
// - an objective is its code across every edition and every plan year: a code reused by a later
//   plan is the objective continued. Its unversioned page (`/obiettivi/c59-0008/`) shows it as the
//   latest edition that has it states it; each version has its own permalink;
// - a programme line is its year, settore and scheda (`2019-politiche-sociali-7`): a new plan year's
//   lines are new records, with their own pages.
// A version is the record as consecutive editions state it identically (every field, indicators
// included, provenance lines excepted): rendered once, at the permalink of the edition that first
// stated it, and named by every edition that states it.
import type {
  Area,
  Edizione,
  Incarico,
  IncaricoConferito,
  LineaStrategica,
  Obiettivo,
  Persona,
  Report,
  Settore,
} from '../schemas/index.ts';
import {
  CAMPI_INCARICO,
  CAMPI_INDICATORE,
  CAMPI_OBIETTIVO,
  continuitaObiettivi,
  differenze,
  totaliPerSettoreAnnoSuAnno,
  type ContinuitaObiettivi,
  type Differenze,
  type Lettore,
} from './confronto.ts';
import { usiPerCodice, type UsoIndicatore } from './indicatori.ts';
import { controllaTetti, totali, type Totali, type TettoInVigore } from './programma.ts';
import { storie, type Storia, type Versione } from './versioni.ts';

/** An indicator code with every objective that uses it. */
export interface CodiceIndicatore {
  codice: string;
  /** Title of the first use (titles may differ slightly between uses). */
  titolo: string;
  usi: UsoIndicatore[];
}

export interface Portale {
  obiettivi: Obiettivo[];
  indicatori: CodiceIndicatore[];
  incarichi: Incarico[];
  conferiti: IncaricoConferito[];
  settori: Settore[];
  persone: Persona[];
  aree: Area[];
  linee: LineaStrategica[];
  report: Report;
  totali: Totali;
  /** The edition the data come from: document, variation, act, dates. */
  edizione: Edizione;
}

/** The records as the collections hold them, in any order. */
export type Raccolte = Omit<Portale, 'indicatori' | 'totali'> & {
  /** Each line's ceilings in every edition, for the check of conferred engagements at their acts' dates. */
  tetti?: ReadonlyMap<string, readonly TettoInVigore[]>;
};

const numerico = (a: string, b: string) => a.localeCompare(b, 'it', { numeric: true });

/** Sort key for people: surname first, as Italian lists do. */
function cognome(p: Persona): string {
  const parti = p.nome.split(' ');
  return [...parti.slice(1), parti[0]].join(' ');
}

/**
 * The portal in the order every page shows it: objectives by strategic line then code, programme
 * lines and conferred engagements by id, settori by name, people by surname. Fails when conferred
 * engagements exceed their line's ceiling.
 */
export function componiPortale(r: Raccolte): Portale {
  const linee = [...r.linee].sort((a, b) => a.numero - b.numero);
  const ordineLinea = new Map(linee.map((l) => [l.id, l.numero]));
  const obiettivi = [...r.obiettivi].sort(
    (a, b) => ordineLinea.get(a.linea)! - ordineLinea.get(b.linea)! || numerico(a.codice, b.codice),
  );
  const incarichi = [...r.incarichi].sort((a, b) => numerico(a.id, b.id));
  const conferiti = [...r.conferiti].sort((a, b) => numerico(a.id, b.id));
  controllaTetti(incarichi, conferiti, r.tetti);
  return {
    obiettivi,
    indicatori: usiPerCodice(obiettivi).map(([codice, usi]) => ({
      codice,
      titolo: usi[0]!.indicatore.titolo,
      usi,
    })),
    incarichi,
    conferiti,
    settori: [...r.settori].sort((a, b) => a.nome.localeCompare(b.nome, 'it')),
    persone: [...r.persone].sort((a, b) => cognome(a).localeCompare(cognome(b), 'it')),
    aree: r.aree,
    linee,
    report: r.report,
    totali: totali(incarichi),
    edizione: r.edizione,
  };
}

// The series of editions

/** An objective's indicators, as a version compares them: every compared field of every use, in order. */
const indicatoriComeTesto = (o: Obiettivo) =>
  JSON.stringify(
    o.indicatori.map((indicatore) => [
      indicatore.codice,
      ...CAMPI_INDICATORE.map(([, v]) => v({ obiettivo: o.codice, indicatore })),
    ]),
  );

/** The fields whose change makes a new version of an objective. */
export const CAMPI_VERSIONE_OBIETTIVO: Lettore<Obiettivo>[] = [
  ...CAMPI_OBIETTIVO,
  ['indicatori', indicatoriComeTesto],
];

/** The fields whose change makes a new version of a programme line. */
export const CAMPI_VERSIONE_INCARICO: Lettore<Incarico>[] = CAMPI_INCARICO;

/** What one edition changed from the one before it. */
export interface Variazione {
  /** The edition compared with (the one it supersedes, else the one before it in the series). */
  precedente: Portale;
  differenze: Differenze;
  /** When the two editions are different plan years: the year-on-year summary. */
  annoSuAnno: {
    obiettivi: ContinuitaObiettivi;
    totaliSettore: { settore: string; prima: number; dopo: number }[];
  } | null;
}

export interface Serie {
  /** Every edition's portal, oldest first. */
  edizioni: Portale[];
  /** The latest edition's portal: what unversioned pages show. */
  corrente: Portale;
  obiettivi: Map<string, Storia<Obiettivo>>;
  incarichi: Map<string, Storia<Incarico>>;
  /** By edition id: what it changed; absent for the first edition. */
  variazioni: Map<string, Variazione>;
}

/** Oldest first: plan year, then variation. */
export const ordineEdizioni = (
  a: { edizione: Pick<Portale['edizione'], 'anno' | 'variazione'> },
  b: { edizione: Pick<Portale['edizione'], 'anno' | 'variazione'> },
) => a.edizione.anno - b.edizione.anno || a.edizione.variazione - b.edizione.variazione;

export function componiSerie(portali: readonly Portale[]): Serie {
  const edizioni = [...portali].sort(ordineEdizioni);
  const corrente = edizioni.at(-1);
  if (!corrente) throw new Error('nessuna edizione pubblicata');
  const perId = new Map(edizioni.map((p) => [p.edizione.id, p]));
  const variazioni = new Map<string, Variazione>();
  edizioni.forEach((p, k) => {
    if (k === 0) return;
    const precedente =
      (p.edizione.sostituisce && perId.get(p.edizione.sostituisce)) || edizioni[k - 1]!;
    variazioni.set(p.edizione.id, {
      precedente,
      differenze: differenze(precedente, p),
      annoSuAnno:
        precedente.edizione.anno === p.edizione.anno
          ? null
          : {
              obiettivi: continuitaObiettivi(precedente.obiettivi, p.obiettivi),
              totaliSettore: totaliPerSettoreAnnoSuAnno(precedente.incarichi, p.incarichi),
            },
    });
  });
  const perEdizione = <T>(scegli: (p: Portale) => readonly T[]) =>
    edizioni.map((p) => ({ edizione: p.edizione.id, record: scegli(p) }));
  return {
    edizioni,
    corrente,
    obiettivi: storie(
      perEdizione((p) => p.obiettivi),
      (o) => o.codice,
      CAMPI_VERSIONE_OBIETTIVO,
    ),
    incarichi: storie(
      perEdizione((p) => p.incarichi),
      (i) => i.id,
      CAMPI_VERSIONE_INCARICO,
    ),
    variazioni,
  };
}

/** The edition with this id. */
export function edizioneDellaSerie(s: Serie, id: string): Portale {
  const p = s.edizioni.find((e) => e.edizione.id === id);
  if (!p) throw new Error(`edizione "${id}" non pubblicata`);
  return p;
}

/** The version of a record that an edition states, or undefined when the edition doesn't have it. */
export function versioneIn<T>(storia: Storia<T>, edizione: string): Versione<T> | undefined {
  return storia.versioni.find((v) => v.edizioni.includes(edizione));
}

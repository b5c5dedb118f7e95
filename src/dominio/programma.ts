// The programme of engagements: totals of a set of lines, a settore's total and share, what conferred
// engagements commit of a line, and the ceiling check. Pure functions over the records.
import type { Edizione, Incarico, IncaricoConferito } from '../schemas/index.ts';
import { compensoMassimo, quota, sommaEuro, superaAlCentesimo } from './euro.ts';
import { gruppo } from './indici.ts';

/** Totals of a set of programme lines. */
export interface Totali {
  importo: number;
  corrente: number;
  vincolata: number;
  numero: number;
}

export function totali(incarichi: readonly Incarico[]): Totali {
  return {
    importo: sommaEuro(incarichi.map((i) => i.importo)),
    corrente: sommaEuro(incarichi.map((i) => i.importoCorrente)),
    vincolata: sommaEuro(incarichi.map((i) => i.importoVincolato)),
    numero: incarichi.length,
  };
}

/** The lines of one settore (in the programme's order) with their totals. */
export function totaliSettore(
  incarichi: readonly Incarico[],
  settore: string,
): { incarichi: Incarico[]; totali: Totali } {
  const proprie = gruppo(incarichi, 'settore', settore);
  return { incarichi: proprie, totali: totali(proprie) };
}

/** A settore's total as a fraction (0–1) of the whole programme's. */
export function quotaSettoreNelProgramma(incarichi: readonly Incarico[], settore: string): number {
  return quota(totaliSettore(incarichi, settore).totali.importo, totali(incarichi).importo);
}

/** A programme line's share of its settore's total, as a fraction (0–1). */
export function quotaNelSettore(
  incarichi: readonly Incarico[],
  i: Incarico,
): { totaleSettore: number; quota: number } {
  const totaleSettore = totaliSettore(incarichi, i.settore).totali.importo;
  return { totaleSettore, quota: quota(i.importo, totaleSettore) };
}

/** What a set of conferred engagements commits: each one's expected fee plus its variable part. */
export function impegnato(conferiti: readonly IncaricoConferito[]): number {
  return sommaEuro(conferiti.map(compensoMassimo));
}

/** Fails the build when conferred engagements exceed the ceiling of their programme line. */
export function controllaTetti(
  incarichi: readonly Incarico[],
  conferiti: readonly IncaricoConferito[],
  /** Each line's ceilings in every edition (tettiDellaSerie); default: `incarichi`'s only. */
  tetti?: ReadonlyMap<string, readonly TettoInVigore[]>,
): void {
  const perId = new Map(incarichi.map((i) => [i.id, i]));
  for (const c of conferiti) {
    if (!perId.has(c.incarico)) {
      throw new Error(
        `Incarico conferito "${c.id}": la voce di programma "${c.incarico}" non esiste in content/data/incarichi.json`,
      );
    }
  }
  // At each act's date, against the ceiling then in force (one edition: the programme's)
  const [s] = superamentiNelTempo(conferiti, tetti ?? tettiDi(incarichi));
  if (s)
    throw new Error(
      `Gli incarichi conferiti sulla voce "${s.voce}" (${s.conferiti.map((c) => c.id).join(', ')}) impegnano ${s.impegnato.toFixed(2)} euro, oltre il tetto di ${s.tetto.importo.toFixed(2)} euro ${s.tetto.edizione ? `in vigore il ${s.conferito.atto.data} (edizione ${s.tetto.edizione})` : 'del programma'}`,
    );
}

/** A programme line's ceiling as one edition states it, in force from a day (AAAA-MM-GG). */
export interface TettoInVigore {
  /** Id of the edition. */
  edizione: string;
  /** First day it is in force: the edition's publication. */
  dal: string;
  importo: number;
}

/**
 * The ceiling in force on a day: the latest edition stating the line that is in force by then, or
 * the first one when the day comes before every edition (an act cannot predate its programme by much,
 * and the first ceiling is the one it was conferred under). `tetti` oldest first, not empty.
 */
export function tettoAllaData(tetti: readonly TettoInVigore[], giorno: string): TettoInVigore {
  let scelto = tetti[0]!;
  for (const t of tetti) if (t.dal <= giorno) scelto = t;
  return scelto;
}

/** The day of an engagement's act ('' when a record has none: the first ceiling applies). */
const giornoAtto = (c: { atto?: { data: string } }) => c.atto?.data ?? '';

/** An engagement that, at its act's date, takes the line over the ceiling then in force. */
export interface Superamento<C> {
  voce: string;
  conferito: C;
  /** What the engagements conferred up to that act, it included, commit. */
  impegnato: number;
  tetto: TettoInVigore;
  /** The engagements counted, in act order. */
  conferiti: C[];
}

/**
 * Each engagement, in the order of its act's date, against the ceiling in force at that date, with
 * what the engagements conferred before it commit: a later variation that lowers a ceiling does not
 * make earlier engagements illegal, and one that raises it allows what it allows from its day.
 */
export function superamentiNelTempo<
  C extends {
    incarico: string;
    atto: { data: string };
    compensoPrevisto: number;
    compensoVariabile: number;
  },
>(conferiti: readonly C[], tetti: ReadonlyMap<string, readonly TettoInVigore[]>): Superamento<C>[] {
  const out: Superamento<C>[] = [];
  for (const [voce, storia] of tetti) {
    const su = conferiti
      .filter((c) => c.incarico === voce)
      .map((c, k) => ({ c, k }))
      .sort((a, b) => giornoAtto(a.c).localeCompare(giornoAtto(b.c)) || a.k - b.k)
      .map(({ c }) => c);
    const contati: C[] = [];
    for (const c of su) {
      contati.push(c);
      const impegnato = sommaEuro(contati.map(compensoMassimo));
      const tetto = tettoAllaData(storia, giornoAtto(c));
      if (superaAlCentesimo(impegnato, tetto.importo)) {
        out.push({ voce, conferito: c, impegnato, tetto, conferiti: [...contati] });
        break;
      }
    }
  }
  return out;
}

/** One edition's ceilings as a single-entry history each: the check when only one edition is known. */
export const tettiDi = (incarichi: readonly Incarico[], edizione = '', dal = '0000-01-01') =>
  new Map(incarichi.map((i) => [i.id, [{ edizione, dal, importo: i.importo }]]));

/**
 * Each programme line's ceiling in every edition that states it, oldest first, in force from the
 * edition's publication (its day, or 1 January of its year when only the year is known): the
 * conferred engagements are checked against the ceiling in force at their act's date.
 */
export function tettiDellaSerie(
  edizioni: readonly {
    edizione: Pick<Edizione, 'id' | 'dataPubblicazione' | 'annoPubblicazione'>;
    dataset: { incarichi: readonly Incarico[] };
  }[],
): Map<string, TettoInVigore[]> {
  const out = new Map<string, TettoInVigore[]>();
  for (const { edizione, dataset } of edizioni) {
    const dal = edizione.dataPubblicazione ?? `${edizione.annoPubblicazione}-01-01`;
    for (const i of dataset.incarichi) {
      const storia = out.get(i.id) ?? [];
      storia.push({ edizione: edizione.id, dal, importo: i.importo });
      out.set(i.id, storia);
    }
  }
  return out;
}

// The one query module: every page reads the content through here, never through getCollection.
import { getCollection, type CollectionEntry } from 'astro:content';
import type {
  Area,
  Incarico,
  IncaricoConferito,
  Indicatore,
  LineaStrategica,
  Obiettivo,
  Persona,
  Report,
  Settore,
} from './schemas/index.ts';
import { sommaEuro } from './ingest/numeri.ts';

/** One use of an indicator code by an objective. */
export interface UsoIndicatore {
  obiettivo: Obiettivo;
  indicatore: Indicatore;
}

/** An indicator code with every objective that uses it. */
export interface CodiceIndicatore {
  codice: string;
  /** Title of the first use (titles may differ slightly between uses). */
  titolo: string;
  usi: UsoIndicatore[];
}

/** Totals of a set of programme lines. */
export interface Totali {
  importo: number;
  corrente: number;
  vincolata: number;
  numero: number;
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
}

const numerico = (a: string, b: string) => a.localeCompare(b, 'it', { numeric: true });
const dati = <T,>(entries: { data: T }[]) => entries.map((e) => e.data);

export function totali(incarichi: Incarico[]): Totali {
  return {
    importo: sommaEuro(incarichi.map((i) => i.importo)),
    corrente: sommaEuro(incarichi.map((i) => i.importoCorrente)),
    vincolata: sommaEuro(incarichi.map((i) => i.importoVincolato)),
    numero: incarichi.length,
  };
}

/** Fails the build when conferred engagements exceed the ceiling of their programme line. */
export function controllaTetti(incarichi: Incarico[], conferiti: IncaricoConferito[]): void {
  const perId = new Map(incarichi.map((i) => [i.id, i]));
  for (const c of conferiti) {
    if (!perId.has(c.incarico)) {
      throw new Error(`Incarico conferito "${c.id}": la voce di programma "${c.incarico}" non esiste in content/data/incarichi.json`);
    }
  }
  for (const i of incarichi) {
    const su = conferiti.filter((c) => c.incarico === i.id);
    const impegnato = sommaEuro(su.map((c) => c.compensoPrevisto + c.compensoVariabile));
    if (Math.round(impegnato * 100) > Math.round(i.importo * 100)) {
      throw new Error(
        `Gli incarichi conferiti sulla voce "${i.id}" (${su.map((c) => c.id).join(', ')}) impegnano ${impegnato.toFixed(2)} euro, oltre il tetto di ${i.importo.toFixed(2)} euro del programma`,
      );
    }
  }
}

let portale: Promise<Portale> | undefined;

/** Loads every collection once per build and derives the sorted views pages use. */
export function caricaPortale(): Promise<Portale> {
  portale ??= (async () => {
    const [obiettivi, incarichi, conferiti, settori, persone, aree, linee, report] = await Promise.all([
      getCollection('obiettivi'),
      getCollection('incarichi'),
      getCollection('conferiti'),
      getCollection('settori'),
      getCollection('persone'),
      getCollection('aree'),
      getCollection('linee'),
      getCollection('report'),
    ]);
    const lineeOrdinate = dati(linee).sort((a, b) => a.numero - b.numero);
    const ordineLinea = new Map(lineeOrdinate.map((l) => [l.id, l.numero]));
    const ob = dati(obiettivi).sort(
      (a, b) => ordineLinea.get(a.linea)! - ordineLinea.get(b.linea)! || numerico(a.codice, b.codice),
    );
    const inc = dati(incarichi).sort((a, b) => numerico(a.id, b.id));
    const conf = dati(conferiti as CollectionEntry<'conferiti'>[]).sort((a, b) => numerico(a.id, b.id));
    controllaTetti(inc, conf);

    const perCodice = new Map<string, UsoIndicatore[]>();
    for (const o of ob) for (const i of o.indicatori) perCodice.set(i.codice, [...(perCodice.get(i.codice) ?? []), { obiettivo: o, indicatore: i }]);
    const indicatori = [...perCodice]
      .map(([codice, usi]) => ({ codice, titolo: usi[0]!.indicatore.titolo, usi }))
      .sort((a, b) => Number(a.codice) - Number(b.codice));

    const { id: _id, ...rep } = report[0]!.data;
    return {
      obiettivi: ob,
      indicatori,
      incarichi: inc,
      conferiti: conf,
      settori: dati(settori).sort((a, b) => a.nome.localeCompare(b.nome, 'it')),
      persone: dati(persone).sort((a, b) => cognome(a).localeCompare(cognome(b), 'it')),
      aree: dati(aree),
      linee: lineeOrdinate,
      report: rep,
      totali: totali(inc),
    };
  })();
  return portale;
}

/** Sort key for people: surname first, as Italian lists do. */
function cognome(p: Persona): string {
  const parti = p.nome.split(' ');
  return [...parti.slice(1), parti[0]].join(' ');
}

/** Lookup helpers that fail loudly: a dangling reference is a data bug. */
export function trova<T extends { id: string }>(xs: T[], id: string, cosa: string): T {
  const x = xs.find((v) => v.id === id);
  if (!x) throw new Error(`${cosa} "${id}" non trovato`);
  return x;
}

/** The settore's join between objectives and consultant spending. */
export function vistaSettore(p: Portale, id: string) {
  const settore = trova(p.settori, id, 'settore');
  const incarichi = p.incarichi.filter((i) => i.settore === id);
  return {
    settore,
    responsabile: trova(p.persone, settore.responsabile, 'persona'),
    area: settore.area ? trova(p.aree, settore.area, 'area') : null,
    obiettivi: p.obiettivi.filter((o) => o.settore === id),
    incarichi,
    conferiti: p.conferiti.filter((c) => incarichi.some((i) => i.id === c.incarico)),
    totali: totali(incarichi),
  };
}

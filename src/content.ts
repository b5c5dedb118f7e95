// The one query module: every page reads the content through here, never through getCollection.
import { getCollection, type CollectionEntry } from 'astro:content';
import type {
  Area,
  Incarico,
  IncaricoConferito,
  LineaStrategica,
  Obiettivo,
  Persona,
  Report,
  Settore,
} from './schemas/index.ts';
import { controllaTetti, totali, type Totali } from './lib/programma.ts';
import { gruppo, trova } from './lib/indici.ts';

import { usiPerCodice, type UsoIndicatore } from './lib/indicatori.ts';

export { controllaTetti, totali, type Totali, type UsoIndicatore };

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
}

const numerico = (a: string, b: string) => a.localeCompare(b, 'it', { numeric: true });
const dati = <T>(entries: { data: T }[]) => entries.map((e) => e.data);

let portale: Promise<Portale> | undefined;

/** Loads every collection once per build and derives the sorted views pages use. */
export function caricaPortale(): Promise<Portale> {
  portale ??= (async () => {
    const [obiettivi, incarichi, conferiti, settori, persone, aree, linee, report] =
      await Promise.all([
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
      (a, b) =>
        ordineLinea.get(a.linea)! - ordineLinea.get(b.linea)! || numerico(a.codice, b.codice),
    );
    const inc = dati(incarichi).sort((a, b) => numerico(a.id, b.id));
    const conf = dati(conferiti as CollectionEntry<'conferiti'>[]).sort((a, b) =>
      numerico(a.id, b.id),
    );
    controllaTetti(inc, conf);

    const indicatori = usiPerCodice(ob).map(([codice, usi]) => ({
      codice,
      titolo: usi[0]!.indicatore.titolo,
      usi,
    }));

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

/** Lookups that fail loudly (lib/indici.ts), for pages that import from here. */
export { trova };

/** The settore's join between objectives and consultant spending. */
export function vistaSettore(p: Portale, id: string) {
  const settore = trova(p.settori, id, 'settore');
  const incarichi = gruppo(p.incarichi, 'settore', id);
  return {
    settore,
    responsabile: trova(p.persone, settore.responsabile, 'persona'),
    area: settore.area ? trova(p.aree, settore.area, 'area') : null,
    obiettivi: gruppo(p.obiettivi, 'settore', id),
    incarichi,
    conferiti: incarichi.flatMap((i) => gruppo(p.conferiti, 'incarico', i.id)),
    totali: totali(incarichi),
  };
}

let pagine: Promise<CollectionEntry<'pagine'>[]> | undefined;

/** The regulatory pages (section 4 of the Linee guida), in the document's order. */
export function caricaPagineNormative(): Promise<CollectionEntry<'pagine'>[]> {
  pagine ??= getCollection('pagine').then((xs) => xs.sort((a, b) => a.data.ordine - b.data.ordine));
  return pagine;
}

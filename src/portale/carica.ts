// The one loader: the only module that reads the content collections. Pages call caricaPortale()
// (and caricaPagineNormative()) and pass what a view returns to components as props.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  componiPortale,
  componiSerie,
  ordineEdizioni,
  type Portale,
  type Raccolte,
  type Serie,
} from '../dominio/serie.ts';
import { tettiDellaSerie } from '../dominio/programma.ts';

const dati = <T>(entries: { data: T }[]) => entries.map((e) => e.data);

let portale: Promise<Portale> | undefined;

/** Loads every collection once per build and sorts it the way every page shows it. */
export function caricaPortale(): Promise<Portale> {
  portale ??= (async () => {
    const [obiettivi, incarichi, conferiti, settori, persone, aree, linee, report, edizione] =
      await Promise.all([
        getCollection('obiettivi'),
        getCollection('incarichi'),
        getCollection('conferiti'),
        getCollection('settori'),
        getCollection('persone'),
        getCollection('aree'),
        getCollection('linee'),
        getCollection('report'),
        getCollection('edizione'),
      ]);
    const edizioni = await getCollection('edizioni');
    if (edizione.length !== 1)
      throw new Error(
        `content/data/edizione.json: attesa una edizione, trovate ${edizione.length}`,
      );
    const { id: _id, ...rep } = report[0]!.data;
    return componiPortale({
      obiettivi: dati(obiettivi),
      incarichi: dati(incarichi),
      conferiti: dati(conferiti as CollectionEntry<'conferiti'>[]),
      settori: dati(settori),
      persone: dati(persone),
      aree: dati(aree),
      linee: dati(linee),
      report: rep,
      edizione: edizione[0]!.data,
      tetti: tettiDellaSerie(
        edizioni
          .map((e) => ({
            edizione: e.data.edizione,
            dataset: {
              incarichi: leggiEdizione<Raccolte['incarichi']>(e.data.cartella, 'incarichi'),
            },
          }))
          .sort((a, b) => ordineEdizioni({ edizione: a.edizione }, { edizione: b.edizione })),
      ),
    });
  })();
  return portale;
}

let pagine: Promise<CollectionEntry<'pagine'>[]> | undefined;

/** The regulatory pages (section 4 of the Linee guida), in the document's order. */
export function caricaPagineNormative(): Promise<CollectionEntry<'pagine'>[]> {
  pagine ??= getCollection('pagine').then((xs) => xs.sort((a, b) => a.data.ordine - b.data.ordine));
  return pagine;
}

let serie: Promise<Serie> | undefined;

/** The files of the editions' folders already read, by path: each is read once per build. */
const letti = new Map<string, unknown>();

/**
 * One file of an edition's folder in content/data/edizioni/ (see the `edizioni` collection in
 * src/content.config.ts), as checked before the build started.
 */
function leggiEdizione<T>(cartella: string, nome: string): T {
  const percorso = join(cartella, `${nome}.json`);
  if (!letti.has(percorso)) letti.set(percorso, JSON.parse(readFileSync(percorso, 'utf8')));
  return letti.get(percorso) as T;
}

/** An earlier edition's records, from its folder. */
function raccolteEdizione(
  cartella: string,
  edizione: CollectionEntry<'edizioni'>['data']['edizione'],
): Raccolte {
  const leggi = <T>(nome: string) => leggiEdizione<T>(cartella, nome);
  return {
    obiettivi: leggi('obiettivi'),
    incarichi: leggi('incarichi'),
    conferiti: [],
    settori: leggi('settori'),
    persone: leggi('persone'),
    aree: leggi('aree'),
    linee: leggi('linee-strategiche'),
    report: leggi('ingest-report'),
    edizione,
  };
}

/**
 * Every published edition, oldest first, with the history of each record. The latest edition is the
 * same portal caricaPortale() returns (with the conferred engagements); earlier ones have none.
 */
export function caricaSerie(): Promise<Serie> {
  serie ??= (async () => {
    const [edizioni, corrente] = await Promise.all([getCollection('edizioni'), caricaPortale()]);
    return componiSerie(
      edizioni.map(({ data }) =>
        data.edizione.id === corrente.edizione.id
          ? corrente
          : componiPortale(raccolteEdizione(data.cartella, data.edizione)),
      ),
    );
  })();
  return serie;
}

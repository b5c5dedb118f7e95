// The views the /dati/ endpoints call: each dataset's rows (whole, per edition, settore or line), their
// routes and dates, with the site's absolute-URL maker. Loads through carica.ts like every page.
import { caricaPortale, caricaSerie } from './carica.ts';
import type { Portale } from '../dominio/serie.ts';
import { assolutoSu, righeDataset, type DatiPortale } from '../lib/dati/dataset.ts';
import { DATASET_SETTORE, dataModifica, type DatasetSettore } from '../lib/dati/catalogo.ts';
import { vistaLinea, vistaSettore } from './viste.ts';
import { ID_DATASET, type IdDataset } from '../lib/dati/dataset.ts';

export const percorsiStatici = () => ID_DATASET.map((dataset) => ({ params: { dataset } }));

export function assoluto(site: URL | undefined) {
  if (!site)
    throw new Error('manca `site` in astro.config.mjs: servono URL assoluti nei dati aperti');
  return assolutoSu(site);
}

export async function righe(id: IdDataset, site: URL | undefined) {
  return righeDataset(id, await caricaPortale(), assoluto(site));
}

/** The rows of a dataset drawn from part of the portal only (one settore's, one line's): same builder, same columns. */
export async function righeDi(
  id: IdDataset,
  site: URL | undefined,
  parte: (p: Portale) => Partial<DatiPortale>,
) {
  const p = await caricaPortale();
  return righeDataset(id, { ...p, ...parte(p) }, assoluto(site));
}

/** Every edition that has a predecessor: one change list each (page, CSV, JSON). */
export async function percorsiCosaCambia() {
  return [...(await caricaSerie()).variazioni.keys()].map((edizione) => ({ params: { edizione } }));
}

/** The datasets drawn from one edition's document (conferred engagements are not: they have no edition). */
export const DATASET_EDIZIONE = ID_DATASET.filter((id) => id !== 'incarichi-conferiti');

/** Every edition × dataset: one immutable file each under /dati/edizioni/<edizione>/. */
export async function percorsiEdizioni() {
  const s = await caricaSerie();
  return s.edizioni.flatMap((portale) =>
    DATASET_EDIZIONE.map((dataset) => ({
      params: { edizione: portale.edizione.id, dataset },
      props: { portale },
    })),
  );
}

/** A dataset's rows as one edition states them: same builder, same columns as the current file. */
export function righeEdizione(id: IdDataset, portale: Portale, site: URL | undefined) {
  return righeDataset(id, { ...portale, conferiti: [] }, assoluto(site));
}

/** One settore's objectives or programme lines (/dati/settori/<settore>/…csv, plain and for Excel). */
export const righeSettore = (id: DatasetSettore, settore: string, site: URL | undefined) =>
  righeDi(id, site, (p) =>
    id === 'obiettivi'
      ? { obiettivi: vistaSettore(p, settore).obiettivi }
      : { incarichi: vistaSettore(p, settore).incarichi },
  );

/** One strategic line's objectives (/dati/linee-strategiche/<linea>/…csv, plain and for Excel). */
export const righeLinea = (linea: string, site: URL | undefined) =>
  righeDi('obiettivi', site, (p) => ({ obiettivi: vistaLinea(p, linea).obiettivi }));

/** The settori × datasets and the lines that have their own CSV files. */
export async function percorsiSettore() {
  const p = await caricaPortale();
  return p.settori.flatMap((s) =>
    DATASET_SETTORE.map((dataset) => ({ params: { settore: s.id, dataset } })),
  );
}
export async function percorsiLinea() {
  return (await caricaPortale()).linee.map((l) => ({ params: { linea: l.id } }));
}

/** dct:modified of every dataset: the ingest date, or later for conferred engagements published afterwards. */
export async function modificati(): Promise<Record<IdDataset, string>> {
  const p = await caricaPortale();
  return Object.fromEntries(
    ID_DATASET.map((id) => [
      id,
      dataModifica(
        p.edizione,
        id === 'incarichi-conferiti' ? p.conferiti.map((c) => c.dataPubblicazione) : [],
      ),
    ]),
  ) as Record<IdDataset, string>;
}

/** The edition the datasets come from. */
export async function edizione() {
  return (await caricaPortale()).edizione;
}

// The data files of a series of editions: each edition's files in content/data/edizioni/<id>/, and
// the latest edition's also at the top of content/data/ (the "current" alias every unversioned page
// reads). One run writes them all, under one manifest, so the series is always consistent.
import type { Edizione } from '../schemas/index.ts';
import type { Dataset } from './ingest.ts';
import { jsonStabile } from './scrittura.ts';

/** The folder, inside content/data/, that holds one folder per edition. */
export const CARTELLA_EDIZIONI = 'edizioni';

/** One edition as the ingest read it. */
export interface DatiEdizione {
  edizione: Edizione;
  dataset: Dataset;
}

/** The files of one edition, by name. */
export function fileEdizione({ edizione, dataset }: DatiEdizione): Map<string, string> {
  return new Map<string, string>([
    ['linee-strategiche.json', jsonStabile(dataset.linee)],
    ['aree.json', jsonStabile(dataset.aree)],
    ['settori.json', jsonStabile(dataset.settori)],
    ['persone.json', jsonStabile(dataset.persone)],
    ['obiettivi.json', jsonStabile(dataset.obiettivi)],
    ['incarichi.json', jsonStabile(dataset.incarichi)],
    ['ingest-report.json', jsonStabile(dataset.report)],
    ['edizione.json', jsonStabile(edizione)],
  ]);
}

/** Every edition's files under edizioni/<id>/, and the last (latest) edition's at the top. */
export { tettiDellaSerie } from '../dominio/programma.ts';

export function fileSerie(edizioni: readonly DatiEdizione[]): Map<string, string> {
  const ultima = edizioni.at(-1);
  if (!ultima) throw new Error('nessuna edizione da scrivere');
  const out = new Map(fileEdizione(ultima));
  for (const e of edizioni)
    for (const [nome, testo] of fileEdizione(e))
      out.set(`${CARTELLA_EDIZIONI}/${e.edizione.id}/${nome}`, testo);
  return out;
}

// "Cite this page": the plain-text reference an auditor pastes into a report, built from the record's data only.
import { dataEstesa } from './conservazione.ts';
import { LICENZA, TITOLARE } from '../dati/metadati.ts';
import { documentoSorgente } from '../../dominio/edizione.ts';
import type { Edizione } from '../../schemas/edizione.ts';

/** A run of consecutive source lines (same shape as the record components' `Intervallo`). */
export interface Intervallo {
  da: number;
  a: number;
}

/** `[{da: 516, a: 518}, {da: 522, a: 522}]` → `righe 516–518, 522`; one line → `riga 12`. */
export function righeCitate(intervalli: readonly Intervallo[]): string {
  if (intervalli.length === 0) throw new Error('citazione senza righe del documento sorgente');
  const plurale = intervalli.length > 1 || intervalli.some((i) => i.da !== i.a);
  const testo = intervalli.map((i) => (i.da === i.a ? `${i.da}` : `${i.da}–${i.a}`)).join(', ');
  return `${plurale ? 'righe' : 'riga'} ${testo}`;
}

export interface DatiCitazione {
  /** Title of the page; omitted from the first line when unknown. */
  titolo?: string;
  /** Canonical absolute URL of the page. */
  url: string;
  /** Source lines of the record. */
  intervalli: readonly Intervallo[];
  /** The edition the data come from: its document, and the date of the data unless given. */
  edizione: Edizione;
  /** Date of the data (AAAA-MM-GG); the edition's by default. */
  dataAggiornamento?: string;
}

/** The portal as the citation names it: a prototype built on the Comune's document, not the Comune's own site. */
export const nomePortale = (e: Pick<Edizione, 'anno'>) =>
  `Amministrazione trasparente – PEG ${e.anno} del ${TITOLARE.nome} (portale prototipo, non ufficiale)`;

/**
 * The citation as lines of plain text: what and where, the page's URL, whose data from which lines of the
 * source and of which date, under which licence.
 */
export function testoCitazione(d: DatiCitazione): string[] {
  const data = d.dataAggiornamento ?? d.edizione.aggiornamento;
  return [
    `${d.titolo ? `«${d.titolo}», ` : ''}${nomePortale(d.edizione)}.`,
    d.url,
    `Dati: ${TITOLARE.nome}, ${documentoSorgente(d.edizione)}, ${righeCitate(d.intervalli)}; aggiornati al ${dataEstesa(data)}.`,
    `Licenza CC BY 4.0 (${LICENZA.url}), titolare dei dati: ${TITOLARE.nome}.`,
  ];
}

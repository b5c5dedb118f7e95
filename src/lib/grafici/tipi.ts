// The serialisable description of a chart, built at build time and drawn in the browser.
import { sommaEuro } from '../../ingest/numeri.ts';

/** Bars stand side by side (one series or grouped series) or stacked into one bar per label. */
export type Tipo = 'barre' | 'barre-impilate' | 'barre-raggruppate';

/** What the values measure: euro amounts or counts. */
export type Unita = 'euro' | 'numero';

/** One series of values, one per label, in label order. */
export interface Serie {
  /** Name shown in the legend, the tooltip and the table header. */
  nome: string;
  valori: number[];
  /** Fill colour: at least 3:1 against white (see colori.ts). */
  colore: string;
}

/** Everything the browser needs to draw a chart: plain JSON, no functions. */
export interface DatiGrafico {
  tipo: Tipo;
  /** `orizzontale` puts the labels on the y axis: long names stay readable. */
  orientamento: 'verticale' | 'orizzontale';
  unita: Unita;
  /** One label per bar (or stack of bars). */
  etichette: string[];
  serie: Serie[];
  /** Title of the value axis (e.g. `Importo in euro`). */
  asseValori: string;
}

/** A row of the table beside the chart: the label and the same values the chart draws. */
export interface RigaTabella {
  etichetta: string;
  /** Page of the labelled record, when it has one. */
  href?: string;
  /** Values of each series for this label, in series order. */
  valori: number[];
  /** Sum of the row, shown for stacked series only. */
  totale?: number;
}

/** The chart's numbers as a table. */
export interface TabellaGrafico {
  /** Header of the label column (e.g. `Area`). */
  intestazione: string;
  /** Headers of the value columns: the series names. */
  colonne: string[];
  righe: RigaTabella[];
  /** Column sums (and the grand total last, for stacked series); absent when a sum means nothing. */
  totali?: number[];
}

/** A chart with its table and its one-sentence summary, all from the same numbers. */
export interface Grafico {
  /** Title: the figure's caption and the table's caption. */
  titolo: string;
  /** One Italian sentence saying what the chart shows; also the canvas's accessible name. */
  sintesi: string;
  dati: DatiGrafico;
  tabella: TabellaGrafico;
}

/** The chart data as JSON for a `<script type="application/json">`: the same escaping as JSON-LD. */
export { jsonPerScript } from '../opendata/jsonld.ts';

/** The table of a chart, derived from its data so the two can never disagree. */
export function tabellaDa(
  dati: DatiGrafico,
  intestazione: string,
  href: (i: number) => string | undefined = () => undefined,
  conTotali = true,
): TabellaGrafico {
  const impilato = dati.tipo === 'barre-impilate';
  const righe = dati.etichette.map((etichetta, i): RigaTabella => {
    const valori = dati.serie.map((s) => s.valori[i]!);
    const link = href(i);
    return {
      etichetta,
      ...(link ? { href: link } : {}),
      valori,
      ...(impilato ? { totale: sommaEuro(valori) } : {}),
    };
  });
  const colonne = dati.serie.map((s) => s.nome);
  if (!conTotali) return { intestazione, colonne, righe };
  const totali = dati.serie.map((s) => sommaEuro(s.valori));
  return {
    intestazione,
    colonne,
    righe,
    totali: impilato ? [...totali, sommaEuro(totali)] : totali,
  };
}

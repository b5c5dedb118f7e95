// The serialisable description of a chart, built at build time and drawn in the browser.
import { sommaEuro } from '../../dominio/euro.ts';

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
export { jsonPerScript } from '../pubblicazione/jsonld.ts';

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

/** Most bars a chart draws; beyond it the last ones are summed into one bar (see limitaBarre). */
export const MASSIMO_BARRE = 20;

/**
 * At most `massimo` bars: the first `massimo - 1` labels as they come (the builders put the largest
 * first), the others summed series by series into one last bar named `altri(n)`. A chart of hundreds
 * of bars cannot be read, and drawing it blocks the page for seconds; the table shows the same
 * numbers as the chart, and its last row links to the complete list. `tenute` is how many labels keep
 * their own bar, `sommate` how many the last bar sums (0 when nothing was summed).
 */
export function limitaBarre(
  dati: DatiGrafico,
  altri: (n: number) => string,
  massimo = MASSIMO_BARRE,
): { dati: DatiGrafico; sommate: number; tenute: number } {
  if (dati.etichette.length <= massimo) return { dati, sommate: 0, tenute: dati.etichette.length };
  const tenute = massimo - 1;
  const sommate = dati.etichette.length - tenute;
  const somma = (xs: number[]) =>
    dati.unita === 'euro' ? sommaEuro(xs) : xs.reduce((a, b) => a + b, 0);
  return {
    sommate,
    tenute,
    dati: {
      ...dati,
      etichette: [...dati.etichette.slice(0, tenute), altri(sommate)],
      serie: dati.serie.map((s) => ({
        ...s,
        valori: [...s.valori.slice(0, tenute), somma(s.valori.slice(tenute))],
      })),
    },
  };
}

/** The sentence a chart's summary adds when its last bar sums the others (`nome` plural, its gender). */
export function notaSomma(
  sommate: number,
  tenute: number,
  nome: string,
  genere: 'f' | 'm',
): string {
  if (sommate === 0) return '';
  return genere === 'f'
    ? ` Il grafico mostra le prime ${tenute} ${nome}; le altre ${sommate} sono sommate nell'ultima barra, e sono tutte nell'elenco completo.`
    : ` Il grafico mostra i primi ${tenute} ${nome}; gli altri ${sommate} sono sommati nell'ultima barra, e sono tutti nell'elenco completo.`;
}

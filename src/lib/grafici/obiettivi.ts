// Chart of the objectives plan: objectives and indicators per strategic line.
import type { Portale } from '../../dominio/serie.ts';
import { formatNumero } from '../formato.ts';
import { url } from '../url.ts';
import { BLU_CHIARO, BLU_SCURO } from './colori.ts';
import { limitaBarre, notaSomma, tabellaDa, type Grafico } from './tipi.ts';
import { gruppo } from '../../dominio/indici.ts';

/** The parts of the portal the objectives chart reads. */
export type DatiObiettivi = Pick<Portale, 'linee' | 'obiettivi'>;

/** (e) Objectives and indicator rows per strategic line: grouped horizontal bars, lines in printed order. */
export function obiettiviEIndicatoriPerLinea(p: DatiObiettivi): Grafico {
  const linee = p.linee.map((linea) => {
    const obiettivi = gruppo(p.obiettivi, 'linea', linea.id);
    return {
      linea,
      obiettivi: obiettivi.length,
      indicatori: obiettivi.reduce((n, o) => n + o.indicatori.length, 0),
    };
  });
  const { dati, sommate, tenute } = limitaBarre(
    {
      tipo: 'barre-raggruppate',
      orientamento: 'orizzontale',
      unita: 'numero',
      etichette: linee.map((l) => l.linea.nome),
      serie: [
        { nome: 'Obiettivi', valori: linee.map((l) => l.obiettivi), colore: BLU_SCURO },
        { nome: 'Indicatori', valori: linee.map((l) => l.indicatori), colore: BLU_CHIARO },
      ],
      asseValori: 'Numero',
    },
    (n) => `Altre ${n} linee strategiche`,
  );
  const prima = [...linee].sort(
    (a, b) => b.obiettivi - a.obiettivi || a.linea.numero - b.linea.numero,
  )[0];
  const tabella = tabellaDa(dati, 'Linea strategica', (i) =>
    i < tenute ? url.linea(linee[i]!.linea.id) : url.linee(),
  );
  const [obiettivi = 0, indicatori = 0] = tabella.totali ?? [];
  return {
    titolo: 'Obiettivi e indicatori per linea strategica',
    sintesi: prima
      ? `Le ${linee.length} linee strategiche contano ${formatNumero(obiettivi)} obiettivi e ${formatNumero(indicatori)} indicatori: la linea con più obiettivi è «${prima.linea.nome}», con ${formatNumero(prima.obiettivi)} obiettivi e ${formatNumero(prima.indicatori)} indicatori.${notaSomma(sommate, tenute, "linee strategiche nell'ordine del piano", 'f')}`
      : 'Il piano non ha linee strategiche.',
    dati,
    tabella,
  };
}

// Charts of the programme of engagements: spending by area, by settore, corrente vs vincolata, a settore's share.
import type { Portale } from '../../dominio/serie.ts';
import type { Incarico } from '../../schemas/index.ts';
import { formatEuro, formatPercento } from '../formato.ts';
import { quota, sommaEuro } from '../../dominio/euro.ts';
import { totali, totaliSettore } from '../../dominio/programma.ts';
import { url } from '../url.ts';
import { BLU, BLU_CHIARO, BLU_SCURO, GRIGIO } from './colori.ts';
import { limitaBarre, notaSomma, tabellaDa, type Grafico } from './tipi.ts';
import { gruppo, trova } from '../../dominio/indici.ts';

/** The parts of the portal the programme charts read. */
export type DatiProgramma = Pick<Portale, 'incarichi' | 'settori' | 'aree'> & {
  edizione: Pick<Portale['edizione'], 'anno'>;
};

const ASSE_EURO = 'Importo in euro';
/** `parte` as a percentage of `tutto`, it-IT. */
const percento = (parte: number, tutto: number) => formatPercento(quota(parte, tutto));
const anno = (p: DatiProgramma) => p.edizione.anno;

/** Groups of programme lines, largest amount first; ties by name so the order is stable. */
function perImporto<T extends { nome: string }>(
  gruppi: { chiave: T; incarichi: Incarico[] }[],
): { chiave: T; totali: ReturnType<typeof totali> }[] {
  return gruppi
    .filter((g) => g.incarichi.length > 0)
    .map((g) => ({ chiave: g.chiave, totali: totali(g.incarichi) }))
    .sort(
      (a, b) =>
        b.totali.importo - a.totali.importo || a.chiave.nome.localeCompare(b.chiave.nome, 'it'),
    );
}

/** Settori with programme lines, largest amount first. */
function settoriPerImporto(p: DatiProgramma) {
  return perImporto(
    p.settori.map((s) => ({ chiave: s, incarichi: gruppo(p.incarichi, 'settore', s.id) })),
  );
}

/** (a) Programme spending by area: one vertical bar per area, largest first. */
export function spesaPerArea(p: DatiProgramma): Grafico {
  const aree = perImporto(
    p.aree.map((a) => ({ chiave: a, incarichi: gruppo(p.incarichi, 'area', a.id) })),
  );
  const tot = totali(p.incarichi);
  const { dati, sommate, tenute } = limitaBarre(
    {
      tipo: 'barre',
      orientamento: 'verticale',
      unita: 'euro',
      etichette: aree.map((a) => a.chiave.nome),
      serie: [{ nome: 'Importo', valori: aree.map((a) => a.totali.importo), colore: BLU }],
      asseValori: ASSE_EURO,
    },
    (n) => `Altre ${n} aree`,
  );
  const prima = aree[0];
  return {
    titolo: `Programma degli incarichi ${anno(p)}: spesa per area`,
    sintesi: prima
      ? `Il programma degli incarichi ${anno(p)} vale ${formatEuro(tot.importo)}: la quota maggiore è dell'${prima.chiave.nome}, con ${formatEuro(prima.totali.importo)} (${percento(prima.totali.importo, tot.importo)}), seguita da ${aree.length - 1} altre aree.${notaSomma(sommate, tenute, 'aree', 'f')}`
      : `Il programma degli incarichi ${anno(p)} non ha voci.`,
    dati,
    tabella: tabellaDa(dati, 'Area', (i) =>
      i < tenute ? url.area(aree[i]!.chiave.id) : url.aree(),
    ),
  };
}

/** (b) Programme spending by settore: one horizontal bar per settore with programme lines, largest first. */
export function spesaPerSettore(p: DatiProgramma): Grafico {
  const settori = settoriPerImporto(p);
  const tot = totali(p.incarichi);
  const { dati, sommate, tenute } = limitaBarre(
    {
      tipo: 'barre',
      orientamento: 'orizzontale',
      unita: 'euro',
      etichette: settori.map((s) => s.chiave.nome),
      serie: [{ nome: 'Importo', valori: settori.map((s) => s.totali.importo), colore: BLU }],
      asseValori: ASSE_EURO,
    },
    (n) => `Altri ${n} settori`,
  );
  const primo = settori[0];
  return {
    titolo: `Programma degli incarichi ${anno(p)}: spesa per settore`,
    sintesi: primo
      ? `Il programma degli incarichi ${anno(p)} vale ${formatEuro(tot.importo)} e ha voci in ${settori.length} settori su ${p.settori.length}: la quota maggiore è del settore ${primo.chiave.nome}, con ${formatEuro(primo.totali.importo)} (${percento(primo.totali.importo, tot.importo)}).${notaSomma(sommate, tenute, 'settori', 'm')}`
      : `Nessun settore ha voci nel programma degli incarichi ${anno(p)}.`,
    dati,
    tabella: tabellaDa(dati, 'Settore', (i) =>
      i < tenute ? url.settore(settori[i]!.chiave.id) : url.settori(),
    ),
  };
}

/** (c) Corrente vs vincolata per settore: one stacked horizontal bar per settore, largest total first. */
export function spesaCorrenteVincolata(p: DatiProgramma): Grafico {
  const settori = settoriPerImporto(p);
  const tot = totali(p.incarichi);
  const { dati, sommate, tenute } = limitaBarre(
    {
      tipo: 'barre-impilate',
      orientamento: 'orizzontale',
      unita: 'euro',
      etichette: settori.map((s) => s.chiave.nome),
      serie: [
        {
          nome: 'Spesa corrente/straordinaria',
          valori: settori.map((s) => s.totali.corrente),
          colore: BLU_SCURO,
        },
        {
          nome: 'Spesa vincolata',
          valori: settori.map((s) => s.totali.vincolata),
          colore: BLU_CHIARO,
        },
      ],
      asseValori: ASSE_EURO,
    },
    (n) => `Altri ${n} settori`,
  );
  const vincolata = [...settori].sort((a, b) => b.totali.vincolata - a.totali.vincolata)[0];
  return {
    titolo: `Programma degli incarichi ${anno(p)}: spesa corrente e vincolata per settore`,
    sintesi:
      `Dei ${formatEuro(tot.importo)} del programma degli incarichi ${anno(p)}, ${formatEuro(tot.corrente)} (${percento(tot.corrente, tot.importo)}) sono spesa corrente/straordinaria e ${formatEuro(tot.vincolata)} (${percento(tot.vincolata, tot.importo)}) spesa vincolata` +
      (vincolata && vincolata.totali.vincolata > 0
        ? `, per la maggior parte del settore ${vincolata.chiave.nome} (${formatEuro(vincolata.totali.vincolata)}).`
        : '.') +
      notaSomma(sommate, tenute, 'settori', 'm'),
    dati,
    tabella: tabellaDa(dati, 'Settore', (i) =>
      i < tenute ? url.settore(settori[i]!.chiave.id) : url.settori(),
    ),
  };
}

/** (d) A settore's share of the whole programme: one stacked bar, this settore against all the others. */
export function quotaSettore(p: DatiProgramma, id: string): Grafico {
  const settore = trova(p.settori, id, 'settore');
  const tot = totali(p.incarichi);
  const proprio = totaliSettore(p.incarichi, id).totali;
  const altri = totali(p.incarichi.filter((i) => i.settore !== id));
  const programma = `Programma ${anno(p)}`;
  const dati: Grafico['dati'] = {
    tipo: 'barre-impilate',
    orientamento: 'orizzontale',
    unita: 'euro',
    etichette: [programma],
    serie: [
      { nome: `Settore ${settore.nome}`, valori: [proprio.importo], colore: BLU_SCURO },
      { nome: 'Tutti gli altri settori', valori: [altri.importo], colore: GRIGIO },
    ],
    asseValori: ASSE_EURO,
  };
  return {
    titolo: `Quota del settore ${settore.nome} nel programma degli incarichi ${anno(p)}`,
    sintesi: `Il settore ${settore.nome} prevede ${formatEuro(proprio.importo)} di incarichi, il ${percento(proprio.importo, tot.importo)} dei ${formatEuro(tot.importo)} del programma ${anno(p)}; gli altri settori ne prevedono ${formatEuro(altri.importo)}.`,
    dati,
    tabella: tabellaDa(dati, 'Programma'),
  };
}

/** Between two plan years: the programme total of each settore in each year, grouped bars, with the table. */
export function programmaAnnoSuAnno(
  righe: readonly { settore: string; prima: number; dopo: number }[],
  settori: readonly { id: string; nome: string }[],
  anni: { prima: number; dopo: number },
): Grafico {
  const nome = (id: string) => settori.find((s) => s.id === id)?.nome ?? id;
  const ordinate = [...righe].sort(
    (a, b) =>
      b.dopo - a.dopo || b.prima - a.prima || nome(a.settore).localeCompare(nome(b.settore), 'it'),
  );
  const dati = {
    tipo: 'barre-raggruppate' as const,
    orientamento: 'orizzontale' as const,
    unita: 'euro' as const,
    etichette: ordinate.map((r) => nome(r.settore)),
    serie: [
      { nome: `Programma ${anni.prima}`, valori: ordinate.map((r) => r.prima), colore: GRIGIO },
      { nome: `Programma ${anni.dopo}`, valori: ordinate.map((r) => r.dopo), colore: BLU_SCURO },
    ],
    asseValori: ASSE_EURO,
  };
  const tot = (k: 'prima' | 'dopo') => sommaEuro(righe.map((r) => r[k]));
  return {
    titolo: `Programma degli incarichi per settore: ${anni.prima} e ${anni.dopo}`,
    sintesi: `Il programma degli incarichi passa da ${formatEuro(tot('prima'))} nel ${anni.prima} a ${formatEuro(tot('dopo'))} nel ${anni.dopo}, su ${righe.length} settori.`,
    dati,
    tabella: tabellaDa(dati, 'Settore'),
  };
}

// Charts of conferred engagements: for each settore or area, the programme's ceiling, what the
// engagements commit (compenso previsto plus variable part) and what has been paid.
import type { Portale } from '../../dominio/serie.ts';
import { compensoMassimo, sommaEuro } from '../../dominio/euro.ts';
import { gruppo } from '../../dominio/indici.ts';
import { formatEuro } from '../formato.ts';
import { url } from '../url.ts';
import { BLU, BLU_SCURO, GRIGIO } from './colori.ts';
import { limitaBarre, tabellaDa, type Grafico } from './tipi.ts';

type Dati = Pick<Portale, 'incarichi' | 'conferiti' | 'settori' | 'aree'>;

function cifre(p: Dati, voci: Portale['incarichi']) {
  const conferiti = voci.flatMap((i) => gruppo(p.conferiti, 'incarico', i.id));
  return {
    tetto: sommaEuro(voci.map((i) => i.importo)),
    impegnato: sommaEuro(conferiti.map(compensoMassimo)),
    erogato: sommaEuro(conferiti.map((c) => c.compensoErogato ?? 0)),
  };
}

function grafico(
  titolo: string,
  intestazione: string,
  gruppi: { nome: string; href: string; voci: Portale['incarichi'] }[],
  p: Dati,
  altri: (n: number) => string,
  tutti: string,
): Grafico {
  const righe = gruppi
    .filter((g) => g.voci.length > 0)
    .map((g) => ({ ...g, ...cifre(p, g.voci) }))
    .sort(
      (a, b) =>
        b.impegnato - a.impegnato || b.tetto - a.tetto || a.nome.localeCompare(b.nome, 'it'),
    );
  const { dati, tenute } = limitaBarre(
    {
      tipo: 'barre-raggruppate',
      orientamento: 'orizzontale',
      unita: 'euro',
      etichette: righe.map((r) => r.nome),
      serie: [
        { nome: 'Tetto del programma', valori: righe.map((r) => r.tetto), colore: GRIGIO },
        { nome: 'Impegnato dagli incarichi', valori: righe.map((r) => r.impegnato), colore: BLU },
        { nome: 'Erogato', valori: righe.map((r) => r.erogato), colore: BLU_SCURO },
      ],
      asseValori: 'Importo in euro',
    },
    altri,
  );
  const tot = cifre(p, p.incarichi);
  return {
    titolo,
    sintesi: `Su un programma di ${formatEuro(tot.tetto)}, gli incarichi conferiti impegnano ${formatEuro(tot.impegnato)} e ne sono stati erogati ${formatEuro(tot.erogato)}.`,
    dati,
    tabella: tabellaDa(dati, intestazione, (i) => (i < tenute ? righe[i]!.href : tutti)),
  };
}

/** Ceiling, committed and paid by settore. */
export function conferitiPerSettore(p: Dati): Grafico {
  return grafico(
    'Incarichi conferiti per settore: tetto, impegnato, erogato',
    'Settore',
    p.settori.map((s) => ({
      nome: s.nome,
      href: url.settore(s.id),
      voci: gruppo(p.incarichi, 'settore', s.id),
    })),
    p,
    (n) => `Altri ${n} settori`,
    url.settori(),
  );
}

/** Ceiling, committed and paid by area. */
export function conferitiPerArea(p: Dati): Grafico {
  return grafico(
    'Incarichi conferiti per area: tetto, impegnato, erogato',
    'Area',
    p.aree.map((a) => ({
      nome: a.nome,
      href: url.area(a.id),
      voci: gruppo(p.incarichi, 'area', a.id),
    })),
    p,
    (n) => `Altre ${n} aree`,
    url.aree(),
  );
}

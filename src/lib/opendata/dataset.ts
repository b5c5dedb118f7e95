// The rows of every dataset, built from the query module's data: one pure function per dataset, keys as in campi.ts.
import type { Portale } from '../../dominio/portale.ts';
import type { Fonte, Incarico } from '../../schemas/index.ts';
import { url } from '../url.ts';
import type { IdDataset } from './campi.ts';
import type { Valore } from './csv.ts';
import { gruppo, perIdentificativo, trova } from '../../dominio/indici.ts';
import { sommaEuro } from '../../dominio/euro.ts';

/** The parts of the portal the datasets are drawn from. */
export type DatiPortale = Pick<
  Portale,
  'obiettivi' | 'incarichi' | 'conferiti' | 'settori' | 'persone' | 'aree' | 'linee'
>;

/** Turns a site path (`/obiettivi/c59-0008/`) into an absolute URL on the portal's `site`. */
export type Assoluto = (percorso: string) => string;

export type Riga = Record<string, Valore>;

export const assolutoSu =
  (site: URL | string): Assoluto =>
  (percorso) =>
    new URL(percorso, site).href;

function nomeDi(xs: { id: string; nome: string }[], id: string, cosa: string): string {
  return trova(xs, id, cosa).nome;
}

function provenienza(fonte: Fonte, pagina: string, assoluto: Assoluto): Riga {
  return {
    righeFonte: fonte.righe.join(' '),
    urlFonte: assoluto(url.rigaFonte(fonte.righe[0]!)),
    url: assoluto(pagina),
  };
}

/** Same money arithmetic as the ingest: in cents, so sums stay exact. */

const costruttori: Record<IdDataset, (d: DatiPortale, assoluto: Assoluto) => Riga[]> = {
  obiettivi: (d, assoluto) =>
    d.obiettivi.map((o) => ({
      codice: o.codice,
      titolo: o.titolo,
      definizione: o.definizione,
      lineaStrategica: o.linea,
      lineaStrategicaNome: nomeDi(d.linee, o.linea, 'linea strategica'),
      settore: o.settore,
      settoreNome: nomeDi(d.settori, o.settore, 'settore'),
      settoreDicitura: o.dicitura.settore,
      responsabile: o.responsabile,
      responsabileNome: nomeDi(d.persone, o.responsabile, 'persona'),
      responsabileDicitura: o.dicitura.responsabile,
      numeroIndicatori: o.indicatori.length,
      pesoTotale: o.pesoTotale,
      ...provenienza(o.fonte, url.obiettivo(o.id), assoluto),
    })),

  indicatori: (d, assoluto) =>
    d.obiettivi.flatMap((o) =>
      o.indicatori.map((i) => ({
        obiettivo: o.codice,
        obiettivoTitolo: o.titolo,
        codice: i.codice,
        titolo: i.titolo,
        formula: i.formula,
        finalita: i.finalita,
        target: i.target,
        targetValore: i.targetValore,
        peso: i.peso,
        settore: o.settore,
        responsabile: o.responsabile,
        urlIndicatore: assoluto(url.indicatore(i.codice)),
        ...provenienza(i.fonte, url.indicatoreNellObiettivo(o.id, i.codice), assoluto),
      })),
    ),

  incarichi: (d, assoluto) =>
    d.incarichi.map((i) => ({
      id: i.id,
      anno: i.anno,
      area: i.area,
      areaNome: nomeDi(d.aree, i.area, 'area'),
      settore: i.settore,
      settoreNome: nomeDi(d.settori, i.settore, 'settore'),
      scheda: i.scheda,
      dirigente: i.dirigente,
      dirigenteNome: nomeDi(d.persone, i.dirigente, 'persona'),
      dirigenteDicitura: i.dicitura.dirigente,
      ragione: i.ragione,
      tipologia: i.tipologia,
      tipologiaSpesa: i.tipologiaSpesa,
      importoCorrente: i.importoCorrente,
      importoVincolato: i.importoVincolato,
      importo: i.importo,
      capitoloPeg: i.capitoloPeg,
      ...provenienza(i.fonte, url.incarico(i), assoluto),
    })),

  'incarichi-conferiti': (d, assoluto) =>
    d.conferiti.map((c) => {
      const voce: Incarico | undefined = perIdentificativo(d.incarichi, c.incarico);
      if (!voce)
        throw new Error(
          `incarico conferito "${c.id}": voce di programma "${c.incarico}" non trovata`,
        );
      return {
        id: c.id,
        incarico: c.incarico,
        settore: voce.settore,
        soggettoPercettore: c.soggettoPercettore,
        ragione: c.ragione,
        attoEstremi: c.atto.estremi,
        attoData: c.atto.data,
        attoUrl: c.atto.url === undefined ? null : assoluto(c.atto.url),
        dataInizio: c.dataInizio,
        dataFine: c.dataFine,
        compensoPrevisto: c.compensoPrevisto,
        compensoVariabile: c.compensoVariabile,
        compensoErogato: c.compensoErogato,
        curriculum: assoluto(c.curriculum),
        attestazioneConflittoInteressi: assoluto(c.attestazioneConflittoInteressi),
        altriIncarichi: c.altriIncarichi,
        dataPubblicazione: c.dataPubblicazione,
        url: assoluto(url.incarico(voce)),
      };
    }),

  settori: (d, assoluto) =>
    d.settori.map((s) => {
      const incarichi = gruppo(d.incarichi, 'settore', s.id);
      return {
        id: s.id,
        nome: s.nome,
        diciture: s.diciture.join(' | '),
        area: s.area,
        areaNome: s.area === null ? null : nomeDi(d.aree, s.area, 'area'),
        responsabile: s.responsabile,
        responsabileNome: nomeDi(d.persone, s.responsabile, 'persona'),
        adInterim: s.adInterim,
        numeroObiettivi: gruppo(d.obiettivi, 'settore', s.id).length,
        numeroIncarichi: incarichi.length,
        importoIncarichi: sommaEuro(incarichi.map((i) => i.importo)),
        ...provenienza(s.fonte, url.settore(s.id), assoluto),
      };
    }),
};

/** The rows of one dataset, in the query module's order. */
export function righeDataset(id: IdDataset, d: DatiPortale, assoluto: Assoluto): Riga[] {
  return costruttori[id](d, assoluto);
}

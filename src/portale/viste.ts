// Every view a page needs: groupings and joins over the loaded portal, pure, no I/O, no sorting in
// pages. A page calls one view and hands its rows to components as props.
import type { CodiceIndicatore, Portale } from '../dominio/serie.ts';
import type {
  Area,
  Incarico,
  IncaricoConferito,
  Obiettivo,
  Persona,
  Settore,
} from '../schemas/index.ts';
import { idSoggetto, soggettiPercettori } from '../dominio/conferiti.ts';
import { quota, sottraiEuro } from '../dominio/euro.ts';
import { conservazioneIncarico, inArchivio } from '../lib/pubblicazione/conservazione.ts';
import { gruppi, gruppo, posizione, trova } from '../dominio/indici.ts';
import { contaIndicatori } from '../dominio/obiettivi.ts';
import {
  impegnato,
  quotaNelSettore,
  quotaSettoreNelProgramma,
  totali,
  totaliSettore,
  type Totali,
} from '../dominio/programma.ts';

/** The settore's join between objectives and consultant spending. */
export function vistaSettore(p: Portale, id: string) {
  const settore = trova(p.settori, id, 'settore');
  const { incarichi, totali } = totaliSettore(p.incarichi, id);
  return {
    settore,
    responsabile: trova(p.persone, settore.responsabile, 'persona'),
    area: settore.area ? trova(p.aree, settore.area, 'area') : null,
    obiettivi: gruppo(p.obiettivi, 'settore', id),
    incarichi,
    conferiti: incarichi.flatMap((i) => gruppo(p.conferiti, 'incarico', i.id)),
    totali,
    /** The settore's share of the whole programme (0–1). */
    quotaProgramma: quotaSettoreNelProgramma(p.incarichi, id),
  };
}

/** A group of objectives under a heading record (line or settore). */
export interface Gruppo<T> {
  chiave: T;
  obiettivi: Obiettivo[];
}

/** Objectives by strategic line, lines in printed order (objectives keep the portal's order). */
export function obiettiviPerLinea(
  p: Portale,
  obiettivi: Obiettivo[] = p.obiettivi,
): Gruppo<Portale['linee'][number]>[] {
  return raggruppa(p.linee, obiettivi, 'linea', 'linea strategica');
}

/** Objectives by settore, settori by name; only settori that have objectives. */
export function obiettiviPerSettore(
  p: Portale,
  obiettivi: Obiettivo[] = p.obiettivi,
): Gruppo<Settore>[] {
  return raggruppa(p.settori, obiettivi, 'settore', 'settore');
}

/**
 * The given objectives grouped under the records they point to, groups in the records' order, only
 * records that have objectives. Linear in the objectives given: a settore page at 100× groups its
 * few objectives without walking the 1,100 lines.
 */
function raggruppa<K extends { id: string }>(
  chiavi: readonly K[],
  obiettivi: Obiettivo[],
  campo: 'linea' | 'settore',
  cosa: string,
): Gruppo<K>[] {
  return [...gruppi(obiettivi, campo)]
    .map(([id, gruppoObiettivi]) => ({
      chiave: trova(chiavi, id, cosa),
      obiettivi: gruppoObiettivi,
    }))
    .sort((a, b) => posizione(chiavi, a.chiave) - posizione(chiavi, b.chiave));
}

/** A settore's programme lines with their totals. */
export interface SettoreConIncarichi {
  settore: Settore;
  incarichi: Incarico[];
  totali: Totali;
}

/** An area with its settori (printed order) and their programme lines. */
export interface AreaConIncarichi {
  area: Area;
  settori: SettoreConIncarichi[];
  totali: Totali;
}

function settoreConIncarichi(p: Portale, settore: Settore): SettoreConIncarichi {
  return { settore, ...totaliSettore(p.incarichi, settore.id) };
}

/** The settori of an area, in the order the programme prints them, with their programme lines. */
export function vistaArea(p: Portale, id: string): AreaConIncarichi {
  const area = trova(p.aree, id, 'area');
  const settori = area.settori.map((s) => settoreConIncarichi(p, trova(p.settori, s, 'settore')));
  return { area, settori, totali: totali(settori.flatMap((s) => s.incarichi)) };
}

/** Areas in the order the programme prints them (first source line), each with its settori. */
export function areeInOrdine(p: Portale): AreaConIncarichi[] {
  return [...p.aree]
    .sort((a, b) => a.fonte.righe[0]! - b.fonte.righe[0]!)
    .map((a) => vistaArea(p, a.id));
}

/** Settori the programme lists under no area. */
export function settoriSenzaArea(p: Portale): Settore[] {
  return p.settori.filter((s) => s.area === null);
}

/** Programme lines by amount, largest first; ties by id so the order is stable. */
export function incarichiPerImporto(incarichi: Incarico[]): Incarico[] {
  return [...incarichi].sort(
    (a, b) => b.importo - a.importo || a.id.localeCompare(b.id, 'it', { numeric: true }),
  );
}

/** Everything a person is named for: settori they lead, objectives, programme lines as dirigente. */
export function vistaPersona(p: Portale, id: string) {
  const persona: Persona = trova(p.persone, id, 'persona');
  const incarichi = gruppo(p.incarichi, 'dirigente', id);
  return {
    persona,
    settori: gruppo(p.settori, 'responsabile', id),
    obiettivi: gruppo(p.obiettivi, 'responsabile', id),
    incarichi,
    totali: totali(incarichi),
  };
}

/** A strategic line with its objectives grouped by settore and the counts the page shows. */
export function vistaLinea(p: Portale, id: string) {
  const linea = trova(p.linee, id, 'linea strategica');
  const obiettivi = gruppo(p.obiettivi, 'linea', id);
  return {
    linea,
    obiettivi,
    perSettore: obiettiviPerSettore(p, obiettivi),
    indicatori: contaIndicatori(obiettivi),
  };
}

/** A programme line with its settore, area and dirigente, its share of the settore, and what is conferred on it. */
export function vistaIncarico(p: Portale, i: Incarico) {
  const conferiti = gruppo(p.conferiti, 'incarico', i.id);
  return {
    settore: trova(p.settori, i.settore, 'settore'),
    area: trova(p.aree, i.area, 'area'),
    dirigente: trova(p.persone, i.dirigente, 'persona'),
    ...quotaNelSettore(p.incarichi, i),
    conferiti,
    impegnato: impegnato(conferiti),
  };
}

/** A programme line as a table row shows it: with its settore and dirigente. */
export interface RigaIncarico {
  incarico: Incarico;
  settore: Settore;
  dirigente: Persona;
}

/** Rows of a table of programme lines, in the order given. */
export function righeIncarichi(p: Portale, incarichi: readonly Incarico[]): RigaIncarico[] {
  return incarichi.map((incarico) => ({
    incarico,
    settore: trova(p.settori, incarico.settore, 'settore'),
    dirigente: trova(p.persone, incarico.dirigente, 'persona'),
  }));
}

/** An objective as a table row shows it: with its settore, strategic line and responsabile. */
export interface RigaObiettivo {
  obiettivo: Obiettivo;
  settore: Settore;
  linea: Portale['linee'][number];
  responsabile: Persona;
}

/** Rows of a table of objectives, in the order given. */
export function righeObiettivi(p: Portale, obiettivi: readonly Obiettivo[]): RigaObiettivo[] {
  return obiettivi.map((obiettivo) => ({
    obiettivo,
    settore: trova(p.settori, obiettivo.settore, 'settore'),
    linea: trova(p.linee, obiettivo.linea, 'linea strategica'),
    responsabile: trova(p.persone, obiettivo.responsabile, 'persona'),
  }));
}

/** An objective with the records it points to. */
export function vistaObiettivo(p: Portale, o: Obiettivo) {
  const settore = trova(p.settori, o.settore, 'settore');
  return {
    linea: trova(p.linee, o.linea, 'linea strategica'),
    settore,
    responsabile: trova(p.persone, o.responsabile, 'persona'),
    area: settore.area ? trova(p.aree, settore.area, 'area') : null,
  };
}

/** Every use of an indicator code, each with the settore of its objective. */
export function vistaIndicatore(p: Portale, c: CodiceIndicatore) {
  return c.usi.map((u) => ({ ...u, settore: trova(p.settori, u.obiettivo.settore, 'settore') }));
}

/** Strategic lines in printed order with how many objectives each has. */
export function lineeConObiettivi(p: Portale) {
  return p.linee.map((linea) => ({
    linea,
    obiettivi: gruppo(p.obiettivi, 'linea', linea.id).length,
  }));
}

/** The settori of an area with their responsabile and number of objectives (beside their programme lines). */
export function settoriDellArea(p: Portale, v: AreaConIncarichi) {
  return v.settori.map((s) => ({
    ...s,
    responsabile: trova(p.persone, s.settore.responsabile, 'persona'),
    obiettivi: gruppo(p.obiettivi, 'settore', s.settore.id).length,
  }));
}

/** The programme lines and the conferred engagements, each with its settore, for the ANAC consultants page. */
export function vistaConsulenti(p: Portale) {
  const settore = (id: string) => trova(p.settori, id, 'settore');
  return {
    voci: p.incarichi.map((i) => ({ incarico: i, settore: settore(i.settore) })),
    conferiti: p.conferiti.map((c) => {
      const voce = trova(p.incarichi, c.incarico, 'incarico');
      return { conferito: c, voce, settore: settore(voce.settore) };
    }),
  };
}

/** A conferred engagement as a table row shows it: its programme line, settore and soggetto. */
export interface RigaConferito {
  conferito: IncaricoConferito;
  voce: Incarico;
  settore: Settore;
  area: Area;
  /** Id of the soggetto percettore's page. */
  soggetto: string;
  /** Retention over on the build's day: listed in the archive, not in the current lists. */
  archivio: boolean;
}

/** Rows of a table of conferred engagements, in the order given. */
export function righeConferiti(
  p: Portale,
  conferiti: readonly IncaricoConferito[],
  oggi: string,
): RigaConferito[] {
  return conferiti.map((conferito) => {
    const voce = trova(p.incarichi, conferito.incarico, 'incarico');
    return {
      conferito,
      voce,
      settore: trova(p.settori, voce.settore, 'settore'),
      area: trova(p.aree, voce.area, 'area'),
      soggetto: idSoggetto(conferito.soggettoPercettore),
      archivio: inArchivio(conferito, oggi),
    };
  });
}

/** One engagement's page: its row, its line's ceiling and what all engagements on it commit. */
export function vistaConferito(p: Portale, c: IncaricoConferito, oggi: string) {
  const [riga] = righeConferiti(p, [c], oggi);
  const sullaVoce = gruppo(p.conferiti, 'incarico', c.incarico);
  const impegnatoVoce = impegnato(sullaVoce);
  return {
    ...riga!,
    dirigente: trova(p.persone, riga!.voce.dirigente, 'persona'),
    altriSullaVoce: sullaVoce.filter((x) => x.id !== c.id),
    impegnatoVoce,
    quotaImpegnata: quota(impegnatoVoce, riga!.voce.importo),
    residuoVoce: Math.max(0, sottraiEuro(riga!.voce.importo, impegnatoVoce)),
    conservazione: conservazioneIncarico(c),
  };
}

/** Every soggetto percettore with the rows of their engagements. */
export function vistaSoggetti(p: Portale, oggi: string) {
  return soggettiPercettori(p.conferiti).map((s) => ({
    ...s,
    righe: righeConferiti(p, s.conferiti, oggi),
  }));
}

/** Current and archived engagements (retention over on `oggi`), each as table rows. */
export function conferitiCorrentiEArchivio(
  p: Portale,
  conferiti: readonly IncaricoConferito[],
  oggi: string,
) {
  const righe = righeConferiti(p, conferiti, oggi);
  return { correnti: righe.filter((r) => !r.archivio), archivio: righe.filter((r) => r.archivio) };
}

/** The engagements on the lines of an area's settori. */
export function conferitiDellArea(p: Portale, v: AreaConIncarichi): IncaricoConferito[] {
  return v.settori.flatMap((s) =>
    s.incarichi.flatMap((i) => gruppo(p.conferiti, 'incarico', i.id)),
  );
}

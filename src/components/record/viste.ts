// Pure derived views for the record pages: groupings and joins over the loaded portal, no I/O, no sorting in pages.
import { totali, trova, type CodiceIndicatore, type Portale, type Totali } from '../../content.ts';
import type { Area, Incarico, Obiettivo, Persona, Settore } from '../../schemas/index.ts';
import { gruppi, gruppo, posizione } from '../../lib/indici.ts';

/** A run of consecutive source lines: `da === a` for a single line. */
export interface Intervallo {
  da: number;
  a: number;
}

/** `[516, 517, 518, 522]` → `[{da: 516, a: 518}, {da: 522, a: 522}]`; input in any order, duplicates ignored. */
export function intervalliRighe(righe: Iterable<number>): Intervallo[] {
  const ordinate = [...new Set(righe)].sort((a, b) => a - b);
  const out: Intervallo[] = [];
  for (const n of ordinate) {
    const ultimo = out[out.length - 1];
    if (ultimo && n === ultimo.a + 1) ultimo.a = n;
    else out.push({ da: n, a: n });
  }
  return out;
}

/** Every source line an objective was built from: its own rows and its indicators' rows. */
export function righeObiettivo(o: Obiettivo): number[] {
  return [...new Set([...o.fonte.righe, ...o.indicatori.flatMap((i) => i.fonte.righe)])].sort(
    (a, b) => a - b,
  );
}

/** Weight total rounded to avoid float noise (`33.3 + 33.3 + 33.4`). */
export function pesoArrotondato(o: Obiettivo): number {
  return Math.round(o.pesoTotale * 100) / 100;
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

/** Number of indicator rows (uses) and of distinct indicator codes among some objectives. */
export function contaIndicatori(obiettivi: Obiettivo[]): { usi: number; codici: number } {
  const codici = new Set(obiettivi.flatMap((o) => o.indicatori.map((i) => i.codice)));
  return { usi: obiettivi.reduce((n, o) => n + o.indicatori.length, 0), codici: codici.size };
}

/** Every distinct title an indicator code carries across its uses, in order of first use. */
export function titoliIndicatore(c: CodiceIndicatore): string[] {
  return [...new Set(c.usi.map((u) => u.indicatore.titolo))];
}

/** Number of distinct objectives using an indicator code. */
export function numeroObiettivi(c: CodiceIndicatore): number {
  return new Set(c.usi.map((u) => u.obiettivo.id)).size;
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
  const incarichi = gruppo(p.incarichi, 'settore', settore.id);
  return { settore, incarichi, totali: totali(incarichi) };
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

/** A programme line's share of its settore's total, as a fraction (0–1). */
export function quotaNelSettore(p: Portale, i: Incarico): { totaleSettore: number; quota: number } {
  const totaleSettore = totali(gruppo(p.incarichi, 'settore', i.settore)).importo;
  return { totaleSettore, quota: totaleSettore > 0 ? i.importo / totaleSettore : 0 };
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

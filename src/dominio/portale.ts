// The portal's data: every record of one build, sorted once, with the derived lists pages share.
// The query layer (src/portale/) loads the collections and hands them to componiPortale; everything
// below it (charts, datasets, schema.org) reads this type.
import type {
  Area,
  Edizione,
  Incarico,
  IncaricoConferito,
  LineaStrategica,
  Obiettivo,
  Persona,
  Report,
  Settore,
} from '../schemas/index.ts';
import { usiPerCodice, type UsoIndicatore } from './indicatori.ts';
import { controllaTetti, totali, type Totali, type TettoInVigore } from './programma.ts';

/** An indicator code with every objective that uses it. */
export interface CodiceIndicatore {
  codice: string;
  /** Title of the first use (titles may differ slightly between uses). */
  titolo: string;
  usi: UsoIndicatore[];
}

export interface Portale {
  obiettivi: Obiettivo[];
  indicatori: CodiceIndicatore[];
  incarichi: Incarico[];
  conferiti: IncaricoConferito[];
  settori: Settore[];
  persone: Persona[];
  aree: Area[];
  linee: LineaStrategica[];
  report: Report;
  totali: Totali;
  /** The edition the data come from: document, variation, act, dates. */
  edizione: Edizione;
}

/** The records as the collections hold them, in any order. */
export type Raccolte = Omit<Portale, 'indicatori' | 'totali'> & {
  /** Each line's ceilings in every edition, for the check of conferred engagements at their acts' dates. */
  tetti?: ReadonlyMap<string, readonly TettoInVigore[]>;
};

const numerico = (a: string, b: string) => a.localeCompare(b, 'it', { numeric: true });

/** Sort key for people: surname first, as Italian lists do. */
function cognome(p: Persona): string {
  const parti = p.nome.split(' ');
  return [...parti.slice(1), parti[0]].join(' ');
}

/**
 * The portal in the order every page shows it: objectives by strategic line then code, programme
 * lines and conferred engagements by id, settori by name, people by surname. Fails when conferred
 * engagements exceed their line's ceiling.
 */
export function componiPortale(r: Raccolte): Portale {
  const linee = [...r.linee].sort((a, b) => a.numero - b.numero);
  const ordineLinea = new Map(linee.map((l) => [l.id, l.numero]));
  const obiettivi = [...r.obiettivi].sort(
    (a, b) => ordineLinea.get(a.linea)! - ordineLinea.get(b.linea)! || numerico(a.codice, b.codice),
  );
  const incarichi = [...r.incarichi].sort((a, b) => numerico(a.id, b.id));
  const conferiti = [...r.conferiti].sort((a, b) => numerico(a.id, b.id));
  controllaTetti(incarichi, conferiti, r.tetti);
  return {
    obiettivi,
    indicatori: usiPerCodice(obiettivi).map(([codice, usi]) => ({
      codice,
      titolo: usi[0]!.indicatore.titolo,
      usi,
    })),
    incarichi,
    conferiti,
    settori: [...r.settori].sort((a, b) => a.nome.localeCompare(b.nome, 'it')),
    persone: [...r.persone].sort((a, b) => cognome(a).localeCompare(cognome(b), 'it')),
    aree: r.aree,
    linee,
    report: r.report,
    totali: totali(incarichi),
    edizione: r.edizione,
  };
}

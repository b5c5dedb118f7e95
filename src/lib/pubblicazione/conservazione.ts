// How long a record stays online (D.Lgs. 33/2013 art. 8 c.3, art. 15 c.4 for consultants): pure date arithmetic, no clock.
import { formatData } from '../formato.ts';

/** Years a published act stays online, from 1 January of the year after publication (art. 8 c.3). */
export const ANNI_ATTI = 5;
/** Years a consultant's engagement stays online after it ends (art. 15 c.4, recalled by art. 8 c.3). */
export const ANNI_INCARICHI = 3;

/** The retention period of one record, with the rule and the computation spelled out. */
export interface Conservazione {
  /** When the record was published: a year (`2019`) when only the year is known, else a date (AAAA-MM-GG). */
  pubblicazione: string;
  /** First day of the count (AAAA-MM-GG). */
  decorrenza: string;
  /** Last day the record must stay online at least (AAAA-MM-GG). */
  fino: string;
  /** The rule applied, cited. */
  norma: string;
  /** The computation in one Italian sentence, as the page shows it. */
  calcolo: string;
}

const DATA_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function leggiData(iso: string): [number, number, number] {
  const m = DATA_ISO.exec(iso);
  const [a, mese, g] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const d = new Date(Date.UTC(a, mese - 1, g));
  if (!m || d.getUTCFullYear() !== a || d.getUTCMonth() !== mese - 1 || d.getUTCDate() !== g) {
    throw new Error(`data non valida: "${iso}" (attesa AAAA-MM-GG)`);
  }
  return [a, mese, g];
}

const iso = (a: number, m: number, g: number) =>
  `${String(a).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(g).padStart(2, '0')}`;

/**
 * `2019-12-31` + 3 → `2022-12-31`. A term in years ends on the same day of the same month; when that day does
 * not exist (29 February) it ends on the last day of the month, as art. 2963 c.c. counts terms.
 */
export function aggiungiAnni(data: string, anni: number): string {
  const [a, m, g] = leggiData(data);
  const ultimo = new Date(Date.UTC(a + anni, m, 0)).getUTCDate();
  return iso(a + anni, m, Math.min(g, ultimo));
}

/** `2019-12-31` → `2020-01-01`. */
export function giornoDopo(data: string): string {
  const [a, m, g] = leggiData(data);
  const d = new Date(Date.UTC(a, m - 1, g + 1));
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const dateEstese = new Map<string, string>();

/**
 * `2020-01-01` → `1° gennaio 2020`: the Italian date, with the ordinal on the first of the month.
 * Remembered per date: every record page cites the same few dates, and Intl formatting is slow.
 */
export function dataEstesa(data: string): string {
  let estesa = dateEstese.get(data);
  if (estesa === undefined) {
    leggiData(data);
    estesa = formatData(data).replace(/^1 /, '1° ');
    dateEstese.set(data, estesa);
  }
  return estesa;
}

/**
 * Acts and data published in a year (the PEG and everything drawn from it): online 5 years from
 * 1 January of the following year, and in any case as long as the acts have effects (art. 8 c.3).
 */
export function conservazioneAtti(annoPubblicazione: number): Conservazione {
  if (
    !Number.isInteger(annoPubblicazione) ||
    annoPubblicazione < 1000 ||
    annoPubblicazione > 9994
  ) {
    throw new Error(`anno di pubblicazione non valido: ${annoPubblicazione}`);
  }
  const decorrenza = iso(annoPubblicazione + 1, 1, 1);
  // Five whole years from 1 January: the last day is 31 December of the fifth year
  const fino = iso(annoPubblicazione + ANNI_ATTI, 12, 31);
  return {
    pubblicazione: String(annoPubblicazione),
    decorrenza,
    fino,
    norma: 'art. 8, comma 3, D.Lgs. 33/2013',
    calcolo: `pubblicato nel ${annoPubblicazione}; ${ANNI_ATTI} anni dal ${dataEstesa(decorrenza)} → fino al ${dataEstesa(fino)}, e comunque finché gli atti producono effetti`,
  };
}

/**
 * A conferred engagement: online from its publication for the 3 years after it ends
 * (art. 15 c.4 D.Lgs. 33/2013, the exception art. 8 c.3 makes for consultants).
 */
export function conservazioneIncarico(c: {
  dataPubblicazione: string;
  dataFine: string;
}): Conservazione {
  leggiData(c.dataPubblicazione);
  const fino = aggiungiAnni(c.dataFine, ANNI_INCARICHI);
  return {
    pubblicazione: c.dataPubblicazione,
    decorrenza: giornoDopo(c.dataFine),
    fino,
    norma: "art. 15, comma 4, D.Lgs. 33/2013, richiamato dall'art. 8, comma 3",
    calcolo: `pubblicato il ${dataEstesa(c.dataPubblicazione)}; incarico cessato il ${dataEstesa(c.dataFine)} → ${ANNI_INCARICHI} anni dalla cessazione: fino al ${dataEstesa(fino)}`,
  };
}

/** The sentence a record page shows. */
export function testoConservazione(c: Conservazione): string {
  return `Conservazione (${c.norma}): ${c.calcolo}.`;
}

/** Today as the build sees it (AAAA-MM-GG), for retention; PEG_OGGI fixes it for tests. */
export const oggi = (): string => process.env.PEG_OGGI ?? new Date().toISOString().slice(0, 10);

/**
 * Whether an engagement's retention period is over on `oggi` (AAAA-MM-GG): it then leaves the
 * current lists for the archive (art. 9 c.2 D.Lgs. 33/2013), and its page says so.
 */
export function inArchivio(
  c: { dataPubblicazione: string; dataFine: string },
  oggi: string,
): boolean {
  return conservazioneIncarico(c).fino < oggi;
}

/**
 * The day the build counts retention from: today, or PEG_OGGI (AAAA-MM-GG) for builds that must
 * show a given day (tests with engagements dated 2019).
 */
export function oggiDellaBuild(): string {
  const dato = oggi();
  leggiData(dato);
  return dato;
}

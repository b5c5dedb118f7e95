/** Part 1, section 4.1: the programme of engagements, one tab-separated table per settore. */
import type { Incarico } from '../schemas/incarico.ts';
import type { EsitoRiga, Riconciliazione } from '../schemas/report.ts';
import type { Risolutore } from './anagrafica.ts';
import { IngestError } from './errore.ts';
import { sommaEuro, ugualiAlCentesimo } from '../dominio/euro.ts';
import { celle, parseImporto, pulisciCella, type Riga } from './sorgente.ts';

/** What the programme says about a settore: its area and its responsabile. */
export interface SettoreNelProgramma {
  settore: string;
  area: string;
  responsabile: string;
  adInterim: boolean;
  riga: number;
}

export interface RisultatoProgramma {
  anno: number;
  incarichi: Incarico[];
  settori: SettoreNelProgramma[];
  /** Area id → lines of its heading. */
  aree: Map<string, number[]>;
  righe: EsitoRiga[];
  riconciliazioni: Riconciliazione[];
}

const TITOLI_PERSONA = String.raw`(?:sig|dott\.a|dott|ing|arch|avv)\s?\.`;
/** `Settore Politiche Sociali- dott.a Eugenia Grossi` → settore and person. */
const INTESTAZIONE_SETTORE = new RegExp(String.raw`^(.+?)\s*(?:-\s*|\s)(${TITOLI_PERSONA}.+)$`);
const TOTALE_COMPLESSIVO =
  /euro\s+([\d.]+,\d{2})\s*\(di cui euro\s+([\d.]+,\d{2})\s+corrente ed euro\s+([\d.]+,\d{2})\s+vincolata\)/;

interface SettoreAperto {
  id: string;
  riga: number;
  incarichi: Incarico[];
  totale: boolean;
}

/** What the parser knows while it walks the programme: the result so far and where it is. */
interface Stato {
  out: RisultatoProgramma;
  file: string;
  anagrafica: Risolutore;
  area: string | null;
  settore: SettoreAperto | null;
  settoriVisti: Set<string>;
}

/**
 * The programme, row by row. The table shapes it handles, one function each: headings (AREA,
 * settore), the header row, an engagement row, a settore's total row; then the overall total.
 */
export function parseProgramma(
  righe: Riga[],
  anno: number,
  file: string,
  anagrafica: Risolutore,
): RisultatoProgramma {
  const st: Stato = {
    out: { anno, incarichi: [], settori: [], aree: new Map(), righe: [], riconciliazioni: [] },
    file,
    anagrafica,
    area: null,
    settore: null,
    settoriVisti: new Set(),
  };
  const ultima = righe[righe.length - 1]!;
  for (const r of righe.slice(0, -1)) {
    if (r.text.trim() === '') continue;
    if (!r.text.includes('\t')) {
      leggiIntestazione(st, r);
      continue;
    }
    const c = celle(r, file);
    if (
      /^scheda prog/i.test(c[0]!) ||
      (c[0] === '' && /corrente/i.test(c[4] ?? '') && /vincolata/i.test(c[5] ?? ''))
    ) {
      st.out.righe.push({
        riga: r.n,
        tabella: 'programma-incarichi',
        esito: 'saltata',
        record: [],
        nota: 'intestazione della tabella',
      });
      continue;
    }
    if (!st.settore)
      throw new IngestError(
        file,
        r.n,
        "riga del prospetto incarichi fuori da un settore (manca l'intestazione del settore)",
      );
    if (/^totale settore$/i.test(c[0]!)) leggiTotaleSettore(st, st.settore, c, r);
    else leggiIncarico(st, st.settore, c, r, anno);
  }
  chiudiSettore(st, ultima.n);
  leggiTotaleComplessivo(st, ultima);
  return st.out;
}

function chiudiSettore(st: Stato, riga: number) {
  if (st.settore && !st.settore.totale) {
    throw new IngestError(
      st.file,
      riga,
      `manca la riga "Totale Settore" per il settore iniziato alla riga ${st.settore.riga}`,
    );
  }
  st.settore = null;
}

/** A line without tabs: an `AREA …` heading or a `Settore … - dott. Nome Cognome` heading. */
function leggiIntestazione(st: Stato, r: Riga) {
  const { file, anagrafica, out } = st;
  const testo = pulisciCella(r.text.replace(/\*\*/g, ''));
  if (/^AREA\s/.test(testo)) {
    chiudiSettore(st, r.n);
    st.area = anagrafica.risolvi('aree', testo, file, r.n).id;
    out.aree.set(st.area, [...(out.aree.get(st.area) ?? []), r.n]);
    return;
  }
  const m = INTESTAZIONE_SETTORE.exec(testo);
  if (!m) {
    throw new IngestError(
      file,
      r.n,
      `intestazione di settore non riconosciuta: "${testo}" (atteso "Settore … - dott. Nome Cognome" o "AREA …")`,
    );
  }
  chiudiSettore(st, r.n);
  if (!st.area)
    throw new IngestError(
      file,
      r.n,
      `il settore "${m[1]}" non è preceduto da un'intestazione AREA`,
    );
  const s = anagrafica.risolvi('settori', m[1]!, file, r.n).id;
  if (st.settoriVisti.has(s))
    throw new IngestError(file, r.n, `il settore "${m[1]}" compare due volte nel prospetto`);
  st.settoriVisti.add(s);
  const persona = anagrafica.risolvi('persone', m[2]!, file, r.n).id;
  out.settori.push({
    settore: s,
    area: st.area,
    responsabile: persona,
    adInterim: /ad interim/i.test(m[2]!),
    riga: r.n,
  });
  st.settore = { id: s, riga: r.n, incarichi: [], totale: false };
}

/** `Totale Settore` row: the printed total must be the sum of the settore's rows. */
function leggiTotaleSettore(st: Stato, settore: SettoreAperto, c: string[], r: Riga) {
  const cella = c.slice(1).find((x) => x !== '') ?? '';
  const stampato = parseImporto(cella);
  if (stampato === null)
    throw new IngestError(
      st.file,
      r.n,
      `totale settore "${cella}" non è un importo nel formato 14.175,00`,
    );
  const calcolato = sommaEuro(settore.incarichi.map((i) => i.importo));
  if (!ugualiAlCentesimo(stampato, calcolato)) {
    throw new IngestError(
      st.file,
      r.n,
      `il Totale Settore stampato (${cella}) non è la somma delle righe (${formatta(calcolato)})`,
    );
  }
  st.out.riconciliazioni.push({
    voce: 'Totale Settore',
    settore: settore.id,
    riga: r.n,
    stampato,
    calcolato,
    esito: 'ok',
  });
  st.out.righe.push({
    riga: r.n,
    tabella: 'programma-incarichi',
    esito: 'saltata',
    record: [],
    nota: 'riga di totale del settore (riconciliata)',
  });
  settore.totale = true;
}

/** An engagement row: 8 columns, scheda number first. */
function leggiIncarico(st: Stato, settore: SettoreAperto, c: string[], r: Riga, anno: number) {
  const { file } = st;
  if (!/^\d+$/.test(c[0]!))
    throw new IngestError(
      file,
      r.n,
      `riga del prospetto incarichi non riconosciuta: prima cella "${c[0]}" (atteso il numero di scheda, un'intestazione o "Totale Settore")`,
    );
  if (settore.totale)
    throw new IngestError(file, r.n, 'riga di incarico dopo il "Totale Settore" del suo settore');
  if (c.length < 8)
    throw new IngestError(
      file,
      r.n,
      `riga incompleta: attese 8 colonne (scheda, dirigente, attività, tipologia, corrente, vincolata, importo, capitolo PEG), trovate ${c.length}`,
    );
  if (c.slice(8).some((x) => x !== ''))
    throw new IngestError(
      file,
      r.n,
      `riga con celle oltre l'ottava colonna: "${c.slice(8).filter(Boolean).join('", "')}"`,
    );

  const [schedaTxt, dirigenteTxt, ragione, tipologia, corrTxt, vincTxt, importoTxt, peg] = c as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const scheda = Number(schedaTxt);
  const importo = parseImporto(importoTxt);
  if (importo === null)
    throw new IngestError(
      file,
      r.n,
      `importo "${importoTxt}" non è un numero nel formato 14.175,00`,
    );
  if (!ragione) throw new IngestError(file, r.n, "manca l'attività/progetto");
  if (!tipologia) throw new IngestError(file, r.n, 'manca la tipologia incarico');
  const spesa = ripartisci(corrTxt, vincTxt, importo, file, r.n);
  if (settore.incarichi.some((i) => i.scheda === scheda))
    throw new IngestError(file, r.n, `scheda n. ${scheda} ripetuta nello stesso settore`);
  const dirigente = st.anagrafica.risolvi('persone', dirigenteTxt, file, r.n).id;
  const incarico: Incarico = {
    id: `${anno}-${settore.id}-${scheda}`,
    anno,
    area: st.area!,
    settore: settore.id,
    scheda,
    dirigente,
    ragione,
    tipologia,
    ...spesa,
    importo,
    capitoloPeg: peg,
    soggettoPercettore: null,
    dicitura: { dirigente: dirigenteTxt },
    fonte: { file, righe: [r.n] },
  };
  settore.incarichi.push(incarico);
  st.out.incarichi.push(incarico);
  st.out.righe.push({
    riga: r.n,
    tabella: 'programma-incarichi',
    esito: 'record',
    record: [`incarico:${incarico.id}`],
    ...(spesa.tipologiaSpesa === 'mista'
      ? { nota: 'importo diviso tra corrente e vincolata' }
      : {}),
  });
}

/** The programme's last line: the overall total and its split, each checked against the rows. */
function leggiTotaleComplessivo(st: Stato, ultima: Riga) {
  const { out, file } = st;
  const m = TOTALE_COMPLESSIVO.exec(ultima.text);
  if (!m)
    throw new IngestError(
      file,
      ultima.n,
      'riga del totale complessivo non riconosciuta (attesa "… euro 561.038,00 (di cui euro … corrente ed euro … vincolata)")',
    );
  const voci: [string, string, number][] = [
    ['Spesa complessiva', m[1]!, sommaEuro(out.incarichi.map((i) => i.importo))],
    ['di cui corrente', m[2]!, sommaEuro(out.incarichi.map((i) => i.importoCorrente))],
    ['di cui vincolata', m[3]!, sommaEuro(out.incarichi.map((i) => i.importoVincolato))],
  ];
  for (const [voce, testo, calcolato] of voci) {
    const stampato = parseImporto(testo)!;
    if (!ugualiAlCentesimo(stampato, calcolato)) {
      throw new IngestError(
        file,
        ultima.n,
        `${voce}: il totale stampato (${testo}) non è la somma delle righe (${formatta(calcolato)})`,
      );
    }
    out.riconciliazioni.push({
      voce,
      settore: null,
      riga: ultima.n,
      stampato,
      calcolato,
      esito: 'ok',
    });
  }
}

/** The two "tipologia spesa" columns: an `x` marks one of them, or two amounts split the total. */
function ripartisci(corr: string, vinc: string, importo: number, file: string, riga: number) {
  const x = (s: string) => s.toLowerCase() === 'x';
  if (x(corr) && vinc === '')
    return { tipologiaSpesa: 'corrente' as const, importoCorrente: importo, importoVincolato: 0 };
  if (corr === '' && x(vinc))
    return { tipologiaSpesa: 'vincolata' as const, importoCorrente: 0, importoVincolato: importo };
  const c = parseImporto(corr);
  const v = parseImporto(vinc);
  if (c === null || v === null) {
    throw new IngestError(
      file,
      riga,
      `tipologia spesa non riconosciuta: corrente "${corr}", vincolata "${vinc}" (attesa una "x" in una sola colonna, o due importi)`,
    );
  }
  if (!ugualiAlCentesimo(sommaEuro([c, v]), importo)) {
    throw new IngestError(
      file,
      riga,
      `la quota corrente (${corr}) più la vincolata (${vinc}) non è l'importo (${formatta(importo)})`,
    );
  }
  return { tipologiaSpesa: 'mista' as const, importoCorrente: c, importoVincolato: v };
}

function formatta(n: number): string {
  return n.toLocaleString('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

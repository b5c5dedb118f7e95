/** Part 2: the index of strategic lines and the objectives tables, with their irregular row shapes. */
import type { Indicatore } from '../schemas/indicatore.ts';
import type { LineaStrategica } from '../schemas/linea-strategica.ts';
import { CODICE_OBIETTIVO, type Obiettivo } from '../schemas/obiettivo.ts';
import type { EsitoRiga } from '../schemas/report.ts';
import type { Risolutore } from './anagrafica.ts';
import { IngestError } from './errore.ts';
import { sommaEuro } from '../dominio/euro.ts';
import { celle, parseNumeroItaliano, pulisciCella, type Riga } from './sorgente.ts';

/** Columns of the standard row: Responsabile, Settore, Codice Obiettivo … Peso Indicatore. */
const COL_OBIETTIVO = 2;
const COL_INDICATORE = 5;
const CODICE_INDICATORE = /^\d+$/;
/** The header row, repeated at every page break. */
const INTESTAZIONE = [
  'Responsabile Settore',
  'Settore',
  'Codice Obiettivo',
  'Titolo Obiettivo',
  'Definizione Obiettivo',
  'Codice Indicatore',
  'Titolo Indicatore',
  'Formula Indicatore',
  'Finalità Indicatore',
  'Target Atteso',
  'Peso Indicatore',
];

/** What the objectives part says about a settore's responsabile. */
export interface ResponsabileNegliObiettivi {
  settore: string;
  responsabile: string;
  adInterim: boolean;
  riga: number;
}

export interface RisultatoObiettivi {
  linee: LineaStrategica[];
  obiettivi: Obiettivo[];
  responsabili: ResponsabileNegliObiettivi[];
  righe: EsitoRiga[];
  /** Rows whose shape was irregular but understood: line → description. */
  formeIrregolari: { riga: number; descrizione: string; record: string[] }[];
}

export function parseIndice(
  righe: Riga[],
  file: string,
  anagrafica: Risolutore,
): { linee: LineaStrategica[]; righe: EsitoRiga[] } {
  const linee: LineaStrategica[] = [];
  const esiti: EsitoRiga[] = [];
  for (const r of righe) {
    if (!r.text.includes('\t')) continue;
    const c = celle(r, file);
    const pagina = c[2] ? Number(c[2]) : NaN;
    if (c.length !== 3 || !c[0] || c[1] !== 'pag.' || !Number.isInteger(pagina)) {
      throw new IngestError(
        file,
        r.n,
        'riga dell\'indice non riconosciuta (attesa "Linea strategica<TAB>pag.<TAB>numero")',
      );
    }
    const voce = anagrafica.risolvi('linee', c[0], file, r.n);
    if (linee.some((l) => l.id === voce.id))
      throw new IngestError(file, r.n, `linea strategica "${c[0]}" ripetuta nell'indice`);
    linee.push({
      id: voce.id,
      numero: linee.length + 1,
      nome: c[0],
      pagina,
      diciture: [c[0]],
      fonte: { file, righe: [r.n] },
    });
    esiti.push({
      riga: r.n,
      tabella: 'indice-linee',
      esito: 'record',
      record: [`linea:${voce.id}`],
    });
  }
  if (linee.length === 0)
    throw new IngestError(file, righe[0]?.n ?? 1, "l'indice delle linee strategiche è vuoto");
  return { linee, righe: esiti };
}

/** What the parser knows while it walks the objectives tables: the result so far and where it is. */
interface Stato {
  out: RisultatoObiettivi;
  linee: LineaStrategica[];
  file: string;
  anagrafica: Risolutore;
  perCodice: Map<string, Obiettivo>;
  linea: LineaStrategica | null;
  resp: { id: string; dicitura: string } | null;
  sett: { id: string; dicitura: string } | null;
  /** The objective the next continuation rows' indicators belong to. */
  obiettivo: Obiettivo | null;
  /** Line of a header row not yet followed by a data row: a page holds at least one row. */
  intestazioneSenzaRighe: number | null;
}

/** What one data row adds: records and the irregular shapes noticed. */
interface RigaDati {
  r: Riga;
  c: string[];
  record: string[];
  forme: string[];
}

/**
 * The objectives tables, row by row. The shapes they take, one function each: a line heading
 * (`### …`), the header row, a row carrying an objective code (in its column, shifted, or nested
 * in the indicator column), a continuation row carrying only an indicator; then the closing checks.
 */
export function parseObiettivi(
  righe: Riga[],
  linee: LineaStrategica[],
  file: string,
  anagrafica: Risolutore,
): RisultatoObiettivi {
  const st: Stato = {
    out: { linee, obiettivi: [], responsabili: [], righe: [], formeIrregolari: [] },
    linee,
    file,
    anagrafica,
    perCodice: new Map(),
    linea: null,
    resp: null,
    sett: null,
    obiettivo: null,
    intestazioneSenzaRighe: null,
  };
  for (const r of righe) {
    if (!r.text.includes('\t')) {
      leggiTitolo(st, r);
      continue;
    }
    const c = celle(r, file);
    if (c[0] === 'Responsabile Settore') {
      leggiIntestazioneTabella(st, c, r);
      continue;
    }
    if (!st.linea)
      throw new IngestError(
        file,
        r.n,
        'riga di obiettivi prima di qualunque titolo di linea strategica ("### …")',
      );
    st.intestazioneSenzaRighe = null;
    const riga: RigaDati = { r, c, record: [], forme: [] };
    const o = c.findIndex((x) => CODICE_OBIETTIVO.test(x));
    const inizioIndicatore =
      o >= 0 ? leggiRigaObiettivo(st, st.linea, riga, o) : leggiRigaContinuazione(st, riga);
    if (inizioIndicatore !== null) aggiungiIndicatore(st, riga, inizioIndicatore);
  }
  controllaChiusura(st, righe);
  return st.out;
}

/** A line without tabs: a strategic line's heading, a `## …` title or blank; anything else is a cut row. */
function leggiTitolo(st: Stato, r: Riga) {
  const h = /^###\s+(.+)$/.exec(r.text);
  if (h) {
    const nome = pulisciCella(h[1]!.replace(/\*/g, ''));
    const id = st.anagrafica.risolvi('linee', nome, st.file, r.n).id;
    st.linea = st.linee.find((l) => l.id === id) ?? null;
    if (!st.linea)
      throw new IngestError(st.file, r.n, `la linea strategica "${nome}" non è nell'indice`);
    if (!st.linea.diciture.includes(nome)) st.linea.diciture.push(nome);
    st.linea.fonte.righe.push(r.n);
    st.resp = st.sett = null;
    st.obiettivo = null;
  } else if (r.text.trim() !== '' && !/^##\s/.test(r.text)) {
    // In this part every line is a heading, blank or a table row: anything else is a row cut short
    throw new IngestError(
      st.file,
      r.n,
      `riga non riconosciuta nel piano degli obiettivi: "${pulisciCella(r.text).slice(0, 80)}" non è un titolo né una riga della tabella (riga troncata?)`,
    );
  }
}

/** The header row, repeated at every page break: complete, or the document was cut inside it. */
function leggiIntestazioneTabella(st: Stato, c: string[], r: Riga) {
  const piene = c.slice(0, c.findLastIndex((x) => x !== '') + 1);
  if (piene.join('\t') !== INTESTAZIONE.join('\t'))
    throw new IngestError(
      st.file,
      r.n,
      `intestazione della tabella degli obiettivi incompleta o diversa: attese le 11 colonne "${INTESTAZIONE.join('", "')}" (file troncato?)`,
    );
  st.out.righe.push({
    riga: r.n,
    tabella: 'obiettivi',
    esito: 'saltata',
    record: [],
    nota: 'intestazione della tabella (ripetuta a ogni pagina)',
  });
  st.intestazioneSenzaRighe = r.n;
}

/**
 * A row with an objective code at column `o`: responsabile and settore before it (or inherited
 * from above), title and definition after it, then possibly an indicator. Returns the column of
 * the indicator code, or null when the row carries none (its outcome is then already recorded).
 */
function leggiRigaObiettivo(
  st: Stato,
  linea: LineaStrategica,
  riga: RigaDati,
  o: number,
): number | null {
  const { file, anagrafica, out } = st;
  const { r, c, record, forme } = riga;
  const vuota = (x: string | undefined) => !x;
  const prima = c.slice(0, o);
  if (o === COL_OBIETTIVO && prima[0] && prima[1]) {
    st.resp = { id: anagrafica.risolvi('persone', prima[0], file, r.n).id, dicitura: prima[0] };
    st.sett = { id: anagrafica.risolvi('settori', prima[1], file, r.n).id, dicitura: prima[1] };
    out.responsabili.push({
      settore: st.sett.id,
      responsabile: st.resp.id,
      adInterim: /ad interim/i.test(prima[0]),
      riga: r.n,
    });
  } else if (!prima.every(vuota)) {
    throw new IngestError(
      file,
      r.n,
      `celle prima del codice obiettivo ${c[o]} non riconosciute: "${prima.filter(Boolean).join('", "')}"`,
    );
  } else if (!st.resp || !st.sett) {
    throw new IngestError(
      file,
      r.n,
      `l'obiettivo ${c[o]} non ha responsabile e settore, né sulla riga né sopra`,
    );
  }
  const resp = st.resp!;
  const sett = st.sett!;
  if (o === COL_INDICATORE)
    forme.push(`codice obiettivo ${c[o]} nella colonna dell'indicatore (obiettivo annidato)`);
  else if (o !== COL_OBIETTIVO)
    forme.push(
      `riga spostata di ${colonne(o - COL_OBIETTIVO)} a ${o < COL_OBIETTIVO ? 'sinistra' : 'destra'}`,
    );

  const codice = c[o]!;
  const titolo = c[o + 1] ?? '';
  const definizione = c[o + 2] ?? '';
  if (!titolo) throw new IngestError(file, r.n, `l'obiettivo ${codice} non ha titolo`);
  registraObiettivo(st, riga, { codice, titolo, definizione, linea: linea.id, resp, sett });
  const inizioIndicatore = o + 3;
  if (c.slice(inizioIndicatore).every(vuota)) {
    out.righe.push({
      riga: r.n,
      tabella: 'obiettivi',
      esito: 'record',
      record: record.length ? record : [`obiettivo:${st.obiettivo!.id}`],
      nota: 'obiettivo senza indicatore sulla riga',
    });
    return null;
  }
  if (!CODICE_INDICATORE.test(c[inizioIndicatore] ?? '')) {
    throw new IngestError(
      file,
      r.n,
      `dopo la definizione dell'obiettivo ${codice} è atteso un codice indicatore numerico, trovato "${c[inizioIndicatore] ?? ''}"`,
    );
  }
  return inizioIndicatore;
}

/** The objective a row names: new, or a repetition that must carry the same data (denormalised table). */
function registraObiettivo(
  st: Stato,
  riga: RigaDati,
  dati: {
    codice: string;
    titolo: string;
    definizione: string;
    linea: string;
    resp: { id: string; dicitura: string };
    sett: { id: string; dicitura: string };
  },
) {
  const { file, out } = st;
  const { r, record, forme } = riga;
  const { codice, titolo, definizione, resp, sett } = dati;
  const linea = { id: dati.linea };
  const esistente = st.perCodice.get(codice);
  if (esistente) {
    const diversi = confronta(esistente, {
      titolo,
      definizione,
      linea: linea.id,
      responsabile: resp.id,
      settore: sett.id,
    });
    if (diversi)
      throw new IngestError(
        file,
        r.n,
        `obiettivo ${codice} ripetuto con ${diversi} diverso da quello della riga ${esistente.fonte.righe[0]}`,
      );
    esistente.fonte.righe.push(r.n);
    forme.push(`obiettivo ${codice} ripetuto su questa riga (tabella denormalizzata)`);
    st.obiettivo = esistente;
  } else {
    const nuovo: Obiettivo = {
      id: codice.toLowerCase().replace('_', '-'),
      codice,
      titolo,
      definizione,
      linea: linea.id,
      responsabile: resp.id,
      settore: sett.id,
      dicitura: { responsabile: resp.dicitura, settore: sett.dicitura },
      indicatori: [],
      pesoTotale: 0,
      fonte: { file, righe: [r.n] },
    };
    st.perCodice.set(codice, nuovo);
    out.obiettivi.push(nuovo);
    record.push(`obiettivo:${nuovo.id}`);
    st.obiettivo = nuovo;
  }
}

/** A continuation row: only an indicator, for the objective above; its code may sit in any column. */
function leggiRigaContinuazione(st: Stato, riga: RigaDati): number {
  const { r, c, forme } = riga;
  const inizioIndicatore = c.findIndex((x) => x !== '');
  if (!CODICE_INDICATORE.test(c[inizioIndicatore] ?? '')) {
    throw new IngestError(
      st.file,
      r.n,
      `riga senza codice obiettivo né codice indicatore: prima cella piena "${c[inizioIndicatore] ?? ''}"`,
    );
  }
  if (!st.obiettivo)
    throw new IngestError(
      st.file,
      r.n,
      `l'indicatore ${c[inizioIndicatore]} non ha un obiettivo sopra di sé`,
    );
  if (inizioIndicatore === 0)
    forme.push('riga di continuazione con il codice indicatore nella prima colonna');
  else if (inizioIndicatore !== COL_INDICATORE) {
    const spost = inizioIndicatore - COL_INDICATORE;
    forme.push(`indicatore spostato di ${colonne(spost)} a ${spost < 0 ? 'sinistra' : 'destra'}`);
  }
  return inizioIndicatore;
}

/** The row's indicator, added to the current objective, and the row's outcome. */
function aggiungiIndicatore(st: Stato, riga: RigaDati, inizioIndicatore: number) {
  const { r, c, record, forme } = riga;
  const { indicatore, riallineata } = parseIndicatore(c, inizioIndicatore, st.file, r.n);
  if (riallineata)
    forme.push(
      "celle dell'indicatore fuori posto, riallineate nell'ordine titolo, formula, finalità, target, peso",
    );
  const ob = st.obiettivo!;
  if (ob.indicatori.some((i) => i.codice === indicatore.codice)) {
    throw new IngestError(
      st.file,
      r.n,
      `l'indicatore ${indicatore.codice} compare due volte nell'obiettivo ${ob.codice}`,
    );
  }
  ob.indicatori.push(indicatore);
  ob.pesoTotale = sommaEuro(ob.indicatori.map((i) => i.peso));
  record.push(`indicatore:${ob.id}/${indicatore.codice}`);
  const nota = forme.length ? forme.join('; ') : undefined;
  st.out.righe.push({
    riga: r.n,
    tabella: 'obiettivi',
    esito: 'record',
    record,
    ...(nota ? { nota } : {}),
  });
  if (nota) st.out.formeIrregolari.push({ riga: r.n, descrizione: nota, record });
}

/** The tables end with a data row, and every line of the index has objectives. */
function controllaChiusura(st: Stato, righe: Riga[]) {
  const ultima = righe[righe.length - 1]?.n ?? 1;
  if (st.intestazioneSenzaRighe !== null)
    throw new IngestError(
      st.file,
      st.intestazioneSenzaRighe,
      "il documento finisce con l'intestazione di una tabella senza righe: file troncato?",
    );
  for (const l of st.linee) {
    if (!st.out.obiettivi.some((o) => o.linea === l.id)) {
      throw new IngestError(
        st.file,
        ultima,
        `la linea strategica "${l.nome}" dell'indice non ha obiettivi: file troncato?`,
      );
    }
  }
}

/** An indicator from its code cell on: title, formula, purpose, target, weight. */
function parseIndicatore(
  c: string[],
  k: number,
  file: string,
  riga: number,
): { indicatore: Indicatore; riallineata: boolean } {
  const codice = c[k]!;
  const dopo = c.slice(k + 1);
  let campi = dopo.slice(0, 5);
  let riallineata = false;
  if (!(campi.length === 5 && campi[3] && campi[4] && dopo.slice(5).every((x) => x === ''))) {
    const piene = dopo.filter((x) => x !== '');
    if (piene.length !== 5) {
      throw new IngestError(
        file,
        riga,
        `indicatore ${codice}: attese 5 celle dopo il codice (titolo, formula, finalità, target, peso), trovate ${piene.length} non vuote`,
      );
    }
    campi = piene;
    riallineata = true;
  }
  const [titolo, formula, finalita, target, pesoTxt] = campi as [
    string,
    string,
    string,
    string,
    string,
  ];
  const peso = parseNumeroItaliano(pesoTxt);
  if (peso === null || peso < 0)
    throw new IngestError(file, riga, `indicatore ${codice}: peso "${pesoTxt}" non è un numero`);
  if (peso > 100)
    throw new IngestError(
      file,
      riga,
      `indicatore ${codice}: peso "${pesoTxt}" oltre 100 (i pesi di un obiettivo sommano a 100)`,
    );
  return {
    indicatore: {
      codice,
      titolo,
      formula,
      finalita,
      target,
      targetValore: parseNumeroItaliano(target),
      peso,
      fonte: { file, righe: [riga] },
    },
    riallineata,
  };
}

function confronta(
  o: Obiettivo,
  nuovo: Pick<Obiettivo, 'titolo' | 'definizione' | 'linea' | 'responsabile' | 'settore'>,
): string | null {
  for (const campo of ['titolo', 'definizione', 'linea', 'responsabile', 'settore'] as const) {
    if (o[campo] !== nuovo[campo]) return `${campo} "${nuovo[campo]}" (era "${o[campo]}")`;
  }
  return null;
}

function colonne(n: number): string {
  return Math.abs(n) === 1 ? '1 colonna' : `${Math.abs(n)} colonne`;
}

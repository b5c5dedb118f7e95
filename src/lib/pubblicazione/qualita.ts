// Groupings of the ingest report for /qualita-dei-dati/: findings by kind, rows by table and outcome.
import type { EsitoRiga, Report, Rilievo } from '../../schemas/index.ts';

type TipoRilievo = Rilievo['tipo'];
type Tabella = EsitoRiga['tabella'];

/** Heading and plain-Italian explanation of each kind of finding, in the order the page shows them. */
export const TIPI_RILIEVO: { tipo: TipoRilievo; titolo: string; spiegazione: string }[] = [
  {
    tipo: 'pesi-non-100',
    titolo: 'Obiettivi i cui pesi non sommano a 100',
    spiegazione:
      'I pesi degli indicatori di un obiettivo dovrebbero sommare a 100. Il documento è un estratto del piano: per questi obiettivi la somma stampata è diversa. I dati sono pubblicati come stampati, senza correzioni.',
  },
  {
    tipo: 'indicatore-condiviso',
    titolo: 'Codici indicatore usati da più obiettivi',
    spiegazione:
      'Lo stesso codice indicatore compare sotto più obiettivi, a volte con target diversi. Ogni uso è un record a sé (una riga per coppia obiettivo–indicatore); la pagina del codice indicatore li raccoglie tutti.',
  },
  {
    tipo: 'diciture-diverse',
    titolo: 'Persone, settori e linee scritti in modi diversi',
    spiegazione:
      "Le due parti del documento (programma degli incarichi e piano degli obiettivi) scrivono gli stessi nomi in modi diversi. Ogni grafia è ricondotta a un'unica voce da un'anagrafica curata a mano (content/anagrafica/entita.json), mai per somiglianza automatica; tutte le grafie restano registrate nei dati.",
  },
  {
    tipo: 'forma-irregolare',
    titolo: 'Righe di forma irregolare',
    spiegazione:
      'La conversione da PDF ha prodotto righe spostate di una o più colonne, righe di continuazione e celle fuori posto. Ogni forma riconosciuta è stata riallineata secondo una regola esplicita; la riga originale resta consultabile nel documento sorgente.',
  },
  {
    tipo: 'obiettivo-ripetuto',
    titolo: 'Obiettivi ripetuti su più righe',
    spiegazione:
      'Lo stesso obiettivo è stampato su più righe con gli stessi dati: le righe sono state unite in un solo record.',
  },
  {
    tipo: 'definizione-vuota',
    titolo: 'Obiettivi senza definizione',
    spiegazione:
      'Il documento non riporta la definizione di questi obiettivi: il campo è pubblicato vuoto.',
  },
  {
    tipo: 'target-non-numerico',
    titolo: 'Target non numerici',
    spiegazione:
      'Target atteso scritto come testo anziché come numero: è pubblicato come stampato, con valore numerico vuoto.',
  },
  {
    tipo: 'caratteri-invisibili',
    titolo: 'Caratteri invisibili rimossi',
    spiegazione:
      'Il documento conteneva caratteri che non si vedono ma cambiano ciò che il lettore vede o cerca (inversioni di direzione del testo, spazi a larghezza zero, ritorni a capo isolati). Sono stati rimossi prima della lettura; la riga originale resta consultabile nel documento sorgente.',
  },
];

/** The document's tables, in its order, as the pages name them; `anno` is the edition's plan year. */
export const nomiTabella = (anno: number): Record<Tabella, string> => ({
  'programma-incarichi': `Programma degli incarichi ${anno} (sezione 4.1)`,
  'indice-linee': 'Indice delle linee strategiche',
  obiettivi: 'Piano dettagliato degli obiettivi di performance',
});

export function rilieviPerTipo(rilievi: readonly Rilievo[]) {
  const noti = new Set(TIPI_RILIEVO.map((t) => t.tipo));
  const ignoto = rilievi.find((r) => !noti.has(r.tipo));
  if (ignoto) throw new Error(`tipo di rilievo senza spiegazione: ${ignoto.tipo}`);
  return TIPI_RILIEVO.map((t) => ({ ...t, rilievi: rilievi.filter((r) => r.tipo === t.tipo) }));
}

/** Per table: how many tab-separated rows, how many became records, how many were skipped. */
export function conteggioRighe(righe: readonly EsitoRiga[], anno: number) {
  const nomi = nomiTabella(anno);
  return (Object.keys(nomi) as Tabella[]).map((tabella) => {
    const su = righe.filter((r) => r.tabella === tabella);
    return {
      tabella,
      nome: nomi[tabella],
      totale: su.length,
      record: su.filter((r) => r.esito === 'record').length,
      saltate: su.filter((r) => r.esito === 'saltata').length,
    };
  });
}

/** Skipped rows grouped by table and reason, in source order. */
export function righeSaltate(righe: readonly EsitoRiga[], anno: number) {
  const nomi = nomiTabella(anno);
  const gruppi = new Map<
    string,
    { tabella: Tabella; nome: string; motivo: string; righe: number[] }
  >();
  for (const r of righe) {
    if (r.esito !== 'saltata') continue;
    const motivo = r.nota ?? 'motivo non indicato';
    const chiave = `${r.tabella}\u0000${motivo}`;
    const g = gruppi.get(chiave) ?? {
      tabella: r.tabella,
      nome: nomi[r.tabella],
      motivo,
      righe: [],
    };
    g.righe.push(r.riga);
    gruppi.set(chiave, g);
  }
  return [...gruppi.values()];
}

/** Whether every printed total agrees with the records. */
export const tuttoRiconciliato = (report: Pick<Report, 'riconciliazioni'>) =>
  report.riconciliazioni.every((r) => r.esito === 'ok');

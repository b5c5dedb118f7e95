// The "Amministrazione trasparente" section tree, read from AGID's controlled vocabulary (CSV) at build time.
import testoTitulus from '../../content/riferimenti/transparency-titulus.csv?raw';
import { url } from './url.ts';

/** A second-level section (sotto-sezione) of the tree. */
export interface Sottosezione {
  /** AGID code of the sub-section, e.g. `03.01`. */
  codice: string;
  /** Code of the first-level section it belongs to, e.g. `03`. */
  sezione: string;
  /** Label to print: ANAC's wording where it differs from the CSV, otherwise the CSV label (repaired). */
  label: string;
  /** English label from the CSV. */
  labelEn: string;
  /** Legal references as listed by the CSV (`D.lgs. n. 33/2013, Art. 15, c. 1, lett. c`). */
  riferimenti: string[];
  /** URL segment derived from the label. */
  slug: string;
  /** Site path: `/amministrazione-trasparente/<sezione>/<sotto-sezione>/`. */
  url: string;
  /** Third-level items of ANAC's Allegato 1 under this sub-section (most have none). */
  voci: Voce[];
}

/** A third-level item of ANAC's tree (e.g. `Organigramma` under `Articolazione degli uffici`). */
export interface Voce {
  label: string;
  /** Short URL segment, written by hand: some labels run to 300 characters. */
  slug: string;
  /** Site path: `/amministrazione-trasparente/<sezione>/<sotto-sezione>/<voce>/`. */
  url: string;
}

/** A first-level section of the tree, with its sub-sections in AGID order. */
export interface Sezione {
  /** AGID code, e.g. `03` (not always in position order: `Pagamenti dell'amministrazione` is `22`). */
  codice: string;
  label: string;
  labelEn: string;
  slug: string;
  /** Site path: `/amministrazione-trasparente/<sezione>/`. */
  url: string;
  sottosezioni: Sottosezione[];
}

/**
 * ANAC's wording (delibera 1310/2016, Allegato 1) where the CSV departs from it; automated checkers
 * look for links whose text is ANAC's label. `19.01` carries the English label in the Italian column.
 */
const LABEL_ANAC: Record<string, string> = {
  '06.01': 'Sistema di misurazione e valutazione della Performance',
  '06.02': 'Piano della Performance',
  '06.03': 'Relazione sulla Performance',
  '02.05': 'Telefono e posta elettronica',
  '14.01':
    'Organismi indipendenti di valutazione, nuclei di valutazione o altri organismi con funzioni analoghe',
  '15.09': 'IBAN e pagamenti informatici',
  '19.01': 'Strutture sanitarie private accreditate',
};

/**
 * The third level of ANAC's tree (delibera 1310/2016, Allegato 1, as TrasparenzAI checks it), which AGID's
 * vocabulary does not have: label and URL segment of each item, by AGID sub-section code. Where ANAC repeats
 * the sub-section's own label as its first item (`Articolazione degli uffici`), so does this list.
 */
const VOCI_ANAC: Record<string, [label: string, slug: string][]> = {
  '01.02': [
    ['Riferimenti normativi su organizzazione e attività', 'riferimenti-normativi'],
    ['Atti amministrativi generali', 'atti-amministrativi-generali'],
    ['Documenti di programmazione strategico-gestionale', 'documenti-di-programmazione'],
    ['Statuti e leggi regionali', 'statuti-e-leggi-regionali'],
    ['Codice disciplinare e codice di condotta', 'codice-disciplinare-e-codice-di-condotta'],
  ],
  '02.01': [
    [
      "Titolari di incarichi politici di cui all'art. 14, co. 1, del dlgs n. 33/2013",
      'incarichi-politici',
    ],
    [
      "Titolari di incarichi di amministrazione, di direzione o di governo di cui all'art. 14, co. 1-bis, del dlgs n. 33/2013",
      'incarichi-di-amministrazione-direzione-governo',
    ],
    ["Cessati dall'incarico", 'cessati-dall-incarico'],
  ],
  '02.03': [
    ['Rendiconti gruppi consiliari regionali/provinciali', 'rendiconti'],
    ['Atti degli organi di controllo', 'atti-degli-organi-di-controllo'],
  ],
  '02.04': [
    ['Articolazione degli uffici', 'articolazione-degli-uffici'],
    ['Organigramma', 'organigramma'],
  ],
  '04.02': [
    [
      "Incarichi dirigenziali, a qualsiasi titolo conferiti, ivi inclusi quelli conferiti discrezionalmente dall'organo di indirizzo politico senza procedure pubbliche di selezione e titolari di posizione organizzativa con funzioni dirigenziali",
      'incarichi-dirigenziali',
    ],
    ['Posti di funzione disponibili', 'posti-di-funzione-disponibili'],
    ['Ruolo dirigenti', 'ruolo-dirigenti'],
  ],
  '04.06': [
    ['Conto annuale del personale', 'conto-annuale-del-personale'],
    ['Costo personale tempo indeterminato', 'costo-personale-tempo-indeterminato'],
  ],
  '04.07': [
    ['Personale non a tempo indeterminato', 'personale-non-a-tempo-indeterminato'],
    ['Costo del personale non a tempo indeterminato', 'costo-del-personale'],
  ],
  '07.02': [
    ['Dati società partecipate', 'dati-societa-partecipate'],
    ['Provvedimenti', 'provvedimenti'],
  ],
  '10.02': [
    ['Atti relativi alla programmazione di lavori, opere, servizi e forniture', 'programmazione'],
    [
      "Atti relativi alle procedure per l'affidamento di appalti pubblici di servizi, forniture, lavori e opere, di concorsi pubblici di progettazione, di concorsi di idee e di concessioni. Compresi quelli tra enti nell'ambito del settore pubblico di cui all'art. 5 del dlgs n. 50/2016",
      'procedure-di-affidamento',
    ],
    [
      "Provvedimento che determina le esclusioni dalla procedura di affidamento e le ammissioni all'esito delle valutazioni dei requisiti soggettivi, economico-finanziari e tecnico-professionali",
      'esclusioni-e-ammissioni',
    ],
    [
      'Composizione della commissione giudicatrice e i curricula dei suoi componenti',
      'commissione-giudicatrice',
    ],
    ['Contratti', 'contratti'],
    [
      'Resoconti della gestione finanziaria dei contratti al termine della loro esecuzione',
      'resoconti-della-gestione-finanziaria',
    ],
  ],
  '12.01': [
    ['Bilancio preventivo', 'bilancio-preventivo'],
    ['Bilancio consuntivo', 'bilancio-consuntivo'],
  ],
  '15.08': [
    ['Indicatore di tempestività dei pagamenti', 'indicatore-di-tempestivita-dei-pagamenti'],
    ['Ammontare complessivo dei debiti', 'ammontare-complessivo-dei-debiti'],
  ],
  '21.01': [
    ['Piano triennale per la prevenzione della corruzione e della trasparenza', 'piano-triennale'],
    ['Responsabile della prevenzione della corruzione e della trasparenza', 'responsabile'],
    [
      "Regolamenti per la prevenzione e la repressione della corruzione e dell'illegalità",
      'regolamenti',
    ],
    [
      'Relazione del responsabile della prevenzione della corruzione e della trasparenza',
      'relazione-del-responsabile',
    ],
    [
      "Provvedimenti adottati dall'A.N.A.C. ed atti di adeguamento a tali provvedimenti",
      'provvedimenti-anac',
    ],
    ['Atti di accertamento delle violazioni', 'atti-di-accertamento-delle-violazioni'],
  ],
  '21.02': [
    [
      'Accesso civico "semplice" concernente dati, documenti e informazioni soggetti a pubblicazione obbligatoria',
      'accesso-civico-semplice',
    ],
    [
      'Accesso civico "generalizzato" concernente dati e documenti ulteriori',
      'accesso-civico-generalizzato',
    ],
  ],
  '21.03': [
    ['Catalogo dei dati, metadati e delle banche dati', 'catalogo-dei-dati'],
    ['Regolamenti', 'regolamenti'],
    ['Obiettivi di accessibilità', 'obiettivi-di-accessibilita'],
  ],
};

/** Sections this portal fills (every section, sub-section and item has a page, as ANAC's checker expects links). */
export const SEZIONI_DEL_PORTALE = ['03', '06'] as const;
/** Sub-sections this portal actually publishes; the other sub-sections of its sections say they are not published here. */
export const SOTTOSEZIONI_PUBBLICATE = ['03.01', '06.02'] as const;

/** `Società partecipate` → `societa-partecipate`: lowercase ASCII words joined by hyphens. */
export function slug(testo: string): string {
  return testo
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Undoes UTF-8 read as Latin-1 (`SocietÃ  ` → `Società`) and normalises spaces (the CSV has
 * non-breaking and doubled spaces). Text that is not mojibake is only space-normalised.
 */
export function ripara(testo: string): string {
  let t = testo;
  if (/[ÃÂ]/.test(t) && [...t].every((c) => c.charCodeAt(0) <= 0xff)) {
    const decodificato = new TextDecoder('utf-8', { fatal: false }).decode(
      Uint8Array.from(t, (c) => c.charCodeAt(0)),
    );
    if (!decodificato.includes('\ufffd')) t = decodificato;
  }
  return t.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
export function leggiCsv(testo: string): string[][] {
  const righe: string[][] = [];
  let riga: string[] = [];
  let campo = '';
  let virgolette = false;
  for (let i = 0; i < testo.length; i++) {
    const c = testo[i]!;
    if (virgolette) {
      if (c === '"' && testo[i + 1] === '"') {
        campo += '"';
        i++;
      } else if (c === '"') virgolette = false;
      else campo += c;
    } else if (c === '"') virgolette = true;
    else if (c === ',') {
      riga.push(campo);
      campo = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && testo[i + 1] === '\n') i++;
      riga.push(campo);
      righe.push(riga);
      riga = [];
      campo = '';
    } else campo += c;
  }
  if (campo !== '' || riga.length > 0) {
    riga.push(campo);
    righe.push(riga);
  }
  return righe.filter((r) => r.some((c) => c.trim() !== ''));
}

/** Builds the section tree from the CSV text; fails on a missing column or a URL that would clash. */
export function parseTitulus(testo: string): Sezione[] {
  const [intestazione, ...righe] = leggiCsv(testo.replace(/^\ufeff/, ''));
  if (!intestazione) throw new Error('transparency-titulus.csv è vuoto');
  const colonna = (nome: string) => {
    const i = intestazione.indexOf(nome);
    if (i < 0) throw new Error(`transparency-titulus.csv: manca la colonna "${nome}"`);
    return i;
  };
  const c = {
    codice1: colonna('codice_1_livello'),
    posizione1: colonna('position_1_livello'),
    label1: colonna('label_ITA_1_livello'),
    labelEn1: colonna('label_ENG_1_livello'),
    codice2: colonna('codice_2_livello'),
    posizione2: colonna('position_2_livello'),
    label2: colonna('label_ITA_2_livello'),
    labelEn2: colonna('label_ENG_2_livello'),
    riferimenti: colonna('references'),
  };

  // Group rows by first-level code, keeping the labels of the first row of each section
  const perCodice = new Map<
    string,
    { posizione: number; sezione: Sezione; posizioni: Map<string, number> }
  >();
  for (const r of righe) {
    const campo = (i: number) => ripara(r[i] ?? '');
    const codice = campo(c.codice1);
    let voce = perCodice.get(codice);
    if (!voce) {
      const label = campo(c.label1);
      const s = slug(label);
      voce = {
        posizione: Number(campo(c.posizione1)),
        sezione: {
          codice,
          label,
          labelEn: campo(c.labelEn1),
          slug: s,
          url: `${url.trasparenza()}${s}/`,
          sottosezioni: [],
        },
        posizioni: new Map(),
      };
      perCodice.set(codice, voce);
    }
    const codice2 = campo(c.codice2);
    const label = LABEL_ANAC[codice2] ?? campo(c.label2);
    const s = slug(label);
    voce.posizioni.set(codice2, Number(campo(c.posizione2)));
    voce.sezione.sottosezioni.push({
      codice: codice2,
      sezione: codice,
      label,
      labelEn: campo(c.labelEn2),
      riferimenti: campo(c.riferimenti)
        .split('|')
        .map((x) => x.trim().replace(/,$/, ''))
        .filter(Boolean),
      slug: s,
      url: `${voce.sezione.url}${s}/`,
      voci: (VOCI_ANAC[codice2] ?? []).map(([label, slugVoce]) => ({
        label,
        slug: slugVoce,
        url: `${voce.sezione.url}${s}/${slugVoce}/`,
      })),
    });
  }

  const sezioni = [...perCodice.values()]
    .sort((a, b) => a.posizione - b.posizione)
    .map(({ sezione, posizioni }) => {
      sezione.sottosezioni.sort((a, b) => posizioni.get(a.codice)! - posizioni.get(b.codice)!);
      return sezione;
    });

  // Every URL must be unique, and every ANAC override must still match a row of the CSV
  const urls = new Set<string>();
  const tutti = sezioni.flatMap((s) => [
    s.url,
    ...s.sottosezioni.flatMap((x) => [x.url, ...x.voci.map((v) => v.url)]),
  ]);
  for (const u of tutti) {
    if (urls.has(u))
      throw new Error(`transparency-titulus.csv: due voci producono lo stesso indirizzo ${u}`);
    urls.add(u);
  }
  const codici = new Set(sezioni.flatMap((s) => s.sottosezioni.map((x) => x.codice)));
  for (const k of [
    ...Object.keys(LABEL_ANAC),
    ...Object.keys(VOCI_ANAC),
    ...SOTTOSEZIONI_PUBBLICATE,
  ]) {
    if (!codici.has(k))
      throw new Error(`transparency-titulus.csv: la sotto-sezione ${k} non esiste più`);
  }
  return sezioni;
}

/** The 22 first-level sections of the tree, in AGID order. */
export const sezioni: Sezione[] = parseTitulus(testoTitulus);

/** Looks up a first-level section by code; fails loudly. */
export function sezione(codice: string): Sezione {
  const s = sezioni.find((x) => x.codice === codice);
  if (!s) throw new Error(`sezione "${codice}" non trovata in transparency-titulus.csv`);
  return s;
}

/** Looks up a sub-section by code, with its section; fails loudly. */
export function sottosezione(codice: string): { sezione: Sezione; sottosezione: Sottosezione } {
  for (const s of sezioni) {
    const x = s.sottosezioni.find((y) => y.codice === codice);
    if (x) return { sezione: s, sottosezione: x };
  }
  throw new Error(`sotto-sezione "${codice}" non trovata in transparency-titulus.csv`);
}

/** Whether a section is one this portal fills. */
export const delPortale = (s: Pick<Sezione, 'codice'>) =>
  (SEZIONI_DEL_PORTALE as readonly string[]).includes(s.codice);

/** Whether a sub-section is published (filled with data) by this portal. */
export const pubblicata = (x: Pick<Sottosezione, 'codice'>) =>
  (SOTTOSEZIONI_PUBBLICATE as readonly string[]).includes(x.codice);

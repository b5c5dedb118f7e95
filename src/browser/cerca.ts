// The search page's client: Pagefind loads only here, when the reader searches. Query, filters and
// sort live in the URL, so a search can be shared and back/forward work.
import {
  ambitoRicerca,
  INDICE_CORRENTE,
  alternative,
  aUrl,
  daUrl,
  ETICHETTE_FILTRI,
  FILTRI,
  indicatoriTrovati,
  normalizzaQuery,
  risolviFiltro,
  tipoDiRisultato,
  TUTTE_LE_EDIZIONI,
  type Ancora,
  type Filtro,
  type StatoRicerca,
} from '../lib/ricerca.ts';
import { url } from '../lib/url.ts';
import { tabellaCsv } from '../lib/dati/csv.ts';
import { tabellaCsvExcel } from '../lib/dati/csv-excel.ts';
import { avviaPagefind } from './pagefind-leggero.ts';

interface Risultato {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  anchors: Ancora[];
}
interface RisultatoGrezzo {
  id: string;
  score: number;
  data(): Promise<Risultato>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    o: { filters?: Record<string, string>; sort?: Record<string, string> },
  ): Promise<{
    results: RisultatoGrezzo[];
    /** Results per filter value, within this search and its other filters */
    filters: Record<string, Record<string, number>>;
  }>;
}

const PER_PAGINA = 20;
const form = document.querySelector<HTMLFormElement>('#ricerca')!;
const stato = document.querySelector<HTMLElement>('#stato-ricerca')!;
const lista = document.querySelector<HTMLOListElement>('#risultati')!;
const provaTutte = document.querySelector<HTMLElement>('#prova-tutte')!;
const altri = document.querySelector<HTMLButtonElement>('#altri-risultati')!;
const scarica = document.querySelector<HTMLButtonElement>('#scarica-risultati')!;
const scaricaExcel = document.querySelector<HTMLButtonElement>('#scarica-risultati-excel')!;
const campoQ = form.elements.namedItem('q') as HTMLInputElement;
const avvisoFiltri = document.querySelector<HTMLElement>('#avviso-filtri')!;
const dettagliFiltri = document.querySelector<HTMLDetailsElement>('#filtri-ricerca')!;
const filtriAttivi = document.querySelector<HTMLElement>('#filtri-attivi')!;
const TITOLO = document.title;
document.querySelector('#senza-js')?.setAttribute('hidden', '');
document.querySelector('#strumenti-risultati')?.removeAttribute('hidden');
form.hidden = false;
const selettore = (f: Filtro) => form.elements.namedItem(f) as HTMLSelectElement;
// Each option's label without a count, to write the counts of every search beside it
const etichette = new Map<HTMLOptionElement, string>();
for (const f of FILTRI)
  for (const o of selettore(f).options) if (o.value) etichette.set(o, o.textContent ?? o.value);

const pagefind = new Map<string, Promise<Pagefind>>();
/** The index of the current edition (default) or of the record versions (ambitoRicerca). */
function caricaPagefind(indice = INDICE_CORRENTE): Promise<Pagefind> {
  // Pagefind's worker without its 13 KB wrapper (see pagefind-leggero.ts)
  let pf = pagefind.get(indice);
  if (!pf) {
    pf = avviaPagefind({ excerptLength: 24 }, indice) as unknown as Promise<Pagefind>;
    pagefind.set(indice, pf);
  }
  return pf;
}
const campoEdizione = form.elements.namedItem('edizione') as HTMLSelectElement;

let corrente: RisultatoGrezzo[] = [];
let mostrati = 0;
let richiesta = 0;
/** The state of the last search started, for the counts written once the filter index arrives. */
let ultima: StatoRicerca | undefined;

/**
 * The counts beside each filter value need Pagefind's whole filter index (six small files, 3 KB).
 * They show only inside the filters' lists, so the index loads when the reader goes to the filters
 * (a pointer over them, a tap, the keyboard's focus), not with the first search: that one stays under
 * 100 KB (tests/browser/peso-ricerca.test.ts). Until then every search leaves the labels bare.
 */
const indiciFiltri = new Map<string, Promise<void>>();
/** The Pagefind indexes (current edition, versions) whose filter index is loaded. */
const conIndiceFiltri = new Set<string>();
/** The reader has been to the filters: another edition's index loads its filter index at once. */
let aiFiltri = false;
function caricaIndiceFiltri() {
  aiFiltri = true;
  const { indice } = ambito(ultima ?? leggiForm());
  if (indiciFiltri.has(indice)) return;
  indiciFiltri.set(
    indice,
    caricaPagefind(indice)
      .then((pf) => pf.filters())
      .then(() => {
        conIndiceFiltri.add(indice);
        return contaDiNuovo();
      }),
  );
}

/** Counts for the last search, now that every search in its index returns them. */
async function contaDiNuovo() {
  const s = ultima;
  if (!s) return;
  const mia = richiesta;
  const { indice, filtri } = ambito(s);
  if (!conIndiceFiltri.has(indice) || (!s.q && Object.keys(soloImpostati(s)).length === 0)) return;
  const esito = await cercaConSinonimi(
    await caricaPagefind(indice),
    s.q ? normalizzaQuery(s.q) : null,
    { filters: filtri },
  );
  if (mia === richiesta) scriviConteggi(esito.filters);
}

const soloImpostati = (s: StatoRicerca) =>
  Object.fromEntries(Object.entries(s.filtri).filter(([, v]) => v)) as Record<string, string>;

/** The index a search reads, and its filters with the edition's (ambitoRicerca). */
function ambito(s: StatoRicerca): { indice: string; filtri: Record<string, string> } {
  const a = ambitoRicerca(s.edizione);
  const filtri = soloImpostati(s);
  if (a.filtro) filtri.edizione = a.filtro;
  return { indice: a.indice, filtri };
}

function leggiForm(): StatoRicerca {
  return daUrl(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

/**
 * Writes the state into the form. A filter value the form does not know (`?settore=politiche-sociali`)
 * is never searched silently: the option with that id is used and the address corrected, or the
 * filter is dropped, and either way the page says so.
 */
function scriviForm(s: StatoRicerca): StatoRicerca {
  campoQ.value = s.q;
  const avvisi: string[] = [];
  const filtri: StatoRicerca['filtri'] = {};
  for (const f of FILTRI) {
    const sel = selettore(f);
    const v = s.filtri[f];
    sel.value = '';
    if (!v) continue;
    const opzioni = [...sel.options]
      .filter((o) => o.value)
      .map((o) => ({ valore: o.value, id: o.dataset.id }));
    const r = risolviFiltro(v, opzioni);
    if ('sconosciuto' in r) {
      avvisi.push(
        `Il filtro «${ETICHETTE_FILTRI[f]}» dell'indirizzo ha un valore che non esiste: «${r.sconosciuto}». La ricerca è fatta senza questo filtro.`,
      );
      continue;
    }
    if (r.corretto)
      avvisi.push(`Il filtro «${ETICHETTE_FILTRI[f]}» «${v}» è stato letto come «${r.valore}».`);
    sel.value = r.valore;
    filtri[f] = r.valore;
  }
  (form.elements.namedItem('ordina') as HTMLSelectElement).value = s.ordina;
  // An edition the page does not list is not searched silently either: the current one is, and said
  const edizioneNota = [...campoEdizione.options].some((o) => o.value === s.edizione);
  campoEdizione.value = edizioneNota ? s.edizione : '';
  if (!edizioneNota)
    avvisi.push(
      `L'edizione «${s.edizione}» dell'indirizzo non è pubblicata: si cerca nell'edizione corrente.`,
    );
  avvisoFiltri.replaceChildren(
    ...avvisi.map((t) => {
      const p = document.createElement('p');
      p.textContent = t;
      return p;
    }),
  );
  avvisoFiltri.hidden = avvisi.length === 0;
  const corretto = { ...s, filtri, edizione: campoEdizione.value };
  if (avvisi.length) history.replaceState(null, '', `${location.pathname}${aUrl(corretto)}`);
  return corretto;
}

/** Active filters in the summary of the folded filters, and the page title from the query. */
function riassumi(s: StatoRicerca, n?: number) {
  const attivi = Object.values(s.filtri).filter(Boolean).length + (s.edizione ? 1 : 0);
  filtriAttivi.textContent = attivi ? `(${attivi === 1 ? '1 attivo' : `${attivi} attivi`})` : '';
  const esito =
    n === undefined ? '' : n === 1 ? ': 1 risultato' : `: ${n.toLocaleString('it-IT')} risultati`;
  document.title = s.q
    ? `«${s.q}»${esito} · ${TITOLO}`
    : attivi
      ? `Filtri${esito} · ${TITOLO}`
      : TITOLO;
}

/** Counts beside each filter value: how many results that value would give. */
function scriviConteggi(conteggi: Record<string, Record<string, number>> | undefined) {
  for (const [o, etichetta] of etichette) {
    const f = (o.parentElement as HTMLSelectElement).name;
    const n = conteggi?.[f]?.[o.value];
    o.textContent = n === undefined ? etichetta : `${etichetta} (${n.toLocaleString('it-IT')})`;
  }
}

/** Searches the query and each of its synonyms' spellings, merged by relevance, each page once. */
async function cercaConSinonimi(
  pf: Pagefind,
  q: string | null,
  opzioni: { filters?: Record<string, string>; sort?: Record<string, string> },
) {
  const domande = q ? alternative(q) : [null];
  const esiti = await Promise.all(domande.map((d) => pf.search(d, opzioni)));
  const primo = esiti[0]!;
  if (esiti.length === 1) return primo;
  const visti = new Map<string, RisultatoGrezzo>();
  for (const e of esiti)
    for (const r of e.results)
      if (!visti.has(r.id) || visti.get(r.id)!.score < r.score) visti.set(r.id, r);
  let results = [...visti.values()];
  if (opzioni.sort) {
    // Pagefind sorted each list: merge by amount (the card's importo meta)
    const importi = new Map(
      await Promise.all(
        results.map(async (r) => [r.id, euro((await r.data()).meta.importo)] as const),
      ),
    );
    const verso = opzioni.sort.importo === 'desc' ? -1 : 1;
    results.sort((a, b) => verso * ((importi.get(a.id) ?? 0) - (importi.get(b.id) ?? 0)));
  } else results.sort((a, b) => b.score - a.score);
  // Counts: a page found by two spellings counts once only if Pagefind told us; use the largest
  const filters: Record<string, Record<string, number>> = {};
  for (const e of esiti)
    for (const [f, valori] of Object.entries(e.filters ?? {}))
      for (const [v, n] of Object.entries(valori))
        (filters[f] ??= {})[v] = Math.max(filters[f][v] ?? 0, n);
  return { results, filters };
}

const euro = (s: string | undefined) =>
  s ? Number(s.replace(/[^\d,]/g, '').replace(',', '.')) : 0;

async function esegui(s: StatoRicerca) {
  const mia = ++richiesta;
  ultima = s;
  lista.replaceChildren();
  provaTutte.hidden = true;
  altri.hidden = true;
  scarica.hidden = true;
  scaricaExcel.hidden = true;
  const filtri = soloImpostati(s);
  riassumi(s);
  if (!s.q && Object.keys(filtri).length === 0) {
    scriviConteggi(undefined);
    stato.textContent =
      'Scrivi una parola o un codice (per esempio C59_0008 o 1495), oppure scegli un filtro.';
    return;
  }
  stato.textContent = 'Ricerca in corso…';
  const { indice, filtri: conEdizione } = ambito(s);
  const pf = await caricaPagefind(indice);
  const conteggi = conIndiceFiltri.has(indice);
  const sort =
    s.ordina === 'rilevanza'
      ? undefined
      : { importo: s.ordina === 'importo-desc' ? 'desc' : 'asc' };
  const esito = await cercaConSinonimi(pf, s.q ? normalizzaQuery(s.q) : null, {
    filters: conEdizione,
    ...(sort ? { sort } : {}),
  });
  if (mia !== richiesta) return;
  corrente = esito.results;
  // Counts only from a search that had the whole filter index of its index; one that started just
  // before it arrived asks again; in another edition's index, once the reader has been to the filters
  if (conteggi) scriviConteggi(esito.filters);
  else {
    scriviConteggi(undefined);
    if (conIndiceFiltri.has(indice)) void contaDiNuovo();
    else if (aiFiltri) caricaIndiceFiltri();
  }
  mostrati = 0;
  await mostraAltri(mia);
  if (mia !== richiesta) return;
  // Announced once the first results are on the page, so the count and the list agree
  const n = corrente.length;
  riassumi(s, n);
  stato.textContent =
    n === 0
      ? 'Nessun risultato.'
      : n === 1
        ? '1 risultato.'
        : `${n.toLocaleString('it-IT')} risultati.`;
  // Nothing in force in the current edition: what it no longer has may be in an earlier one
  // (only with earlier editions published: the select then has more than current and «tutte»)
  if (n === 0 && !s.edizione && campoEdizione.options.length > 2) {
    provaTutte.querySelector('a')!.href =
      `${location.pathname}${aUrl({ ...s, edizione: TUTTE_LE_EDIZIONI })}`;
    provaTutte.hidden = false;
  }
}

async function mostraAltri(mia = richiesta) {
  const blocco = await Promise.all(
    corrente.slice(mostrati, mostrati + PER_PAGINA).map((r) => r.data()),
  );
  if (mia !== richiesta) return;
  for (const r of blocco) lista.append(scheda(r));
  mostrati += blocco.length;
  altri.hidden = mostrati >= corrente.length;
  scarica.hidden = corrente.length === 0;
  scaricaExcel.hidden = scarica.hidden;
}

/** A result card built with DOM nodes: record text is never parsed as HTML. */
function scheda(r: Risultato): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'risultato';
  const intestazione = document.createElement('p');
  intestazione.className = 'risultato-tipo';
  intestazione.textContent = [
    tipoDiRisultato(r.meta.tipo, new URL(r.url, location.origin).pathname),
    r.meta.codice,
  ]
    .filter(Boolean)
    .join(' · ');
  const titolo = document.createElement('h2');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  titolo.append(a);
  li.append(intestazione, titolo);
  const dettagli = [
    r.meta.edizione && `Edizione: ${r.meta.edizione}`,
    r.meta.settore && `Settore: ${r.meta.settore}`,
    r.meta.importo && `Importo: ${r.meta.importo}`,
  ].filter(Boolean);
  if (dettagli.length) {
    const p = document.createElement('p');
    p.className = 'risultato-dettagli';
    p.textContent = dettagli.join(' · ');
    li.append(p);
  }
  const indicatori = indicatoriTrovati(r.anchors, r.locations);
  if (indicatori.length) {
    const p = document.createElement('p');
    p.className = 'risultato-indicatori';
    p.append(indicatori.length === 1 ? 'Indicatore trovato: ' : 'Indicatori trovati: ');
    indicatori.forEach((codice, k) => {
      if (k > 0) p.append(', ');
      const link = document.createElement('a');
      link.href = url.indicatore(codice);
      link.textContent = `Indicatore ${codice}`;
      p.append(link);
    });
    li.append(p);
  }
  const estratto = document.createElement('p');
  estratto.className = 'risultato-estratto';
  estratto.append(...estrattoSicuro(r.excerpt));
  li.append(estratto);
  return li;
}

/** Pagefind's excerpt is entity-encoded text with <mark>: keep only text and <mark>. */
function estrattoSicuro(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return [...doc.body.firstChild!.childNodes].map((n) => {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      return m;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

/** The results as CSV: RFC 4180, or for Excel with Italian settings (`;`, BOM). */
async function scaricaCsv(excel = false) {
  const tutti = await Promise.all(corrente.map((r) => r.data()));
  const colonne = [
    'tipo',
    'codice',
    'title',
    'settore',
    'responsabile',
    'importo',
    'target',
    'pesi',
    'url',
  ].map((nome) => ({ nome }));
  const righe = tutti.map((r) => ({
    tipo: tipoDiRisultato(r.meta.tipo, new URL(r.url, location.origin).pathname),
    codice: r.meta.codice ?? null,
    title: r.meta.title ?? null,
    settore: r.meta.settore ?? null,
    responsabile: r.meta.responsabile ?? null,
    importo: r.meta.importo ?? null,
    target: r.meta.target ?? null,
    pesi: r.meta.pesi ?? null,
    url: new URL(r.url, location.origin).href,
  }));
  const testo = excel ? tabellaCsvExcel(colonne, righe) : tabellaCsv(colonne, righe);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([testo], { type: 'text/csv;charset=utf-8' }));
  a.download = excel ? 'risultati-ricerca-excel.csv' : 'risultati-ricerca.csv';
  a.click();
  URL.revokeObjectURL(a.href);
}

let attesa: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const s = leggiForm();
  history.pushState(null, '', `${location.pathname}${aUrl(s)}`);
  void esegui(s);
});
form.addEventListener('change', (e) => {
  if ((e.target as HTMLElement).id === 'q') return;
  form.requestSubmit();
});
campoQ.addEventListener('input', () => {
  clearTimeout(attesa);
  attesa = setTimeout(() => {
    const s = leggiForm();
    history.replaceState(null, '', `${location.pathname}${aUrl(s)}`);
    void esegui(s);
  }, 250);
});
campoQ.addEventListener('focus', () => void caricaPagefind(), { once: true });
// The reader going to the filters: a pointer over them, a tap or click (opening them on a phone),
// the keyboard's focus on the summary or a list
for (const evento of ['pointerover', 'pointerdown', 'focusin'])
  dettagliFiltri.addEventListener(evento, caricaIndiceFiltri);
altri.addEventListener('click', () => void mostraAltri());
scarica.addEventListener('click', () => void scaricaCsv());
scaricaExcel.addEventListener('click', () => void scaricaCsv(true));
document.querySelector('#azzera-filtri')!.addEventListener('click', () => {
  for (const f of FILTRI) selettore(f).value = '';
  (form.elements.namedItem('ordina') as HTMLSelectElement).value = 'rilevanza';
  avvisoFiltri.hidden = true;
  form.requestSubmit();
  campoQ.focus();
});
window.addEventListener('popstate', () => {
  void esegui(scriviForm(daUrl(new URLSearchParams(location.search))));
});

const iniziale = scriviForm(daUrl(new URLSearchParams(location.search)));
// Folded on a phone so the first result is near the top (the summary counts the active filters);
// open where there is room
if (matchMedia('(min-width: 56rem)').matches) dettagliFiltri.open = true;
dettagliFiltri.classList.add('pronta');
void esegui(iniziale);

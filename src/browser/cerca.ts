// The search page's client: Pagefind loads only here, when the reader searches. Query, filters and
// sort live in the URL, so a search can be shared and back/forward work.
import {
  aUrl,
  daUrl,
  FILTRI,
  indicatoriTrovati,
  normalizzaQuery,
  type Ancora,
  type StatoRicerca,
} from '../lib/ricerca.ts';
import { url } from '../lib/url.ts';
import { tabellaCsv } from '../lib/dati/csv.ts';

interface Risultato {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  anchors: Ancora[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    q: string | null,
    o: { filters?: Record<string, string>; sort?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<Risultato> }[] }>;
}

const PER_PAGINA = 20;
const form = document.querySelector<HTMLFormElement>('#ricerca')!;
const stato = document.querySelector<HTMLElement>('#stato-ricerca')!;
const lista = document.querySelector<HTMLOListElement>('#risultati')!;
const altri = document.querySelector<HTMLButtonElement>('#altri-risultati')!;
const scarica = document.querySelector<HTMLButtonElement>('#scarica-risultati')!;
const campoQ = form.elements.namedItem('q') as HTMLInputElement;
document.querySelector('#senza-js')?.setAttribute('hidden', '');
document.querySelector('#strumenti-risultati')?.removeAttribute('hidden');

let pagefind: Promise<Pagefind> | undefined;
function caricaPagefind(): Promise<Pagefind> {
  const percorso = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ percorso).then(async (m: Pagefind) => {
    await m.options({ excerptLength: 24 });
    return m;
  });
  return pagefind;
}

let corrente: { id: string; data(): Promise<Risultato> }[] = [];
let mostrati = 0;
let richiesta = 0;

function leggiForm(): StatoRicerca {
  return daUrl(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function scriviForm(s: StatoRicerca) {
  campoQ.value = s.q;
  for (const f of FILTRI)
    (form.elements.namedItem(f) as HTMLSelectElement).value = s.filtri[f] ?? '';
  (form.elements.namedItem('ordina') as HTMLSelectElement).value = s.ordina;
}

async function esegui(s: StatoRicerca) {
  const mia = ++richiesta;
  lista.replaceChildren();
  altri.hidden = true;
  scarica.hidden = true;
  const filtri = Object.fromEntries(Object.entries(s.filtri).filter(([, v]) => v)) as Record<
    string,
    string
  >;
  if (!s.q && Object.keys(filtri).length === 0) {
    stato.textContent =
      'Scrivi una parola o un codice (per esempio C59_0008 o 1495), oppure scegli un filtro.';
    return;
  }
  stato.textContent = 'Ricerca in corso…';
  const pf = await caricaPagefind();
  const sort =
    s.ordina === 'rilevanza'
      ? undefined
      : { importo: s.ordina === 'importo-desc' ? 'desc' : 'asc' };
  const esito = await pf.search(s.q ? normalizzaQuery(s.q) : null, {
    filters: filtri,
    ...(sort ? { sort } : {}),
  });
  if (mia !== richiesta) return;
  corrente = esito.results;
  mostrati = 0;
  await mostraAltri(mia);
  if (mia !== richiesta) return;
  // Announced once the first results are on the page, so the count and the list agree
  const n = corrente.length;
  stato.textContent =
    n === 0
      ? 'Nessun risultato.'
      : n === 1
        ? '1 risultato.'
        : `${n.toLocaleString('it-IT')} risultati.`;
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
}

/** A result card built with DOM nodes: record text is never parsed as HTML. */
function scheda(r: Risultato): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'risultato';
  const intestazione = document.createElement('p');
  intestazione.className = 'risultato-tipo';
  intestazione.textContent = [r.meta.tipo, r.meta.codice].filter(Boolean).join(' · ');
  const titolo = document.createElement('h2');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  titolo.append(a);
  li.append(intestazione, titolo);
  const dettagli = [
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

async function scaricaCsv() {
  const tutti = await Promise.all(corrente.map((r) => r.data()));
  const colonne = ['tipo', 'codice', 'title', 'settore', 'importo', 'url'].map((nome) => ({
    nome,
  }));
  const righe = tutti.map((r) => ({
    tipo: r.meta.tipo ?? null,
    codice: r.meta.codice ?? null,
    title: r.meta.title ?? null,
    settore: r.meta.settore ?? null,
    importo: r.meta.importo ?? null,
    url: new URL(r.url, location.origin).href,
  }));
  const testo = tabellaCsv(colonne, righe);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([testo], { type: 'text/csv;charset=utf-8' }));
  a.download = 'risultati-ricerca.csv';
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
altri.addEventListener('click', () => void mostraAltri());
scarica.addEventListener('click', () => void scaricaCsv());
window.addEventListener('popstate', () => {
  const s = daUrl(new URLSearchParams(location.search));
  scriviForm(s);
  void esegui(s);
});

const iniziale = daUrl(new URLSearchParams(location.search));
scriviForm(iniziale);
void esegui(iniziale);

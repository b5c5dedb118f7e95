// ANAC's TrasparenzAI checker on the built site: every label of its `amministrazione-trasparente` rule set is
// a link, the root on the home page and each child on the page its parent's link points to.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leggiCsv } from '../../src/lib/sezioni.ts';
import { fileDist, leggiDist, richiediDist } from '../../scripts/lib/dist.ts';
import { collegamenti, termini, trova } from '../support/trasparenzai.ts';

interface Regola {
  percorso: string;
  etichette: string[];
  genitore?: string;
}

function regole(): Regola[] {
  const [, ...righe] = leggiCsv(readFileSync('tests/riferimenti/trasparenzai-regole.csv', 'utf8'));
  const tutte = righe
    .filter(([insieme]) => insieme === 'amministrazione-trasparente')
    .map(([, percorso = '', etichetta = '', alternative = '']) => ({
      percorso,
      etichette: [etichetta, ...alternative.split('|').map((a) => a.trim())].filter(Boolean),
    }));
  // An id may hold a slash (`…-dlgs-33/2013`): the parent is the longest other path that prefixes it
  const percorsi = tutte.map((r) => r.percorso);
  return tutte.map((r) => ({
    ...r,
    genitore: percorsi
      .filter((p) => r.percorso.startsWith(p + '/'))
      .sort((a, b) => b.length - a.length)[0],
  }));
}

/** `/amministrazione-trasparente/` → its HTML in dist/, or undefined when the link leaves the site or has no page. */
function pagina(url: string): string | undefined {
  const u = new URL(url, 'https://sito.invalid/');
  if (u.host !== 'sito.invalid') return undefined;
  const file = decodeURIComponent(u.pathname)
    .replace(/^\//, '')
    .replace(/(^|\/)$/, '$1index.html');
  return fileDist().includes(file) ? leggiDist(file) : undefined;
}

describe('il matcher di TrasparenzAI', () => {
  it('confronta parole senza articoli e preposizioni, al singolare e al plurale', () => {
    expect(termini("Dichiarazioni sostitutive e acquisizione d'ufficio dei dati")).toEqual(
      termini('dichiarazione sostitutiva acquisizione ufficio dati'),
    );
    const link = [
      { href: '/x/', testo: 'Organismi dipendenti di valutazione, nuclei di valutazione' },
    ];
    expect(trova(link, ['Organismi indipendenti di valutazione'])).toBeUndefined();
    expect(
      trova([{ href: '/y/', testo: 'Pagamenti informatici' }], ['IBAN e pagamenti informatici']),
    ).toBeUndefined();
    expect(
      trova(
        [{ href: '/z/', testo: 'Relazioni sulle Performance' }],
        ['Relazione sulla Performance'],
      )?.href,
    ).toBe('/z/');
  });
});

describe('albero «Amministrazione trasparente» come lo legge TrasparenzAI', () => {
  it('trova ogni etichetta ANAC come collegamento, ogni livello sulla pagina del suo genitore', () => {
    richiediDist();
    const tutte = regole();
    expect(tutte.length).toBeGreaterThan(100);
    const dove = new Map<string, string>(); // rule path → URL its link points to
    const mancanti: string[] = [];
    for (const r of tutte) {
      const daPagina = r.genitore === undefined ? '/' : dove.get(r.genitore);
      if (daPagina === undefined) {
        mancanti.push(`${r.percorso}: manca il genitore`);
        continue;
      }
      const html = pagina(daPagina);
      if (html === undefined) {
        mancanti.push(
          `${r.percorso}: il genitore porta a ${daPagina}, che non è una pagina del sito`,
        );
        continue;
      }
      const link = trova(collegamenti(html), r.etichette);
      if (link === undefined)
        mancanti.push(`${r.percorso}: «${r.etichette[0]}» non è un collegamento su ${daPagina}`);
      else dove.set(r.percorso, new URL(link.href, `https://sito.invalid${daPagina}`).pathname);
    }
    expect(mancanti, `${mancanti.length} etichette mancanti su ${tutte.length}`).toEqual([]);
  });
});

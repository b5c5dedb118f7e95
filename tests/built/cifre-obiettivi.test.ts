// The figures of every objective page, recomputed from content/data/obiettivi.json: one row and one
// weight per indicator, and the «Somma dei pesi» with its warning when it is not 100.
import { describe, test } from 'vitest';
import { Confronto, dati, numero, pagina, riga, righe, tabella } from '../support/cifre.ts';

const obiettivi = dati.obiettivi.map((o) => ({
  o,
  url: `/obiettivi/${o.id}/`,
  // Weights are whole numbers or tenths in the document: summed in hundredths, no float noise.
  somma: o.indicatori.reduce((n, i) => n + Math.round(i.peso * 100), 0) / 100,
}));

describe("pagina dell'obiettivo", () => {
  test('la somma dei pesi è la somma dei pesi dei suoi indicatori', () => {
    const c = new Confronto();
    for (const { o, url, somma } of obiettivi) {
      const t = tabella(pagina(url).root, `Indicatori dell'obiettivo ${o.codice}`);
      c.cifra(url, 'Somma dei pesi', riga(t, 'Somma dei pesi')?.[0], numero(somma));
    }
    c.verifica(obiettivi.length);
  });

  test("l'avviso «non 100» compare solo dove i pesi non sommano a 100", () => {
    const c = new Confronto();
    for (const { o, url, somma } of obiettivi) {
      const t = tabella(pagina(url).root, `Indicatori dell'obiettivo ${o.codice}`);
      const nota = riga(t, 'Somma dei pesi')?.[1];
      const attesa =
        somma === 100
          ? 'Completa: 100'
          : `La somma dei pesi è ${numero(somma)}, non 100: il documento sorgente è un estratto`;
      c.cifra(url, 'nota sulla somma dei pesi', nota, attesa);
    }
    c.verifica(obiettivi.length);
  });

  test('ogni indicatore ha la sua riga con il suo peso, nessuno in più', () => {
    const c = new Confronto();
    for (const { o, url } of obiettivi) {
      const t = tabella(pagina(url).root, `Indicatori dell'obiettivo ${o.codice}`);
      const lette = righe(t);
      c.cifra(url, 'numero degli indicatori', String(lette.length), String(o.indicatori.length));
      o.indicatori.forEach((i, k) => {
        const r = lette[k]?.celle;
        c.cifra(url, `codice dell'indicatore ${k + 1}`, r?.['Codice'], i.codice);
        c.cifra(url, `peso dell'indicatore ${i.codice}`, r?.['Peso'], numero(i.peso));
      });
    }
    c.verifica(obiettivi.length);
  });
});

// The figures of the strategic-line pages and of their index, recomputed from content/data/:
// objectives, indicator rows and distinct codes, settori involved.
import { describe, test } from 'vitest';
import {
  Confronto,
  dati,
  dove,
  numero,
  pagina,
  riga,
  righe,
  righeIndicatore,
  tabella,
  testo,
  voce,
} from '../support/cifre.ts';

describe('pagina della linea strategica', () => {
  test('obiettivi, indicatori, codici distinti e settori coinvolti sono contati sul piano', () => {
    const c = new Confronto();
    for (const l of dati.linee) {
      const url = `/linee-strategiche/${l.id}/`;
      const { root } = pagina(url);
      const obiettivi = dove(dati.obiettivi, 'linea', l.id);
      const usi = righeIndicatore(obiettivi);
      const codici = new Set(obiettivi.flatMap((o) => o.indicatori.map((i) => i.codice))).size;
      const settori = new Set(obiettivi.map((o) => o.settore)).size;
      c.cifra(
        url,
        'Posizione nell’indice',
        voce(root, "Posizione nell'indice"),
        `${l.numero} di ${dati.linee.length}`,
      );
      c.cifra(url, 'Obiettivi', voce(root, 'Obiettivi'), numero(obiettivi.length));
      c.cifra(
        url,
        'Indicatori',
        voce(root, 'Indicatori'),
        codici === usi ? `${usi}` : `${usi} (${codici} codici distinti)`,
      );
      c.cifra(url, 'Settori coinvolti', voce(root, 'Settori coinvolti'), numero(settori));
      // One table per settore, each listing exactly that settore's objectives in this line.
      const tabelle = root
        .querySelectorAll('table')
        .filter((t) => testo(t.querySelector('caption')).startsWith('Obiettivi del settore'));
      c.cifra(url, 'tabelle per settore', String(tabelle.length), String(settori));
      c.cifra(
        url,
        'obiettivi nelle tabelle per settore',
        String(tabelle.reduce((n, t) => n + t.querySelectorAll('tbody tr').length, 0)),
        String(obiettivi.length),
      );
      for (const o of obiettivi) {
        const r = tabelle.flatMap((t) => righe(t)).find((x) => x.celle['Codice'] === o.codice);
        c.cifra(
          url,
          `indicatori dell'obiettivo ${o.codice}`,
          r?.celle['Indicatori'],
          numero(o.indicatori.length),
        );
      }
    }
    c.verifica(dati.linee.length);
  });

  test("l'elenco delle linee conta obiettivi e indicatori di ciascuna, e il totale è quello del piano", () => {
    const c = new Confronto();
    const url = '/linee-strategiche/';
    const t = tabella(pagina(url).root, /^Le \d+ linee strategiche/);
    const lette = righe(t);
    for (const l of dati.linee) {
      const obiettivi = dove(dati.obiettivi, 'linea', l.id);
      const r = lette.find((x) => x.celle['Linea strategica'] === l.nome)?.celle;
      c.cifra(url, `${l.nome}: Obiettivi`, r?.['Obiettivi'], numero(obiettivi.length));
      c.cifra(url, `${l.nome}: Indicatori`, r?.['Indicatori'], numero(righeIndicatore(obiettivi)));
      c.cifra(url, `${l.nome}: N.`, r?.['N.'], String(l.numero));
    }
    const totale = riga(t, 'Totale');
    c.cifra(url, 'Totale: obiettivi', totale?.[0], numero(dati.obiettivi.length));
    c.cifra(url, 'Totale: indicatori', totale?.[1], numero(righeIndicatore(dati.obiettivi)));
    c.verifica(dati.linee.length);
  });
});

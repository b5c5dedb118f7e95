// The figures of every responsabile page, recomputed from content/data/: the programme lines they
// are dirigente of and their totals, the settori and objectives they are responsible for.
import { describe, test } from 'vitest';
import {
  Confronto,
  conti,
  dati,
  dove,
  euro,
  pagina,
  riga,
  tabella,
  testo,
} from '../support/cifre.ts';

const voceVoci = (n: number) => `${n} ${n === 1 ? 'voce' : 'voci'}`;

describe('pagina del responsabile', () => {
  test('voci, tetto di spesa e totali corrente e vincolata sono quelli delle voci di cui è dirigente', () => {
    const c = new Confronto();
    for (const p of dati.persone) {
      const url = `/responsabili/${p.id}/`;
      const { root } = pagina(url);
      const voci = dove(dati.incarichi, 'dirigente', p.id);
      if (voci.length === 0) continue;
      const q = conti(voci);
      const frase = root
        .querySelectorAll('main p')
        .map((x) => testo(x))
        .find((x) => x.includes('tetto di spesa complessivo'));
      c.cifra(
        url,
        'voci e tetto di spesa',
        frase,
        `${voceVoci(q.voci)}, per un tetto di spesa complessivo di ${euro(q.importo)}.`,
      );
      const totale = riga(
        tabella(root, `Voci del programma incarichi con dirigente ${p.nome}`),
        'Totale',
      );
      c.cifra(url, 'Totale: corrente', totale?.[0], euro(q.corrente));
      c.cifra(url, 'Totale: vincolata', totale?.[1], euro(q.vincolata));
      c.cifra(url, 'Totale: importo', totale?.[2], euro(q.importo));
    }
    c.verifica();
  });

  test('settori guidati e obiettivi di cui è responsabile sono contati sul piano', () => {
    const c = new Confronto();
    for (const p of dati.persone) {
      const url = `/responsabili/${p.id}/`;
      const { root } = pagina(url);
      const obiettivi = dove(dati.obiettivi, 'responsabile', p.id);
      const t = tabella(root, `Obiettivi di cui ${p.nome} è responsabile`);
      c.cifra(
        url,
        'obiettivi in tabella',
        t ? String(t.querySelectorAll('tbody tr').length) : '0',
        String(obiettivi.length),
      );
      const settori = dove(dati.settori, 'responsabile', p.id);
      const h2 = root
        .querySelectorAll('h2')
        .find((h) => testo(h) === 'Settori di cui è responsabile');
      const elenco = h2?.nextElementSibling;
      c.cifra(
        url,
        'settori di cui è responsabile',
        String(elenco?.tagName === 'UL' ? elenco.querySelectorAll('li').length : 0),
        String(settori.length),
      );
    }
    c.verifica(dati.persone.length);
  });
});

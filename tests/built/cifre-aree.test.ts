// The figures of every area page, recomputed from content/data/: each settore's objectives, lines and
// corrente/vincolata/total spending, and the area's total.
import { describe, test } from 'vitest';
import {
  Confronto,
  conti,
  dati,
  dove,
  euro,
  numero,
  pagina,
  riga,
  righe,
  tabella,
  testo,
} from '../support/cifre.ts';

const voceVoci = (n: number) => `${n} ${n === 1 ? 'voce' : 'voci'}`;
const settoreSettori = (n: number) => `${n} ${n === 1 ? 'settore' : 'settori'}`;

describe("pagina dell'area", () => {
  test('ogni settore dell’area ha i suoi obiettivi, le sue voci e la sua spesa corrente, vincolata e totale', () => {
    const c = new Confronto();
    for (const a of dati.aree) {
      const url = `/aree/${a.id}/`;
      const t = tabella(pagina(url).root, `Settori dell'${a.nome}`);
      const lette = righe(t);
      c.cifra(url, 'numero dei settori in tabella', String(lette.length), String(a.settori.length));
      a.settori.forEach((id, k) => {
        const s = dati.settori.find((x) => x.id === id)!;
        const r = lette[k]?.celle;
        const q = conti(dove(dati.incarichi, 'settore', id));
        c.cifra(url, `settore ${k + 1}`, r?.['Settore'], s.nome);
        c.cifra(
          url,
          `${s.nome}: Obiettivi`,
          r?.['Obiettivi'],
          numero(dove(dati.obiettivi, 'settore', id).length),
        );
        c.cifra(url, `${s.nome}: Voci`, r?.['Voci'], numero(q.voci));
        c.cifra(url, `${s.nome}: Corrente`, r?.['Corrente'], euro(q.corrente));
        c.cifra(url, `${s.nome}: Vincolata`, r?.['Vincolata'], euro(q.vincolata));
        c.cifra(url, `${s.nome}: Importo`, r?.['Importo'], euro(q.importo));
      });
    }
    c.verifica(dati.aree.length);
  });

  test("il totale dell'area somma le voci dei suoi settori, e la frase iniziale lo ripete", () => {
    const c = new Confronto();
    for (const a of dati.aree) {
      const url = `/aree/${a.id}/`;
      const { root } = pagina(url);
      const q = conti(dati.incarichi.filter((i) => a.settori.includes(i.settore)));
      const totale = riga(tabella(root, `Settori dell'${a.nome}`), "Totale dell'area");
      c.cifra(url, "Totale dell'area: voci", totale?.[0], numero(q.voci));
      c.cifra(url, "Totale dell'area: corrente", totale?.[1], euro(q.corrente));
      c.cifra(url, "Totale dell'area: vincolata", totale?.[2], euro(q.vincolata));
      c.cifra(url, "Totale dell'area: importo", totale?.[3], euro(q.importo));
      const frase = `Nel programma degli incarichi 2019 l'area raggruppa ${settoreSettori(a.settori.length)}, con ${voceVoci(q.voci)} per un tetto di spesa complessivo di ${euro(q.importo)}.`;
      const letta = root
        .querySelectorAll('main p')
        .map((p) => testo(p))
        .find((t) => t.startsWith('Nel programma'));
      c.cifra(url, 'frase con settori, voci e tetto di spesa', letta, frase);
    }
    c.verifica(dati.aree.length);
  });
});

// The figures of the programme index (/incarichi/), recomputed from content/data/incarichi.json and
// the source's own «Spesa complessiva» sentence: grand total and its split, area and settore totals,
// the list by amount and its total.
import { describe, test } from 'vitest';
import {
  Confronto,
  cent,
  conti,
  dati,
  dove,
  euro,
  pagina,
  riga,
  righe,
  tabella,
  testo,
  totaleSettoreNelDocumento,
  totaliDelDocumento,
  quota,
  voce,
} from '../support/cifre.ts';

const URL = '/incarichi/';
const programma = conti(dati.incarichi);
const documento = totaliDelDocumento();

describe('indice del programma degli incarichi', () => {
  test('il totale generale e la sua divisione in corrente e vincolata sono quelli stampati nel documento', () => {
    const c = new Confronto();
    const t = tabella(pagina(URL).root, 'Totale del programma incarichi');
    c.cifra(
      URL,
      'Spesa corrente/straordinaria',
      riga(t, 'Spesa corrente')?.[0],
      euro(documento.corrente),
    );
    c.cifra(URL, 'Spesa vincolata', riga(t, 'Spesa vincolata')?.[0], euro(documento.vincolata));
    c.cifra(URL, 'Totale generale', riga(t, 'Totale generale')?.[0], euro(documento.importo));
    c.cifra(
      URL,
      'Totale generale: numero delle voci',
      testo(t?.querySelector('tfoot th')),
      `Totale generale (${programma.voci} voci)`,
    );
    c.cifra(URL, 'somma delle voci nei dati', euro(programma.importo), euro(documento.importo));
    c.verifica(5);
  });

  test('ogni area mostra la somma delle voci dei suoi settori, e ogni settore il suo «Totale Settore»', () => {
    const c = new Confronto();
    const { root } = pagina(URL);
    for (const a of dati.aree) {
      const h3 = root.querySelector(`h3#area-${a.id}`);
      const q = conti(dati.incarichi.filter((i) => a.settori.includes(i.settore)));
      c.cifra(URL, `intestazione dell'${a.nome}`, testo(h3), `${a.nome}: ${euro(q.importo)}`);
      for (const id of a.settori) {
        const s = dati.settori.find((x) => x.id === id)!;
        const voci = dove(dati.incarichi, 'settore', id);
        if (voci.length === 0) continue;
        const k = conti(voci);
        const totale = riga(
          tabella(root, `Voci del settore ${s.nome}`),
          `Totale settore ${s.nome}`,
        );
        c.cifra(URL, `Totale settore ${s.nome}: corrente`, totale?.[0], euro(k.corrente));
        c.cifra(URL, `Totale settore ${s.nome}: vincolata`, totale?.[1], euro(k.vincolata));
        c.cifra(
          URL,
          `Totale settore ${s.nome}: importo`,
          totale?.[2],
          euro(totaleSettoreNelDocumento(id)!),
        );
      }
    }
    c.verifica(dati.aree.length);
  });

  test("l'elenco per importo ha ogni voce una volta, dalla più alta alla più bassa, e il totale generale", () => {
    const c = new Confronto();
    const t = tabella(pagina(URL).root, /dalla più alta alla più bassa$/);
    const lette = righe(t).map((r) => r.celle);
    c.cifra(
      URL,
      'voci nell’elenco per importo',
      String(lette.length),
      String(dati.incarichi.length),
    );
    const attese = [...dati.incarichi].sort((a, b) => cent(b.importo) - cent(a.importo));
    const importi = lette.map((r) => r['Importo']);
    c.cifra(
      URL,
      'importi dell’elenco per importo, in ordine',
      importi.join(' · '),
      attese.map((i) => euro(cent(i.importo))).join(' · '),
    );
    const totale = riga(t, 'Totale generale');
    c.cifra(
      URL,
      'elenco per importo, Totale generale: corrente',
      totale?.[0],
      euro(programma.corrente),
    );
    c.cifra(
      URL,
      'elenco per importo, Totale generale: vincolata',
      totale?.[1],
      euro(programma.vincolata),
    );
    c.cifra(
      URL,
      'elenco per importo, Totale generale: importo',
      totale?.[2],
      euro(programma.importo),
    );
    for (const i of dati.incarichi) {
      const r = lette.find(
        (x) => x['Attività o progetto'] === i.ragione.replace(/\s+/g, ' ').trim(),
      );
      c.cifra(URL, `voce ${i.id}: corrente`, r?.['Corrente'], euro(cent(i.importoCorrente)));
      c.cifra(URL, `voce ${i.id}: vincolata`, r?.['Vincolata'], euro(cent(i.importoVincolato)));
    }
    c.verifica(dati.incarichi.length);
  });
});

describe('pagina della voce del programma', () => {
  test('ogni voce mostra il suo importo, la sua divisione tra corrente e vincolata e la sua quota del settore', () => {
    const c = new Confronto();
    for (const i of dati.incarichi) {
      const url = `/incarichi/${i.anno}/${i.settore}/${i.scheda}/`;
      const { root } = pagina(url);
      const settore = conti(dove(dati.incarichi, 'settore', i.settore)).importo;
      c.cifra(
        url,
        'Importo su spesa corrente/straordinaria',
        voce(root, 'Importo su spesa corrente/straordinaria'),
        euro(cent(i.importoCorrente)),
      );
      c.cifra(
        url,
        'Importo su spesa vincolata',
        voce(root, 'Importo su spesa vincolata'),
        euro(cent(i.importoVincolato)),
      );
      c.cifra(
        url,
        'Importo complessivo (tetto di spesa)',
        voce(root, 'Importo complessivo (tetto di spesa)'),
        euro(cent(i.importo)),
      );
      c.cifra(
        url,
        'Totale del settore nel programma',
        voce(root, 'Totale del settore nel programma'),
        euro(totaleSettoreNelDocumento(i.settore)!),
      );
      c.cifra(
        url,
        'Quota di questa voce sul totale del settore',
        voce(root, 'Quota di questa voce sul totale del settore'),
        quota(cent(i.importo), settore),
      );
    }
    c.verifica(dati.incarichi.length * 5);
  });
});

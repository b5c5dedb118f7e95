// The figures of the index pages (/settori/, /aree/, /responsabili/, /indicatori/) and of the
// indicator-code pages, recomputed from content/data/: per-record counts and sums, and the totals.
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

const programma = conti(dati.incarichi);

describe('elenchi', () => {
  test('/settori/: obiettivi, voci e importo di ogni settore, e il totale è quello del programma', () => {
    const c = new Confronto();
    const url = '/settori/';
    const t = tabella(pagina(url).root, /^I \d+ settori/);
    const lette = righe(t);
    c.cifra(url, 'settori in elenco', String(lette.length), String(dati.settori.length));
    for (const s of dati.settori) {
      const r = lette.find((x) => x.celle['Settore'] === s.nome)?.celle;
      const q = conti(dove(dati.incarichi, 'settore', s.id));
      c.cifra(
        url,
        `${s.nome}: Obiettivi`,
        r?.['Obiettivi'],
        numero(dove(dati.obiettivi, 'settore', s.id).length),
      );
      c.cifra(url, `${s.nome}: Voci`, r?.['Voci del programma incarichi'], numero(q.voci));
      c.cifra(url, `${s.nome}: Importo incarichi`, r?.['Importo incarichi'], euro(q.importo));
    }
    const totale = riga(t, 'Totale');
    c.cifra(url, 'Totale: obiettivi', totale?.[0], numero(dati.obiettivi.length));
    c.cifra(url, 'Totale: voci', totale?.[1], numero(programma.voci));
    c.cifra(url, 'Totale: importo', totale?.[2], euro(programma.importo));
    c.verifica(dati.settori.length * 3);
  });

  test('/aree/: voci e importo di ogni area, e il totale del programma', () => {
    const c = new Confronto();
    const url = '/aree/';
    const t = tabella(pagina(url).root, /^Le \d+ aree/);
    const lette = righe(t);
    for (const a of dati.aree) {
      const r = lette.find((x) => x.celle['Area'] === a.nome)?.celle;
      const q = conti(dati.incarichi.filter((i) => a.settori.includes(i.settore)));
      c.cifra(url, `${a.nome}: Voci`, r?.['Voci'], numero(q.voci));
      c.cifra(url, `${a.nome}: Importo`, r?.['Importo'], euro(q.importo));
    }
    const totale = riga(t, 'Totale del programma');
    c.cifra(url, 'Totale del programma: voci', totale?.[0], numero(programma.voci));
    c.cifra(url, 'Totale del programma: importo', totale?.[1], euro(programma.importo));
    c.verifica(dati.aree.length * 2);
  });

  test('/responsabili/: obiettivi, voci di cui è dirigente e loro importo per ogni persona', () => {
    const c = new Confronto();
    const url = '/responsabili/';
    const lette = righe(tabella(pagina(url).root, /^I \d+ responsabili/));
    c.cifra(url, 'responsabili in elenco', String(lette.length), String(dati.persone.length));
    for (const p of dati.persone) {
      const r = lette.find((x) => x.celle['Nome'] === p.nome)?.celle;
      const q = conti(dove(dati.incarichi, 'dirigente', p.id));
      c.cifra(
        url,
        `${p.nome}: Obiettivi`,
        r?.['Obiettivi'],
        numero(dove(dati.obiettivi, 'responsabile', p.id).length),
      );
      c.cifra(url, `${p.nome}: Voci`, r?.['Voci del programma incarichi'], numero(q.voci));
      c.cifra(url, `${p.nome}: Importo incarichi`, r?.['Importo incarichi'], euro(q.importo));
    }
    c.verifica(dati.persone.length * 3);
  });
});

// Every use of every code: which objectives use it, with which weight.
const usi = new Map<string, { obiettivo: string; peso: number }[]>();
for (const o of dati.obiettivi)
  for (const i of o.indicatori)
    usi.set(i.codice, [...(usi.get(i.codice) ?? []), { obiettivo: o.codice, peso: i.peso }]);

describe('codici indicatore', () => {
  test('/indicatori/: i codici distinti, quanti sono condivisi, e quanti obiettivi usano ciascuno', () => {
    const c = new Confronto();
    const url = '/indicatori/';
    const { root } = pagina(url);
    const condivisi = [...usi.values()].filter(
      (u) => new Set(u.map((x) => x.obiettivo)).size > 1,
    ).length;
    const frase = root
      .querySelectorAll('main p')
      .map((p) => testo(p))
      .find((p) => p.startsWith('Gli obiettivi del piano'));
    c.cifra(
      url,
      'codici distinti e condivisi',
      frase?.split(':')[0],
      `Gli obiettivi del piano sono misurati da ${usi.size} codici indicatore. ${condivisi} codici sono usati da più di un obiettivo, con target e pesi diversi`,
    );
    const lette = righe(tabella(root, /codici indicatore/));
    c.cifra(url, 'codici in elenco', String(lette.length), String(usi.size));
    for (const [codice, u] of usi) {
      const r = lette.find((x) => x.celle['Codice'] === codice)?.celle;
      c.cifra(
        url,
        `${codice}: Obiettivi che lo usano`,
        r?.['Obiettivi che lo usano'],
        numero(new Set(u.map((x) => x.obiettivo)).size),
      );
    }
    c.verifica(usi.size);
  });

  test('la pagina di ogni codice ha una riga per ogni obiettivo che lo usa, con il suo peso', () => {
    const c = new Confronto();
    for (const [codice, u] of usi) {
      const url = `/indicatori/${codice}/`;
      const lette = righe(tabella(pagina(url).root, `Obiettivi che usano l'indicatore ${codice}`));
      c.cifra(url, 'righe (usi del codice)', String(lette.length), String(u.length));
      c.cifra(
        url,
        'obiettivi e pesi',
        lette.map((r) => `${r.celle['Obiettivo']?.split(' ')[0]} ${r.celle['Peso']}`).join(' · '),
        u.map((x) => `${x.obiettivo} ${numero(x.peso)}`).join(' · '),
      );
    }
    c.verifica(usi.size);
  });
});

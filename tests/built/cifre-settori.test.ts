// The figures of every settore page, recomputed from content/data/ and the source's «Totale Settore»
// rows: counts, spending ceiling, its corrente/vincolata split, the share of the programme, the chart.
import { describe, test } from 'vitest';
import {
  Confronto,
  conti,
  dati,
  dove,
  euro,
  grafico,
  numero,
  pagina,
  quota,
  riga,
  righeIndicatore,
  tabella,
  totaleSettoreNelDocumento,
} from '../support/cifre.ts';

const SINTESI = 'Obiettivi e spesa per incarichi del settore';
const programma = conti(dati.incarichi);
const settori = dati.settori.map((s) => ({
  s,
  url: `/settori/${s.id}/`,
  voci: dove(dati.incarichi, 'settore', s.id),
  obiettivi: dove(dati.obiettivi, 'settore', s.id),
}));

describe('pagina del settore', () => {
  test('obiettivi, indicatori e voci contati nella sintesi sono quelli del piano', () => {
    const c = new Confronto();
    for (const { url, voci, obiettivi } of settori) {
      const t = tabella(pagina(url).root, SINTESI);
      c.cifra(
        url,
        'Obiettivi di performance',
        riga(t, 'Obiettivi di performance')?.[0],
        numero(obiettivi.length),
      );
      c.cifra(
        url,
        'Indicatori degli obiettivi',
        riga(t, 'Indicatori degli obiettivi')?.[0],
        numero(righeIndicatore(obiettivi)),
      );
      c.cifra(
        url,
        'Voci del programma incarichi',
        riga(t, 'Voci del programma incarichi')?.[0],
        numero(voci.length),
      );
    }
    c.verifica(settori.length * 3);
  });

  test('il tetto di spesa del settore è la somma delle sue voci ed è il «Totale Settore» del documento', () => {
    const c = new Confronto();
    for (const { s, url, voci } of settori) {
      const t = tabella(pagina(url).root, SINTESI);
      const atteso = conti(voci).importo;
      c.cifra(
        url,
        'Tetto di spesa per incarichi',
        riga(t, 'Tetto di spesa per incarichi')?.[0],
        euro(atteso),
      );
      const stampato = totaleSettoreNelDocumento(s.id);
      if (stampato !== undefined)
        c.cifra(
          url,
          'Tetto di spesa per incarichi (Totale Settore del documento)',
          euro(atteso),
          euro(stampato),
        );
    }
    c.verifica(settori.length);
  });

  test('la spesa corrente e la vincolata del settore sono le sue, e sommano al tetto', () => {
    const c = new Confronto();
    for (const { url, voci } of settori) {
      const t = tabella(pagina(url).root, SINTESI);
      const k = conti(voci);
      c.cifra(
        url,
        'di cui spesa corrente/straordinaria',
        riga(t, 'di cui spesa corrente')?.[0],
        euro(k.corrente),
      );
      c.cifra(
        url,
        'di cui spesa vincolata',
        riga(t, 'di cui spesa vincolata')?.[0],
        euro(k.vincolata),
      );
      c.cifra(url, 'corrente + vincolata = tetto', euro(k.corrente + k.vincolata), euro(k.importo));
    }
    c.verifica(settori.length * 2);
  });

  test('la quota del settore sul totale del programma è quella del documento', () => {
    const c = new Confronto();
    for (const { url, voci } of settori) {
      const t = tabella(pagina(url).root, SINTESI);
      const etichetta = `Quota sul totale del programma (${euro(programma.importo)})`;
      c.cifra(
        url,
        etichetta,
        riga(t, etichetta)?.[0],
        quota(conti(voci).importo, programma.importo),
      );
    }
    c.verifica(settori.length);
  });

  test('la riga «Totale settore» della tabella delle voci ripete corrente, vincolata e importo del settore', () => {
    const c = new Confronto();
    for (const { s, url, voci } of settori.filter((x) => x.voci.length > 0)) {
      const t = tabella(pagina(url).root, `Voci del programma incarichi del settore ${s.nome}`);
      const totale = riga(t, `Totale settore ${s.nome}`);
      const k = conti(voci);
      c.cifra(url, 'Totale settore: corrente', totale?.[0], euro(k.corrente));
      c.cifra(url, 'Totale settore: vincolata', totale?.[1], euro(k.vincolata));
      c.cifra(url, 'Totale settore: importo', totale?.[2], euro(k.importo));
      c.cifra(
        url,
        'righe della tabella delle voci',
        String(t?.querySelectorAll('tbody tr').length),
        String(voci.length),
      );
    }
    c.verifica();
  });

  test('il grafico della quota mette il settore contro tutti gli altri, con la stessa percentuale', () => {
    const c = new Confronto();
    for (const { s, url, voci } of settori.filter((x) => x.voci.length > 0)) {
      const g = grafico(pagina(url).root, 'quota-programma');
      const proprio = conti(voci).importo;
      const altri = programma.importo - proprio;
      const r = riga(g?.tabella ?? null, /^Programma/);
      c.cifra(url, 'grafico della quota: il settore', r?.[0], euro(proprio));
      c.cifra(url, 'grafico della quota: gli altri settori', r?.[1], euro(altri));
      c.cifra(url, 'grafico della quota: totale', r?.[2], euro(programma.importo));
      c.cifra(
        url,
        'grafico della quota: valori disegnati',
        JSON.stringify(g?.dati?.serie.map((x) => x.valori)),
        JSON.stringify([[proprio / 100], [altri / 100]]),
      );
      const sintesi = `Il settore ${s.nome} prevede ${euro(proprio)} di incarichi, il ${quota(proprio, programma.importo)} dei ${euro(programma.importo)}`;
      c.cifra(url, 'sintesi del grafico della quota', g?.sintesi.slice(0, sintesi.length), sintesi);
    }
    c.verifica();
  });
});

// The charts' figures (home, /incarichi/, /linee-strategiche/), recomputed from content/data/: the
// bars drawn (the JSON the script reads), the table beside them, its totals and the summary sentence.
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
  righe,
  righeIndicatore,
} from '../support/cifre.ts';

interface Barra {
  etichetta: string;
  /** Cents for euro charts, plain counts otherwise. */
  valori: number[];
}

/** Bars, table rows and totals of one chart against the bars computed here. */
function controllaGrafico(
  c: Confronto,
  url: string,
  id: string,
  attese: Barra[],
  unita: 'euro' | 'numero',
  impilato: boolean,
): ReturnType<typeof grafico> {
  const g = grafico(pagina(url).root, id);
  const scrivi = unita === 'euro' ? euro : numero;
  const disegna = (v: number) => (unita === 'euro' ? v / 100 : v);
  c.cifra(
    url,
    `grafico ${id}: etichette`,
    g?.dati?.etichette.join(' · '),
    attese.map((b) => b.etichetta).join(' · '),
  );
  c.cifra(
    url,
    `grafico ${id}: valori disegnati`,
    JSON.stringify(g?.dati?.serie.map((s) => s.valori)),
    JSON.stringify(attese[0]?.valori.map((_, k) => attese.map((b) => disegna(b.valori[k]!)))),
  );
  const lette = righe(g?.tabella ?? null);
  c.cifra(url, `grafico ${id}: righe della tabella`, String(lette.length), String(attese.length));
  for (const b of attese) {
    const r = riga(g?.tabella ?? null, b.etichetta);
    const somma = b.valori.reduce((x, y) => x + y, 0);
    const attesa = [...b.valori, ...(impilato ? [somma] : [])].map(scrivi);
    c.cifra(url, `grafico ${id}, tabella: ${b.etichetta}`, r?.join(' | '), attesa.join(' | '));
  }
  const colonne =
    attese[0]?.valori.map((_, k) => attese.reduce((n, b) => n + b.valori[k]!, 0)) ?? [];
  const totali = [...colonne, ...(impilato ? [colonne.reduce((x, y) => x + y, 0)] : [])];
  c.cifra(
    url,
    `grafico ${id}, tabella: Totale`,
    riga(g?.tabella ?? null, 'Totale')?.join(' | '),
    totali.map(scrivi).join(' | '),
  );
  return g;
}

/** Groups with programme lines, largest amount first, ties by name. */
function perImporto(gruppi: { nome: string; voci: typeof dati.incarichi }[]) {
  return gruppi
    .filter((g) => g.voci.length > 0)
    .map((g) => ({ nome: g.nome, conti: conti(g.voci) }))
    .sort((a, b) => b.conti.importo - a.conti.importo || a.nome.localeCompare(b.nome, 'it'));
}

const programma = conti(dati.incarichi);
const aree = perImporto(
  dati.aree.map((a) => ({ nome: a.nome, voci: dove(dati.incarichi, 'area', a.id) })),
);
const settori = perImporto(
  dati.settori.map((s) => ({ nome: s.nome, voci: dove(dati.incarichi, 'settore', s.id) })),
);

describe('grafici del programma degli incarichi', () => {
  for (const url of ['/', '/incarichi/'])
    test(`${url}: la spesa per area è la somma delle voci di ogni area, e la quota maggiore è quella dei dati`, () => {
      const c = new Confronto();
      const g = controllaGrafico(
        c,
        url,
        'spesa-per-area',
        aree.map((a) => ({ etichetta: a.nome, valori: [a.conti.importo] })),
        'euro',
        false,
      );
      const prima = aree[0]!;
      c.cifra(
        url,
        'sintesi della spesa per area',
        g?.sintesi,
        `Il programma degli incarichi 2019 vale ${euro(programma.importo)}: la quota maggiore è dell'${prima.nome}, con ${euro(prima.conti.importo)} (${quota(prima.conti.importo, programma.importo)}), seguita da ${aree.length - 1} altre aree.`,
      );
      c.verifica(aree.length);
    });

  for (const url of ['/', '/incarichi/'])
    test(`${url}: corrente e vincolata per settore sono quelle delle sue voci, e le quote del totale sono giuste`, () => {
      const c = new Confronto();
      const g = controllaGrafico(
        c,
        url,
        'spesa-corrente-vincolata',
        settori.map((s) => ({ etichetta: s.nome, valori: [s.conti.corrente, s.conti.vincolata] })),
        'euro',
        true,
      );
      const piuVincolata = [...settori].sort((a, b) => b.conti.vincolata - a.conti.vincolata)[0]!;
      c.cifra(
        url,
        'sintesi di corrente e vincolata',
        g?.sintesi,
        `Dei ${euro(programma.importo)} del programma degli incarichi 2019, ${euro(programma.corrente)} (${quota(programma.corrente, programma.importo)}) sono spesa corrente/straordinaria e ${euro(programma.vincolata)} (${quota(programma.vincolata, programma.importo)}) spesa vincolata, per la maggior parte del settore ${piuVincolata.nome} (${euro(piuVincolata.conti.vincolata)}).`,
      );
      c.verifica(settori.length);
    });

  test('/incarichi/: la spesa per settore è la somma delle voci di ogni settore', () => {
    const c = new Confronto();
    const url = '/incarichi/';
    const g = controllaGrafico(
      c,
      url,
      'spesa-per-settore',
      settori.map((s) => ({ etichetta: s.nome, valori: [s.conti.importo] })),
      'euro',
      false,
    );
    const primo = settori[0]!;
    c.cifra(
      url,
      'sintesi della spesa per settore',
      g?.sintesi,
      `Il programma degli incarichi 2019 vale ${euro(programma.importo)} e ha voci in ${settori.length} settori su ${dati.settori.length}: la quota maggiore è del settore ${primo.nome}, con ${euro(primo.conti.importo)} (${quota(primo.conti.importo, programma.importo)}).`,
    );
    c.verifica(settori.length);
  });
});

describe('grafico degli obiettivi', () => {
  test('/linee-strategiche/: obiettivi e indicatori per linea sono contati sul piano', () => {
    const c = new Confronto();
    const url = '/linee-strategiche/';
    const linee = [...dati.linee]
      .sort((a, b) => a.numero - b.numero)
      .map((l) => {
        const obiettivi = dove(dati.obiettivi, 'linea', l.id);
        return { l, obiettivi: obiettivi.length, indicatori: righeIndicatore(obiettivi) };
      });
    const g = controllaGrafico(
      c,
      url,
      'obiettivi-per-linea',
      linee.map((x) => ({ etichetta: x.l.nome, valori: [x.obiettivi, x.indicatori] })),
      'numero',
      false,
    );
    const prima = [...linee].sort(
      (a, b) => b.obiettivi - a.obiettivi || a.l.numero - b.l.numero,
    )[0]!;
    c.cifra(
      url,
      'sintesi di obiettivi e indicatori per linea',
      g?.sintesi,
      `Le ${linee.length} linee strategiche contano ${numero(dati.obiettivi.length)} obiettivi e ${numero(righeIndicatore(dati.obiettivi))} indicatori: la linea con più obiettivi è «${prima.l.nome}», con ${numero(prima.obiettivi)} obiettivi e ${numero(prima.indicatori)} indicatori.`,
    );
    c.verifica(linee.length);
  });
});

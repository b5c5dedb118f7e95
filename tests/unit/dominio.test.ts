// The domain functions (src/dominio/) on small cases a reader can check by hand: euro arithmetic to
// the cent, programme totals and shares, the ceiling check, indicator codes, objectives' figures,
// provenance runs and the portal's printed order.
import { describe, expect, test } from 'vitest';
import {
  alPiuDueDecimali,
  centesimi,
  compensoMassimo,
  quota,
  sommaEuro,
  superaAlCentesimo,
  ugualiAlCentesimo,
} from '../../src/dominio/euro.ts';
import {
  confronta,
  continuitaObiettivi,
  totaliPerSettoreAnnoSuAnno,
} from '../../src/dominio/confronto.ts';
import { intervalliRighe } from '../../src/dominio/fonte.ts';
import { numeroVersioni, storie } from '../../src/dominio/versioni.ts';
import { numeroObiettivi, titoliIndicatore, usiPerCodice } from '../../src/dominio/indicatori.ts';
import { gruppi, gruppo, perIdentificativo, posizione, trova } from '../../src/dominio/indici.ts';
import { contaIndicatori, pesoArrotondato, righeObiettivo } from '../../src/dominio/obiettivi.ts';
import { componiPortale, type Raccolte } from '../../src/dominio/serie.ts';
import {
  controllaTetti,
  impegnato,
  quotaNelSettore,
  quotaSettoreNelProgramma,
  totali,
  totaliSettore,
} from '../../src/dominio/programma.ts';
import type { Incarico, IncaricoConferito, Obiettivo } from '../../src/schemas/index.ts';

const fonte = (...righe: number[]) => ({ file: 'f.txt', righe });
const voce = (id: string, settore: string, corrente: number, vincolata: number): Incarico =>
  ({
    id,
    settore,
    importoCorrente: corrente,
    importoVincolato: vincolata,
    importo: sommaEuro([corrente, vincolata]),
  }) as Incarico;
const conferito = (id: string, incarico: string, previsto: number, variabile = 0) =>
  ({ id, incarico, compensoPrevisto: previsto, compensoVariabile: variabile }) as IncaricoConferito;
const indicatore = (
  codice: string,
  peso: number,
  titolo = `Indicatore ${codice}`,
  ...righe: number[]
) => ({
  codice,
  titolo,
  peso,
  fonte: fonte(...righe),
});
const obiettivo = (
  id: string,
  indicatori: ReturnType<typeof indicatore>[],
  extra: Partial<Obiettivo> = {},
) =>
  ({
    id,
    codice: id.toUpperCase().replace('-', '_'),
    indicatori,
    pesoTotale: indicatori.reduce((n, i) => n + i.peso, 0),
    fonte: fonte(10),
    ...extra,
  }) as unknown as Obiettivo;

describe('euro al centesimo', () => {
  test('€ 0,10 + € 0,20 fa € 0,30, e € 14.175,50 sono 1.417.550 centesimi', () => {
    expect(sommaEuro([0.1, 0.2])).toBe(0.3);
    expect(centesimi(14175.5)).toBe(1417550);
    expect(sommaEuro([])).toBe(0);
    expect(sommaEuro([123000, 438038])).toBe(561038);
  });

  test('due importi uguali al centesimo, e uno che supera un tetto di un solo centesimo', () => {
    expect(ugualiAlCentesimo(0.1 + 0.2, 0.3)).toBe(true);
    expect(ugualiAlCentesimo(10, 10.01)).toBe(false);
    expect(superaAlCentesimo(10.01, 10)).toBe(true);
    expect(superaAlCentesimo(10, 10)).toBe(false);
    expect(superaAlCentesimo(0.1 + 0.2, 0.3)).toBe(false);
    expect(superaAlCentesimo(9.99, 10)).toBe(false);
  });

  test('un importo ha al più due decimali: 14.175,50 sì, 14.175,505 no', () => {
    expect(alPiuDueDecimali(14175.5)).toBe(true);
    expect(alPiuDueDecimali(14175)).toBe(true);
    expect(alPiuDueDecimali(14175.505)).toBe(false);
  });

  test('la quota è parte su totale, e 0 quando il totale è 0', () => {
    expect(quota(259000, 561038)).toBeCloseTo(0.46164, 5);
    expect(quota(5, 0)).toBe(0);
    expect(quota(0, 10)).toBe(0);
    expect(quota(-1, -2)).toBe(0);
  });

  test('un conferito impegna il compenso previsto più la parte variabile', () => {
    expect(compensoMassimo({ compensoPrevisto: 1000.1, compensoVariabile: 0.2 })).toBe(1000.3);
    expect(impegnato([conferito('a', 'v', 1000, 250.5), conferito('b', 'v', 0.1, 0.2)])).toBe(
      1250.8,
    );
    expect(impegnato([])).toBe(0);
  });
});

describe('totali e quote del programma', () => {
  const voci = [
    voce('s1-1', 's1', 100, 0),
    voce('s2-1', 's2', 0, 300.5),
    voce('s1-2', 's1', 20, 80),
  ];

  test('il totale somma importo, corrente e vincolata e conta le voci', () => {
    expect(totali(voci)).toEqual({ importo: 500.5, corrente: 120, vincolata: 380.5, numero: 3 });
    expect(totali([])).toEqual({ importo: 0, corrente: 0, vincolata: 0, numero: 0 });
  });

  test('il totale di un settore somma solo le sue voci, nel loro ordine', () => {
    const t = totaliSettore(voci, 's1');
    expect(t.incarichi.map((i) => i.id)).toEqual(['s1-1', 's1-2']);
    expect(t.totali).toEqual({ importo: 200, corrente: 120, vincolata: 80, numero: 2 });
    expect(totaliSettore(voci, 's9').totali.numero).toBe(0);
  });

  test('la quota del settore sul programma è il suo totale, non la sua spesa corrente, sul totale', () => {
    expect(quotaSettoreNelProgramma(voci, 's1')).toBeCloseTo(200 / 500.5, 12);
    expect(quotaSettoreNelProgramma(voci, 's2')).toBeCloseTo(300.5 / 500.5, 12);
    expect(quotaSettoreNelProgramma([], 's1')).toBe(0);
  });

  test('la quota di una voce è sul totale del suo settore', () => {
    expect(quotaNelSettore(voci, voci[0]!)).toEqual({ totaleSettore: 200, quota: 0.5 });
    expect(quotaNelSettore(voci, voci[1]!)).toEqual({ totaleSettore: 300.5, quota: 1 });
  });
});

describe('tetto di spesa dei conferiti', () => {
  const voci = [voce('v-1', 's', 1000, 0), voce('v-2', 's', 0, 500)];

  test('conferiti fino al tetto, parte variabile compresa, passano', () => {
    expect(() =>
      controllaTetti(voci, [conferito('a', 'v-1', 600, 100), conferito('b', 'v-1', 299.9, 0.1)]),
    ).not.toThrow();
    expect(() => controllaTetti(voci, [])).not.toThrow();
  });

  test('un centesimo oltre il tetto ferma il build, con la voce, i conferiti e le due cifre', () => {
    expect(() =>
      controllaTetti(voci, [conferito('a', 'v-2', 400), conferito('b', 'v-2', 100, 0.01)]),
    ).toThrow(
      'Gli incarichi conferiti sulla voce "v-2" (a, b) impegnano 500.01 euro, oltre il tetto di 500.00 euro del programma',
    );
  });

  test('un conferito su una voce che non esiste ferma il build nominandoli', () => {
    expect(() => controllaTetti(voci, [conferito('x', 'v-9', 1)])).toThrow(
      'Incarico conferito "x": la voce di programma "v-9" non esiste in content/data/incarichi.json',
    );
  });
});

describe('codici indicatore', () => {
  const a = obiettivo('c1-1', [indicatore('1495', 50, 'Pratiche'), indicatore('20', 50)]);
  const b = obiettivo('c1-2', [indicatore('1495', 100, 'Pratiche evase')]);

  test('i codici in ordine numerico (20 prima di 1495), ogni uso nel suo obiettivo', () => {
    const usi = usiPerCodice([a, b]);
    expect(usi.map(([c]) => c)).toEqual(['20', '1495']);
    expect(usi[1]![1].map((u) => u.obiettivo.id)).toEqual(['c1-1', 'c1-2']);
    expect(usi[1]![1].map((u) => u.indicatore.peso)).toEqual([50, 100]);
    expect(usiPerCodice([])).toEqual([]);
  });

  test('un codice usato da due obiettivi con titoli diversi li mostra tutti e conta due obiettivi', () => {
    const [, usi] = usiPerCodice([a, b])[1]!;
    expect(titoliIndicatore({ usi })).toEqual(['Pratiche', 'Pratiche evase']);
    expect(numeroObiettivi({ usi })).toBe(2);
    const stesso = usiPerCodice([a, a])[1]![1];
    expect(titoliIndicatore({ usi: stesso })).toEqual(['Pratiche']);
    expect(numeroObiettivi({ usi: stesso })).toBe(1);
  });
});

describe('cifre degli obiettivi', () => {
  test('la somma dei pesi 33,3 + 33,3 + 33,4 si mostra 100, e 90 resta 90', () => {
    expect(pesoArrotondato({ pesoTotale: 33.3 + 33.3 + 33.4 } as Obiettivo)).toBe(100);
    expect(pesoArrotondato({ pesoTotale: 0.1 + 0.2 } as Obiettivo)).toBe(0.3);
    expect(pesoArrotondato({ pesoTotale: 90 } as Obiettivo)).toBe(90);
  });

  test('le righe della fonte di un obiettivo sono le sue e quelle dei suoi indicatori, una volta, in ordine', () => {
    const o = obiettivo(
      'c1-1',
      [indicatore('1', 50, 't', 14, 12), indicatore('2', 50, 't', 12, 9)],
      {
        fonte: fonte(12, 10),
      },
    );
    expect(righeObiettivo(o)).toEqual([9, 10, 12, 14]);
  });

  test('indicatori contati come righe e come codici distinti', () => {
    const a = obiettivo('c1-1', [indicatore('1', 50), indicatore('2', 50)]);
    const b = obiettivo('c1-2', [indicatore('1', 100)]);
    expect(contaIndicatori([a, b])).toEqual({ usi: 3, codici: 2 });
    expect(contaIndicatori([])).toEqual({ usi: 0, codici: 0 });
  });
});

describe('provenienza', () => {
  test('righe 516, 517, 518 e 522 diventano 516–518 e 522, in qualunque ordine e senza doppioni', () => {
    expect(intervalliRighe([522, 517, 516, 518, 517])).toEqual([
      { da: 516, a: 518 },
      { da: 522, a: 522 },
    ]);
    expect(intervalliRighe([])).toEqual([]);
    expect(intervalliRighe([3, 5])).toEqual([
      { da: 3, a: 3 },
      { da: 5, a: 5 },
    ]);
  });
});

describe('indici', () => {
  const xs = [
    { id: 'a', settore: 's1', linea: 'l2' },
    { id: 'b', settore: 's2', linea: 'l1' },
    { id: 'c', settore: 's1', linea: 'l1' },
  ];

  test('un riferimento che non esiste ferma il build nominando cosa e id', () => {
    expect(trova(xs, 'c', 'settore')).toBe(xs[2]);
    expect(() => trova(xs, 'z', 'settore')).toThrow('settore "z" non trovato');
    expect(perIdentificativo([], 'a')).toBeUndefined();
  });

  test("i gruppi sono nell'ordine della prima comparsa, ogni chiave per sé", () => {
    expect([...gruppi(xs, 'settore')].map(([k, g]) => [k, g.map((x) => x.id)])).toEqual([
      ['s1', ['a', 'c']],
      ['s2', ['b']],
    ]);
    expect(gruppo(xs, 'settore', 's1').map((x) => x.id)).toEqual(['a', 'c']);
    expect(gruppo(xs, 'linea', 'l1').map((x) => x.id)).toEqual(['b', 'c']);
    expect(gruppo(xs, 'linea', 's1')).toEqual([]);
  });

  test('la posizione di un record è quella di stampa, -1 se non è nella lista', () => {
    expect(xs.map((x) => posizione(xs, x))).toEqual([0, 1, 2]);
    expect(posizione(xs, { id: 'a', settore: 's1', linea: 'l2' })).toBe(-1);
  });
});

describe('il portale nel suo ordine', () => {
  const persona = (id: string, nome: string) => ({ id, nome });
  const raccolte = {
    linee: [
      { id: 'l-b', numero: 2 },
      { id: 'l-a', numero: 1 },
    ],
    obiettivi: [
      obiettivo('c10-1', [indicatore('7', 100, 'Sette')], { linea: 'l-a' }),
      obiettivo('c2-1', [indicatore('7', 100, 'Sette bis'), indicatore('3', 0)], { linea: 'l-b' }),
      obiettivo('c9-1', [indicatore('3', 100, 'Tre')], { linea: 'l-a' }),
    ],
    incarichi: [
      voce('2019-s-10', 's', 10, 0),
      voce('2019-s-2', 's', 0, 5.5),
      voce('2019-s-1', 's', 1, 0),
    ],
    conferiti: [conferito('k-10', '2019-s-10', 1), conferito('k-9', '2019-s-10', 1)],
    settori: [
      { id: 'z', nome: 'Urbanistica' },
      { id: 'a', nome: 'Cultura' },
    ],
    persone: [
      persona('p1', 'Mario Vescovi'),
      persona('p2', 'Eugenia Grossi'),
      persona('p3', 'Lamberto Ghilardi'),
      persona('p4', 'Anna Rossini'),
      persona('p5', 'Zeno Rossi'),
    ],
    aree: [{ id: 'seconda' }, { id: 'prima' }],
    report: { righe: [] },
  } as unknown as Raccolte;
  // Composed inside each test, so that the mutation run attributes it to the tests that check it.
  const portale = () => componiPortale(raccolte);

  test('obiettivi per numero di linea e poi per codice (C9 prima di C10)', () => {
    const p = portale();
    expect(p.linee.map((l) => l.id)).toEqual(['l-a', 'l-b']);
    expect(p.obiettivi.map((o) => o.id)).toEqual(['c9-1', 'c10-1', 'c2-1']);
  });

  test('voci e conferiti per id numerico, settori per nome, persone per cognome (Rossi prima di Rossini)', () => {
    const p = portale();
    expect(p.incarichi.map((i) => i.id)).toEqual(['2019-s-1', '2019-s-2', '2019-s-10']);
    expect(p.conferiti.map((c) => c.id)).toEqual(['k-9', 'k-10']);
    expect(p.settori.map((s) => s.nome)).toEqual(['Cultura', 'Urbanistica']);
    expect(p.persone.map((x) => x.nome)).toEqual([
      'Lamberto Ghilardi',
      'Eugenia Grossi',
      'Zeno Rossi',
      'Anna Rossini',
      'Mario Vescovi',
    ]);
    expect(p.aree.map((a) => a.id)).toEqual(['seconda', 'prima']);
    expect(p.report).toBe(raccolte.report);
  });

  test('i totali sono quelli di tutte le voci, e ogni codice indicatore porta il titolo del primo uso', () => {
    const p = portale();
    expect(p.totali).toEqual({ importo: 16.5, corrente: 11, vincolata: 5.5, numero: 3 });
    expect(p.indicatori.map((c) => [c.codice, c.titolo, c.usi.length])).toEqual([
      ['3', 'Tre', 2],
      ['7', 'Sette', 2],
    ]);
  });

  test('le raccolte date non vengono riordinate sul posto', () => {
    portale();
    expect(raccolte.incarichi.map((i) => i.id)).toEqual(['2019-s-10', '2019-s-2', '2019-s-1']);
    expect(raccolte.linee.map((l) => l.id)).toEqual(['l-b', 'l-a']);
  });

  test('conferiti oltre il tetto fermano la composizione del portale', () => {
    expect(() =>
      componiPortale({ ...raccolte, conferiti: [conferito('k', '2019-s-1', 1.01)] } as Raccolte),
    ).toThrow('oltre il tetto di 1.00 euro');
  });
});

describe('cosa cambia tra due edizioni', () => {
  interface Voce {
    id: string;
    importo: number | null;
    ragione: string;
  }
  const campi: [string, (v: Voce) => string | number | null][] = [
    ['importo', (v) => v.importo],
    ['attività o progetto', (v) => v.ragione],
  ];
  const cambi = (prima: Voce[], dopo: Voce[]) => confronta(prima, dopo, (v) => v.id, campi);
  const v = (id: string, importo: number | null, ragione = 'Progetto ARCA 3'): Voce => ({
    id,
    importo,
    ragione,
  });

  test('un importo uguale al centesimo non è un cambio (0,1 + 0,2 e 0,30), uno diverso di un centesimo sì', () => {
    expect(cambi([v('1', 0.1 + 0.2)], [v('1', 0.3)])).toEqual([]);
    expect(cambi([v('1', 0.3)], [v('1', 0.31)])).toEqual([
      {
        tipo: 'modificato',
        chiave: '1',
        prima: v('1', 0.3),
        dopo: v('1', 0.31),
        modifiche: [{ campo: 'importo', prima: 0.3, dopo: 0.31 }],
      },
    ]);
  });

  test('un testo cambiato è un cambio con il campo, prima e dopo; un testo uguale no', () => {
    expect(cambi([v('1', 7000)], [v('1', 7000)])).toEqual([]);
    expect(cambi([v('1', 7000, 'Progetto ARCA 3')], [v('1', 7000, 'Progetto ARCA 4')])).toEqual([
      expect.objectContaining({
        tipo: 'modificato',
        modifiche: [
          { campo: 'attività o progetto', prima: 'Progetto ARCA 3', dopo: 'Progetto ARCA 4' },
        ],
      }),
    ]);
  });

  test('un importo di € 0,00 che diventa vuoto è un cambio', () => {
    expect(cambi([v('1', 0)], [v('1', null)])).toEqual([
      expect.objectContaining({ modifiche: [{ campo: 'importo', prima: 0, dopo: null }] }),
    ]);
    expect(cambi([v('1', null)], [v('1', 0)])).toHaveLength(1);
  });

  test('una voce aggiunta e una tolta sono elencate senza modifiche, prima le nuove', () => {
    expect(cambi([v('1', 5), v('2', 5)], [v('2', 5), v('3', 9)])).toEqual([
      { tipo: 'aggiunto', chiave: '3', prima: null, dopo: v('3', 9), modifiche: [] },
      { tipo: 'rimosso', chiave: '1', prima: v('1', 5), dopo: null, modifiche: [] },
    ]);
  });

  test('tra due anni: codici continuati, nuovi e conclusi, e il totale di ogni settore al centesimo', () => {
    const o = (codice: string) => ({ codice }) as Obiettivo;
    expect(continuitaObiettivi([o('C1_1'), o('C1_2')], [o('C1_2'), o('C1_3')])).toEqual({
      continuati: ['C1_2'],
      nuovi: ['C1_3'],
      conclusi: ['C1_1'],
    });
    expect(
      totaliPerSettoreAnnoSuAnno(
        [voce('a-1', 's1', 0.1, 0), voce('a-2', 's1', 0.2, 0)],
        [voce('b-1', 's2', 5, 0), voce('b-2', 's1', 0.3, 0)],
      ),
    ).toEqual([
      { settore: 's1', prima: 0.3, dopo: 0.3 },
      { settore: 's2', prima: 0, dopo: 5 },
    ]);
  });
});

describe('versioni di un record tra le edizioni', () => {
  interface Voce {
    id: string;
    importo: number;
  }
  const campi: [string, (v: Voce) => number][] = [['importo', (v) => v.importo]];
  const ed = (edizione: string, ...record: Voce[]) => ({ edizione, record });
  const storia = (...edizioni: ReturnType<typeof ed>[]) => storie(edizioni, (v) => v.id, campi);

  test('una voce invariata resta una versione; cambiata e poi invariata, la nuova versione vale per entrambe', () => {
    const s = storia(
      ed('e1', { id: 'a', importo: 1 }),
      ed('e2', { id: 'a', importo: 2 }),
      ed('e3', { id: 'a', importo: 3 }),
      ed('e4', { id: 'a', importo: 3 }),
    ).get('a')!;
    expect(s.versioni.map((v) => [v.edizione, v.edizioni])).toEqual([
      ['e1', ['e1']],
      ['e2', ['e2']],
      ['e3', ['e3', 'e4']],
    ]);
    expect(s.nonInVigoreDa).toBeNull();
    const invariata = storia(ed('e1', { id: 'a', importo: 1 }), ed('e2', { id: 'a', importo: 1 }));
    expect(invariata.get('a')!.versioni).toHaveLength(1);
    expect(numeroVersioni(invariata)).toBe(1);
  });

  test("una voce tolta non è più in vigore dall'edizione che la toglie, anche se ne seguono altre", () => {
    const s = storia(
      ed('e1', { id: 'a', importo: 1 }, { id: 'b', importo: 1 }),
      ed('e2', { id: 'b', importo: 1 }),
      ed('e3', { id: 'b', importo: 1 }),
    );
    expect(s.get('a')!.nonInVigoreDa).toBe('e2');
    expect(s.get('b')!.nonInVigoreDa).toBeNull();
  });
});

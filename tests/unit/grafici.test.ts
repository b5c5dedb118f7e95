// The charts from the committed data: the numbers add up, the table is the chart, and callbacks speak it-IT.
import { readFileSync } from 'node:fs';
import type { Scale, TooltipItem } from 'chart.js';
import { describe, expect, test } from 'vitest';
import {
  obiettiviEIndicatoriPerLinea,
  quotaSettore,
  spesaCorrenteVincolata,
  spesaPerArea,
  spesaPerSettore,
  type Grafico,
} from '../../src/lib/grafici/index.ts';
import { aCapo, configurazione, righeDiBarre } from '../../src/lib/grafici/configurazione.ts';
import { jsonPerScript, MASSIMO_BARRE } from '../../src/lib/grafici/tipi.ts';
import {
  BLU,
  BLU_CHIARO,
  BLU_SCURO,
  GRIGIO,
  contrasto,
  luminanza,
} from '../../src/lib/grafici/colori.ts';
import { sommaEuro } from '../../src/dominio/euro.ts';
import {
  areaSchema,
  incaricoSchema,
  lineaStrategicaSchema,
  obiettivoSchema,
  settoreSchema,
} from '../../src/schemas/index.ts';

const leggi = (f: string): unknown[] => JSON.parse(readFileSync(`content/data/${f}.json`, 'utf8'));
const p = {
  incarichi: leggi('incarichi').map((x) => incaricoSchema.parse(x)),
  settori: leggi('settori').map((x) => settoreSchema.parse(x)),
  aree: leggi('aree').map((x) => areaSchema.parse(x)),
  linee: leggi('linee-strategiche')
    .map((x) => lineaStrategicaSchema.parse(x))
    .sort((a, b) => a.numero - b.numero),
  obiettivi: leggi('obiettivi').map((x) => obiettivoSchema.parse(x)),
  edizione: JSON.parse(readFileSync('content/data/edizione.json', 'utf8')) as { anno: number },
};

const tutti: [string, Grafico][] = [
  ['spesa per area', spesaPerArea(p)],
  ['spesa per settore', spesaPerSettore(p)],
  ['corrente e vincolata', spesaCorrenteVincolata(p)],
  ['quota di Politiche Sociali', quotaSettore(p, 'politiche-sociali')],
  ['obiettivi e indicatori per linea', obiettiviEIndicatoriPerLinea(p)],
];

/** A tooltip item as chart.js passes it to the label callback. */
const voce = (label: string, raw: number) =>
  ({ dataset: { label }, raw }) as unknown as TooltipItem<'bar'>;

describe('i grafici sommano alle cifre del documento', () => {
  test('spesa per area: 5 aree che sommano a € 561.038,00, la più alta prima', () => {
    const g = spesaPerArea(p);
    expect(g.dati.etichette).toHaveLength(5);
    expect(sommaEuro(g.dati.serie[0]!.valori)).toBe(561038);
    expect(g.dati.etichette[0]).toBe('Area Welfare di Comunità e Coesione Sociale');
    expect(g.dati.serie[0]!.valori[0]).toBe(377650);
    expect(g.tabella.totali).toEqual([561038]);
    expect(g.sintesi).toBe(
      "Il programma degli incarichi 2019 vale € 561.038,00: la quota maggiore è dell'Area Welfare di Comunità e Coesione Sociale, con € 377.650,00 (67,3%), seguita da 4 altre aree.",
    );
  });

  test('spesa per settore: i 10 settori con voci, che sommano a € 561.038,00', () => {
    const g = spesaPerSettore(p);
    expect(g.dati.etichette).toHaveLength(10);
    expect(sommaEuro(g.dati.serie[0]!.valori)).toBe(561038);
    expect(g.dati.etichette[0]).toBe('Politiche Sociali');
    expect(g.dati.serie[0]!.valori[0]).toBe(259000);
    expect(g.dati.orientamento).toBe('orizzontale');
  });

  test('corrente e vincolata: € 123.000,00 e € 438.038,00, e ogni settore somma al suo totale', () => {
    const g = spesaCorrenteVincolata(p);
    const [corrente, vincolata] = g.dati.serie;
    expect(sommaEuro(corrente!.valori)).toBe(123000);
    expect(sommaEuro(vincolata!.valori)).toBe(438038);
    expect(g.tabella.totali).toEqual([123000, 438038, 561038]);
    const perSettore = spesaPerSettore(p);
    expect(g.dati.etichette).toEqual(perSettore.dati.etichette);
    expect(g.tabella.righe.map((r) => r.totale)).toEqual(perSettore.dati.serie[0]!.valori);
    expect(g.sintesi).toMatch(
      /^Dei € 561\.038,00 .* € 123\.000,00 \(21,9%\) .* € 438\.038,00 \(78,1%\)/,
    );
  });

  test('quota di un settore: il settore e tutti gli altri fanno il programma', () => {
    const g = quotaSettore(p, 'politiche-sociali');
    expect(g.dati.serie.map((s) => s.valori[0])).toEqual([259000, 302038]);
    expect(g.tabella.righe[0]!.totale).toBe(561038);
    expect(g.sintesi).toContain('il 46,2% dei € 561.038,00');
    expect(() => quotaSettore(p, 'inesistente')).toThrow(/inesistente/);
  });

  test('obiettivi e indicatori per linea: 11 linee, 129 obiettivi, 285 indicatori, nell’ordine dell’indice', () => {
    const g = obiettiviEIndicatoriPerLinea(p);
    expect(g.dati.etichette).toEqual(p.linee.map((l) => l.nome));
    expect(g.tabella.totali).toEqual([129, 285]);
    expect(g.sintesi).toContain('129 obiettivi e 285 indicatori');
    expect(g.sintesi).toContain(
      '«Una pubblica amministrazione efficiente che costruisce partecipazione», con 39 obiettivi',
    );
  });
});

describe('la tabella è il grafico', () => {
  test.each(tutti)('%s: ogni riga ha i valori di ogni serie, nello stesso ordine', (_nome, g) => {
    expect(g.tabella.righe.map((r) => r.etichetta)).toEqual(g.dati.etichette);
    expect(g.tabella.colonne).toEqual(g.dati.serie.map((s) => s.nome));
    g.tabella.righe.forEach((r, i) =>
      expect(r.valori).toEqual(g.dati.serie.map((s) => s.valori[i])),
    );
    expect(JSON.parse(JSON.stringify(g.dati))).toEqual(g.dati);
  });

  test.each(tutti)('%s: una frase di sintesi, in italiano', (_nome, g) => {
    expect(g.sintesi).toMatch(/^[A-Z].*\.$/);
    expect(g.sintesi, 'una frase sola').not.toMatch(/\.\s+[A-Z]/);
  });
});

test('il JSON nella pagina non può chiudere il suo <script>', () => {
  const dati = {
    ...spesaPerArea(p).dati,
    etichette: ['</script><script>alert(1)</script>', '<!--'],
  };
  const json = jsonPerScript(dati);
  expect(json).not.toContain('<');
  expect(JSON.parse(json)).toEqual(dati);
});

describe('la configurazione di chart.js', () => {
  test('le barre sono i dati, le etichette sono i nomi', () => {
    const g = spesaCorrenteVincolata(p);
    const c = configurazione(g.dati);
    expect(c.type).toBe('bar');
    expect(c.data.labels).toEqual(g.dati.etichette);
    expect(c.data.datasets.map((d) => d.data)).toEqual(g.dati.serie.map((s) => s.valori));
    expect(c.data.datasets.map((d) => d.label)).toEqual([
      'Spesa corrente/straordinaria',
      'Spesa vincolata',
    ]);
    expect(c.options?.indexAxis).toBe('y');
    expect(c.options?.scales?.x?.stacked).toBe(true);
    expect(c.options?.scales?.y?.stacked).toBe(true);
    expect(c.options?.plugins?.legend?.display).toBe(true);
    expect(c.options?.responsive).toBe(true);
    expect(JSON.parse(JSON.stringify(g.dati))).toEqual(g.dati);
  });

  test('tooltip e assi in italiano: € 14.175,00 e € 100.000', () => {
    const c = configurazione(spesaCorrenteVincolata(p).dati);
    const callbacks = c.options!.plugins!.tooltip!.callbacks!;
    const label = callbacks.label as (i: TooltipItem<'bar'>) => string;
    const footer = callbacks.footer as (i: TooltipItem<'bar'>[]) => string;
    expect(label(voce('Spesa vincolata', 14175))).toBe('Spesa vincolata: € 14.175,00');
    expect(footer([voce('a', 123000.1), voce('b', 438038.2)])).toBe('Totale: € 561.038,30');
    const tacca = c.options!.scales!.x!.ticks!.callback as (v: number) => string;
    expect(tacca(100000)).toBe('€ 100.000');
    expect(tacca(1600)).toBe('€ 1.600');
  });

  test('i conteggi non hanno il simbolo dell’euro', () => {
    const c = configurazione(obiettiviEIndicatoriPerLinea(p).dati);
    const label = c.options!.plugins!.tooltip!.callbacks!.label as (
      i: TooltipItem<'bar'>,
    ) => string;
    expect(label(voce('Indicatori', 1600))).toBe('Indicatori: 1.600');
    expect((c.options!.scales!.x!.ticks!.callback as (v: number) => string)(40)).toBe('40');
    expect(c.options?.scales?.x?.stacked).toBe(false);
  });

  test('i nomi lunghi vanno a capo, prima sui grafici stretti, e al più su tre righe', () => {
    const dati = spesaPerArea(p).dati;
    const etichetta = (c: ReturnType<typeof configurazione>, asse: 'x' | 'y') => {
      const callback = c.options!.scales![asse]!.ticks!.callback as (
        this: Scale,
        v: number,
      ) => string | string[];
      return callback.call(
        { getLabelForValue: (i: number) => c.data.labels![i] } as unknown as Scale,
        0,
      );
    };
    expect(etichetta(configurazione(dati), 'x')).toEqual([
      'Area Welfare di',
      'Comunità e Coesione',
      'Sociale',
    ]);
    expect(etichetta(configurazione(dati, { stretto: true }), 'y')).toEqual([
      'Area Welfare di',
      'Comunità e',
      'Coesione Sociale',
    ]);
    expect(
      aCapo('Unità di Staff Economico Finanziario, Fiscalità, Demografici e Statistica', 18, 3),
    ).toEqual(['Unità di Staff', 'Economico', 'Finanziario,…']);
    expect(aCapo('Area Risorse', 12)).toBe('Area Risorse');
  });

  test('su un grafico stretto le barre verticali diventano orizzontali', () => {
    const dati = spesaPerArea(p).dati;
    expect(configurazione(dati).options?.indexAxis).toBe('x');
    expect(configurazione(dati, { stretto: true }).options?.indexAxis).toBe('y');
    expect(righeDiBarre(dati, true)).toBe(5);
  });

  test('i grafici orizzontali crescono con le barre, quelli verticali no', () => {
    expect(righeDiBarre(spesaPerArea(p).dati)).toBe(0);
    expect(righeDiBarre(spesaPerSettore(p).dati)).toBe(10);
    expect(righeDiBarre(spesaCorrenteVincolata(p).dati)).toBe(10);
    expect(righeDiBarre(obiettiviEIndicatoriPerLinea(p).dati)).toBe(16.5);
  });

  test('con prefers-reduced-motion niente animazioni', () => {
    const dati = spesaPerArea(p).dati;
    expect(configurazione(dati).options?.animation).not.toBe(false);
    expect(configurazione(dati, { riduciMovimento: true }).options?.animation).toBe(false);
  });

  test('i colori delle barre hanno contrasto ≥ 3:1 sul bianco e le serie affiancate differiscono in luminosità', () => {
    for (const colore of [BLU, BLU_SCURO, BLU_CHIARO, GRIGIO])
      expect(contrasto(colore, '#ffffff'), colore).toBeGreaterThanOrEqual(3);
    for (const [, g] of tutti) {
      for (const s of g.dati.serie)
        expect(contrasto(s.colore, '#ffffff'), s.colore).toBeGreaterThanOrEqual(3);
      if (g.dati.serie.length === 2) {
        const [a, b] = g.dati.serie.map((s) => s.colore) as [string, string];
        expect(contrasto(a, b), `${a} / ${b}`).toBeGreaterThanOrEqual(2);
        expect(luminanza(a)).not.toBeCloseTo(luminanza(b), 1);
      }
    }
  });
});

describe('a grande scala il grafico somma le barre oltre le prime', () => {
  // The real portal with every settore and area copied 40 times: 560 settori, 200 aree.
  const copie = 40;
  const grande = {
    ...p,
    settori: p.settori.flatMap((s) =>
      Array.from({ length: copie }, (_, k) => ({
        ...s,
        id: `${s.id}-${k}`,
        nome: `${s.nome} ${k}`,
      })),
    ),
    aree: p.aree.flatMap((a) =>
      Array.from({ length: copie }, (_, k) => ({
        ...a,
        id: `${a.id}-${k}`,
        nome: `${a.nome} ${k}`,
      })),
    ),
    incarichi: p.incarichi.flatMap((i) =>
      Array.from({ length: copie }, (_, k) => ({
        ...i,
        id: `${i.id}-${k}`,
        settore: `${i.settore}-${k}`,
        area: `${i.area}-${k}`,
      })),
    ),
  };

  test.each([
    ['spesa per area', spesaPerArea(grande), 'Altre ', '/aree/'],
    ['spesa per settore', spesaPerSettore(grande), 'Altri ', '/settori/'],
    ['corrente e vincolata', spesaCorrenteVincolata(grande), 'Altri ', '/settori/'],
  ])('%s: 20 barre, l’ultima somma le altre e porta all’elenco', (_, g, prefisso, elenco) => {
    expect(g.dati.etichette).toHaveLength(MASSIMO_BARRE);
    const ultima = g.tabella.righe.at(-1)!;
    expect(ultima.etichetta.startsWith(prefisso)).toBe(true);
    expect(ultima.href).toBe(elenco);
    // Nothing lost: the bars still add up to the whole programme, and the table totals too
    const totale = sommaEuro(grande.incarichi.map((i) => i.importo));
    const barre = sommaEuro(g.dati.serie.flatMap((s) => s.valori));
    expect(barre).toBe(totale);
    expect(g.tabella.totali!.at(-1)).toBe(totale);
    expect(g.sintesi).toMatch(/sommat[ie] nell'ultima barra/);
  });

  test('alla scala reale nessuna barra è sommata', () => {
    for (const [, g] of tutti) {
      expect(g.dati.etichette.some((e) => /^Altr[ei] \d+ /.test(e))).toBe(false);
      expect(g.sintesi).not.toMatch(/ultima barra/);
    }
  });
});

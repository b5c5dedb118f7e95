// The dataset builders (src/lib/dati/): the figures and names each downloaded row carries are the
// ones the pages show (counts, sums, names of the records referred to), written as the CSV writes them.
import { describe, expect, test } from 'vitest';
import { cellaCsv, importoCsv, tabellaCsv } from '../../src/lib/dati/csv.ts';
import { catalogoSchemaOrg } from '../../src/lib/dati/catalogo.ts';
import { metadatiDataset } from '../../src/lib/dati/metadati.ts';
import {
  assolutoSu,
  campi,
  colonneCsv,
  ID_DATASET,
  jsonSchema,
  righeDataset,
  type DatiPortale,
} from '../../src/lib/dati/dataset.ts';
import aree from '../../content/data/aree.json';
import incarichi from '../../content/data/incarichi.json';
import linee from '../../content/data/linee-strategiche.json';
import obiettivi from '../../content/data/obiettivi.json';
import persone from '../../content/data/persone.json';
import settori from '../../content/data/settori.json';
import edizione from '../../content/data/edizione.json';
import type { Edizione } from '../../src/schemas/edizione.ts';

const dati = {
  obiettivi,
  incarichi,
  conferiti: [],
  settori,
  persone,
  aree,
  linee,
  edizione,
} as unknown as DatiPortale;
const assoluto = assolutoSu('https://trasparenza.comune.cremona.it');
const riga = (id: Parameters<typeof righeDataset>[0], chiave: string, valore: string) =>
  righeDataset(id, dati, assoluto).find((r) => r[chiave] === valore)!;
/** The CSV line of one row, cell by cell, under the dataset's header. */
const csv = (id: Parameters<typeof righeDataset>[0], r: ReturnType<typeof riga>) => {
  const [intestazione, linea] = tabellaCsv(colonneCsv(id), [r]).split('\r\n');
  // One RFC 4180 line: quoted cells may hold commas (names like «Centrale Unica Acquisti, …»).
  const celle = [...`${linea},`.matchAll(/("(?:[^"]|"")*"|[^,]*),/g)].map((m) => m[1]!);
  return (nome: string) => celle[intestazione!.split(',').indexOf(nome)];
};

describe('settori.csv / settori.json', () => {
  test('Politiche Sociali: 12 obiettivi, 9 voci, 259000.00 euro, nella sua area e con il suo responsabile', () => {
    const r = riga('settori', 'id', 'politiche-sociali');
    expect(r).toMatchObject({
      numeroObiettivi: 12,
      numeroIncarichi: 9,
      importoIncarichi: 259000,
      area: 'welfare-di-comunita',
      areaNome: 'Area Welfare di Comunità e Coesione Sociale',
      responsabile: 'eugenia-grossi',
      responsabileNome: 'Eugenia Grossi',
    });
    const cella = csv('settori', r);
    expect(cella('importoIncarichi')).toBe('259000.00');
    expect(cella('numeroObiettivi')).toBe('12');
    expect(cella('numeroIncarichi')).toBe('9');
  });

  test('un settore fuori dal programma ha area vuota, 0 voci e 0.00 euro', () => {
    const r = riga('settori', 'id', 'polizia-locale');
    expect(r).toMatchObject({
      area: null,
      areaNome: null,
      numeroIncarichi: 0,
      importoIncarichi: 0,
    });
    expect(r.numeroObiettivi).toBe(6);
    expect(csv('settori', r)('importoIncarichi')).toBe('0.00');
  });

  test('le diciture di un settore sono separate da « | », le righe della fonte da uno spazio', () => {
    const r = riga('settori', 'id', 'cultura-musei-city-branding');
    const s = settori.find((x) => x.id === 'cultura-musei-city-branding')!;
    expect(r.diciture).toBe(s.diciture.join(' | '));
    expect(r.righeFonte).toBe(s.fonte.righe.join(' '));
    expect(String(r.righeFonte)).toMatch(/^\d+( \d+)+$/);
  });
});

describe('obiettivi.csv e incarichi.csv', () => {
  test("l'obiettivo C59_0008 porta i nomi della sua linea, del suo settore e del responsabile", () => {
    const o = obiettivi.find((x) => x.codice === 'C59_0008')!;
    const r = riga('obiettivi', 'codice', 'C59_0008');
    expect(r.lineaStrategicaNome).toBe(linee.find((l) => l.id === o.linea)!.nome);
    expect(r.settoreNome).toBe(settori.find((s) => s.id === o.settore)!.nome);
    expect(r.responsabileNome).toBe(persone.find((p) => p.id === o.responsabile)!.nome);
    expect(r.numeroIndicatori).toBe(o.indicatori.length);
    expect(r.pesoTotale).toBe(o.pesoTotale);
  });

  test('una voce porta i nomi della sua area, del suo settore e del dirigente, e gli importi con due decimali', () => {
    const i = incarichi.find(
      (x) => x.settore === 'politiche-educative' && x.importoCorrente > 0 && x.importoVincolato > 0,
    )!;
    const r = riga('incarichi', 'id', i.id);
    expect(r.areaNome).toBe(aree.find((a) => a.id === i.area)!.nome);
    expect(r.settoreNome).toBe(settori.find((s) => s.id === i.settore)!.nome);
    expect(r.dirigenteNome).toBe(persone.find((p) => p.id === i.dirigente)!.nome);
    const linea = tabellaCsv(colonneCsv('incarichi'), [r]).split('\r\n')[1]!;
    expect(linea).toContain(
      `,${importoCsv(i.importoCorrente)},${importoCsv(i.importoVincolato)},${importoCsv(i.importo)},`,
    );
    expect(linea).toContain(`,2000.00,18000.00,20000.00,`);
  });
});

describe('incarichi-conferiti.csv', () => {
  const conferito = {
    id: 'k-1',
    incarico: incarichi[0]!.id,
    soggettoPercettore: 'Mario Rossi',
    ragione: 'Supervisione',
    atto: { estremi: 'Determinazione n. 1', data: '2019-04-01', url: '/atti/1.pdf' },
    dataInizio: '2019-04-02',
    dataFine: '2019-12-31',
    compensoPrevisto: 1000,
    compensoVariabile: 0,
    compensoErogato: null,
    curriculum: '/allegati/cv.pdf',
    attestazioneConflittoInteressi: '/allegati/a.pdf',
    altriIncarichi: '',
    dataPubblicazione: '2019-04-03',
  };

  test("l'atto di conferimento pubblicato ha il suo indirizzo assoluto", () => {
    const [r] = righeDataset(
      'incarichi-conferiti',
      { ...dati, conferiti: [conferito] } as unknown as DatiPortale,
      assoluto,
    );
    expect(r!.attoUrl).toBe('https://trasparenza.comune.cremona.it/atti/1.pdf');
    expect(r!.settore).toBe(incarichi[0]!.settore);
  });

  test('un conferito su una voce che non esiste ferma il build nominandoli', () => {
    const d = {
      ...dati,
      conferiti: [{ ...conferito, incarico: '2019-nessuna-1' }],
    } as unknown as DatiPortale;
    expect(() => righeDataset('incarichi-conferiti', d, assoluto)).toThrow(
      'incarico conferito "k-1": voce di programma "2019-nessuna-1" non trovata',
    );
  });
});

describe('celle CSV', () => {
  test('vuoto per un valore mancante, true/false per i sì e no, i numeri come sono', () => {
    expect(cellaCsv(null)).toBe('');
    expect(cellaCsv(null, 'importo')).toBe('');
    expect(cellaCsv(true)).toBe('true');
    expect(cellaCsv(false)).toBe('false');
    expect(cellaCsv(7.5)).toBe('7.5');
    expect(cellaCsv(7)).toBe('7');
    expect(cellaCsv(7, 'importo')).toBe('7.00');
  });

  test('un numero non finito ferma la scrittura dicendo quale', () => {
    expect(() => cellaCsv(Number.NaN)).toThrow('numero non valido: NaN');
    expect(() => importoCsv(Number.POSITIVE_INFINITY)).toThrow('importo non valido: Infinity');
  });
});

describe('riferimenti rotti nei dati scaricabili', () => {
  const senza = (k: 'linee' | 'settori' | 'persone' | 'aree') =>
    ({ ...dati, [k]: [] }) as DatiPortale;
  test.each([
    ['la linea di un obiettivo', 'obiettivi', senza('linee'), 'linea strategica "'],
    ['il settore di un obiettivo', 'obiettivi', senza('settori'), 'settore "'],
    ['il responsabile di un obiettivo', 'obiettivi', senza('persone'), 'persona "'],
    ["l'area di una voce", 'incarichi', senza('aree'), 'area "'],
    ['il settore di una voce', 'incarichi', senza('settori'), 'settore "'],
    ['il dirigente di una voce', 'incarichi', senza('persone'), 'persona "'],
    ["l'area di un settore", 'settori', senza('aree'), 'area "'],
    ['il responsabile di un settore', 'settori', senza('persone'), 'persona "'],
  ] as const)('%s ferma il build dicendo che cosa manca', (_, id, d, messaggio) => {
    expect(() => righeDataset(id, d, assoluto)).toThrow(messaggio);
  });
});

describe('schemi e catalogo', () => {
  test('lo JSON Schema di un dataset porta il suo titolo', () => {
    expect(jsonSchema('settori', 'Settori 2019', 'https://example.org/s.json')).toMatchObject({
      title: 'Settori 2019',
    });
  });

  test('/dati/ descrive ai motori di ricerca ogni dataset, gratuito, in italiano, con CSV, JSON e campi', () => {
    const modificati = Object.fromEntries(ID_DATASET.map((id) => [id, '2019-06-01'])) as Record<
      (typeof ID_DATASET)[number],
      string
    >;
    const c = catalogoSchemaOrg(assoluto, modificati, '/fonte/', edizione as Edizione);
    expect(c).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'DataCatalog',
      '@id': 'https://trasparenza.comune.cremona.it/dati/#catalogo',
      inLanguage: 'it',
      publisher: { '@type': 'GovernmentOrganization' },
    });
    expect(c.name).toContain('Comune di Cremona');
    expect(c.dataset.map((d) => d.identifier)).toHaveLength(ID_DATASET.length);
    for (const [k, d] of c.dataset.entries()) {
      const id = ID_DATASET[k]!;
      expect(d).toMatchObject({ '@type': 'Dataset', isAccessibleForFree: true, inLanguage: 'it' });
      // The identifier DCAT-AP_IT asks for: the Comune's IPA code, the plan's year, the dataset.
      expect(d.identifier).toBe(`c_d150:peg-2019-${id}`);
      expect(d.dateModified).toBe('2019-06-01');
      expect(d.isBasedOn).toBe('https://trasparenza.comune.cremona.it/fonte/');
      expect(d.variableMeasured).toEqual(campi[id].map((x) => x.nome));
      expect(d.distribution.map((x) => [x['@type'], x.contentUrl.split('/').at(-1)])).toEqual([
        ['DataDownload', `${id}.csv`],
        ['DataDownload', `${id}-excel.csv`],
        ['DataDownload', `${id}.json`],
      ]);
    }
  });
});

describe('titoli e descrizioni dei dataset', () => {
  // Built inside each test, so that the mutation run attributes them to the tests that read them.
  const dell = (anno: number) => metadatiDataset({ ...(edizione as Edizione), anno });

  test("ogni dataset ha un titolo e una descrizione propri, con l'anno del piano", () => {
    const [m2019, m2020] = [dell(2019), dell(2020)];
    expect(m2019.obiettivi.titolo).toBe('Obiettivi di performance 2019');
    expect(m2019.indicatori.titolo).toBe('Indicatori degli obiettivi di performance 2019');
    expect(m2019.incarichi.titolo).toBe('Programma degli incarichi a persone fisiche 2019');
    expect(m2019.settori.titolo).toBe('Settori del Comune nel PEG 2019');
    expect(m2019['incarichi-conferiti'].titolo).toBe(
      'Incarichi di collaborazione e consulenza conferiti',
    );
    expect(m2020.obiettivi.titolo).toBe('Obiettivi di performance 2020');
    for (const id of ID_DATASET) {
      expect(m2019[id].descrizione, id).toContain('2019');
      expect(m2020[id].descrizione, id).toContain('2020');
      expect(m2019[id].descrizione.length, id).toBeGreaterThan(80);
    }
    expect(m2019.obiettivi.descrizione).toContain('PEG/Piano della Performance 2019-2021');
    expect(new Set(ID_DATASET.map((id) => m2019[id].descrizione)).size).toBe(ID_DATASET.length);
  });

  test('ogni dataset ha parole chiave, nessuna vuota, tra cui il suo tema', () => {
    const m2019 = dell(2019);
    const temi = {
      obiettivi: 'obiettivi',
      indicatori: 'indicatori',
      incarichi: 'incarichi',
      'incarichi-conferiti': 'compensi',
      settori: 'settori',
    } as const;
    for (const id of ID_DATASET) {
      const parole = m2019[id].paroleChiave;
      expect(parole.length, id).toBeGreaterThanOrEqual(3);
      expect(
        parole.every((p) => p.trim().length > 1),
        id,
      ).toBe(true);
      expect(new Set(parole).size, id).toBe(parole.length);
      expect(parole, id).toContain(temi[id]);
    }
  });
});

// Open-data downloads: CSV writing, formula guard, amounts, record references, JSON-LD escaping, fields vs headers.
import { describe, expect, it } from 'vitest';
import {
  campi,
  colonneCsv,
  ID_DATASET,
  jsonSchema,
  schemaRiga,
} from '../../src/lib/dati/dataset.ts';
import { catalogoDcat, dataModifica } from '../../src/lib/dati/catalogo.ts';
import {
  cellaCsv,
  importoCsv,
  neutralizzaFormula,
  quotaCampo,
  tabellaCsv,
} from '../../src/lib/dati/csv.ts';
import { assolutoSu, righeDataset, type DatiPortale } from '../../src/lib/dati/dataset.ts';
import { jsonPerScript } from '../../src/lib/pubblicazione/jsonld.ts';
import edizioneJson from '../../content/data/edizione.json';
import type { Edizione } from '../../src/schemas/index.ts';

const edizione = edizioneJson as Edizione;
import {
  risolviRiferimento,
  urlRiferimento,
  type IndiceRiferimenti,
} from '../../src/lib/pubblicazione/riferimenti.ts';
import { rilieviPerTipo, righeSaltate } from '../../src/lib/pubblicazione/qualita.ts';
import type { Report } from '../../src/schemas/index.ts';
import aree from '../../content/data/aree.json';
import incarichi from '../../content/data/incarichi.json';
import ingestReport from '../../content/data/ingest-report.json';
import linee from '../../content/data/linee-strategiche.json';
import obiettivi from '../../content/data/obiettivi.json';
import persone from '../../content/data/persone.json';
import settori from '../../content/data/settori.json';

/** A small RFC 4180 reader, to check that what we write parses back to the same cells. */
function leggiCsv(testo: string): string[][] {
  const righe: string[][] = [];
  let riga: string[] = [];
  let cella = '';
  let i = 0;
  while (i < testo.length) {
    const c = testo[i]!;
    if (c === '"' && cella === '') {
      i++;
      for (;;) {
        if (testo[i] === '"' && testo[i + 1] === '"') ((cella += '"'), (i += 2));
        else if (testo[i] === '"') break;
        else if (i >= testo.length) throw new Error('virgolette non chiuse');
        else cella += testo[i++];
      }
      i++;
      if (![',', '\r', undefined].includes(testo[i]))
        throw new Error(`carattere dopo le virgolette: ${testo[i]}`);
    } else if (c === ',') (riga.push(cella), (cella = ''), i++);
    else if (c === '\r') {
      if (testo[i + 1] !== '\n') throw new Error('CR senza LF');
      (riga.push(cella), righe.push(riga), (riga = []), (cella = ''), (i += 2));
    } else if (c === '\n') throw new Error('LF senza CR');
    else ((cella += c), i++);
  }
  if (cella !== '' || riga.length) throw new Error('ultima riga senza CRLF');
  return righe;
}

// The generated data as committed; the JSON types are wider than the schemas' (enums read as strings).
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
const report = ingestReport as Report;
const assoluto = assolutoSu('https://trasparenza.comune.cremona.it');

describe('quoting CSV (RFC 4180)', () => {
  it('lascia com’è un testo semplice', () =>
    expect(quotaCampo('Politiche Sociali')).toBe('Politiche Sociali'));
  it('racchiude tra virgolette un testo con la virgola', () =>
    expect(quotaCampo('16754/999, 16748/3')).toBe('"16754/999, 16748/3"'));
  it('raddoppia le virgolette interne', () =>
    expect(quotaCampo('il "Piano"')).toBe('"il ""Piano"""'));
  it('racchiude i testi con a capo, LF o CRLF', () => {
    expect(quotaCampo('a\nb')).toBe('"a\nb"');
    expect(quotaCampo('a\r\nb')).toBe('"a\r\nb"');
  });
  it('termina ogni riga, anche l’ultima, con CRLF; un file vuoto ha solo l’intestazione', () => {
    const colonne = [{ nome: 'a' }, { nome: 'b' }];
    expect(tabellaCsv(colonne, [])).toBe('a,b\r\n');
    expect(tabellaCsv(colonne, [{ a: 'x', b: null }])).toBe('a,b\r\nx,\r\n');
  });
  it('rilegge le stesse celle', () => {
    const righe = [{ t: 'uno, "due"\r\ntre', n: 3, b: true, v: null }];
    const colonne = [{ nome: 't' }, { nome: 'n' }, { nome: 'b' }, { nome: 'v' }];
    expect(leggiCsv(tabellaCsv(colonne, righe))).toEqual([
      ['t', 'n', 'b', 'v'],
      ['uno, "due"\r\ntre', '3', 'true', ''],
    ]);
  });
  it('rifiuta una riga a cui manca una colonna', () =>
    expect(() => tabellaCsv([{ nome: 'a' }], [{}])).toThrow('"a"'));
});

describe('protezione dalle formule', () => {
  it.each(['=SUM(A1)', '+39 0372', '-10', '@cmd', '\tx', '\rx'])(
    'antepone un apostrofo a %j',
    (t) => {
      expect(neutralizzaFormula(t)).toBe(`'${t}`);
    },
  );
  it('non tocca i testi che non iniziano con quei caratteri', () => {
    expect(neutralizzaFormula('a=b')).toBe('a=b');
    expect(neutralizzaFormula("'già")).toBe("'già");
    expect(neutralizzaFormula('')).toBe('');
  });
  it('non tocca i numeri', () => expect(cellaCsv(-10)).toBe('-10'));
  it('protegge poi quota: un testo che inizia con = e contiene una virgola', () => {
    expect(cellaCsv('=1,2')).toBe(`"'=1,2"`);
  });
  it('un testo che inizia con CR e va a capo resta tra virgolette', () =>
    expect(cellaCsv('\r\nx')).toBe(`"'\r\nx"`));
});

describe('importi', () => {
  it.each([
    [14175, '14175.00'],
    [0, '0.00'],
    [0.5, '0.50'],
    [561038, '561038.00'],
    [35888.1, '35888.10'],
  ])('%d → %s', (n, atteso) => expect(importoCsv(n)).toBe(atteso));
  it('solo nelle colonne di importo; gli altri numeri restano come sono', () => {
    expect(cellaCsv(14175, 'importo')).toBe('14175.00');
    expect(cellaCsv(12.5)).toBe('12.5');
    expect(cellaCsv(3243614)).toBe('3243614');
  });
  it('rifiuta NaN e infiniti', () => {
    expect(() => importoCsv(Number.NaN)).toThrow();
    expect(() => cellaCsv(Infinity)).toThrow();
  });
});

describe('riferimenti ai record', () => {
  const indice: IndiceRiferimenti = {
    obiettivi: [{ id: 'c59-0008', codice: 'C59_0008' }],
    incarichi: [
      { id: '2019-politiche-sociali-7', anno: 2019, settore: 'politiche-sociali', scheda: 7 },
    ],
    settori: [{ id: 'politiche-sociali', nome: 'Politiche Sociali' }],
    persone: [{ id: 'mara-pesaro', nome: 'Mara Pesaro' }],
    linee: [{ id: 'obiettivi-gestionali', nome: 'Obiettivi gestionali' }],
    aree: [{ id: 'servizi-alla-persona', nome: 'Area Servizi alla Persona' }],
  };
  it.each([
    ['obiettivo:c59-0008', '/obiettivi/c59-0008/', 'obiettivo C59_0008'],
    [
      'indicatore:c59-0008/1495',
      '/obiettivi/c59-0008/#indicatore-1495',
      "indicatore 1495 dell'obiettivo C59_0008",
    ],
    ['settore:politiche-sociali', '/settori/politiche-sociali/', 'Politiche Sociali'],
    ['persona:mara-pesaro', '/responsabili/mara-pesaro/', 'Mara Pesaro'],
    [
      'linea:obiettivi-gestionali',
      '/linee-strategiche/obiettivi-gestionali/',
      'Obiettivi gestionali',
    ],
    ['area:servizi-alla-persona', '/aree/servizi-alla-persona/', 'Area Servizi alla Persona'],
    [
      'incarico:2019-politiche-sociali-7',
      '/incarichi/2019/politiche-sociali/7/',
      'incarico 2019, Politiche Sociali, scheda 7',
    ],
  ])('%s → %s', (ref, href, etichetta) => {
    expect(risolviRiferimento(ref, indice)).toEqual({ href, etichetta });
    expect(urlRiferimento(ref, indice)).toBe(href);
  });
  it.each([
    'obiettivo:c99-0001',
    'settore:inesistente',
    'incarico:2019-x-1',
    'indicatore:c99-0001/1',
  ])('fallisce su un riferimento pendente: %s', (ref) =>
    expect(() => risolviRiferimento(ref, indice)).toThrow('record non trovato'),
  );
  it.each(['documento:x', 'c59-0008', 'indicatore:c59-0008'])(
    'fallisce su un riferimento malformato: %s',
    (ref) => {
      expect(() => risolviRiferimento(ref, indice)).toThrow(ref);
    },
  );
  it('risolve tutti i riferimenti del report di ingest', () => {
    const refs = [...report.rilievi, ...report.righe].flatMap(
      (x: { record: string[] }) => x.record,
    );
    for (const ref of refs) expect(urlRiferimento(ref, dati)).toMatch(/^\/[a-z-]+\//);
  });
});

describe('JSON-LD in uno script', () => {
  it('non lascia chiudere lo script né aprire commenti', () => {
    const valore = { t: '</script><script>alert(1)</script><!-- & \u2028' };
    const s = jsonPerScript(valore);
    expect(s).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(s)).toEqual(valore);
  });
});

describe('dataset e campi', () => {
  it.each(ID_DATASET)(
    '%s: l’intestazione CSV è la tabella dei campi e ogni riga ha quei campi e ne rispetta lo schema',
    (id) => {
      const righe = righeDataset(id, dati, assoluto);
      const intestazione = leggiCsv(tabellaCsv(colonneCsv(id), righe))[0];
      expect(intestazione).toEqual(campi[id].map((c) => c.nome));
      for (const r of righe) {
        expect(Object.keys(r)).toEqual(intestazione);
        schemaRiga(id).parse(r);
      }
    },
  );
  it.each(ID_DATASET)('%s: lo JSON Schema generato descrive gli stessi campi', (id) => {
    const s = jsonSchema(id, 'x', 'https://example.org/x.schema.json') as {
      items: { properties: object; required: string[] };
    };
    expect(Object.keys(s.items.properties)).toEqual(campi[id].map((c) => c.nome));
    expect(s.items.required).toEqual(campi[id].map((c) => c.nome));
  });
  it('conta 129 obiettivi, 285 coppie obiettivo–indicatore, 29 voci per 561038.00 euro', () => {
    expect(righeDataset('obiettivi', dati, assoluto)).toHaveLength(129);
    expect(righeDataset('indicatori', dati, assoluto)).toHaveLength(285);
    const incarichi = righeDataset('incarichi', dati, assoluto);
    expect(incarichi).toHaveLength(29);
    const centesimi = leggiCsv(tabellaCsv(colonneCsv('incarichi'), incarichi))
      .slice(1)
      .map((r) =>
        Math.round(Number(r[campi.incarichi.findIndex((c) => c.nome === 'importo')]) * 100),
      );
    expect(importoCsv(centesimi.reduce((a, b) => a + b, 0) / 100)).toBe('561038.00');
  });
  it('dà a ogni riga l’URL assoluto della sua pagina e della riga sorgente', () => {
    const [r] = righeDataset('indicatori', dati, assoluto);
    expect(r!.url).toMatch(
      /^https:\/\/trasparenza\.comune\.cremona\.it\/obiettivi\/c\d+-\d+\/#indicatore-\d+$/,
    );
    expect(r!.urlFonte).toMatch(
      /^https:\/\/trasparenza\.comune\.cremona\.it\/edizioni\/2019-variazione-2\/fonte\/#L\d+$/,
    );
  });
  it('scrive gli incarichi conferiti con i dati dell’art. 15', () => {
    const d: DatiPortale = {
      ...dati,
      conferiti: [
        {
          id: '2019-politiche-sociali-1-rossi',
          incarico: dati.incarichi[0]!.id,
          soggettoPercettore: 'Mario Rossi',
          ragione: 'Supervisione',
          atto: { estremi: 'Determinazione dirigenziale n. 1', data: '2019-04-01' },
          dataInizio: '2019-04-02',
          dataFine: '2019-12-31',
          compensoPrevisto: 1000,
          compensoVariabile: 0,
          compensoErogato: null,
          curriculum: '/allegati/cv.pdf',
          attestazioneConflittoInteressi: 'https://example.org/a.pdf',
          altriIncarichi: '',
          dataPubblicazione: '2019-04-03',
          collegamentoRegistro: null,
        },
      ],
    };
    const [r] = righeDataset('incarichi-conferiti', d, assoluto);
    schemaRiga('incarichi-conferiti').parse(r);
    expect(r!.curriculum).toBe('https://trasparenza.comune.cremona.it/allegati/cv.pdf');
    expect(r!.attoUrl).toBeNull();
    expect(tabellaCsv(colonneCsv('incarichi-conferiti'), [r!])).toContain(',1000.00,0.00,,');
  });
});

describe('catalogo DCAT-AP_IT', () => {
  const modificati = Object.fromEntries(
    ID_DATASET.map((id) => [id, dataModifica(edizione)]),
  ) as Record<(typeof ID_DATASET)[number], string>;
  const cat = catalogoDcat(assoluto, modificati, edizione);
  it('usa la data di acquisizione, non quella della build', () => {
    expect(dataModifica(edizione)).toBe('2026-11-26');
    expect(dataModifica(edizione, ['2019-01-01'])).toBe('2026-11-26');
    expect(dataModifica(edizione, ['2099-01-01'])).toBe('2099-01-01');
  });
  it('dà a ogni dataset i campi obbligatori e una distribuzione CSV e una JSON', () => {
    expect(cat['dcat:dataset']).toHaveLength(ID_DATASET.length);
    for (const d of cat['dcat:dataset']) {
      for (const k of [
        'dct:identifier',
        'dct:title',
        'dct:description',
        'dct:modified',
        'dcat:theme',
        'dct:rightsHolder',
      ]) {
        expect(d).toHaveProperty([k]);
      }
      expect(d['dcat:theme']['@id']).toBe(
        'http://publications.europa.eu/resource/authority/data-theme/GOVE',
      );
      const id = d['@id'].split('#').at(-1);
      expect(
        d['dcat:distribution'].map((x) => x['dcat:downloadURL']['@id'].split('/').at(-1)),
      ).toEqual([`${id}.csv`, `${id}-excel.csv`, `${id}.json`]);
      const excel = d['dcat:distribution'][1]!;
      expect(excel['dct:title']['@value']).toMatch(/\(CSV per Excel\)$/);
      expect(
        (excel as { 'dct:description'?: { '@value': string } })['dct:description']?.['@value'],
      ).toMatch(/punto e virgola.*BOM.*virgola decimale/);
      expect(excel['dcat:mediaType']['@id']).toBe(
        'https://www.iana.org/assignments/media-types/text/csv',
      );
      for (const x of d['dcat:distribution'])
        expect(x['dct:license']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
    }
  });
});

describe('qualità dei dati', () => {
  it('spiega ogni tipo di rilievo e li conta tutti', () => {
    const gruppi = rilieviPerTipo(report.rilievi);
    expect(gruppi.reduce((n, g) => n + g.rilievi.length, 0)).toBe(report.rilievi.length);
  });
  it('raggruppa le righe saltate per motivo senza perderne', () => {
    const gruppi = righeSaltate(report.righe, 2019);
    expect(gruppi.reduce((n, g) => n + g.righe.length, 0)).toBe(report.conteggi.righeSaltate);
  });
});

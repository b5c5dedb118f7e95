// The office's spreadsheet of conferred engagements: the same invented list saved four ways reads to
// the same records, and every kind of bad cell is refused naming file, row and column.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import {
  COLONNE,
  FoglioNonValido,
  contestoConferiti,
  leggiCsv,
  leggiFoglio,
  leggiTabella,
  leggiXlsx,
  type ConferitoDalFoglio,
} from '../../src/ingest/conferiti/index.ts';
import { modelloCsv } from '../../src/ingest/conferiti/modello.ts';
import { leggiData, leggiImporto } from '../../src/ingest/conferiti/valori.ts';
import { incaricoConferitoSchema } from '../../src/schemas/incarico-conferito.ts';

const FIXTURE = 'tests/fixtures/conferiti-fogli';
const json = (f: string): unknown => JSON.parse(readFileSync(f, 'utf8'));
// The invented register addresses (registro.example.org) are allowed for the fixtures only
const contesto = {
  ...contestoConferiti({
    anagrafica: json('content/anagrafica/entita.json'),
    fileAnagrafica: 'content/anagrafica/entita.json',
    incarichi: json('content/data/incarichi.json'),
    edizione: json('content/data/edizione.json'),
  }),
  hostRegistro: ['registro.example.org'],
};

async function leggi(nome: string): Promise<ConferitoDalFoglio[]> {
  return leggiFoglio(readFileSync(join(FIXTURE, nome)), nome, contesto);
}

/** The refusal of a spreadsheet, as the lines the office reads. */
async function rifiuto(byte: Uint8Array, nome = 'incarichi.csv'): Promise<string[]> {
  try {
    await leggiFoglio(byte, nome, contesto);
  } catch (e) {
    if (e instanceof FoglioNonValido) return e.message.split('\n');
    throw e;
  }
  throw new Error('il foglio è stato accettato');
}

const VALIDA: Record<string, string> = {
  'Soggetto percettore': 'Studio Prova Srl',
  "Ragione dell'incarico": 'Incarico inventato per i test',
  "Estremi dell'atto di conferimento": 'Determinazione dirigenziale n. 1 (inventata)',
  "Data dell'atto": '01/04/2019',
  'Data di inizio': '15/04/2019',
  'Data di fine': '31/12/2019',
  'Compenso previsto': '1.000,00',
  'Parte variabile': '',
  'Ammontare erogato': '',
  'Curriculum vitae': 'cv-prova.pdf',
  'Attestazione di assenza di conflitto di interessi': 'attestazione-prova.pdf',
  'Altri incarichi o attività professionali': '',
  Settore: 'Settore Politiche Sociali',
  'Scheda del programma': '7',
  'Data di pubblicazione': '20/04/2019',
};

const ATTO = "Estremi dell'atto di conferimento";

/**
 * A `;` CSV with the template's headings (minus `senza`) and rows overriding the valid one; each
 * row has its own act unless it says otherwise.
 */
function csv(righe: Record<string, string>[], senza: string[] = []): Uint8Array {
  const intestazioni = Object.keys(VALIDA).filter((h) => !senza.includes(h));
  const testo = [
    intestazioni.join(';'),
    ...righe.map((r, i) =>
      intestazioni
        .map((h) => r[h] ?? (h === ATTO ? `Determinazione dirigenziale n. ${i + 1}` : VALIDA[h]))
        .join(';'),
    ),
  ].join('\r\n');
  return new TextEncoder().encode(`\uFEFF${testo}\r\n`);
}

describe('the same invented spreadsheet in four formats', () => {
  const FORMATI = [
    'incarichi-punto-e-virgola.csv',
    'incarichi-virgola.csv',
    'incarichi-celle.xlsx',
    'incarichi-testo.xlsx',
  ];

  test('each format reads to the same 37 records', async () => {
    const [primo, ...altri] = await Promise.all(FORMATI.map(leggi));
    expect(primo).toHaveLength(37);
    for (const r of primo!) expect(incaricoConferitoSchema.parse(r.conferito)).toEqual(r.conferito);
    for (const a of altri) expect(a).toEqual(primo);
  });

  test('the xlsx fixtures hold real date and number cells, and text cells', async () => {
    const celle = await leggiXlsx(readFileSync(join(FIXTURE, 'incarichi-celle.xlsx')), 'c.xlsx');
    const testo = await leggiXlsx(readFileSync(join(FIXTURE, 'incarichi-testo.xlsx')), 't.xlsx');
    expect(celle.righe[0]!.celle[3]).toBeInstanceOf(Date);
    expect(celle.righe[0]!.celle[6]).toBe(6000);
    expect(testo.righe[0]!.celle[3]).toBe('2/2/2019');
    expect(testo.righe[0]!.celle[6]).toBe('6.000,00€');
  });

  test('a record carries the cells as the office wrote them, with its row and a stable id', async () => {
    const righe = await leggi('incarichi-punto-e-virgola.csv');
    const alfa = righe[0]!;
    expect(alfa.riga).toBe(2);
    expect(alfa.collegamentoRegistro).toBe('https://registro.example.org/incarico/1');
    expect(alfa.conferito).toMatchObject({
      id: '2019-cultura-musei-city-branding-1-studio-alfa-srl',
      incarico: '2019-cultura-musei-city-branding-1',
      soggettoPercettore: 'Studio Alfa Srl',
      ragione: 'Catalogo della mostra "Strumenti a pizzico"\nseconda edizione (inventato)',
      atto: { estremi: 'Determinazione dirigenziale n. 101 (inventata)', data: '2019-02-02' },
      dataInizio: '2019-03-04',
      dataFine: '2019-12-31',
      compensoPrevisto: 6000,
      compensoVariabile: 0,
      compensoErogato: 3000,
    });
    const gamma = righe.find((r) => r.conferito.soggettoPercettore === 'Studio Gamma Associati')!;
    expect(gamma.conferito).toMatchObject({ compensoPrevisto: 12000, compensoVariabile: 3000 });
    // The row after the one with an embedded newline is still the spreadsheet's row 3.
    expect(righe[1]!.riga).toBe(3);
    expect(righe[1]!.conferito.compensoPrevisto).toBe(4500.5);
  });

  test('two engagements of one soggetto on one line: the earlier act keeps the plain id', async () => {
    const righe = await leggi('incarichi-virgola.csv');
    const nove = righe
      .filter((r) => r.conferito.soggettoPercettore === 'Professionista Nove')
      .map((r) => [r.conferito.atto.data, r.conferito.id]);
    expect(nove).toEqual([
      ['2019-03-04', '2019-politiche-sociali-4-professionista-nove'],
      ['2019-09-02', '2019-politiche-sociali-4-professionista-nove-2'],
    ]);
    expect(new Set(righe.map((r) => r.conferito.id)).size).toBe(37);
  });

  test('trailing empty rows and a heading row with extra spaces and other case are accepted', () => {
    const byte = readFileSync(join(FIXTURE, 'incarichi-punto-e-virgola.csv'));
    const testo = byte.toString('utf8');
    expect(testo.startsWith('\uFEFF  SOGGETTO PERCETTORE ;Ragione dell’incarico;')).toBe(true);
    expect(testo.endsWith(`${';'.repeat(15)}\r\n`.repeat(3))).toBe(true);
    const tabella = leggiCsv(byte, 'f.csv');
    expect(tabella.righe).toHaveLength(37);
    expect(tabella.righe.at(-1)!.numero).toBe(38);
  });
});

describe('a bad cell is refused naming file, row and column', () => {
  test('unreadable amount', async () => {
    expect(await rifiuto(csv([{}, { 'Compenso previsto': '10.000,0x' }]))).toEqual([
      'incarichi.csv, riga 3, colonna «Compenso previsto»: importo illeggibile "10.000,0x"',
    ]);
  });

  test('impossible date', async () => {
    expect(await rifiuto(csv([{ 'Data di inizio': '31/04/2019' }]))).toEqual([
      'incarichi.csv, riga 2, colonna «Data di inizio»: data impossibile "31/04/2019": questo giorno non esiste',
    ]);
  });

  test('unknown settore', async () => {
    const [errore, ...altri] = await rifiuto(csv([{ Settore: 'Settore Inventato' }]));
    expect(altri).toEqual([]);
    expect(errore).toMatch(
      /^incarichi\.csv, riga 2, colonna «Settore»: settore sconosciuto "Settore Inventato".*content\/anagrafica\/entita\.json$/,
    );
  });

  test('unknown scheda', async () => {
    expect(await rifiuto(csv([{ 'Scheda del programma': '12' }]))).toEqual([
      'incarichi.csv, riga 2, colonna «Scheda del programma»: il programma degli incarichi 2019 non ha la scheda 12 per il settore «Settore Politiche Sociali» (schede presenti: 1, 2, 3, 4, 5, 6, 7, 8, 9)',
    ]);
  });

  test('missing required column', async () => {
    expect(await rifiuto(csv([{}], ["Data dell'atto"]))).toEqual([
      "incarichi.csv, riga 1, colonna «Data dell'atto»: colonna mancante",
    ]);
  });

  test('empty required cell', async () => {
    expect(await rifiuto(csv([{}, {}, { 'Soggetto percettore': '  ' }]))).toEqual([
      'incarichi.csv, riga 4, colonna «Soggetto percettore»: cella vuota: il dato è obbligatorio',
    ]);
  });

  test('duplicate row', async () => {
    const stesso = { [ATTO]: 'Determinazione dirigenziale n. 9' };
    expect(await rifiuto(csv([stesso, { 'Compenso previsto': '500' }, stesso]))).toEqual([
      'incarichi.csv, riga 4: incarico ripetuto: stessa voce del programma, stesso soggetto percettore e stesso atto della riga 2',
    ]);
  });

  test('end before start is named on «Data di fine» (the schema’s rule)', async () => {
    expect(await rifiuto(csv([{ 'Data di fine': '01/01/2019' }]))).toEqual([
      'incarichi.csv, riga 2, colonna «Data di fine»: la data di fine precede la data di inizio',
    ]);
  });

  test('a register link that is not https', async () => {
    const righe = [
      { ...VALIDA, 'Collegamento al registro nazionale': 'http://registro.example.org/1' },
    ];
    const byte = new TextEncoder().encode(
      [Object.keys(righe[0]!).join(';'), Object.values(righe[0]!).join(';')].join('\n'),
    );
    expect(await rifiuto(byte)).toEqual([
      'incarichi.csv, riga 2, colonna «Collegamento al registro nazionale»: indirizzo "http://registro.example.org/1" non sicuro: è ammesso solo https://',
    ]);
  });

  test('every error of the file is reported together, in row order, one per bad cell', async () => {
    const errori = await rifiuto(
      csv([
        { 'Data di pubblicazione': '2019-02-30' },
        {},
        { 'Compenso previsto': '-5,00', Settore: 'Nessuno' },
      ]),
    );
    expect(errori).toEqual([
      'incarichi.csv, riga 2, colonna «Data di pubblicazione»: data impossibile "2019-02-30": questo giorno non esiste',
      'incarichi.csv, riga 4, colonna «Compenso previsto»: importo negativo "-5,00"',
      expect.stringMatching(
        /^incarichi\.csv, riga 4, colonna «Settore»: settore sconosciuto "Nessuno"/,
      ),
    ]);
  });

  test('engagements over their line’s ceiling name the line and the amounts', async () => {
    const errori = await rifiuto(
      csv([
        { 'Scheda del programma': '5', 'Compenso previsto': '1.500,00' },
        {
          'Scheda del programma': '5',
          "Estremi dell'atto di conferimento": 'Determinazione n. 2',
          'Compenso previsto': '400',
          'Parte variabile': '100,01',
        },
      ]),
    );
    expect(errori).toEqual([
      'incarichi.csv: gli incarichi delle righe 2, 3 sulla voce «2019-politiche-sociali-5» impegnano 2.000,01 € (compenso previsto più parte variabile), oltre il tetto di 2.000,00 € del programma',
    ]);
  });

  test('a file that is not UTF-8 is refused naming the row of the bad byte', async () => {
    const testo = readFileSync(join(FIXTURE, 'incarichi-virgola.csv'));
    // «Attività» in Latin-1 on the spreadsheet's row 3 (text line 4: row 2 holds a newline).
    const righe = testo.toString('utf8').split('\n');
    expect(righe[3]).toMatch(/^Professionista Uno,/);
    const latino = Buffer.concat([
      Buffer.from(righe.slice(0, 3).join('\n') + '\n'),
      Buffer.from(righe[3]!.replace('Professionista Uno', 'Attivit\u00e0 Uno'), 'latin1'),
      Buffer.from('\n' + righe.slice(4).join('\n')),
    ]);
    expect(await rifiuto(latino)).toEqual([
      'incarichi.csv, riga 3: il file non è in UTF-8 (byte 0xE0 non valido): salvarlo dal foglio di calcolo come «CSV UTF-8»',
    ]);
  });

  test('an XLSX with a bad cell names the same row and column the office sees', async () => {
    const intestazioni = Object.keys(VALIDA);
    const riga = (sovrascrivi: Record<string, string | number | Date>) =>
      intestazioni.map((h) => {
        const v = h in sovrascrivi ? sovrascrivi[h] : VALIDA[h];
        return v === ''
          ? null
          : { value: v, ...(v instanceof Date ? { format: 'dd/mm/yyyy' } : {}) };
      });
    const buffer = await writeXlsxFile([
      intestazioni.map((value) => ({ value })),
      riga({ "Data dell'atto": new Date(Date.UTC(2019, 3, 1)), 'Compenso previsto': 1000 }),
      riga({ 'Compenso previsto': '10.000,0x' }),
    ]).toBuffer();
    expect(await rifiuto(buffer, 'incarichi.xlsx')).toEqual([
      'incarichi.xlsx, riga 3, colonna «Compenso previsto»: importo illeggibile "10.000,0x"',
    ]);
  });

  test('a heading not in the template, or repeated, is refused naming it', async () => {
    const testo = new TextDecoder().decode(csv([{}]));
    const conExtra = testo
      .replace('Settore;', 'Soggetto Dichiarante;Settore;')
      .replace('Settore Politiche Sociali;', 'Comune inventato;Settore Politiche Sociali;');
    const [errore, ...altri] = await rifiuto(new TextEncoder().encode(conExtra));
    expect(altri).toEqual([]);
    expect(errore).toMatch(
      /^incarichi\.csv, riga 1, colonna «Soggetto Dichiarante»: colonna non prevista dal modello \(colonna M\)/,
    );
    const ripetuta = testo
      .replace('Settore;', 'Settore;SETTORE ;')
      .replace('Settore Politiche Sociali;', 'Settore Politiche Sociali;Politiche Sociali;');
    expect(await rifiuto(new TextEncoder().encode(ripetuta))).toEqual([
      'incarichi.csv, riga 1, colonna «Settore»: intestazione ripetuta (colonne M e N)',
    ]);
  });

  test('an empty row in the middle is skipped and the rows after it keep their number', async () => {
    const conVuota = (righe: Record<string, string>[]) => {
      const [intestazioni, prima, ...resto] = new TextDecoder().decode(csv(righe)).split('\r\n');
      return new TextEncoder().encode([intestazioni, prima, ';'.repeat(14), ...resto].join('\r\n'));
    };
    const righe = await leggiFoglio(conVuota([{}, {}]), 'f.csv', contesto);
    expect(righe.map((r) => r.riga)).toEqual([2, 4]);
    expect(await rifiuto(conVuota([{}, { 'Compenso previsto': 'mille' }]))).toEqual([
      'incarichi.csv, riga 4, colonna «Compenso previsto»: importo illeggibile "mille"',
    ]);
  });

  test('quotes never closed are refused naming the row', async () => {
    const testo = new TextDecoder().decode(csv([{}, { "Ragione dell'incarico": '"senza fine' }]));
    const [errore] = await rifiuto(new TextEncoder().encode(testo));
    expect(errore).toMatch(/^incarichi\.csv, riga 3: virgolette aperte e mai chiuse/);
  });

  test('a file that is not a spreadsheet is refused', async () => {
    expect(await rifiuto(new TextEncoder().encode('non un foglio'), 'incarichi.xlsx')).toEqual([
      expect.stringMatching(/^incarichi\.xlsx: il file non è un foglio XLSX leggibile/),
    ]);
    expect(await rifiuto(new Uint8Array(), 'incarichi.ods')).toEqual([
      'incarichi.ods: formato non riconosciuto ".ods": il foglio va salvato come .csv o .xlsx',
    ]);
  });
});

describe('cells as a spreadsheet writes them', () => {
  test.each([
    ['10.000,00', 10000],
    ['10.000,00€', 10000],
    ['€ 10.000,00', 10000],
    ['10 000,00 €', 10000],
    ['1.500', 1500],
    ['1500,5', 1500.5],
    ['1500.50', 1500.5],
    [14175, 14175],
    [0.1 + 0.2, 0.3],
  ])('amount %j is %d euro', (cella, euro) => {
    expect(leggiImporto(cella)).toEqual({ ok: true, valore: euro });
  });

  test.each(['10.000,0x', '10,000.00', '1.50.0', '12,345', '', 'dieci'])(
    'amount %j is refused',
    (cella) => {
      expect(leggiImporto(cella).ok).toBe(false);
    },
  );

  test.each([
    ['15/04/2019', '2019-04-15'],
    ['15/4/2019', '2019-04-15'],
    ['2019-04-15', '2019-04-15'],
    ['29/02/2020', '2020-02-29'],
    [new Date(Date.UTC(2019, 3, 15)), '2019-04-15'],
  ])('date %j is %s', (cella, iso) => {
    expect(leggiData(cella)).toEqual({ ok: true, valore: iso });
  });

  test.each(['29/02/2019', '32/01/2019', '15/13/2019', '2019-02-30', '15/04/19', 'aprile'])(
    'date %j is refused',
    (cella) => {
      expect(leggiData(cella).ok).toBe(false);
    },
  );
});

describe('the template', () => {
  test('the CSV template is the headings of art. 15 with BOM and `;`, and reads back as such', async () => {
    const testo = modelloCsv();
    expect(testo.startsWith('\uFEFFSoggetto percettore;Ragione dell')).toBe(true);
    const tabella = leggiCsv(new TextEncoder().encode(testo), 'modello.csv');
    expect(tabella.intestazioni).toEqual(COLONNE.map((c) => c.intestazione));
    expect(tabella.righe).toEqual([]);
  });

  test('the CSV template filled with one row reads to one record', async () => {
    const riga = COLONNE.map((c) => VALIDA[c.intestazione] ?? '').join(';');
    const righe = await leggiFoglio(
      new TextEncoder().encode(`${modelloCsv()}${riga}\r\n`),
      'modello.csv',
      contesto,
    );
    expect(righe.map((r) => r.conferito.id)).toEqual(['2019-politiche-sociali-7-studio-prova-srl']);
  });

  test('the script writes the CSV, the XLSX and the instructions; the XLSX reads back', async () => {
    const cartella = mkdtempSync(join(tmpdir(), 'modello-'));
    await promisify(execFile)(process.execPath, ['scripts/modello-conferiti.ts', cartella]);
    const xlsx = await leggiTabella(
      readFileSync(join(cartella, 'modello-incarichi-conferiti.xlsx')),
      'modello.xlsx',
    );
    expect(xlsx.intestazioni).toEqual(COLONNE.map((c) => c.intestazione));
    expect(readFileSync(join(cartella, 'modello-incarichi-conferiti.csv'), 'utf8')).toBe(
      modelloCsv(),
    );
    const istruzioni = readFileSync(
      join(cartella, 'modello-incarichi-conferiti-istruzioni.txt'),
      'utf8',
    );
    for (const c of COLONNE) expect(istruzioni).toContain(`- ${c.intestazione} (`);
    expect(istruzioni).toContain('10.000,00€');
  });
});

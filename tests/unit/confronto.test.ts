// What a variation changes, read from two real ingests: the document as published and a third
// variation made from it (one target, one programme amount with its totals, one objective removed).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  continuitaObiettivi,
  differenze,
  totaliPerSettoreAnnoSuAnno,
} from '../../src/dominio/confronto.ts';
import { ingest } from '../../src/ingest/ingest.ts';

const SORGENTE = 'content/sources/peg-2019-2021-seconda-variazione.txt';
const originale = readFileSync(SORGENTE, 'utf8');
const anagrafica = readFileSync('content/anagrafica/entita.json');
const importa = (testo: string) =>
  ingest({
    sorgente: new TextEncoder().encode(testo),
    fileSorgente: SORGENTE,
    anagrafica,
    fileAnagrafica: 'content/anagrafica/entita.json',
  });

/** The document with line `n` (1-based) rewritten. */
function conRighe(testo: string, modifiche: Record<number, (r: string) => string>): string {
  return testo
    .split('\n')
    .map((r, i) => (modifiche[i + 1] ? modifiche[i + 1]!(r) : r))
    .join('\n');
}

const seconda = importa(originale);
const terza = importa(
  conRighe(originale, {
    // indicator 287 of C59_0008: target 700 → 800
    260: (r) => r.replace('\t700\t', '\t800\t'),
    // scheda 1 of Cultura, Musei e City branding: € 11.000,00 → € 12.000,00, with its totals
    177: (r) => r.replace('11.000,00', '12.000,00'),
    181: (r) => r.replace('71.000,00', '72.000,00'),
    210: (r) => r.replace('561.038,00', '562.038,00').replace('123.000,00', '124.000,00'),
  }),
);

describe('Cosa cambia tra due variazioni dello stesso anno', () => {
  const d = differenze(seconda, terza);

  test('il target cambiato è l’unico cambio degli indicatori, con il valore prima e dopo', () => {
    expect(d.indicatori).toEqual([
      expect.objectContaining({
        tipo: 'modificato',
        chiave: 'C59_0008/287',
        modifiche: [{ campo: 'target', prima: '700', dopo: '800' }],
      }),
    ]);
  });

  test('l’importo cambiato è l’unico cambio del programma, con la sua parte corrente', () => {
    expect(d.incarichi).toEqual([
      expect.objectContaining({
        tipo: 'modificato',
        chiave: 'cultura-musei-city-branding/1',
        modifiche: [
          { campo: 'importo', prima: 11000, dopo: 12000 },
          { campo: 'corrente', prima: 11000, dopo: 12000 },
        ],
      }),
    ]);
  });

  test('nessun obiettivo cambia di titolo, definizione, responsabile, settore o linea', () => {
    expect(d.obiettivi).toEqual([]);
  });

  test('un obiettivo tolto e uno aggiunto sono rimosso e aggiunto, con i loro indicatori', () => {
    const [primo, ...altri] = seconda.obiettivi;
    const nuovo = { ...primo!, codice: 'C999_0001', id: 'c999-0001' };
    const x = differenze(seconda, { obiettivi: [...altri, nuovo], incarichi: seconda.incarichi });
    expect(x.obiettivi.map((c) => [c.tipo, c.chiave])).toEqual([
      ['aggiunto', 'C999_0001'],
      ['rimosso', primo!.codice],
    ]);
    expect(x.indicatori.filter((c) => c.tipo === 'rimosso')).toHaveLength(primo!.indicatori.length);
    expect(x.indicatori.filter((c) => c.tipo === 'aggiunto')).toHaveLength(
      primo!.indicatori.length,
    );
  });

  test('due edizioni uguali non hanno differenze', () => {
    expect(differenze(seconda, importa(originale))).toEqual({
      obiettivi: [],
      indicatori: [],
      incarichi: [],
    });
  });
});

describe('tra due anni di piano', () => {
  test('obiettivi continuati, nuovi e conclusi per codice', () => {
    const [a, b, ...resto] = seconda.obiettivi;
    const c = continuitaObiettivi(seconda.obiettivi, [
      ...resto,
      { ...a!, codice: 'C1_0001', id: 'c1-0001' },
    ]);
    expect(c.nuovi).toEqual(['C1_0001']);
    expect(c.conclusi).toEqual([a!.codice, b!.codice]);
    expect(c.continuati).toHaveLength(seconda.obiettivi.length - 2);
  });

  test('il totale del programma per settore, anno su anno, al centesimo', () => {
    const righe = totaliPerSettoreAnnoSuAnno(seconda.incarichi, terza.incarichi);
    expect(righe.find((r) => r.settore === 'cultura-musei-city-branding')).toEqual({
      settore: 'cultura-musei-city-branding',
      prima: 71000,
      dopo: 72000,
    });
    expect(righe.filter((r) => r.prima !== r.dopo)).toHaveLength(1);
  });
});

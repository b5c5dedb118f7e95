// Retention periods (D.Lgs. 33/2013 art. 8 c.3; art. 15 c.4 for consultants): the dates and the sentence each record shows.
import { describe, expect, it } from 'vitest';
import {
  aggiungiAnni,
  conservazioneAtti,
  conservazioneIncarico,
  dataEstesa,
  giornoDopo,
  testoConservazione,
} from '../../src/lib/pubblicazione/conservazione.ts';
import edizione from '../../content/data/edizione.json';

describe('atti del PEG: 5 anni dal 1° gennaio dell’anno dopo la pubblicazione', () => {
  it('PEG 2019: dal 1° gennaio 2020 fino al 31 dicembre 2024', () => {
    const c = conservazioneAtti(2019);
    expect(c).toMatchObject({
      pubblicazione: '2019',
      decorrenza: '2020-01-01',
      fino: '2024-12-31',
    });
    expect(c.norma).toBe('art. 8, comma 3, D.Lgs. 33/2013');
    expect(testoConservazione(c)).toBe(
      'Conservazione (art. 8, comma 3, D.Lgs. 33/2013): pubblicato nel 2019; 5 anni dal 1° gennaio 2020 → fino al 31 dicembre 2024, e comunque finché gli atti producono effetti.',
    );
  });

  it('il portale usa l’anno di pubblicazione del PEG 2019, dal registro delle edizioni', () => {
    expect(edizione.annoPubblicazione).toBe(2019);
    expect(conservazioneAtti(edizione.annoPubblicazione).fino).toBe('2024-12-31');
  });

  it('un anno bisestile non cambia il calcolo', () => {
    expect(conservazioneAtti(2023)).toMatchObject({ decorrenza: '2024-01-01', fino: '2028-12-31' });
  });

  it('rifiuta un anno che non è un anno', () => {
    expect(() => conservazioneAtti(2019.5)).toThrow(/anno di pubblicazione non valido/);
    expect(() => conservazioneAtti(Number.NaN)).toThrow(/anno di pubblicazione non valido/);
  });
});

describe('incarichi conferiti: 3 anni dopo la cessazione', () => {
  it('incarico cessato il 31 dicembre 2019: online fino al 31 dicembre 2022', () => {
    const c = conservazioneIncarico({ dataPubblicazione: '2019-04-10', dataFine: '2019-12-31' });
    expect(c).toMatchObject({
      pubblicazione: '2019-04-10',
      decorrenza: '2020-01-01',
      fino: '2022-12-31',
    });
    expect(c.norma).toMatch(/^art\. 15, comma 4, D\.Lgs\. 33\/2013/);
    expect(testoConservazione(c)).toBe(
      "Conservazione (art. 15, comma 4, D.Lgs. 33/2013, richiamato dall'art. 8, comma 3): pubblicato il 10 aprile 2019; incarico cessato il 31 dicembre 2019 → 3 anni dalla cessazione: fino al 31 dicembre 2022.",
    );
  });

  it('cessato il 29 febbraio: il termine cade l’ultimo giorno di febbraio', () => {
    expect(
      conservazioneIncarico({ dataPubblicazione: '2020-01-10', dataFine: '2020-02-29' }),
    ).toMatchObject({
      decorrenza: '2020-03-01',
      fino: '2023-02-28',
    });
  });

  it('rifiuta date impossibili', () => {
    expect(() =>
      conservazioneIncarico({ dataPubblicazione: '2019-02-30', dataFine: '2019-12-31' }),
    ).toThrow(/data non valida: "2019-02-30"/);
    expect(() =>
      conservazioneIncarico({ dataPubblicazione: '2019-01-01', dataFine: '31/12/2019' }),
    ).toThrow(/data non valida/);
  });
});

describe('aritmetica delle date', () => {
  it.each([
    ['2019-12-31', 3, '2022-12-31'],
    ['2019-01-01', 5, '2024-01-01'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
  ])('%s + %i anni = %s', (data, anni, atteso) => {
    expect(aggiungiAnni(data, anni)).toBe(atteso);
  });

  it.each([
    ['2019-12-31', '2020-01-01'],
    ['2020-02-28', '2020-02-29'],
    ['2019-02-28', '2019-03-01'],
  ])('il giorno dopo il %s è il %s', (data, atteso) => {
    expect(giornoDopo(data)).toBe(atteso);
  });

  it('scrive il primo del mese con l’ordinale', () => {
    expect(dataEstesa('2020-01-01')).toBe('1° gennaio 2020');
    expect(dataEstesa('2024-12-31')).toBe('31 dicembre 2024');
    expect(dataEstesa('2019-11-10')).toBe('10 novembre 2019');
  });
});

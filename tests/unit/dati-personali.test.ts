// The personal-data guard (Garante privacy, 15 May 2014): what it must find, and the ordinary
// text of an engagement record it must leave alone.
import { describe, expect, test } from 'vitest';
import { trovaDatiPersonali } from '../../src/dominio/dati-personali.ts';

const tipi = (t: string, salute = false) => trovaDatiPersonali(t, { salute }).map((d) => d.tipo);

describe('dati personali trovati', () => {
  test.each([
    ['codice fiscale', 'Mario Rossi RSSMRA80A01D150X', 'codice fiscale'],
    ['codice fiscale minuscolo', 'cf: rssmra80a01d150x', 'codice fiscale'],
    ['partita IVA valida', 'P.IVA 01234567897', 'partita IVA'],
    ['partita IVA con prefisso IT', 'IT01234567897', 'partita IVA'],
    ['IBAN', 'accredito su IT60X0542811101000000123456', 'IBAN'],
    ['IBAN con spazi', 'IBAN IT60 X054 2811 1010 0000 0123 456', 'IBAN'],
    ['e-mail privata', 'scrivere a mario.rossi@gmail.com', 'indirizzo e-mail non istituzionale'],
    ['PEC privata', 'mario.rossi@pec.ordineavvocati.it', 'indirizzo e-mail non istituzionale'],
    ['cellulare', 'tel. 333 1234567', 'numero di telefono'],
    ['cellulare con +39', '+39 347-123-4567', 'numero di telefono'],
    ['fisso', '0372 407111', 'numero di telefono'],
    ['fisso con barra', '02/12345678', 'numero di telefono'],
  ])('%s', (_caso, testo, tipo) => {
    expect(tipi(testo)).toEqual([tipo]);
  });

  test('salute: solo dove richiesto', () => {
    expect(tipi('in malattia dal 3 marzo', true)).toEqual(['dato sulla salute']);
    expect(tipi('permessi legge 104', true)).toEqual(['dato sulla salute']);
    expect(tipi('in malattia dal 3 marzo')).toEqual([]);
  });
});

describe('testo ordinario lasciato stare', () => {
  test.each([
    'Determinazione dirigenziale n. 1234 del 12/03/2019',
    'Supporto al progetto SPRAR 2019-2021, capitolo 16754/999 e 16748/3',
    'compenso 14.175,00 euro (lordo), CIG Z1A2B3C4D5',
    'ufficio.personale@comune.cremona.it',
    'protocollo@pec.comune.cremona.it',
    'Professionista di prova (fixture di test)',
    'Avv. Maria Bianchi, iscritta all’Ordine degli avvocati di Cremona',
    'codice obiettivo C59_0008, indicatore 1495',
    'periodo 2019-04-15 / 2019-12-31',
    'importo 12345678901,00',
  ])('%s', (testo) => {
    expect(trovaDatiPersonali(testo, { salute: true })).toEqual([]);
  });
});

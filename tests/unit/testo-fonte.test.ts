// Markup from the PDF conversion: text and https links, nothing else; never executable.
import { describe, expect, test } from 'vitest';
import { haMarkup, hrefSicuro, partiTesto, testoSemplice } from '../../src/lib/testo-fonte.ts';

describe('markup della conversione da PDF', () => {
  test('il collegamento del documento diventa un link https con il suo testo', () => {
    const s =
      'portale turistico <a href="http://www.turismocremona.it">www.turismocremona.it</a> , la rete';
    expect(partiTesto(s)).toEqual([
      { tipo: 'testo', testo: 'portale turistico ' },
      { tipo: 'link', href: 'https://www.turismocremona.it/', testo: 'www.turismocremona.it' },
      { tipo: 'testo', testo: ' , la rete' },
    ]);
    expect(testoSemplice(s)).toBe('portale turistico www.turismocremona.it , la rete');
    expect(haMarkup(s)).toBe(true);
    expect(haMarkup('senza markup: 3 < 4 e 5 > 2')).toBe(false);
  });

  test('<b> sparisce e resta il testo', () => {
    expect(testoSemplice('( <b>integrazione</b> scheda n. 1)')).toBe('( integrazione scheda n. 1)');
  });

  test('schemi non ammessi, credenziali e altri tag restano testo', () => {
    for (const href of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://x.it',
      '/relativo',
      'https://u:p@x.it',
    ])
      expect(hrefSicuro(href), href).toBeUndefined();
    expect(partiTesto('<a href="javascript:alert(1)">clic</a>')).toEqual([
      { tipo: 'testo', testo: 'clic' },
    ]);
    expect(partiTesto('<a href=\'https://x.it/"onmouseover="y\'>z</a>')).toEqual([
      { tipo: 'link', href: 'https://x.it/%22onmouseover=%22y', testo: 'z' },
    ]);
    expect(testoSemplice('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});

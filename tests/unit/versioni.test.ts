// The versions of records across editions: an unchanged record is one version referenced by every
// edition; a changed one gets a new version; a dropped one is no longer in force from the edition
// that drops it. Read from real ingests: the published document and a third variation made from it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CAMPI_INCARICO, CAMPI_OBIETTIVO } from '../../src/dominio/confronto.ts';
import { numeroVersioni, storie } from '../../src/dominio/versioni.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import type { Obiettivo } from '../../src/schemas/index.ts';

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
const riga = (testo: string, n: number, f: (r: string) => string) =>
  testo
    .split('\n')
    .map((r, i) => (i === n - 1 ? f(r) : r))
    .join('\n');

const v2 = importa(originale);
// Variation 3: scheda 1 of Cultura from € 11.000,00 to € 12.000,00, with its totals
const v3 = importa(
  riga(
    riga(
      riga(originale, 177, (r) => r.replace('11.000,00', '12.000,00')),
      181,
      (r) => r.replace('71.000,00', '72.000,00'),
    ),
    210,
    (r) => r.replace('561.038,00', '562.038,00').replace('123.000,00', '124.000,00'),
  ),
);

describe('versioni delle voci del programma tra la seconda e la terza variazione', () => {
  const s = storie(
    [
      { edizione: '2019-variazione-2', record: v2.incarichi },
      { edizione: '2019-variazione-3', record: v3.incarichi },
    ],
    (i) => `${i.settore}/${i.scheda}`,
    CAMPI_INCARICO,
  );

  test('la voce cambiata ha due versioni, ciascuna con l’importo della sua edizione', () => {
    const c = s.get('cultura-musei-city-branding/1')!;
    expect(c.versioni.map((v) => [v.edizione, v.record.importo])).toEqual([
      ['2019-variazione-2', 11000],
      ['2019-variazione-3', 12000],
    ]);
  });

  test('una voce non cambiata è una versione sola, citata da entrambe le edizioni', () => {
    const altra = s.get('cultura-musei-city-branding/2')!;
    expect(altra.versioni).toHaveLength(1);
    expect(altra.versioni[0]!.edizioni).toEqual(['2019-variazione-2', '2019-variazione-3']);
  });

  test('una variazione che cambia una voce su 29 aggiunge una sola versione', () => {
    expect(numeroVersioni(s)).toBe(v2.incarichi.length + 1);
  });
});

describe('obiettivi tolti, rimessi e ripresi da un altro anno', () => {
  const [tolto, ...resto] = v2.obiettivi as Obiettivo[];
  const chiave = (o: Obiettivo) => o.codice;

  test('un obiettivo tolto da una variazione non è più in vigore da quell’edizione', () => {
    const s = storie(
      [
        { edizione: '2019-variazione-2', record: v2.obiettivi },
        { edizione: '2019-variazione-3', record: resto },
      ],
      chiave,
      CAMPI_OBIETTIVO,
    );
    expect(s.get(tolto!.codice)).toMatchObject({
      nonInVigoreDa: '2019-variazione-3',
      versioni: [{ edizione: '2019-variazione-2', edizioni: ['2019-variazione-2'] }],
    });
    expect(s.get(resto[0]!.codice)!.nonInVigoreDa).toBeNull();
  });

  test('un obiettivo che torna dopo un’assenza è una versione nuova, di nuovo in vigore', () => {
    const s = storie(
      [
        { edizione: '2019-variazione-2', record: v2.obiettivi },
        { edizione: '2019-variazione-3', record: resto },
        { edizione: '2020-variazione-0', record: v2.obiettivi },
      ],
      chiave,
      CAMPI_OBIETTIVO,
    );
    const storia = s.get(tolto!.codice)!;
    expect(storia.versioni.map((v) => v.edizione)).toEqual([
      '2019-variazione-2',
      '2020-variazione-0',
    ]);
    expect(storia.nonInVigoreDa).toBeNull();
  });

  test('un codice riusato nel piano dell’anno dopo con un altro titolo è una versione nuova', () => {
    const riusato = { ...resto[0]!, titolo: 'Un altro obiettivo con lo stesso codice' };
    const s = storie(
      [
        { edizione: '2019-variazione-2', record: v2.obiettivi },
        { edizione: '2020-variazione-0', record: [riusato] },
      ],
      chiave,
      CAMPI_OBIETTIVO,
    );
    const storia = s.get(riusato.codice)!;
    expect(storia.versioni.map((v) => [v.edizione, v.record.titolo])).toEqual([
      ['2019-variazione-2', resto[0]!.titolo],
      ['2020-variazione-0', 'Un altro obiettivo con lo stesso codice'],
    ]);
  });
});

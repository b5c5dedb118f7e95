// The JSON downloads validate against their own published JSON Schema (a standard validator,
// Ajv, draft 2020-12), and the programme download adds up to the source's printed totals.
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { leggiDist, richiediDist } from '../../scripts/lib/dist.ts';

const DATASET = ['obiettivi', 'indicatori', 'incarichi', 'incarichi-conferiti', 'settori'];

describe('dati scaricabili e i loro JSON Schema', () => {
  test.each(DATASET)('/dati/%s.json rispetta /dati/%s.schema.json', (nome) => {
    richiediDist();
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const valida = ajv.compile(JSON.parse(leggiDist(`dati/${nome}.schema.json`)));
    const dati = JSON.parse(leggiDist(`dati/${nome}.json`));
    const ok = valida(dati);
    expect(ajv.errorsText(valida.errors), nome).toBe('No errors');
    expect(ok).toBe(true);
  });

  test('uno schema rifiuta davvero un record sbagliato', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const valida = ajv.compile(JSON.parse(leggiDist('dati/incarichi.schema.json')));
    const [primo] = JSON.parse(leggiDist('dati/incarichi.json'));
    expect(valida([{ ...primo, importo: 'molti' }])).toBe(false);
  });

  test('incarichi.json somma ai totali stampati: 561038, di cui 123000 corrente e 438038 vincolata', () => {
    const incarichi: { importo: number; importoCorrente: number; importoVincolato: number }[] =
      JSON.parse(leggiDist('dati/incarichi.json'));
    const somma = (f: (i: (typeof incarichi)[number]) => number) =>
      incarichi.reduce((s, i) => s + Math.round(f(i) * 100), 0) / 100;
    expect([
      somma((i) => i.importo),
      somma((i) => i.importoCorrente),
      somma((i) => i.importoVincolato),
    ]).toEqual([561038, 123000, 438038]);
  });
});

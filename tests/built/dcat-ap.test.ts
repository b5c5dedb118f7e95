// The built catalogue as a harvester reads it: RDF from dist/dati/catalogo.jsonld, checked against SEMIC's
// official DCAT-AP 3.0.1 SHACL shapes and ranges (tests/riferimenti/dcat-ap-3.0.1/) and DCAT-AP_IT's mandatory fields.
import factory from '@rdfjs/dataset';
import type { DatasetCore, Quad, Quad_Object, Stream, Term } from '@rdfjs/types';
import { JsonLdParser } from 'jsonld-streaming-parser';
import { DataFactory, StreamParser } from 'n3';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import SHACLValidator from 'rdf-validate-shacl';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, richiediDist } from '../../scripts/lib/dist.ts';

const FORME = 'tests/riferimenti/dcat-ap-3.0.1';
const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  sh: 'http://www.w3.org/ns/shacl#',
};
const p = (prefisso: keyof typeof NS, nome: string) => DataFactory.namedNode(NS[prefisso] + nome);

type Dataset = DatasetCore;
/** Turtle (the shapes) or JSON-LD (the catalogue) into one dataset; a JSON-LD context by URL would fail, none is fetched. */
async function caricaDataset(...file: string[]): Promise<Dataset> {
  const d = factory.dataset();
  for (const f of file) {
    const parser = f.endsWith('.ttl')
      ? new StreamParser()
      : new JsonLdParser({ baseIRI: 'https://sito.invalid/' });
    const flusso = createReadStream(f).pipe(parser) as unknown as Stream<Quad> &
      AsyncIterable<Quad>;
    for await (const q of flusso) d.add(q);
  }
  return d;
}

let dati: Dataset;
beforeAll(async () => {
  richiediDist();
  // The JSON-LD context is inline (no @context URL), so parsing needs no network
  dati = await caricaDataset(join(DIST, 'dati/catalogo.jsonld'));
});

/** Objects of `soggetto proprietà`. */
const valori = (soggetto: Term, proprieta: Term): Quad_Object[] =>
  [...dati.match(soggetto as never, proprieta as never)].map((q) => q.object);
const istanze = (classe: Term) =>
  [...dati.match(null, p('rdf', 'type'), classe as never)].map((q) => q.subject);

describe('catalogo DCAT-AP 3.0.1 (forme SHACL ufficiali SEMIC)', () => {
  it('non ha violazioni delle forme obbligatorie e degli intervalli', async () => {
    const forme = await caricaDataset(join(FORME, 'dcat-ap-SHACL.ttl'), join(FORME, 'ranges.ttl'));
    const report = await new SHACLValidator(forme).validate(dati);
    const violazioni = report.results
      .filter((r) => r.severity?.equals(p('sh', 'Violation')))
      .map(
        (r) =>
          `${r.focusNode?.value} ${r.path?.value ?? ''}: ${r.message.map((m) => m.value).join('; ') || r.sourceConstraintComponent?.value}`,
      );
    expect(dati.size).toBeGreaterThan(100);
    expect(violazioni.slice(0, 20), `${violazioni.length} violazioni`).toEqual([]);
  });

  it('dà i tipi di file come IRI IANA, non come testo', () => {
    const distribuzioni = istanze(p('dcat', 'Distribution'));
    // CSV, CSV per Excel and JSON of each of the five current datasets, and CSV and JSON of the
    // four datasets of the one edition (its immutable files)
    expect(distribuzioni.length).toBe(15 + 8);
    expect(
      distribuzioni.filter((d) =>
        valori(d, p('dcat', 'downloadURL')).some((u) =>
          u.value.includes('/dati/edizioni/2019-variazione-2/'),
        ),
      ),
    ).toHaveLength(8);
    for (const d of distribuzioni) {
      const [tipo] = valori(d, p('dcat', 'mediaType'));
      expect(tipo?.termType).toBe('NamedNode');
      expect(tipo?.value).toMatch(
        /^https:\/\/www\.iana\.org\/assignments\/media-types\/(text\/csv|application\/json)$/,
      );
    }
  });
});

describe('catalogo DCAT-AP_IT: campi obbligatori', () => {
  const obbligatori = (soggetti: Term[], campi: [keyof typeof NS, string][]) => {
    const mancanti: string[] = [];
    for (const s of soggetti)
      for (const [ns, nome] of campi)
        if (valori(s, p(ns, nome)).length === 0) mancanti.push(`${s.value} senza ${ns}:${nome}`);
    return mancanti;
  };

  it('il catalogo ha titolo, descrizione, editore, data di modifica, pagina e dataset', () => {
    const cataloghi = istanze(p('dcat', 'Catalog'));
    expect(cataloghi).toHaveLength(1);
    const campi: [keyof typeof NS, string][] = [
      ['dct', 'title'],
      ['dct', 'description'],
      ['dct', 'publisher'],
      ['dct', 'modified'],
      ['foaf', 'homepage'],
      ['dcat', 'dataset'],
    ];
    expect(obbligatori(cataloghi, campi)).toEqual([]);
  });

  it('ogni dataset ha identificativo, titolo, descrizione, modifica, tema, titolare, frequenza, contatto e distribuzioni', () => {
    const dataset = istanze(p('dcat', 'Dataset'));
    // Five current (the /dati/<id>.csv aliases) and the one edition's four
    expect(dataset).toHaveLength(5 + 4);
    const campi: [keyof typeof NS, string][] = [
      ['dct', 'identifier'],
      ['dct', 'title'],
      ['dct', 'description'],
      ['dct', 'modified'],
      ['dcat', 'theme'],
      ['dct', 'rightsHolder'],
      ['dct', 'publisher'],
      ['dct', 'accrualPeriodicity'],
      ['dcat', 'contactPoint'],
      ['dcat', 'distribution'],
    ];
    expect(obbligatori(dataset, campi)).toEqual([]);
    for (const d of dataset)
      for (const m of valori(d, p('dct', 'modified')))
        expect(m.value, d.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('ogni distribuzione ha formato, indirizzo di accesso e licenza', () => {
    const campi: [keyof typeof NS, string][] = [
      ['dct', 'format'],
      ['dcat', 'accessURL'],
      ['dct', 'license'],
    ];
    expect(obbligatori(istanze(p('dcat', 'Distribution')), campi)).toEqual([]);
  });

  it('ogni punto di contatto ha nome e indirizzo email, ogni titolare nome e codice IPA', () => {
    const contatti = [
      ...new Set(
        istanze(p('dcat', 'Dataset')).flatMap((d) => valori(d, p('dcat', 'contactPoint'))),
      ),
    ];
    expect(contatti.length).toBeGreaterThan(0);
    expect(
      obbligatori(contatti, [
        ['vcard', 'fn'],
        ['vcard', 'hasEmail'],
      ]),
    ).toEqual([]);
    for (const c of contatti)
      for (const e of valori(c, p('vcard', 'hasEmail')))
        expect(e.value).toMatch(/^mailto:\S+@\S+$/);
    const titolari = istanze(p('dcat', 'Dataset')).flatMap((d) =>
      valori(d, p('dct', 'rightsHolder')),
    );
    expect(
      obbligatori(titolari, [
        ['foaf', 'name'],
        ['dct', 'identifier'],
      ]),
    ).toEqual([]);
  });
});

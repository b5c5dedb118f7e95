// Every internal link and anchor of the built site resolves, including the links to source
// lines and the page URLs inside the data downloads: zero broken.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, fileDist, leggiDist, richiediDist, urlDiFile } from '../../scripts/lib/dist.ts';

const SITO = 'https://trasparenza.comune.cremona.it';
const ATTRIBUTI = /\s(?:href|src)="([^"]*)"/g;

/** The file a site path is served from (relative to dist), or null. */
function fileDi(percorso: string): string | null {
  const rel = decodeURIComponent(percorso).replace(/^\//, '');
  if (rel && existsSync(join(DIST, rel)) && statSync(join(DIST, rel)).isFile()) return rel;
  const indice = join(rel, 'index.html');
  return existsSync(join(DIST, indice)) ? indice : null;
}

const idCache = new Map<string, Set<string>>();
function idDi(file: string): Set<string> {
  if (!idCache.has(file))
    idCache.set(file, new Set([...leggiDist(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return idCache.get(file)!;
}

function verifica(da: string, destinazione: string, rotti: string[]) {
  const u = new URL(destinazione.replace(/&amp;/g, '&'), SITO + da);
  if (u.origin !== SITO) return;
  const file = fileDi(u.pathname);
  if (!file) return void rotti.push(`${da} → ${destinazione} (pagina inesistente)`);
  const ancora = decodeURIComponent(u.hash.slice(1));
  if (ancora && file.endsWith('.html') && !idDi(file).has(ancora))
    rotti.push(`${da} → ${destinazione} (ancora inesistente)`);
}

describe('collegamenti interni', () => {
  test("ogni href e src delle pagine HTML porta a una pagina e a un'ancora esistenti", () => {
    richiediDist();
    const rotti: string[] = [];
    let contati = 0;
    for (const file of fileDist().filter((f) => f.endsWith('.html'))) {
      for (const m of leggiDist(file).matchAll(ATTRIBUTI)) {
        contati++;
        verifica(urlDiFile(file), m[1]!, rotti);
      }
    }
    expect(contati).toBeGreaterThan(10_000);
    expect(rotti.slice(0, 20), `${rotti.length} collegamenti rotti`).toEqual([]);
  });

  test('gli URL dentro i dati scaricabili (CSV, JSON, JSON-LD) portano a pagine esistenti', () => {
    const rotti: string[] = [];
    let contati = 0;
    for (const file of fileDist().filter((f) => /^dati\/.*\.(csv|json|jsonld)$/.test(f))) {
      for (const m of leggiDist(file).matchAll(
        /https:\/\/trasparenza\.comune\.cremona\.it[^\s",;<>]*/g, // `;`: the Excel CSV separator
      )) {
        contati++;
        verifica(`/${file}`, m[0], rotti);
      }
    }
    expect(contati).toBeGreaterThan(400);
    expect(rotti.slice(0, 20), `${rotti.length} URL rotti nei dati`).toEqual([]);
  });
});

// The figures in the downloads (/dati/*.csv, *.json, the per-settore and per-line CSVs), recomputed
// from content/data/: the counts and sums a reuser would total in a spreadsheet.
import { describe, test } from 'vitest';
import { leggiDist, richiediDist } from '../../scripts/lib/dist.ts';
import {
  Confronto,
  cent,
  conti,
  dati,
  dove,
  importoCsv,
  righeIndicatore,
  totaliDelDocumento,
} from '../support/cifre.ts';

/** RFC 4180 (quoted fields, doubled quotes, CRLF) → one record per row, keyed by the header. */
function csv(file: string): Record<string, string>[] {
  richiediDist();
  const testo = leggiDist(file);
  const righe: string[][] = [];
  let campo = '';
  let riga: string[] = [];
  let virgolette = false;
  for (let k = 0; k < testo.length; k++) {
    const ch = testo[k]!;
    if (virgolette) {
      if (ch === '"' && testo[k + 1] === '"') ((campo += '"'), k++);
      else if (ch === '"') virgolette = false;
      else campo += ch;
    } else if (ch === '"') virgolette = true;
    else if (ch === ',') (riga.push(campo), (campo = ''));
    else if (ch === '\n')
      (riga.push(campo.replace(/\r$/, '')), righe.push(riga), (riga = []), (campo = ''));
    else campo += ch;
  }
  const [intestazione, ...corpo] = righe;
  return corpo.map((r) => Object.fromEntries(intestazione!.map((h, i) => [h, r[i] ?? ''])));
}
const json = (file: string) => JSON.parse(leggiDist(file)) as Record<string, unknown>[];
/** `7000.00` → 700000 cents. */
const centCsv = (s: string | undefined) => (s === undefined ? NaN : Math.round(Number(s) * 100));

describe('dati aperti scaricabili', () => {
  test('settori.csv e settori.json contano obiettivi e voci di ogni settore e ne sommano gli importi', () => {
    const c = new Confronto();
    const righeCsv = csv('dati/settori.csv');
    const righeJson = json('dati/settori.json');
    for (const s of dati.settori) {
      const q = conti(dove(dati.incarichi, 'settore', s.id));
      const o = dove(dati.obiettivi, 'settore', s.id).length;
      const r = righeCsv.find((x) => x['id'] === s.id);
      const j = righeJson.find((x) => x['id'] === s.id);
      c.cifra('/dati/settori.csv', `${s.id}: numeroObiettivi`, r?.['numeroObiettivi'], String(o));
      c.cifra(
        '/dati/settori.csv',
        `${s.id}: numeroIncarichi`,
        r?.['numeroIncarichi'],
        String(q.voci),
      );
      c.cifra(
        '/dati/settori.csv',
        `${s.id}: importoIncarichi`,
        r?.['importoIncarichi'],
        importoCsv(q.importo),
      );
      c.cifra(
        '/dati/settori.json',
        `${s.id}: numeroObiettivi`,
        String(j?.['numeroObiettivi']),
        String(o),
      );
      c.cifra(
        '/dati/settori.json',
        `${s.id}: numeroIncarichi`,
        String(j?.['numeroIncarichi']),
        String(q.voci),
      );
      c.cifra(
        '/dati/settori.json',
        `${s.id}: importoIncarichi`,
        String(cent(Number(j?.['importoIncarichi']))),
        String(q.importo),
      );
    }
    c.verifica(dati.settori.length * 6);
  });

  test('obiettivi.csv e obiettivi.json contano gli indicatori di ogni obiettivo e ne sommano i pesi', () => {
    const c = new Confronto();
    const righeCsv = csv('dati/obiettivi.csv');
    const righeJson = json('dati/obiettivi.json');
    c.cifra('/dati/obiettivi.csv', 'righe', String(righeCsv.length), String(dati.obiettivi.length));
    for (const o of dati.obiettivi) {
      const somma = o.indicatori.reduce((n, i) => n + Math.round(i.peso * 100), 0) / 100;
      const r = righeCsv.find((x) => x['codice'] === o.codice);
      const j = righeJson.find((x) => x['codice'] === o.codice);
      c.cifra(
        '/dati/obiettivi.csv',
        `${o.codice}: numeroIndicatori`,
        r?.['numeroIndicatori'],
        String(o.indicatori.length),
      );
      c.cifra('/dati/obiettivi.csv', `${o.codice}: pesoTotale`, r?.['pesoTotale'], String(somma));
      c.cifra(
        '/dati/obiettivi.json',
        `${o.codice}: numeroIndicatori`,
        String(j?.['numeroIndicatori']),
        String(o.indicatori.length),
      );
      c.cifra(
        '/dati/obiettivi.json',
        `${o.codice}: pesoTotale`,
        String(j?.['pesoTotale']),
        String(somma),
      );
    }
    c.verifica(dati.obiettivi.length * 4);
  });

  test('indicatori.csv ha una riga per ogni uso di un codice, e i pesi di un obiettivo sommano come nella sua pagina', () => {
    const c = new Confronto();
    const righeCsv = csv('dati/indicatori.csv');
    c.cifra(
      '/dati/indicatori.csv',
      'righe',
      String(righeCsv.length),
      String(righeIndicatore(dati.obiettivi)),
    );
    for (const o of dati.obiettivi) {
      const mie = righeCsv.filter((r) => r['obiettivo'] === o.codice);
      const somma = o.indicatori.reduce((n, i) => n + Math.round(i.peso * 100), 0);
      c.cifra(
        '/dati/indicatori.csv',
        `${o.codice}: righe`,
        String(mie.length),
        String(o.indicatori.length),
      );
      c.cifra(
        '/dati/indicatori.csv',
        `${o.codice}: somma dei pesi`,
        String(mie.reduce((n, r) => n + centCsv(r['peso']), 0)),
        String(somma),
      );
    }
    c.verifica(dati.obiettivi.length);
  });

  test('incarichi.csv e incarichi.json sommano al totale del documento, corrente e vincolata comprese', () => {
    const c = new Confronto();
    const documento = totaliDelDocumento();
    const righeCsv = csv('dati/incarichi.csv');
    const righeJson = json('dati/incarichi.json');
    const somma = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    c.cifra('/dati/incarichi.csv', 'righe', String(righeCsv.length), String(dati.incarichi.length));
    c.cifra(
      '/dati/incarichi.csv',
      'somma di importo',
      importoCsv(somma(righeCsv.map((r) => centCsv(r['importo'])))),
      importoCsv(documento.importo),
    );
    c.cifra(
      '/dati/incarichi.csv',
      'somma di importoCorrente',
      importoCsv(somma(righeCsv.map((r) => centCsv(r['importoCorrente'])))),
      importoCsv(documento.corrente),
    );
    c.cifra(
      '/dati/incarichi.csv',
      'somma di importoVincolato',
      importoCsv(somma(righeCsv.map((r) => centCsv(r['importoVincolato'])))),
      importoCsv(documento.vincolata),
    );
    c.cifra(
      '/dati/incarichi.json',
      'somma di importo',
      importoCsv(somma(righeJson.map((r) => cent(Number(r['importo']))))),
      importoCsv(documento.importo),
    );
    for (const r of righeCsv)
      c.cifra(
        '/dati/incarichi.csv',
        `${r['id']}: corrente + vincolata = importo`,
        importoCsv(centCsv(r['importoCorrente']) + centCsv(r['importoVincolato'])),
        r['importo']!,
      );
    c.verifica(5);
  });

  test('il CSV di ogni settore e di ogni linea ha le sue righe e, per le voci, il suo «Totale Settore»', () => {
    const c = new Confronto();
    for (const s of dati.settori) {
      const obiettivi = dove(dati.obiettivi, 'settore', s.id);
      const voci = dove(dati.incarichi, 'settore', s.id);
      if (obiettivi.length > 0) {
        const f = `/dati/settori/${s.id}/obiettivi.csv`;
        const r = csv(f.slice(1));
        c.cifra(f, 'righe', String(r.length), String(obiettivi.length));
        const codici = (xs: (string | undefined)[]) => [...xs].sort().join(' ');
        c.cifra(
          f,
          'codici degli obiettivi',
          codici(r.map((x) => x['codice'])),
          codici(obiettivi.map((o) => o.codice)),
        );
      }
      if (voci.length > 0) {
        const f = `/dati/settori/${s.id}/incarichi.csv`;
        const r = csv(f.slice(1));
        const q = conti(voci);
        c.cifra(f, 'righe', String(r.length), String(voci.length));
        c.cifra(
          f,
          'somma di importo',
          importoCsv(r.reduce((n, x) => n + centCsv(x['importo']), 0)),
          importoCsv(q.importo),
        );
        c.cifra(
          f,
          'somma di importoCorrente',
          importoCsv(r.reduce((n, x) => n + centCsv(x['importoCorrente']), 0)),
          importoCsv(q.corrente),
        );
        c.cifra(
          f,
          'somma di importoVincolato',
          importoCsv(r.reduce((n, x) => n + centCsv(x['importoVincolato']), 0)),
          importoCsv(q.vincolata),
        );
      }
    }
    for (const l of dati.linee) {
      const obiettivi = dove(dati.obiettivi, 'linea', l.id);
      if (obiettivi.length === 0) continue;
      const f = `/dati/linee-strategiche/${l.id}/obiettivi.csv`;
      const r = csv(f.slice(1));
      c.cifra(f, 'righe', String(r.length), String(obiettivi.length));
      c.cifra(
        f,
        'numeroIndicatori sommati',
        String(r.reduce((n, x) => n + Number(x['numeroIndicatori']), 0)),
        String(righeIndicatore(obiettivi)),
      );
    }
    c.verifica(dati.linee.length);
  });
});

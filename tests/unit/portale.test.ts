// The query layer (src/portale/viste.ts) over the committed data: what each page's view gives is
// what a reader of that page would check against the document (totals, counts, order, joins).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { componiPortale, type Portale } from '../../src/dominio/serie.ts';
import {
  areeInOrdine,
  incarichiPerImporto,
  lineeConObiettivi,
  obiettiviPerLinea,
  obiettiviPerSettore,
  righeIncarichi,
  righeObiettivi,
  settoriDellArea,
  settoriSenzaArea,
  vistaArea,
  vistaConsulenti,
  vistaIncarico,
  vistaIndicatore,
  vistaLinea,
  vistaObiettivo,
  vistaPersona,
  vistaSettore,
} from '../../src/portale/viste.ts';
import {
  areaSchema,
  edizioneSchema,
  incaricoSchema,
  lineaStrategicaSchema,
  obiettivoSchema,
  personaSchema,
  reportSchema,
  settoreSchema,
  type Incarico,
} from '../../src/schemas/index.ts';

const leggi = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
const dati = (nome: string) => leggi(`content/data/${nome}.json`) as unknown[];
const p: Portale = componiPortale({
  obiettivi: dati('obiettivi').map((x) => obiettivoSchema.parse(x)),
  incarichi: dati('incarichi').map((x) => incaricoSchema.parse(x)),
  conferiti: [],
  settori: dati('settori').map((x) => settoreSchema.parse(x)),
  persone: dati('persone').map((x) => personaSchema.parse(x)),
  aree: dati('aree').map((x) => areaSchema.parse(x)),
  linee: dati('linee-strategiche').map((x) => lineaStrategicaSchema.parse(x)),
  report: reportSchema.parse(leggi('content/data/ingest-report.json')),
  edizione: edizioneSchema.parse(leggi('content/data/edizione.json')),
});
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('pagina del settore', () => {
  test('Politiche Sociali: 12 obiettivi, 9 voci, € 259.000,00 tutti su spesa vincolata', () => {
    const v = vistaSettore(p, 'politiche-sociali');
    expect(v.settore.nome).toBe('Politiche Sociali');
    expect(v.obiettivi).toHaveLength(12);
    expect(v.incarichi).toHaveLength(9);
    expect(v.totali).toEqual({ importo: 259000, corrente: 0, vincolata: 259000, numero: 9 });
    expect(v.responsabile.id).toBe('eugenia-grossi');
    expect(v.area?.id).toBe('welfare-di-comunita');
    expect(v.conferiti).toEqual([]);
  });

  test('Cultura, Musei e City Branding: € 71.000,00 = € 16.000,00 corrente + € 55.000,00 vincolata', () => {
    expect(vistaSettore(p, 'cultura-musei-city-branding').totali).toEqual({
      importo: 71000,
      corrente: 16000,
      vincolata: 55000,
      numero: 4,
    });
  });

  test('un settore fuori dal programma incarichi non ha area, né voci, né spesa', () => {
    const v = vistaSettore(p, 'polizia-locale');
    expect(v.area).toBeNull();
    expect(v.incarichi).toEqual([]);
    expect(v.totali).toEqual({ importo: 0, corrente: 0, vincolata: 0, numero: 0 });
    expect(v.obiettivi).toHaveLength(6);
  });

  test('un settore che non esiste ferma il build nominandolo', () => {
    expect(() => vistaSettore(p, 'settore-inventato')).toThrow('settore "settore-inventato"');
  });
});

describe("pagina dell'area e indice del programma", () => {
  test("l'Area Welfare di Comunità somma Politiche Sociali e Politiche Educative: € 377.650,00", () => {
    const v = vistaArea(p, 'welfare-di-comunita');
    expect(v.settori.map((s) => s.settore.id)).toEqual([
      'politiche-sociali',
      'politiche-educative',
    ]);
    expect(v.settori.map((s) => s.totali.importo)).toEqual([259000, 118650]);
    expect(v.totali).toEqual({ importo: 377650, corrente: 17000, vincolata: 360650, numero: 13 });
  });

  test("le aree sono nell'ordine in cui il programma le stampa, e sommano al totale del documento", () => {
    const aree = areeInOrdine(p);
    expect(aree.map((a) => a.area.id)).toEqual([
      'segretario-generale',
      'risorse',
      'gestione-territorio-e-comunita',
      'sviluppo-lavoro-e-area-vasta',
      'welfare-di-comunita',
    ]);
    expect(aree.reduce((n, a) => n + a.totali.importo * 100, 0) / 100).toBe(561038);
    expect(aree.reduce((n, a) => n + a.totali.numero, 0)).toBe(29);
  });

  test('i settori senza area sono quelli che il programma non elenca', () => {
    expect(ids(settoriSenzaArea(p))).toEqual([
      'centrale-unica-acquisti',
      'economico-finanziario-entrate',
      'polizia-locale',
      'progettazione-rigenerazione-manutenzione',
    ]);
  });

  test("la tabella dei settori dell'area porta il responsabile e il numero di obiettivi di ciascuno", () => {
    const righe = settoriDellArea(p, vistaArea(p, 'risorse'));
    expect(
      righe.map((r) => [r.settore.id, r.responsabile.id, r.obiettivi, r.totali.importo]),
    ).toEqual([
      ['rapporti-di-lavoro', righe[0]!.settore.responsabile, 9, 6500],
      ['economico-finanziario-e-demografici', righe[1]!.settore.responsabile, 8, 9000],
      ['provveditorato-ed-economato', righe[2]!.settore.responsabile, 7, 6000],
    ]);
    expect(righe.every((r) => r.responsabile.id === r.settore.responsabile)).toBe(true);
  });

  test("l'elenco per importo va dalla voce più alta alla più bassa, a parità d'importo per scheda", () => {
    const ordinate = incarichiPerImporto(p.incarichi);
    expect(ordinate).toHaveLength(29);
    for (let k = 1; k < ordinate.length; k++) {
      const [a, b] = [ordinate[k - 1]!, ordinate[k]!];
      expect(a.importo).toBeGreaterThanOrEqual(b.importo);
      if (a.importo === b.importo)
        expect(a.id.localeCompare(b.id, 'it', { numeric: true })).toBeLessThan(0);
    }
    const voce = (id: string, importo: number) => ({ ...p.incarichi[0]!, id, importo }) as Incarico;
    expect(ids(incarichiPerImporto([voce('x-2', 5), voce('x-10', 5), voce('x-1', 9)]))).toEqual([
      'x-1',
      'x-2',
      'x-10',
    ]);
    expect(p.incarichi.map((i) => i.id)).not.toEqual(ordinate.map((i) => i.id));
  });
});

describe('pagina della voce del programma', () => {
  test('una voce di Politiche Sociali vale la sua quota dei € 259.000,00 del settore', () => {
    const i = p.incarichi.find((x) => x.settore === 'politiche-sociali')!;
    const v = vistaIncarico(p, i);
    expect(v.totaleSettore).toBe(259000);
    expect(v.quota).toBeCloseTo(i.importo / 259000, 12);
    expect(v.settore.id).toBe('politiche-sociali');
    expect(v.area.id).toBe('welfare-di-comunita');
    expect(v.dirigente.id).toBe(i.dirigente);
    expect(v.conferiti).toEqual([]);
    expect(v.impegnato).toBe(0);
  });

  test('le righe di una tabella di voci portano settore e dirigente di ciascuna', () => {
    const righe = righeIncarichi(p, p.incarichi.slice(0, 3));
    expect(righe.map((r) => r.incarico.id)).toEqual(ids(p.incarichi.slice(0, 3)));
    for (const r of righe) {
      expect(r.settore.id).toBe(r.incarico.settore);
      expect(r.dirigente.id).toBe(r.incarico.dirigente);
    }
  });

  test('la pagina dei consulenti elenca ogni voce con il suo settore', () => {
    const v = vistaConsulenti(p);
    expect(v.voci).toHaveLength(29);
    expect(v.voci.every((x) => x.settore.id === x.incarico.settore)).toBe(true);
    expect(v.conferiti).toEqual([]);
  });
});

describe('incarichi conferiti sulle pagine', () => {
  const voce = p.incarichi.find((i) => i.settore === 'politiche-sociali')!;
  const conferito = {
    id: 'prova-1',
    incarico: voce.id,
    compensoPrevisto: 1000,
    compensoVariabile: 250.5,
  } as Portale['conferiti'][number];
  const altro = { ...conferito, id: 'prova-2', compensoPrevisto: 10, compensoVariabile: 0 };
  const q: Portale = { ...p, conferiti: [conferito, altro] };

  test('la voce mostra quanto impegnano i suoi conferiti, parte variabile compresa', () => {
    const v = vistaIncarico(q, voce);
    expect(ids(v.conferiti)).toEqual(['prova-1', 'prova-2']);
    expect(v.impegnato).toBe(1260.5);
  });

  test('il settore e la pagina dei consulenti mostrano i conferiti delle loro voci', () => {
    expect(ids(vistaSettore(q, 'politiche-sociali').conferiti)).toEqual(['prova-1', 'prova-2']);
    expect(vistaSettore(q, 'politiche-educative').conferiti).toEqual([]);
    const c = vistaConsulenti(q).conferiti;
    expect(c.map((x) => [x.conferito.id, x.voce.id, x.settore.id])).toEqual([
      ['prova-1', voce.id, 'politiche-sociali'],
      ['prova-2', voce.id, 'politiche-sociali'],
    ]);
  });
});

describe('pagina del responsabile', () => {
  test('Eugenia Grossi guida Politiche Sociali e ne è dirigente di tutte le voci', () => {
    const v = vistaPersona(p, 'eugenia-grossi');
    expect(ids(v.settori)).toEqual(['politiche-sociali']);
    expect(v.incarichi.every((i) => i.dirigente === 'eugenia-grossi')).toBe(true);
    expect(v.totali.numero).toBe(v.incarichi.length);
    expect(v.totali.importo).toBe(
      p.incarichi
        .filter((i) => i.dirigente === 'eugenia-grossi')
        .reduce((n, i) => n + i.importo, 0),
    );
    expect(v.obiettivi.every((o) => o.responsabile === 'eugenia-grossi')).toBe(true);
    expect(v.obiettivi.length).toBeGreaterThan(0);
  });
});

describe('pagina della linea strategica', () => {
  test('«Amministrazione efficiente» conta 39 obiettivi, con indicatori e settori coinvolti', () => {
    const v = vistaLinea(p, 'amministrazione-efficiente');
    expect(v.obiettivi).toHaveLength(39);
    const usi = v.obiettivi.reduce((n, o) => n + o.indicatori.length, 0);
    const codici = new Set(v.obiettivi.flatMap((o) => o.indicatori.map((i) => i.codice))).size;
    expect(v.indicatori).toEqual({ usi, codici });
    expect(v.perSettore.reduce((n, g) => n + g.obiettivi.length, 0)).toBe(39);
    expect(v.perSettore.map((g) => g.chiave.nome)).toEqual(
      [...v.perSettore.map((g) => g.chiave.nome)].sort((a, b) => a.localeCompare(b, 'it')),
    );
    for (const g of v.perSettore)
      expect(g.obiettivi.every((o) => o.settore === g.chiave.id)).toBe(true);
  });

  test('le linee sono nel loro ordine di stampa, e i loro obiettivi sommano ai 129 del piano', () => {
    const linee = lineeConObiettivi(p);
    expect(linee.map((l) => l.linea.numero)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(linee.map((l) => l.obiettivi)).toEqual([10, 16, 11, 1, 11, 4, 18, 3, 3, 39, 13]);
  });

  test('gli obiettivi per linea seguono le linee; per settore, i settori in ordine di nome', () => {
    const perLinea = obiettiviPerLinea(p);
    expect(perLinea.map((g) => g.chiave.numero)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(perLinea.map((g) => g.obiettivi.length)).toEqual([
      10, 16, 11, 1, 11, 4, 18, 3, 3, 39, 13,
    ]);
    const perSettore = obiettiviPerSettore(p);
    expect(perSettore.map((g) => g.chiave.id)).toEqual(ids(p.settori));
    expect(perSettore.find((g) => g.chiave.id === 'segretario-generale')!.obiettivi).toHaveLength(
      17,
    );
    // Only the records that have objectives, in the records' order, not the objectives'.
    const dueLinee = [
      p.obiettivi.find((o) => o.linea === 'obiettivi-gestionali')!,
      p.obiettivi[0]!,
    ];
    expect(obiettiviPerLinea(p, dueLinee).map((g) => g.chiave.id)).toEqual([
      p.obiettivi[0]!.linea,
      'obiettivi-gestionali',
    ]);
  });
});

describe("pagina dell'obiettivo e dell'indicatore", () => {
  test("l'obiettivo C59_0008 porta la sua linea, il suo settore, il responsabile e l'area", () => {
    const o = p.obiettivi.find((x) => x.codice === 'C59_0008')!;
    const v = vistaObiettivo(p, o);
    expect(v.linea.id).toBe(o.linea);
    expect(v.settore.id).toBe(o.settore);
    expect(v.responsabile.id).toBe(o.responsabile);
    expect(v.area?.id ?? null).toBe(v.settore.area);
    const senzaArea = p.obiettivi.find((x) => x.settore === 'polizia-locale')!;
    expect(vistaObiettivo(p, senzaArea).area).toBeNull();
  });

  test('le righe di una tabella di obiettivi portano settore, linea e responsabile', () => {
    for (const r of righeObiettivi(p, p.obiettivi.slice(0, 5))) {
      expect(r.settore.id).toBe(r.obiettivo.settore);
      expect(r.linea.id).toBe(r.obiettivo.linea);
      expect(r.responsabile.id).toBe(r.obiettivo.responsabile);
    }
  });

  test("l'indicatore 1583 è usato da C21_0008 e C0142_0002, ciascuno con il suo settore", () => {
    const c = p.indicatori.find((x) => x.codice === '1583')!;
    const usi = vistaIndicatore(p, c);
    expect(usi.map((u) => u.obiettivo.codice).sort()).toEqual(['C0142_0002', 'C21_0008']);
    for (const u of usi) expect(u.settore.id).toBe(u.obiettivo.settore);
  });
});

describe('un riferimento rotto nei dati ferma il build dicendo che cosa manca', () => {
  const senza = (k: 'persone' | 'aree' | 'settori' | 'linee' | 'incarichi'): Portale => ({
    ...p,
    [k]: [],
  });
  const sociali = p.incarichi.find((i) => i.settore === 'politiche-sociali')!;
  const obiettivo = p.obiettivi.find((o) => o.settore === 'politiche-sociali')!;
  const codice = p.indicatori[0]!;
  const conConferito = (q: Portale): Portale => ({
    ...q,
    conferiti: [{ id: 'k', incarico: sociali.id } as Portale['conferiti'][number]],
  });
  test.each([
    [
      'il responsabile del settore',
      () => vistaSettore(senza('persone'), 'politiche-sociali'),
      'persona "eugenia-grossi"',
    ],
    [
      "l'area del settore",
      () => vistaSettore(senza('aree'), 'politiche-sociali'),
      'area "welfare-di-comunita"',
    ],
    ['la linea di un obiettivo', () => obiettiviPerLinea(senza('linee')), 'linea strategica "'],
    ['il settore di un obiettivo', () => obiettiviPerSettore(senza('settori')), 'settore "'],
    ["l'area chiesta", () => vistaArea(p, 'area-inventata'), 'area "area-inventata"'],
    [
      "un settore dell'area",
      () => vistaArea(senza('settori'), 'welfare-di-comunita'),
      'settore "politiche-sociali"',
    ],
    ['la persona chiesta', () => vistaPersona(p, 'nessuno'), 'persona "nessuno"'],
    [
      'la linea chiesta',
      () => vistaLinea(p, 'linea-inventata'),
      'linea strategica "linea-inventata"',
    ],
    [
      'il settore di una voce',
      () => vistaIncarico(senza('settori'), sociali),
      'settore "politiche-sociali"',
    ],
    [
      "l'area di una voce",
      () => vistaIncarico(senza('aree'), sociali),
      'area "welfare-di-comunita"',
    ],
    [
      'il dirigente di una voce',
      () => vistaIncarico(senza('persone'), sociali),
      `persona "${sociali.dirigente}"`,
    ],
    [
      'il settore in una tabella di voci',
      () => righeIncarichi(senza('settori'), [sociali]),
      'settore "politiche-sociali"',
    ],
    [
      'il dirigente in una tabella di voci',
      () => righeIncarichi(senza('persone'), [sociali]),
      `persona "${sociali.dirigente}"`,
    ],
    [
      'il settore in una tabella di obiettivi',
      () => righeObiettivi(senza('settori'), [obiettivo]),
      'settore "politiche-sociali"',
    ],
    [
      'la linea in una tabella di obiettivi',
      () => righeObiettivi(senza('linee'), [obiettivo]),
      `linea strategica "${obiettivo.linea}"`,
    ],
    [
      'il responsabile in una tabella di obiettivi',
      () => righeObiettivi(senza('persone'), [obiettivo]),
      `persona "${obiettivo.responsabile}"`,
    ],
    [
      "il settore dell'obiettivo",
      () => vistaObiettivo(senza('settori'), obiettivo),
      'settore "politiche-sociali"',
    ],
    [
      "la linea dell'obiettivo",
      () => vistaObiettivo(senza('linee'), obiettivo),
      `linea strategica "${obiettivo.linea}"`,
    ],
    [
      "il responsabile dell'obiettivo",
      () => vistaObiettivo(senza('persone'), obiettivo),
      `persona "${obiettivo.responsabile}"`,
    ],
    [
      "l'area dell'obiettivo",
      () => vistaObiettivo(senza('aree'), obiettivo),
      'area "welfare-di-comunita"',
    ],
    [
      "il settore di un uso dell'indicatore",
      () => vistaIndicatore(senza('settori'), codice),
      'settore "',
    ],
    [
      "il responsabile di un settore dell'area",
      () => settoriDellArea(senza('persone'), vistaArea(p, 'risorse')),
      'persona "',
    ],
    [
      'il settore di una voce per i consulenti',
      () => vistaConsulenti(senza('settori')),
      'settore "',
    ],
    [
      'la voce di un conferito',
      () => vistaConsulenti(conConferito(senza('incarichi'))),
      `incarico "${sociali.id}"`,
    ],
  ] as const)('%s', (_, vista, messaggio) => {
    expect(vista).toThrow(`${messaggio}`);
    expect(vista).toThrow('non trovato');
  });
});

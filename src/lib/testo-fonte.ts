// Markup left in the source text by the PDF conversion (`<a href="http://…">…</a>`, `<b>…</b>`):
// parsed into plain parts, never passed to set:html. A link becomes an element built by the page
// from its parts (components/TestoFonte.astro), only for http(s) targets, always as https; any other
// tag, or a link to another scheme, stays visible as the text it contains.

export type ParteTesto =
  { tipo: 'testo'; testo: string } | { tipo: 'link'; testo: string; href: string };

const LINK = /<a\s+href\s*=\s*(?:"([^"]*)"|'([^']*)')\s*>([\s\S]*?)<\/a\s*>/gi;
const ENFASI = /<\/?(?:b|strong|i|em|u)\s*>/gi;
const SCHEMI = new Set(['http:', 'https:']);

/** The https URL of an allowed link target, or undefined (other schemes, relative, malformed). */
export function hrefSicuro(href: string): string | undefined {
  let u: URL;
  try {
    u = new URL(href.trim());
  } catch {
    return undefined;
  }
  if (!SCHEMI.has(u.protocol) || u.username || u.password) return undefined;
  u.protocol = 'https:';
  return u.href;
}

/** Text and links, in order; emphasis tags dropped, their text kept. */
export function partiTesto(s: string): ParteTesto[] {
  const parti: ParteTesto[] = [];
  const testo = (t: string) => {
    const pulito = t.replace(ENFASI, '');
    if (!pulito) return;
    const ultima = parti.at(-1);
    if (ultima?.tipo === 'testo') ultima.testo += pulito;
    else parti.push({ tipo: 'testo', testo: pulito });
  };
  let da = 0;
  for (const m of s.matchAll(LINK)) {
    testo(s.slice(da, m.index));
    const etichetta = m[3]!
      .replace(ENFASI, '')
      .replace(/<[^>]*>/g, '')
      .trim();
    const href = hrefSicuro(m[1] ?? m[2] ?? '');
    if (href) parti.push({ tipo: 'link', href, testo: etichetta || href });
    else testo(etichetta);
    da = m.index + m[0].length;
  }
  testo(s.slice(da));
  return parti;
}

/** The text a reader sees, for titles, descriptions and attributes. */
export const testoSemplice = (s: string): string =>
  partiTesto(s)
    .map((p) => p.testo)
    .join('');

/** Whether a source text carries markup from the conversion (listed on /qualita-dei-dati/). */
export const haMarkup = (s: string | undefined): boolean =>
  !!s && /<\/?(?:a|b|strong|i|em|u)\b[^>]*>/i.test(s);

/** A field of a record whose source text carries markup, for the list on /qualita-dei-dati/. */
export interface TestoConMarkup {
  obiettivo: { id: string; codice: string };
  /** Indicator code, when the field is an indicator's. */
  indicatore?: string;
  campo: string;
  righe: number[];
  collegamenti: string[];
}

interface ObiettivoTesti {
  id: string;
  codice: string;
  titolo: string;
  definizione?: string | null;
  fonte: { righe: number[] };
  indicatori: {
    codice: string;
    titolo: string;
    formula?: string | null;
    finalita?: string | null;
    target?: string | null;
    fonte: { righe: number[] };
  }[];
}

/** Every objective or indicator field with markup from the conversion, in document order. */
export function testiConMarkup(obiettivi: readonly ObiettivoTesti[]): TestoConMarkup[] {
  const esito: TestoConMarkup[] = [];
  const aggiungi = (
    o: ObiettivoTesti,
    campo: string,
    s: string | null | undefined,
    righe: number[],
    indicatore?: string,
  ) => {
    if (!s || !haMarkup(s)) return;
    const collegamenti = partiTesto(s).flatMap((p) => (p.tipo === 'link' ? [p.href] : []));
    esito.push({
      obiettivo: { id: o.id, codice: o.codice },
      indicatore,
      campo,
      righe,
      collegamenti,
    });
  };
  for (const o of obiettivi) {
    aggiungi(o, 'titolo', o.titolo, o.fonte.righe);
    aggiungi(o, 'definizione', o.definizione, o.fonte.righe);
    for (const i of o.indicatori) {
      for (const campo of ['titolo', 'formula', 'finalita', 'target'] as const)
        aggiungi(o, campo === 'finalita' ? 'finalità' : campo, i[campo], i.fonte.righe, i.codice);
    }
  }
  return esito;
}

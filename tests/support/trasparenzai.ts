// How ANAC's TrasparenzAI checker reads a page: its links, and a label matched word by word after the same
// analysis it applies (elisions, lowercase, Italian stop words, Lucene's ItalianLightStemmer).

/** Elided articles Lucene's analyser strips (`dell'art.` → `art`), as TrasparenzAI configures it. */
const ELISIONI = new Set(
  'c l all dall dell nell sull coll pell gl agl dagl degl negl sugl un m t s v d'.split(' '),
);

/** Snowball's Italian stop words (Lucene's `italian_stop.txt`), the articles, prepositions and verb forms. */
const STOP = new Set(
  `ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla dalle di del dello
  dei degli dell degl della delle in nel nello nei negli nell negl nella nelle su sul sullo sui sugli sull
  sugl sulla sulle per tra contro io tu lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua suoi
  sue nostro nostra nostri nostre vostro vostra vostri vostre mi ti ci vi lo la li le gli ne il un uno una
  ma ed se perché anche come dov dove che chi cui non più quale quanto quanti quanta quante quello quelli
  quella quelle questo questi questa queste si tutto tutti a c e i l o ho hai ha abbiamo avete hanno abbia
  abbiate abbiano avrò avrai avrà avremo avrete avranno avrei avresti avrebbe avremmo avreste avrebbero
  avevo avevi aveva avevamo avevate avevano ebbi avesti ebbe avemmo aveste ebbero avessi avesse avessimo
  avessero avendo avuto avuta avuti avute sono sei è siamo siete sia siate siano sarò sarai sarà saremo
  sarete saranno sarei saresti sarebbe saremmo sareste sarebbero ero eri era eravamo eravate erano fui
  fosti fu fummo foste furono fossi fosse fossimo fossero essendo faccio fai facciamo fanno faccia
  facciate facciano farò farai farà faremo farete faranno farei faresti farebbe faremmo fareste
  farebbero facevo facevi faceva facevamo facevate facevano feci facesti fece facemmo faceste fecero
  facessi facesse facessimo facessero facendo sto stai sta stiamo stanno stia stiate stiano starò starai
  starà staremo starete staranno starei staresti starebbe staremmo stareste starebbero stavo stavi stava
  stavamo stavate stavano stetti stesti stette stemmo steste stettero stessi stesse stessimo stessero
  stando`.split(/\s+/),
);

const ACCENTI: Record<string, string> = {
  à: 'a',
  á: 'a',
  â: 'a',
  ä: 'a',
  ò: 'o',
  ó: 'o',
  ô: 'o',
  ö: 'o',
  è: 'e',
  é: 'e',
  ê: 'e',
  ë: 'e',
  ù: 'u',
  ú: 'u',
  û: 'u',
  ü: 'u',
  ì: 'i',
  í: 'i',
  î: 'i',
  ï: 'i',
};

/** Lucene's ItalianLightStemmer (J. Savoy): words of six letters or more lose accents and the final vowel(s). */
export function radice(parola: string): string {
  if (parola.length < 6) return parola;
  const s = [...parola].map((c) => ACCENTI[c] ?? c).join('');
  const ultima = s.at(-1)!;
  const penultima = s.at(-2)!;
  switch (ultima) {
    case 'e':
    case 'i':
      return s.slice(0, penultima === 'i' || penultima === 'h' ? -2 : -1);
    case 'a':
    case 'o':
      return s.slice(0, penultima === 'i' ? -2 : -1);
    default:
      return s;
  }
}

/** The terms of a text: split on anything but letters (spaces, punctuation, digits), elisions and stop words dropped, stemmed. */
export function termini(testo: string): string[] {
  return testo
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '' && !ELISIONI.has(w) && !STOP.has(w))
    .map(radice);
}

export interface Collegamento {
  href: string;
  /** Text, aria-label, title and alt of the link, as the checker reads them. */
  testo: string;
}

const ENTITA: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
const decodifica = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : (ENTITA[e] ?? m),
  );
const attributo = (attr: string, nome: string) =>
  decodifica(new RegExp(`\\s${nome}="([^"]*)"`, 'i').exec(attr)?.[1] ?? '');

/** Every `<a href>` of a page with the text the checker matches against. */
export function collegamenti(html: string): Collegamento[] {
  return [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)]
    .map(([, attr = '', interno = '']) => ({
      href: attributo(attr, 'href'),
      testo: [
        decodifica(interno.replace(/<[^>]*>/g, ' ')),
        attributo(attr, 'aria-label'),
        attributo(attr, 'title'),
        ...[...interno.matchAll(/<img\b([^>]*)>/gi)].map(([, a = '']) => attributo(a, 'alt')),
      ]
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    }))
    .filter((c) => c.href !== '');
}

/**
 * The link a label finds: every term of the label (or of one of its alternatives) among the link's terms.
 * Among several, the one with the fewest extra terms (Lucene's length norm ranks it first).
 */
export function trova(
  link: readonly Collegamento[],
  etichette: readonly string[],
): Collegamento | undefined {
  const candidati = link.flatMap((c) => {
    const suoi = new Set(termini(c.testo));
    return etichette.some((e) => {
      const t = termini(e);
      return t.length > 0 && t.every((x) => suoi.has(x));
    })
      ? [{ c, n: suoi.size }]
      : [];
  });
  return candidati.sort((a, b) => a.n - b.n)[0]?.c;
}

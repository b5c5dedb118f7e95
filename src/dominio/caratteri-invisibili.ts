/**
 * Characters a reader cannot see but that change what a text shows or how it matches: bidirectional
 * overrides and isolates (U+202A–202E, U+2066–2069, which can make `C59_0008` display reversed),
 * zero-width characters (U+200B–200D, U+2060, U+FEFF), the left-to-right and right-to-left marks
 * (U+200E, U+200F) and a carriage return standing alone inside a line.
 */
const INVISIBILE = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\r]/gu;

/** `U+202E` style name of a character, for messages. */
export function nomeCarattere(c: string): string {
  const nomi: Record<string, string> = {
    '\r': 'ritorno a capo (CR) isolato',
    '\uFEFF': 'BOM / spazio a larghezza zero (U+FEFF)',
  };
  return nomi[c] ?? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The invisible characters of `testo`, each named once, in order of first appearance. */
export function caratteriInvisibili(testo: string): string[] {
  return [...new Set(testo.match(INVISIBILE) ?? [])].map(nomeCarattere);
}

/** `testo` without its invisible characters. */
export function senzaInvisibili(testo: string): string {
  return testo.replace(INVISIBILE, '');
}

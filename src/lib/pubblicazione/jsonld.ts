// Serialising JSON for a <script type="application/ld+json"> element without letting data close the element.

/**
 * JSON text safe inside an HTML script element: `<`, `>`, `&` and the JS line separators are written as
 * `\uXXXX` escapes, which JSON parsers read back as the same characters.
 */
export function jsonPerScript(valore: unknown): string {
  return JSON.stringify(valore).replace(/[<>&\u2028\u2029]/g, (c) => ESCAPE[c]!);
}

const ESCAPE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

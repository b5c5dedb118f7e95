// The source documents, bundled at build time from content/sources (files starting with _ are not routes).

/** Every published source file's text by file name; Vite reads them, so no Node API is needed here. */
const testi: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('/content/sources/*.txt', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([percorso, testo]) => [percorso.split('/').at(-1)!, testo]),
);

/** Names of the published source files. */
export const fileSorgenti = () => Object.keys(testi).sort();

/** The file's bytes: the UTF-8 encoding of its text, which the SHA-256 check proves identical to the original. */
export function leggiSorgente(nome: string): Uint8Array<ArrayBuffer> {
  const testo = testi[nome];
  if (testo === undefined)
    throw new Error(`documento sorgente "${nome}" non trovato in content/sources`);
  return new TextEncoder().encode(testo);
}

async function sha256(byte: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', byte));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads the file the ingest report describes and fails the build if its bytes are not the ones the ingest read. */
export async function sorgenteVerificata(percorso: string, atteso: string) {
  const nome = percorso.split('/').at(-1)!;
  const byte = leggiSorgente(nome);
  const calcolato = await sha256(byte);
  if (calcolato !== atteso) {
    throw new Error(
      `${percorso}: SHA-256 ${calcolato} diverso da quello del report di ingest (${atteso}); rieseguire l'ingest`,
    );
  }
  return { nome, byte, testo: testi[nome]! };
}

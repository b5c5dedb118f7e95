// /incarichi-conferiti/documenti/<file>.pdf: the CVs and attestations the office put in
// content/incarichi-conferiti/documenti/, copied byte for byte at build; only the files a published
// engagement links to (npm run ingest checked each exists and is a PDF).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { caricaPortale } from '../../../portale/carica.ts';

const PREFISSO = '/incarichi-conferiti/documenti/';
const CARTELLA = 'content/incarichi-conferiti/documenti';

export const getStaticPaths = (async () => {
  const p = await caricaPortale();
  const nomi = new Set(
    p.conferiti
      .flatMap((c) => [c.curriculum, c.attestazioneConflittoInteressi])
      .filter((u) => u.startsWith(PREFISSO) && u.endsWith('.pdf'))
      .map((u) => u.slice(PREFISSO.length, -'.pdf'.length)),
  );
  return [...nomi].sort().map((nome) => ({ params: { nome } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = join(CARTELLA, `${params.nome}.pdf`);
  let byte: Buffer;
  try {
    byte = readFileSync(file);
  } catch {
    throw new Error(
      `${file}: documento collegato da un incarico conferito ma assente: rimetterlo ed eseguire npm run ingest`,
    );
  }
  return new Response(new Uint8Array(byte), { headers: { 'Content-Type': 'application/pdf' } });
};

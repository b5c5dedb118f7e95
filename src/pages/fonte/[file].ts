// /fonte/<file>.txt: the source document byte for byte, as the ingest read it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileSorgenti, leggiSorgente } from '../../lib/sorgenti.ts';

export const getStaticPaths = (() =>
  fileSorgenti().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(leggiSorgente(params.file!), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

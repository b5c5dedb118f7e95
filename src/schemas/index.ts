/** All entity schemas, for the ingest and the content collections alike. */
export * from './fonte.ts';
export * from './linea-strategica.ts';
export * from './persona.ts';
export * from './area.ts';
export * from './settore.ts';
export * from './indicatore.ts';
export * from './obiettivo.ts';
export * from './incarico.ts';
export * from './incarico-conferito.ts';
export * from './anagrafica.ts';
export * from './report.ts';
export * from './edizione.ts';

/** The columns of the office's spreadsheet live in src/dominio/ (the /dati/ page lists them too). */
export * from '../../dominio/colonne-conferiti.ts';

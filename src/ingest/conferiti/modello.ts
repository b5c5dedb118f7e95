/**
 * The template the office downloads: the headings of COLONNE and nothing else (no example row: a
 * row in the data would be read as an engagement), and the instructions as a separate text.
 */
import { COLONNE, FORMATI } from './colonne.ts';

export const NOME_MODELLO = 'modello-incarichi-conferiti';

/** `modello-incarichi-conferiti.csv`: UTF-8 with BOM, `;`, CRLF, the heading row only. */
export function modelloCsv(): string {
  const celle = COLONNE.map((c) =>
    /[;"\n]/.test(c.intestazione) ? `"${c.intestazione.replace(/"/g, '""')}"` : c.intestazione,
  );
  return `\uFEFF${celle.join(';')}\r\n`;
}

/** The heading row, for the XLSX template. */
export function intestazioniModello(): string[] {
  return COLONNE.map((c) => c.intestazione);
}

/** The instructions, in Italian, one paragraph per column. */
export function istruzioniModello(): string {
  const righe = [
    'MODELLO DEGLI INCARICHI CONFERITI (art. 15 D.Lgs. 33/2013)',
    '',
    'Una riga per ogni incarico di collaborazione o consulenza conferito. La prima riga contiene le',
    'intestazioni: non cambiarle (maiuscole, minuscole e spazi in più non contano) e non aggiungere',
    'altre colonne. Non lasciare righe di esempio: ogni riga compilata è un incarico.',
    '',
    'Il foglio si può salvare come CSV (separatore «;» o «,», codifica UTF-8, per esempio',
    '«CSV UTF-8» di Excel o «Testo CSV» di LibreOffice con set di caratteri Unicode UTF-8) oppure',
    'come XLSX (si legge solo il primo foglio).',
    '',
    'Le colonne:',
    '',
  ];
  for (const c of COLONNE) {
    const stato = c.puoMancare
      ? 'facoltativa (la colonna può anche mancare)'
      : c.obbligatoria
        ? 'obbligatoria'
        : 'si può lasciare vuota';
    righe.push(`- ${c.intestazione} (${stato})`);
    righe.push(`  ${c.spiegazione}`);
    righe.push(`  Formato: ${FORMATI[c.tipo]}`);
    righe.push('');
  }
  righe.push(
    'Curriculum vitae e attestazioni: i file PDF vanno nella cartella content/incarichi-conferiti/documenti/',
    'e nel foglio si scrive il loro nome (cv-studio-alfa.pdf), esattamente come il file; oppure un indirizzo',
    'https://. Ogni documento è pubblicato a /incarichi-conferiti/documenti/<nome del file>.',
    '',
    'Se una cella non va bene, l’importazione si ferma e indica file, riga (come la numera il foglio',
    'di calcolo, la riga delle intestazioni è la 1) e colonna, per esempio:',
    'incarichi.xlsx, riga 4, colonna «Compenso previsto»: importo illeggibile "10.000,0x"',
    '',
  );
  return righe.join('\r\n');
}

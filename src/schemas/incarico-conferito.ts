/**
 * An engagement actually conferred against a programme line (D.Lgs. 33/2013 art. 15).
 * Editors publish these as they happen; the PEG document holds none.
 *
 * What a record cannot contain, so that no mistake reaches readers: a link of any scheme other than
 * https/http to a named host, or a site path (`/allegati/cv.pdf`); texts blank or longer than their
 * limit; dates that cannot be true. The loader (src/ingest/conferiti.ts) adds what needs the file
 * system, the date or src/dominio/: site files that exist, no publication in the future, no personal
 * data and no invisible characters in TESTI_LIBERI. Every message is Italian and names the field.
 */
import { z } from 'astro/zod';
import { compensoMassimo, superaAlCentesimo } from '../dominio/euro.ts';

const obbligatorio = (atteso: string) => ({
  error: (iss: { input?: unknown }) =>
    iss.input === undefined ? 'campo obbligatorio mancante' : `atteso ${atteso}`,
});

/** `AAAA-MM-GG` that is a real calendar day (no 2019-02-30). */
const dataIso = z
  .string(obbligatorio('una data nella forma AAAA-MM-GG'))
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'data attesa nella forma AAAA-MM-GG' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { message: 'data inesistente nel calendario' },
  );

/**
 * Free text: trimmed, not blank unless allowed, within `max` characters. Personal data and
 * invisible characters are refused by the loader (src/ingest/conferiti.ts, with src/dominio/),
 * which knows the file; `TESTI_LIBERI` lists the fields it checks.
 */
function testo(max: number, { vuoto = false } = {}) {
  return z
    .string(obbligatorio('un testo'))
    .trim()
    .superRefine((s, ctx) => {
      if (!vuoto && s === '') ctx.addIssue({ code: 'custom', message: 'il testo è vuoto' });
      if (s.length > max)
        ctx.addIssue({
          code: 'custom',
          message: `testo troppo lungo: ${s.length.toLocaleString('it-IT')} caratteri, al massimo ${max.toLocaleString('it-IT')}`,
        });
    });
}

/** The free-text fields, and whether health notes are looked for (fields about the person). */
export const TESTI_LIBERI = [
  { campo: 'soggettoPercettore', salute: true },
  { campo: 'ragione', salute: false },
  { campo: 'atto.estremi', salute: false },
  { campo: 'altriIncarichi', salute: true },
] as const;

/** A bare attachment file name, as the office's spreadsheet writes it: `cv-rossi.pdf`. */
export const NOME_ALLEGATO = /^[A-Za-z0-9][A-Za-z0-9_.-]*\.pdf$/i;

/** Where a link may point: an absolute http(s) URL to a named host, or a path on this site. */
export function erroreCollegamento(s: string): string | null {
  if (/[\s\\\u0000-\u001f\u007f]/.test(s))
    return 'il collegamento contiene spazi, barre inverse o caratteri di controllo';
  if (/[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u.test(s))
    return 'il collegamento contiene caratteri invisibili';
  if (s.startsWith('/') && !s.startsWith('//')) {
    if (
      s
        .split(/[?#]/)[0]!
        .split('/')
        .some((p) => p === '..' || p === '.')
    )
      return 'il percorso del sito non può contenere "." o ".."';
    return null;
  }
  // The office's spreadsheet names an attachment by its file name (src/ingest/conferiti/): no
  // scheme, no path; the content loader publishes only https links and site paths
  if (NOME_ALLEGATO.test(s)) return null;
  if (!/^https?:\/\//i.test(s))
    return 'il collegamento deve cominciare con https:// (o http://) oppure essere un percorso del sito che comincia con /';
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return 'il collegamento non è un indirizzo valido';
  }
  if (url.username || url.password)
    return 'il collegamento non può contenere nome utente o password';
  const host = url.hostname;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(host) || /^\d+(\.\d+)*$/.test(host))
    return `il collegamento non punta a un host con nome (trovato "${host}")`;
  return null;
}

const collegamento = z
  .string(obbligatorio('un collegamento'))
  .max(2000, { message: 'collegamento troppo lungo: al massimo 2.000 caratteri' })
  .superRefine((s, ctx) => {
    const e = erroreCollegamento(s);
    if (e) ctx.addIssue({ code: 'custom', message: e });
  });

/**
 * Hosts of the national register of engagements (Funzione Pubblica, art. 53 c.14 D.Lgs. 165/2001:
 * PerlaPA and its public «Consulenti pubblici» site) a record may link to.
 */
export const HOST_REGISTRO = [
  'perlapa.gov.it',
  'www.perlapa.gov.it',
  'consulentipubblici.gov.it',
  'www.consulentipubblici.gov.it',
] as const;

/** The record's page in the national register: https only, to a host of the register. */
const collegamentoRegistro = z
  .string(obbligatorio('un indirizzo https://'))
  .max(2000, { message: 'collegamento troppo lungo: al massimo 2.000 caratteri' })
  .superRefine((s, ctx) => {
    const e = erroreCollegamento(s);
    if (e) return ctx.addIssue({ code: 'custom', message: e });
    if (!s.startsWith('https://'))
      ctx.addIssue({
        code: 'custom',
        message: 'il collegamento al registro nazionale deve cominciare con https://',
      });
  });

const slug = z
  .string(obbligatorio('un identificativo'))
  .max(120, { message: 'identificativo troppo lungo: al massimo 120 caratteri' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message:
      'deve contenere solo lettere minuscole, cifre e trattini (es. 2019-politiche-sociali-7-rossi)',
  });

const importo = z
  .number(obbligatorio('un importo in euro, come numero (es. 14175.5)'))
  .nonnegative({ message: "l'importo non può essere negativo" })
  .max(100_000_000, { message: 'importo non plausibile (oltre 100 milioni di euro)' })
  .refine((n) => Math.round(n * 100) === n * 100, { message: 'importo con più di due decimali' });

export const incaricoConferitoSchema = z
  .object(
    {
      /** Stable id chosen by the editor, e.g. `2019-politiche-sociali-7-rossi`; the file is `<id>.json`. */
      id: slug,
      /** Id of the programme line (incarico) the engagement draws on. */
      incarico: slug,
      /** Soggetto percettore: name of the professional (no codice fiscale, no private contacts). */
      soggettoPercettore: testo(200),
      /** Ragione dell'incarico (oggetto). */
      ragione: testo(2000),
      /** Act of conferral. */
      atto: z.object(
        {
          /** Kind and number, e.g. `Determinazione dirigenziale n. 123`. */
          estremi: testo(300),
          /** Date of the act. */
          data: dataIso,
          /** Link to the published act (site path or absolute URL). */
          url: collegamento.optional(),
        },
        obbligatorio('un oggetto con estremi, data ed eventualmente url'),
      ),
      /** First day of the engagement. */
      dataInizio: dataIso,
      /** Last day of the engagement. */
      dataFine: dataIso,
      /** Compensation planned (compenso previsto), in euro. */
      compensoPrevisto: importo,
      /** Variable part of the compensation, shown apart as art. 15 requires; 0 when none. */
      compensoVariabile: importo.default(0),
      /** Amount actually paid (ammontare erogato), in euro; null until the first payment. */
      compensoErogato: importo.nullable(),
      /** Link to the curriculum vitae. */
      curriculum: collegamento,
      /** Link to the attestation that no conflict of interest exists (art. 53 c.14 D.Lgs. 165/2001). */
      attestazioneConflittoInteressi: collegamento,
      /** Other engagements or professional activities of the person, as declared. */
      altriIncarichi: testo(4000, { vuoto: true }).default(''),
      /** Date the record was published on the portal. */
      dataPubblicazione: dataIso,
      /**
       * The record in the national register (PerlaPA, «Consulenti pubblici»), https only; the
       * ingest also checks the host against HOST_REGISTRO. An addition to this page, never a
       * replacement for it.
       */
      collegamentoRegistro: collegamentoRegistro.nullable().default(null),
    },
    obbligatorio('un oggetto JSON con i campi di un incarico conferito'),
  )
  .strict()
  .refine((c) => c.dataFine >= c.dataInizio, {
    message: 'la data di fine precede la data di inizio',
    path: ['dataFine'],
  })
  .refine((c) => c.atto.data <= c.dataInizio, {
    message: "l'atto di conferimento è datato dopo l'inizio dell'incarico",
    path: ['atto', 'data'],
  })
  .refine((c) => c.dataPubblicazione >= c.atto.data, {
    message: "la data di pubblicazione precede l'atto di conferimento",
    path: ['dataPubblicazione'],
  })
  .refine(
    (c) => c.compensoErogato === null || !superaAlCentesimo(c.compensoErogato, compensoMassimo(c)),
    {
      message: 'il compenso erogato supera il compenso previsto',
      path: ['compensoErogato'],
    },
  );
export type IncaricoConferito = z.infer<typeof incaricoConferitoSchema>;

/** Every problem of a parsed record, one `campo x.y: message` per issue. */
export function erroriConferito(r: z.ZodSafeParseError<unknown>): string[] {
  return r.error.issues.map((i) => {
    const campo = i.path.length ? i.path.join('.') : '(record)';
    const msg =
      i.code === 'unrecognized_keys'
        ? `campi non previsti: ${(i as { keys: string[] }).keys.join(', ')}`
        : i.message;
    return `campo ${campo}: ${msg}`;
  });
}

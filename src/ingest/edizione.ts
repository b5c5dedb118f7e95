// The register of editions (content/edizioni.json): reading it, choosing the edition to import, and
// checking that the text read is the one registered (same SHA-256).
import { createHash } from 'node:crypto';
import { registroEdizioniSchema, type Edizione, type VoceRegistro } from '../schemas/edizione.ts';
import { IngestError } from './errore.ts';

/** The register's entries, validated; a malformed register stops the ingest naming the entry and field. */
export function leggiRegistro(bytes: Uint8Array, file: string): VoceRegistro[] {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw new IngestError(file, 1, `registro delle edizioni illeggibile: ${(e as Error).message}`);
  }
  const esito = registroEdizioniSchema.safeParse(json);
  if (!esito.success) {
    const p = esito.error.issues[0]!;
    const dove = p.path.length ? p.path.join('.') : 'il registro';
    throw new IngestError(file, 1, `registro delle edizioni: ${dove}: ${p.message}`);
  }
  const visti = new Set<string>();
  for (const v of esito.data) {
    if (visti.has(v.id)) throw new IngestError(file, 1, `edizione "${v.id}" registrata due volte`);
    visti.add(v.id);
  }
  return esito.data;
}

/** The edition with this id, or the latest registered (the register's last entry) when no id is given. */
export function scegliEdizione(
  registro: readonly VoceRegistro[],
  file: string,
  id?: string,
): VoceRegistro {
  if (id === undefined) return registro[registro.length - 1]!;
  const voce = registro.find((v) => v.id === id);
  if (!voce)
    throw new IngestError(
      file,
      1,
      `edizione "${id}" non registrata (registrate: ${registro.map((v) => v.id).join(', ')})`,
    );
  return voce;
}

/** The SHA-256 of a text, hex. */
export const impronta = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The edition the data come from, when the text read is its registered file: a text whose SHA-256
 * differs from the registered one (cut short, edited, converted again) is refused. Another text read
 * for it (`--sorgente`, in tests and the bench) is not the registered one and is not checked.
 */
export function verificaEdizione(
  voce: VoceRegistro,
  sorgente: Uint8Array,
  fileSorgente: string,
  fileRegistro: string,
): Edizione {
  const effettiva = impronta(sorgente);
  if (fileSorgente === voce.file && effettiva !== voce.sha256)
    throw new IngestError(
      fileSorgente,
      1,
      `il testo non è l'edizione ${voce.id} registrata in ${fileRegistro}: impronta SHA-256 ${effettiva.slice(0, 12)}…, registrata ${voce.sha256.slice(0, 12)}… (file troncato o modificato). Ripristinare il file originale; se è davvero una nuova edizione, registrarla con npm run edizione -- aggiungi`,
    );
  return voce;
}

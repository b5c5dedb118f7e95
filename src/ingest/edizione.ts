// The register of editions (content/edizioni.json): reading it, choosing the edition to import, and the
// record of the edition the data come from (its entry and the SHA-256 of the text read).
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

/** The record of the edition the data were read from. */
export function recordEdizione(voce: VoceRegistro, sorgente: Uint8Array): Edizione {
  return { ...voce, sha256: createHash('sha256').update(sorgente).digest('hex') };
}

/** Resolving printed spellings to entities of the hand-curated registry. */
import type { Anagrafica, VoceAnagrafica } from '../schemas/anagrafica.ts';
import { IngestError } from './errore.ts';

export type TipoEntita = 'linee' | 'aree' | 'settori' | 'persone';

const ETICHETTA: Record<TipoEntita, string> = {
  linee: 'linea strategica',
  aree: 'area',
  settori: 'settore',
  persone: 'persona',
};

/** Every spelling met, by entity, with the lines it was met on. */
export type Diciture = Map<string, Map<string, number[]>>;

export class Risolutore {
  private readonly indice = new Map<TipoEntita, Map<string, VoceAnagrafica>>();
  private readonly viste = new Map<TipoEntita, Diciture>();
  readonly anagrafica: Anagrafica;
  private readonly fileAnagrafica: string;

  constructor(anagrafica: Anagrafica, fileAnagrafica: string) {
    this.anagrafica = anagrafica;
    this.fileAnagrafica = fileAnagrafica;
    for (const tipo of Object.keys(ETICHETTA) as TipoEntita[]) {
      const m = new Map<string, VoceAnagrafica>();
      for (const v of anagrafica[tipo]) for (const a of v.alias) m.set(normalizza(a), v);
      this.indice.set(tipo, m);
      this.viste.set(tipo, new Map());
    }
  }

  /** The entity a printed spelling stands for; an unknown spelling is an error naming the line. */
  risolvi(tipo: TipoEntita, dicitura: string, file: string, riga: number): VoceAnagrafica {
    const voce = this.indice.get(tipo)!.get(normalizza(dicitura));
    if (!voce) {
      throw new IngestError(
        file,
        riga,
        `${ETICHETTA[tipo]} sconosciuta/o "${dicitura}": aggiungere la dicitura come alias in ${this.fileAnagrafica}`,
      );
    }
    const perEntita = this.viste.get(tipo)!;
    if (!perEntita.has(voce.id)) perEntita.set(voce.id, new Map());
    const righe = perEntita.get(voce.id)!;
    const chiave = dicitura.trim();
    if (!righe.has(chiave)) righe.set(chiave, []);
    righe.get(chiave)!.push(riga);
    return voce;
  }

  /** Spellings met for each entity of a kind. */
  diciture(tipo: TipoEntita): Diciture {
    return this.viste.get(tipo)!;
  }
}

function normalizza(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// Record references of the ingest report (`obiettivo:c59-0008`, `indicatore:c59-0008/1495`, …) mapped to portal URLs and labels.
import type { Incarico } from '../../schemas/index.ts';
import { perIdentificativo } from '../../dominio/indici.ts';
import { url } from '../url.ts';

interface Voce {
  id: string;
  nome: string;
}

/** What the mapping needs to resolve references: ids, names and the fields of programme lines used in their URLs. */
export interface IndiceRiferimenti {
  obiettivi: { id: string; codice: string }[];
  incarichi: Pick<Incarico, 'id' | 'anno' | 'settore' | 'scheda'>[];
  settori: Voce[];
  persone: Voce[];
  linee: Voce[];
  aree: Voce[];
}

export interface Collegamento {
  href: string;
  etichetta: string;
}

/** By map lookup: the quality page resolves thousands of references at scale. */
function cerca<T extends { id: string }>(xs: T[], id: string, ref: string): T {
  const x = perIdentificativo(xs, id);
  if (!x) throw new Error(`riferimento "${ref}": record non trovato`);
  return x;
}

/** Resolves a reference to the page that shows the record, and a label naming it. Throws on a dangling reference. */
export function risolviRiferimento(ref: string, indice: IndiceRiferimenti): Collegamento {
  const sep = ref.indexOf(':');
  const tipo = sep > 0 ? ref.slice(0, sep) : '';
  const id = ref.slice(sep + 1);
  switch (tipo) {
    case 'obiettivo':
      return {
        href: url.obiettivo(id),
        etichetta: `obiettivo ${cerca(indice.obiettivi, id, ref).codice}`,
      };
    case 'indicatore': {
      const [obiettivo = '', codice = ''] = id.split('/');
      if (!/^\d+$/.test(codice))
        throw new Error(`riferimento "${ref}": atteso indicatore:<obiettivo>/<codice>`);
      const o = cerca(indice.obiettivi, obiettivo, ref);
      return {
        href: url.indicatoreNellObiettivo(o.id, codice),
        etichetta: `indicatore ${codice} dell'obiettivo ${o.codice}`,
      };
    }
    case 'settore':
      return { href: url.settore(id), etichetta: cerca(indice.settori, id, ref).nome };
    case 'persona':
      return { href: url.responsabile(id), etichetta: cerca(indice.persone, id, ref).nome };
    case 'linea':
      return { href: url.linea(id), etichetta: cerca(indice.linee, id, ref).nome };
    case 'area':
      return { href: url.area(id), etichetta: cerca(indice.aree, id, ref).nome };
    case 'incarico': {
      const i = cerca(indice.incarichi, id, ref);
      return {
        href: url.incarico(i),
        etichetta: `incarico ${i.anno}, ${cerca(indice.settori, i.settore, ref).nome}, scheda ${i.scheda}`,
      };
    }
    default:
      throw new Error(`riferimento "${ref}": tipo di record sconosciuto`);
  }
}

/** Just the URL of a reference. */
export function urlRiferimento(ref: string, indice: IndiceRiferimenti): string {
  return risolviRiferimento(ref, indice).href;
}

// Conferred engagements: the soggetto percettore's stable id, and the grouping by soggetto.
import type { IncaricoConferito } from '../schemas/index.ts';

/**
 * `Studio Alfa S.r.l.` → `studio-alfa-s-r-l`, at most 60 characters, cut at a hyphen: the id of a
 * soggetto percettore (its page's address) and the last part of an engagement's id.
 */
export function idSoggetto(testo: string): string {
  let s = testo
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length > 60) {
    s = s.slice(0, 61);
    const taglio = s.lastIndexOf('-');
    s = (taglio > 0 ? s.slice(0, taglio) : s.slice(0, 60)).replace(/-+$/, '');
  }
  return s;
}

/** A soggetto percettore: its id, its name as first published, its engagements in id order. */
export interface Soggetto {
  id: string;
  nome: string;
  conferiti: IncaricoConferito[];
}

/** The soggetti percettori of the engagements, by name. */
export function soggettiPercettori(conferiti: readonly IncaricoConferito[]): Soggetto[] {
  const perId = new Map<string, Soggetto>();
  for (const c of conferiti) {
    const id = idSoggetto(c.soggettoPercettore);
    let s = perId.get(id);
    if (!s) perId.set(id, (s = { id, nome: c.soggettoPercettore, conferiti: [] }));
    s.conferiti.push(c);
  }
  return [...perId.values()].sort((a, b) => a.nome.localeCompare(b.nome, 'it'));
}

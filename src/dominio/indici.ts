// Lookups over the portal's arrays, built once per array: a page's joins (its settore, the
// objectives of a settore…) cost a map lookup instead of a scan of every record, so rendering
// stays linear in the number of pages at any scale.
const perId = new WeakMap<readonly object[], Map<string, unknown>>();
const perChiave = new WeakMap<readonly object[], Map<PropertyKey, Map<unknown, unknown[]>>>();

/** The record with this id, or undefined. */
export function perIdentificativo<T extends { id: string }>(
  xs: readonly T[],
  id: string,
): T | undefined {
  let m = perId.get(xs);
  if (!m) {
    m = new Map(xs.map((x) => [x.id, x]));
    perId.set(xs, m);
  }
  return m.get(id) as T | undefined;
}

/** The record with this id; a dangling reference is a data bug, so it throws naming `cosa` and the id. */
export function trova<T extends { id: string }>(xs: readonly T[], id: string, cosa: string): T {
  const x = perIdentificativo(xs, id);
  if (!x) throw new Error(`${cosa} "${id}" non trovato`);
  return x;
}

/** The records grouped by the value of `chiave`, groups in order of first appearance, one pass. */
export function gruppi<T extends object, K extends keyof T>(
  xs: readonly T[],
  chiave: K,
): Map<T[K], T[]> {
  const out = new Map<T[K], T[]>();
  for (const x of xs) {
    const g = out.get(x[chiave]);
    if (g) g.push(x);
    else out.set(x[chiave], [x]);
  }
  return out;
}

/** The records whose `chiave` equals `valore`, in their original order (empty array when none). */
export function gruppo<T extends object, K extends keyof T>(
  xs: readonly T[],
  chiave: K,
  valore: T[K],
): T[] {
  let perArray = perChiave.get(xs);
  if (!perArray) {
    perArray = new Map();
    perChiave.set(xs, perArray);
  }
  let perValore = perArray.get(chiave);
  if (!perValore) {
    perValore = gruppi(xs, chiave);
    perArray.set(chiave, perValore);
  }
  return (perValore.get(valore) as T[] | undefined) ?? [];
}

const perPosizione = new WeakMap<readonly object[], Map<object, number>>();

/** Where a record stands in its array (its printed order), or -1. */
export function posizione<T extends object>(xs: readonly T[], x: T): number {
  let m = perPosizione.get(xs);
  if (!m) {
    m = new Map(xs.map((v, i) => [v, i]));
    perPosizione.set(xs, m);
  }
  return m.get(x) ?? -1;
}

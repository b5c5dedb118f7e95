// Provenance: the source lines a record comes from, as runs of consecutive lines.

/** A run of consecutive source lines: `da === a` for a single line. */
export interface Intervallo {
  da: number;
  a: number;
}

/** `[516, 517, 518, 522]` → `[{da: 516, a: 518}, {da: 522, a: 522}]`; input in any order, duplicates ignored. */
export function intervalliRighe(righe: Iterable<number>): Intervallo[] {
  const ordinate = [...new Set(righe)].sort((a, b) => a - b);
  const out: Intervallo[] = [];
  for (const n of ordinate) {
    const ultimo = out[out.length - 1];
    if (ultimo && n === ultimo.a + 1) ultimo.a = n;
    else out.push({ da: n, a: n });
  }
  return out;
}

/**
 * A V8 CPU profile (`node --cpu-prof`, a .cpuprofile file) summarised: self time by function and by
 * module (an npm package, a file of ours, Node's internals, the garbage collector), largest first.
 * Pure: the caller reads the file.
 */

export interface NodoProfilo {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
  children?: number[];
}

export interface ProfiloCpu {
  nodes: NodoProfilo[];
  samples: number[];
  /** Microseconds since the sample before (the first: since startTime). */
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface VoceProfilo {
  nome: string;
  ms: number;
  quota: number;
}

export interface RiassuntoProfilo {
  totaleMs: number;
  funzioni: (VoceProfilo & { modulo: string })[];
  moduli: VoceProfilo[];
}

/**
 * The module a script URL belongs to: the npm package (`astro`, `@astrojs/mdx`, `zod`), `node:…`,
 * our own sources by path from `src/` (bundled pages: the chunk's file name), or a V8 pseudo-frame.
 */
export function moduloDi(url: string, funzione = ''): string {
  if (!url) return /^\(.*\)$/.test(funzione) ? funzione : '(nativo)';
  if (url.startsWith('node:')) return 'node (interni)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parti = url.slice(nm + '/node_modules/'.length).split('/');
    return parti[0]!.startsWith('@') ? `${parti[0]}/${parti[1]}` : parti[0]!;
  }
  const src = url.indexOf('/src/');
  if (src >= 0) return url.slice(src + 1);
  const dist = /\/dist\/(.+)$/.exec(url);
  if (dist) return `build: ${dist[1]!.replace(/^\.prerender\//, '')}`;
  return url.replace(/^file:\/\//, '');
}

/** Self time by function and by module; `n` entries each. */
export function riassumiProfilo(p: ProfiloCpu, n = 20): RiassuntoProfilo {
  const perNodo = new Map<number, number>();
  p.samples.forEach((id, k) => perNodo.set(id, (perNodo.get(id) ?? 0) + (p.timeDeltas[k] ?? 0)));
  const totale = [...perNodo.values()].reduce((a, b) => a + b, 0);
  const funzioni = new Map<string, { nome: string; modulo: string; us: number }>();
  const moduli = new Map<string, number>();
  for (const nodo of p.nodes) {
    const us = perNodo.get(nodo.id);
    if (!us) continue;
    const { functionName, url, lineNumber } = nodo.callFrame;
    const modulo = moduloDi(url, functionName);
    const nome = functionName || '(anonima)';
    const chiave = `${nome}\u0000${url}\u0000${lineNumber}`;
    const f = funzioni.get(chiave) ?? { nome, modulo: url ? `${modulo}:${lineNumber + 1}` : modulo, us: 0 };
    f.us += us;
    funzioni.set(chiave, f);
    moduli.set(modulo, (moduli.get(modulo) ?? 0) + us);
  }
  const voce = (nome: string, us: number): VoceProfilo => ({ nome, ms: us / 1000, quota: totale ? us / totale : 0 });
  return {
    totaleMs: totale / 1000,
    funzioni: [...funzioni.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, n)
      .map((f) => ({ ...voce(f.nome, f.us), modulo: f.modulo })),
    moduli: [...moduli]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([m, us]) => voce(m, us)),
  };
}

/** The summary as text lines, for the bench's output. */
export function righeRiassunto(r: RiassuntoProfilo): string[] {
  const pct = (q: number) => `${(q * 100).toFixed(1).padStart(5)} %`;
  const ms = (x: number) => `${(x / 1000).toFixed(1).padStart(7)} s`;
  return [
    `profilo CPU: ${(r.totaleMs / 1000).toFixed(1)} s campionati`,
    'tempo proprio per modulo:',
    ...r.moduli.map((m) => `  ${ms(m.ms)} ${pct(m.quota)}  ${m.nome}`),
    'tempo proprio per funzione:',
    ...r.funzioni.map((f) => `  ${ms(f.ms)} ${pct(f.quota)}  ${f.nome}  (${f.modulo})`),
  ];
}

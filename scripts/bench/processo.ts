/**
 * Running a command while measuring it: wall time, output (kept in a log file too), and peak memory of
 * the whole process tree, polled from /proc (the child and all its descendants: Astro's Node process
 * and Pagefind's native binary). Where GNU time exists (/usr/bin/time) its "maximum resident set size"
 * (the largest single process) is reported as a cross-check.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Esecuzione {
  ms: number;
  codice: number | null;
  output: string;
  /** Peak of the sum of VmRSS over the process tree, in KiB. */
  piccoAlberoKb: number;
  /** Largest VmHWM (peak RSS) of a single process of the tree, in KiB. */
  piccoProcessoKb: number;
  /** GNU time's maximum resident set size, in KiB (null without /usr/bin/time). */
  maxRssTimeKb: number | null;
}

const GNU_TIME = '/usr/bin/time';
const MARCA_TIME = 'BENCH_MAXRSS_KB=';

function figliDi(radice: number): number[] {
  const padre = new Map<number, number[]>();
  for (const voce of readdirSync('/proc')) {
    if (!/^\d+$/.test(voce)) continue;
    try {
      const stat = readFileSync(`/proc/${voce}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const xs = padre.get(ppid) ?? [];
      xs.push(Number(voce));
      padre.set(ppid, xs);
    } catch {
      // the process ended while we were reading
    }
  }
  const out: number[] = [];
  const coda = [radice];
  while (coda.length) {
    const p = coda.pop()!;
    out.push(p);
    coda.push(...(padre.get(p) ?? []));
  }
  return out;
}

function memoria(pid: number): { rss: number; hwm: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s)?.[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

export function esegui(
  comando: string,
  argomenti: string[],
  opzioni: { cwd: string; log: string; env?: NodeJS.ProcessEnv; ogniMs?: number; eco?: (riga: string) => void },
): Promise<Esecuzione> {
  const conTime = existsSync(GNU_TIME);
  const [cmd, args] = conTime ? [GNU_TIME, ['-f', `${MARCA_TIME}%M`, comando, ...argomenti]] : [comando, argomenti];
  const log = createWriteStream(opzioni.log);
  const inizio = performance.now();
  const figlio = spawn(cmd, args, { cwd: opzioni.cwd, env: opzioni.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const pezzi: string[] = [];
  let resto = '';
  const raccogli = (b: Buffer) => {
    const t = b.toString('utf8');
    pezzi.push(t);
    log.write(b);
    if (opzioni.eco) {
      const righe = (resto + t).split('\n');
      resto = righe.pop()!;
      for (const r of righe) opzioni.eco(r);
    }
  };
  figlio.stdout.on('data', raccogli);
  figlio.stderr.on('data', raccogli);

  let piccoAlbero = 0;
  const hwm = new Map<number, number>();
  const campiona = () => {
    if (figlio.pid === undefined) return;
    let somma = 0;
    for (const pid of figliDi(figlio.pid)) {
      const m = memoria(pid);
      if (!m) continue;
      somma += m.rss;
      hwm.set(pid, Math.max(hwm.get(pid) ?? 0, m.hwm));
    }
    piccoAlbero = Math.max(piccoAlbero, somma);
  };
  const timer = setInterval(campiona, opzioni.ogniMs ?? 250);

  return new Promise((ok, ko) => {
    figlio.on('error', ko);
    figlio.on('close', (codice) => {
      clearInterval(timer);
      log.end();
      const output = pezzi.join('');
      const m = new RegExp(`${MARCA_TIME}(\\d+)`).exec(output);
      ok({
        ms: performance.now() - inizio,
        codice,
        output,
        piccoAlberoKb: piccoAlbero,
        piccoProcessoKb: Math.max(0, ...hwm.values()),
        maxRssTimeKb: m ? Number(m[1]) : null,
      });
    });
  });
}

/** ANSI colour codes out, for parsing Astro's log. */
export const senzaAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Replacing a whole folder (content/data/, dist/) so that readers only ever see the old folder or
 * the new one, never a mix, even if the process is killed at any instant.
 *
 * Linux cannot rename a directory over a non-empty one, and Node has no renameat2(RENAME_EXCHANGE).
 * The folder must stay a real folder (git commits content/data/*.json; a symlink to an ignored
 * folder would commit nothing). So the swap is a recoverable rename pair:
 *
 *   1. write everything into `<dest>.nuovo-<id>/`, fsync each file and the folder;
 *   2. rename `<dest>` → `<dest>.vecchio-<id>`;
 *   3. rename `<dest>.nuovo-<id>` → `<dest>`;
 *   4. remove `<dest>.vecchio-<id>`.
 *
 * Each rename is atomic. A kill after step 2 and before step 3 leaves no `<dest>`: the next run
 * (and the build's data check, which refuses to build without it) puts `<dest>.vecchio-<id>` back.
 * Every other intermediate state already has a whole `<dest>`; leftovers are removed at the next
 * run. A lock file `<dest>.lock` (O_EXCL, holding the pid) keeps two runs from interleaving.
 * Writes, fsyncs and renames are synchronous, on the main thread: the order of the steps is the
 * order of the system calls (and strace's per-thread injection counters see them all).
 */
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** An environment failure (disk, permissions, file types), already in plain Italian. */
export class ErroreAmbiente extends Error {
  constructor(messaggio: string) {
    super(messaggio);
    this.name = 'ErroreAmbiente';
  }
}

const COSA_FARE: Record<string, string> = {
  EROFS: 'il file system è in sola lettura: eseguire da una cartella scrivibile',
  ENOSPC: 'spazio su disco esaurito: liberare spazio e riprovare',
  EDQUOT: 'quota disco esaurita: liberare spazio e riprovare',
  EACCES:
    'permesso negato: controllare i permessi della cartella (o eseguire come il proprietario)',
  EPERM: 'operazione non permessa: controllare i permessi e gli attributi della cartella',
  EISDIR: 'è una cartella dove serve un file: spostarla o rinominarla',
  ENOTDIR: 'è un file dove serve una cartella: spostarlo o rinominarlo',
  ENOTEMPTY: 'la cartella non è vuota: spostarla o rinominarla',
  EEXIST: 'esiste già: spostarlo o rinominarlo',
  EMFILE: 'troppi file aperti: chiudere altri programmi e riprovare',
  EBUSY: 'in uso da un altro programma: chiuderlo e riprovare',
  ENOENT: 'non esiste',
};

/** `path: what is wrong and what to do` for a Node file-system error. */
export function spiegaErrore(e: unknown, path: string): ErroreAmbiente {
  if (e instanceof ErroreAmbiente) return e;
  const err = e as NodeJS.ErrnoException;
  const cosa = (err.code && COSA_FARE[err.code]) ?? err.message;
  return new ErroreAmbiente(`${err.path ?? path}: ${cosa}${err.code ? ` (${err.code})` : ''}`);
}

const RESIDUO = (base: string) => new RegExp(`^${escape(base)}\\.(nuovo|vecchio)-[\\w-]+$`);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Puts `dest` back in a whole state after an interrupted run: a missing `dest` gets its
 * `.vecchio-*` copy back; staging and old copies are removed. Returns what it did, for the log.
 */
export async function recupera(dest: string): Promise<string[]> {
  const padre = dirname(dest);
  const base = basename(dest);
  const fatti: string[] = [];
  let voci: string[];
  try {
    voci = await readdir(padre);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return fatti;
    throw spiegaErrore(e, padre);
  }
  const residui = voci.filter((v) => RESIDUO(base).test(v)).sort();
  const esiste = await stat(dest).then(
    () => true,
    () => false,
  );
  if (!esiste) {
    const vecchio = residui.find((v) => v.startsWith(`${base}.vecchio-`));
    if (vecchio) {
      try {
        renameSync(join(padre, vecchio), dest);
      } catch (e) {
        throw spiegaErrore(e, dest);
      }
      fatti.push(
        `ripristinato ${dest} da ${vecchio} (un'esecuzione precedente era stata interrotta)`,
      );
    }
  }
  for (const v of residui) {
    const p = join(padre, v);
    if (
      !(await stat(p).then(
        () => true,
        () => false,
      ))
    )
      continue;
    await rm(p, { recursive: true, force: true }).catch((e) => {
      throw spiegaErrore(e, p);
    });
    fatti.push(`rimosso il residuo ${join(padre, v)}`);
  }
  return fatti;
}

/** Takes `<dest>.lock`, or explains who holds it; a lock whose process is gone is stale and taken over. */
export function prendiLock(dest: string, chi: string): () => void {
  const lock = `${dest}.lock`;
  for (let tentativo = 0; tentativo < 2; tentativo++) {
    try {
      const fd = openSync(lock, 'wx');
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lock, 'utf8').trim() === String(process.pid)) rmSyncSafe(lock);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw spiegaErrore(e, lock);
      const pid = Number(readFileSafe(lock).trim());
      if (Number.isInteger(pid) && pid > 0 && vivo(pid))
        throw new ErroreAmbiente(
          `${lock}: un'altra esecuzione di ${chi} è in corso (processo ${pid}): attenderne la fine e riprovare`,
        );
      rmSyncSafe(lock); // stale: its process is gone
    }
  }
  throw new ErroreAmbiente(`${lock}: impossibile prendere il lock: rimuovere il file e riprovare`);
}

function vivo(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readFileSafe(p: string): string {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}

function rmSyncSafe(p: string) {
  try {
    rmSync(p, { force: true });
  } catch {
    /* ignore */
  }
}

/** Writes `files` (relative name → text) into a staging folder, fsynced, and returns its path. */
export async function scriviStaging(
  dest: string,
  id: string,
  files: Map<string, string | Uint8Array>,
): Promise<string> {
  const staging = `${dest}.nuovo-${id}`;
  try {
    mkdirSync(staging);
    for (const [nome, testo] of files) {
      const p = join(staging, nome);
      mkdirSync(dirname(p), { recursive: true });
      const fd = openSync(p, 'wx');
      try {
        writeFileSync(fd, testo);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    // Subfolders first, deepest first, then the staging folder itself
    const sottocartelle = new Set<string>();
    for (const nome of files.keys())
      for (let d = dirname(nome); d !== '.'; d = dirname(d)) sottocartelle.add(d);
    for (const d of [...sottocartelle].sort((a, b) => b.length - a.length))
      fsyncCartella(join(staging, d));
    fsyncCartella(staging);
  } catch (e) {
    const errore = spiegaErrore(e, staging);
    rmSync(staging, { recursive: true, force: true });
    throw errore;
  }
  return staging;
}

/**
 * Replaces `dest` with the complete folder `staging` (steps 2–4 above). On an error before the new
 * folder is in place the old one is put back and the staging folder removed.
 */
export async function sostituisci(dest: string, staging: string, id: string): Promise<void> {
  const vecchio = `${dest}.vecchio-${id}`;
  const cera = await stat(dest).then(
    () => true,
    () => false,
  );
  try {
    if (cera) renameSync(dest, vecchio);
  } catch (e) {
    await rm(staging, { recursive: true, force: true }).catch(() => {});
    throw spiegaErrore(e, dest);
  }
  try {
    renameSync(staging, dest);
  } catch (e) {
    if (cera) {
      try {
        renameSync(vecchio, dest);
      } catch {
        /* the next run's recovery puts it back */
      }
    }
    await rm(staging, { recursive: true, force: true }).catch(() => {});
    throw spiegaErrore(e, dest);
  }
  fsyncCartella(dirname(dest));
  if (cera) await rm(vecchio, { recursive: true, force: true }).catch(() => {});
}

function fsyncCartella(p: string) {
  let fd: number | undefined;
  try {
    fd = openSync(p, 'r');
    fsyncSync(fd);
  } catch {
    /* some file systems cannot fsync a directory: the renames are still atomic */
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

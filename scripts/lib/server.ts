// A minimal static server for dist/, as a host would serve it: directory indexes, 404 page, real content types.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TIPI: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.yml': 'text/yaml; charset=utf-8',
};

/** The deployment headers of public/_headers (the `/*` block), sent with every response as a host would. */
function intestazioniDiDeploy(radice: string): Record<string, string> {
  const file = join(radice, '_headers');
  if (!existsSync(file)) return {};
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((r) => /^\s+\S+:/.test(r))
      .map((r) => {
        const i = r.indexOf(':');
        return [r.slice(0, i).trim(), r.slice(i + 1).trim()];
      }),
  );
}

export interface ServerStatico {
  base: string;
  chiudi: () => Promise<void>;
}

/** `comprimi`: gzip text responses when the browser asks, as a production host does (Lighthouse audits it). */
export async function serviDist(
  radice = process.env.PEG_DIST ?? 'dist',
  { comprimi = false } = {},
): Promise<ServerStatico> {
  if (!existsSync(join(radice, 'index.html'))) {
    throw new Error(`${radice}/index.html non esiste: eseguire prima "npm run build"`);
  }
  const intestazioni = intestazioniDiDeploy(radice);
  const server: Server = createServer((req, res) => {
    for (const [k, v] of Object.entries(intestazioni)) res.setHeader(k, v);
    const percorso = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(radice, percorso));
    if (!file.startsWith(normalize(radice))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const pagina404 = join(radice, '404.html');
      res.writeHead(404, { 'content-type': TIPI['.html']! });
      if (existsSync(pagina404)) createReadStream(pagina404).pipe(res);
      else res.end('404');
      return;
    }
    const tipo = TIPI[extname(file)] ?? 'application/octet-stream';
    if (
      comprimi &&
      /text|json|xml|javascript|svg|wasm/.test(tipo) &&
      /gzip/.test(req.headers['accept-encoding'] ?? '')
    ) {
      res.writeHead(200, {
        'content-type': tipo,
        'content-encoding': 'gzip',
        vary: 'Accept-Encoding',
      });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': tipo });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    chiudi: () => new Promise((ok) => server.close(() => ok())),
  };
}

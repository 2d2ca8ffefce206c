/**
 * A tiny static file server for browser tests: serves a built `dist/` under a base path on the
 * loopback interface, the way GitHub Pages does (directory → `index.html`, unknown → `404.html`).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';

/** Content types by file extension; Pagefind's index files are binary. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.woff2': 'font/woff2',
};

/** A running server. */
export interface StaticServer {
  /** Origin plus base path, e.g. `http://127.0.0.1:43123/news-digest/`. */
  url: string;
  /** Stops the server and drops open connections (the site is then truly unreachable). */
  close(): Promise<void>;
}

/** Resolves a request path to a file in `dist`, or undefined (never outside `dist`). */
function resolveFile(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const file = normalize(join(dist, rel));
  if (file !== dist && !file.startsWith(dist + sep)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  if (pathname.endsWith('/') && existsSync(index)) return index;
  return undefined;
}

/** Serves `dist` under `base` (`/news-digest/`) on 127.0.0.1 at a free port. */
export async function serve(dist: string, base = '/'): Promise<StaticServer> {
  const root = normalize(dist);
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = resolveFile(root, base, pathname);
    const notFound = join(root, '404.html');
    const path = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!path) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
    const body = readFileSync(path);
    res.writeHead(file ? 200 : 404, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

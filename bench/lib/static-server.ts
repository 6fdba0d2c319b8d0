/**
 * A small static server for the built app, like the nginx rules in docs/deployment.md: SPA
 * fallback for /u/… (the root unit's own first-screen page where the build has one), gzip when the client accepts it, the same Cache-Control headers, and a
 * blank page (/__bench/blank.html) served from the same origin as the floor for Lighthouse.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unitPageFile } from '../../scripts/spa-fallback-plugin';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const BLANK_PATH = '/__bench/blank.html';
const BLANK_HTML =
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Trang trống</title></head><body><h1>Trang trống</h1></body></html>';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

function cacheControl(path: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (path.startsWith('/api/')) return 'public, max-age=300';
  return 'no-cache';
}

/** `extraPages`: HTML served from memory at the given paths (before the files and the SPA fallback). */
export async function serveStatic(root: string, extraPages: Record<string, string> = {}): Promise<StaticServer> {
  const gzipCache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      let path = decodeURIComponent(url.pathname);
      let body: Buffer;
      if (path === BLANK_PATH) body = Buffer.from(BLANK_HTML);
      else if (extraPages[path] !== undefined) body = Buffer.from(extraPages[path]!);
      else {
        path = unitPageFile(path + url.search, (file) => existsSync(join(root, file))) ?? path;
        const file = normalize(join(root, path));
        if (!file.startsWith(normalize(root))) {
          res.writeHead(403).end();
          return;
        }
        try {
          body = await readFile(file);
        } catch {
          res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
          return;
        }
      }
      const type = extraPages[path] !== undefined ? TYPES['.html']! : (TYPES[extname(path)] ?? 'application/octet-stream');
      const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': cacheControl(path), Vary: 'Accept-Encoding' };
      const compressible = !type.startsWith('image/png') && !type.startsWith('font/');
      if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let gz = gzipCache.get(path);
        if (!gz) gzipCache.set(path, (gz = gzipSync(body)));
        body = gz;
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = String(body.length);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

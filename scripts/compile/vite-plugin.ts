/**
 * Serves the compiled API under /api/ in the dev server (recompiled when a data file changes)
 * and writes it as static files into the build output.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileDataset } from './compile-dataset';
import { DatasetError } from './dataset-error';

export function staticApiPlugin(dataDir: string): Plugin {
  const dir = resolve(dataDir);
  let cache: Map<string, unknown> | null = null;
  let failure: string | null = null;
  const load = () => {
    if (cache || failure) return;
    try {
      cache = compileDataset(dir, { generatedAt: new Date().toISOString() });
    } catch (e) {
      if (!(e instanceof DatasetError)) throw e;
      failure = e.message;
    }
  };
  return {
    name: 'du-an-8-static-api',
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('all', (_event, file) => {
        if (resolve(file).startsWith(dir)) {
          cache = null;
          failure = null;
        }
      });
      server.middlewares.use('/api/', (req, res) => {
        load();
        const path = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
        if (failure) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(JSON.stringify({ error: failure }));
          return;
        }
        const doc = cache?.get(path);
        if (doc === undefined) {
          res.statusCode = 404;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(JSON.stringify({ error: `Không có tài liệu ${path}` }));
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(doc));
      });
    },
    generateBundle() {
      const docs = compileDataset(dir, { generatedAt: new Date().toISOString() });
      for (const [path, doc] of docs) this.emitFile({ type: 'asset', fileName: `api/${path}`, source: JSON.stringify(doc) });
    },
  };
}

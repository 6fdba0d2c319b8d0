/**
 * Serves the compiled API under /api/ in the dev server (recompiled when a data file changes)
 * and writes it as static files into the build output.
 */
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { sendProblem } from '../http-problem';
import { compileDataset } from './compile-dataset';
import { DatasetError } from './dataset-error';

/** The compiled documents by path under /api/, or why the dataset does not compile. */
export type ApiSource = () => { docs: ReadonlyMap<string, unknown> } | { failure: string };

/** Answers /api/… (mounted there: the URL it sees is the path below /api/) in the contract's form. */
export function apiMiddleware(source: ApiSource): Connect.NextHandleFunction {
  return (req, res) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
    const instance = `/api/${path}`;
    const state = source();
    if ('failure' in state) {
      sendProblem(res, 500, 'Internal Server Error', `Dữ liệu không biên dịch được (the dataset does not compile): ${state.failure}`, instance);
      return;
    }
    const doc = state.docs.get(path);
    if (doc === undefined) {
      sendProblem(res, 404, 'Not Found', `Không có tài liệu ${path} (no such document).`, instance);
      return;
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(doc));
  };
}

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
      server.middlewares.use(
        '/api/',
        apiMiddleware(() => {
          load();
          return failure !== null ? { failure } : { docs: cache ?? new Map() };
        }),
      );
    },
    generateBundle() {
      const docs = compileDataset(dir, { generatedAt: new Date().toISOString() });
      for (const [path, doc] of docs) this.emitFile({ type: 'asset', fileName: `api/${path}`, source: JSON.stringify(doc) });
    },
  };
}

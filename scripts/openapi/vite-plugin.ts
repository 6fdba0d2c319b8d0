/**
 * Publishes the contract with the API: api/openapi.json (docs/openapi.json as committed, which CI
 * keeps equal to the schemas) and api/index.html, a reference page generated from it, with its
 * stylesheet. The dev server serves the same three files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { renderApiReference } from './render-html';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The three files, by their path under api/. */
export function apiReferenceFiles(): Map<string, { type: string; source: string }> {
  const json = readFileSync(resolve(ROOT, 'docs', 'openapi.json'), 'utf8');
  return new Map([
    ['openapi.json', { type: 'application/json; charset=utf-8', source: json }],
    ['index.html', { type: 'text/html; charset=utf-8', source: renderApiReference(JSON.parse(json) as Record<string, unknown>) }],
    ['openapi.css', { type: 'text/css; charset=utf-8', source: readFileSync(resolve(import.meta.dirname, 'reference.css'), 'utf8') }],
  ]);
}

export function apiReferencePlugin(): Plugin {
  return {
    name: 'du-an-8-api-reference',
    configureServer(server) {
      server.middlewares.use('/api/', (req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(/^\//, '') || 'index.html';
        const file = ['openapi.json', 'index.html', 'openapi.css'].includes(path) ? apiReferenceFiles().get(path) : undefined;
        if (!file) return next();
        res.setHeader('Content-Type', file.type);
        res.end(file.source);
      });
    },
    generateBundle() {
      for (const [path, file] of apiReferenceFiles()) this.emitFile({ type: 'asset', fileName: `api/${path}`, source: file.source });
    },
  };
}

/**
 * The compiled demo API, as the msw handlers serve it. The test global setup compiles data/ once
 * into .cache/api; each document is read from there on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const COMPILED_API_DIR = resolve(import.meta.dirname, '..', '.cache', 'api');

const cache = new Map<string, unknown>();

/** A compiled document by its API path ("v1/units/06.json"), or undefined when there is none. */
export function apiDocument(path: string): unknown {
  if (cache.has(path)) return cache.get(path);
  const file = join(COMPILED_API_DIR, path);
  if (!file.startsWith(COMPILED_API_DIR) || !existsSync(file)) return undefined;
  const doc: unknown = JSON.parse(readFileSync(file, 'utf8'));
  cache.set(path, doc);
  return doc;
}

/** A deep copy, for tests that alter a document to break the contract. */
export function apiDocumentCopy<T = Record<string, unknown>>(path: string): T {
  return structuredClone(apiDocument(path)) as T;
}

/** How many units the compiled API has in the subtree of `code` (the unit included). */
export function unitCountBelow(code: string): number {
  const doc = apiDocument(`v1/units/${code}.json`) as { children: { code: string }[] };
  return 1 + doc.children.reduce((n, c) => n + unitCountBelow(c.code), 0);
}

/** Where the checker reads API documents from: a folder of files, a server, or documents in memory. */
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

export type ReadResult = { status: 'ok'; value: unknown } | { status: 'missing' } | { status: 'error'; detail: string };

export interface ApiSource {
  /** What is being checked, for the report. */
  label: string;
  /** A document by its API path ("v1/units/06.json"). */
  read(path: string): Promise<ReadResult>;
}

function parse(text: string): ReadResult {
  try {
    return { status: 'ok', value: JSON.parse(text) as unknown };
  } catch (e) {
    return { status: 'error', detail: `JSON: ${(e as Error).message}` };
  }
}

export function folderSource(dir: string): ApiSource {
  const root = resolve(dir);
  return {
    label: root,
    async read(path) {
      const file = resolve(root, path);
      if (!file.startsWith(root + sep)) return { status: 'error', detail: 'path outside the folder' };
      try {
        return parse(await readFile(file, 'utf8'));
      } catch (e) {
        return (e as NodeJS.ErrnoException).code === 'ENOENT' ? { status: 'missing' } : { status: 'error', detail: (e as Error).message };
      }
    },
  };
}

/** A server; `token` is sent as a bearer token when the server requires one. */
export function urlSource(baseUrl: string, token?: string): ApiSource {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    label: base,
    async read(path) {
      try {
        const response = await fetch(new URL(path, base), { headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
        if (response.status === 404) return { status: 'missing' };
        if (!response.ok) return { status: 'error', detail: `HTTP ${response.status}` };
        return parse(await response.text());
      } catch (e) {
        return { status: 'error', detail: (e as Error).message };
      }
    },
  };
}

/** Documents held in memory (tests). */
export function memorySource(documents: ReadonlyMap<string, unknown>, label = 'memory'): ApiSource {
  return {
    label,
    read: (path) => Promise.resolve(documents.has(path) ? { status: 'ok', value: structuredClone(documents.get(path)) } : { status: 'missing' }),
  };
}

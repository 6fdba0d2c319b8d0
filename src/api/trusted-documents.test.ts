import { http as mswHttp, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/server';
import { createHttp, getDocument } from './client';
import { metaSchema } from './contract';
import { allTrustedReceived, formatStamp, isTrustedText, parseStamp, sha256Hex, trustDocuments } from './trusted-documents';

// SHA-256 test vectors (FIPS 180-2 "abc", the empty string) and of a Vietnamese text, from `printf '%s' … | sha256sum`.
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const BAC_KAN = '97463dc9ce9387620217e3e8d4d95c1a851ebe0decd48526e035664f28323569';

afterEach(() => {
  trustDocuments(new Map());
  vi.unstubAllGlobals();
});

describe('sha256Hex', () => {
  it.each([
    ['abc', ABC],
    ['', EMPTY],
    ['Bắc Kạn', BAC_KAN],
  ])('%j → %s', async (text, digest) => {
    expect(await sha256Hex(text)).toBe(digest);
  });

  it('is null where Web Crypto is not available (a page over plain http)', async () => {
    vi.stubGlobal('crypto', undefined);
    expect(await sha256Hex('abc')).toBeNull();
  });
});

describe('the stamp', () => {
  it('reads back the pairs it wrote', () => {
    const stamp = formatStamp([
      ['v1/meta.json', ABC],
      ['v1/units/06.json', EMPTY],
    ]);
    expect(stamp).toBe(`v1/meta.json=${ABC} v1/units/06.json=${EMPTY}`);
    expect([...parseStamp(stamp)]).toEqual([
      ['v1/meta.json', ABC],
      ['v1/units/06.json', EMPTY],
    ]);
  });

  it.each([
    ['no stamp', undefined],
    ['an empty stamp', ''],
    ['a stamp of the older kind (one short fingerprint)', '0a1b2c3d'],
    ['a digest that is too short', `v1/meta.json=${ABC.slice(2)}`],
    ['a digest in capitals', `v1/meta.json=${ABC.toUpperCase()}`],
    ['a pair without a path', `=${ABC}`],
  ])('trusts nothing from %s', (_case, stamp) => {
    expect(parseStamp(stamp).size).toBe(0);
  });
});

describe('trusted texts', () => {
  it('trusts only the very text named, and remembers the last text received per document', async () => {
    trustDocuments(new Map([['v1/meta.json', ABC]]));
    expect(await isTrustedText('v1/meta.json', 'abc')).toBe(true);
    expect(allTrustedReceived(['v1/meta.json'])).toBe(true);
    expect(await isTrustedText('v1/catalogue.json', 'abc')).toBe(false);
    expect(allTrustedReceived(['v1/meta.json', 'v1/catalogue.json'])).toBe(false);
    expect(await isTrustedText('v1/meta.json', 'abd')).toBe(false);
    expect(allTrustedReceived(['v1/meta.json'])).toBe(false);
  });

  it('trusts nothing without Web Crypto', async () => {
    trustDocuments(new Map([['v1/meta.json', ABC]]));
    vi.stubGlobal('crypto', undefined);
    expect(await isTrustedText('v1/meta.json', 'abc')).toBe(false);
  });
});

describe('getDocument with a trusted text', () => {
  const BASE = 'http://localhost/api/';
  const serve = (text: string) =>
    server.use(mswHttp.get('*/api/v1/meta.json', () => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } })));

  it('parses the text the build checked without running the schema again', async () => {
    const text = JSON.stringify({ anything: 'the build checked this text' });
    trustDocuments(new Map([['v1/meta.json', (await sha256Hex(text))!]]));
    serve(text);
    const check = vi.spyOn(metaSchema, 'safeParse');
    expect(await getDocument('v1/meta.json', metaSchema, undefined, createHttp(BASE, 1000))).toEqual({ anything: 'the build checked this text' });
    expect(check).not.toHaveBeenCalled();
  });

  it('checks any other text against the contract, and refuses one that breaks it', async () => {
    trustDocuments(new Map([['v1/meta.json', ABC]]));
    serve(JSON.stringify({ anything: 'changed since the build' }));
    await expect(getDocument('v1/meta.json', metaSchema, undefined, createHttp(BASE, 1000))).rejects.toMatchObject({ kind: 'contract' });
  });
});

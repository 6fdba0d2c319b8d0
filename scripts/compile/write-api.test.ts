// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeApi } from './write-api';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'da8-write-')), 'api');

describe('writeApi', () => {
  it('writes every document as JSON, in nested folders, and counts them', () => {
    const out = fresh();
    const docs = Array.from({ length: 2500 }, (_, i) => [`v1/units/${i % 7}/${i}.json`, { i, text: 'x'.repeat(i) }] as const);
    expect(writeApi(out, docs)).toBe(2500);
    expect(JSON.parse(readFileSync(join(out, 'v1/units/3/1200.json'), 'utf8'))).toEqual({ i: 1200, text: 'x'.repeat(1200) });
    expect(readdirSync(join(out, 'v1/units')).length).toBe(7);
    expect(readdirSync(join(out, 'v1/units/0')).length).toBe(358);
  });

  it('writes the exact UTF-8 bytes of JSON.stringify, for documents smaller and larger than a batch', () => {
    const out = fresh();
    const figures = { series: { 'P8.1.1': { values: Array.from({ length: 40 }, (_, q) => q * 1.5) } } };
    const docs: [string, unknown][] = [
      ['v1/small.json', { name: 'Xã Đồng Phúc', n: 1 }],
      // Over a batch's worst case (3 bytes a character) but under a batch once encoded: 2-byte characters.
      ['v1/wide.json', { name: 'Đ'.repeat(400_000) }],
      // Over a batch even once encoded.
      ['v1/huge.json', { unit: { name: 'Bản Nà Hin' }, figures: { a: figures, b: { text: 'ệ'.repeat(600_000) } } }],
      ['v1/after.json', { unit: { name: 'Thôn Bản Chang' }, figures: { a: figures } }],
    ];
    expect(writeApi(out, docs)).toBe(4);
    for (const [path, doc] of docs) expect(Buffer.compare(readFileSync(join(out, path)), Buffer.from(JSON.stringify(doc), 'utf8'))).toBe(0);
  });

  it('keeps the previous API when building a document fails half-way', () => {
    const out = fresh();
    writeApi(out, [['v1/meta.json', { version: 1 }]]);
    function* failing() {
      for (let i = 0; i < 3000; i++) yield [`v1/units/${i}.json`, { i, pad: 'y'.repeat(2000) }] as const;
      throw new Error('broken document');
    }
    expect(() => writeApi(out, failing())).toThrow('broken document');
    expect(readFileSync(join(out, 'v1/meta.json'), 'utf8')).toBe('{"version":1}');
    expect(readdirSync(join(out, '..'))).toEqual(['api']);
  });

  it('reports a file the disk refuses and leaves nothing half-written', () => {
    const out = fresh();
    // "v1/a" is written as a file, so "v1/a/b.json" cannot be.
    expect(() =>
      writeApi(out, [
        ['v1/a', 1],
        ['v1/a/b.json', 2],
      ]),
    ).toThrow(/writing the API failed/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });
});

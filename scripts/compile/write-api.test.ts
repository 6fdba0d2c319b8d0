import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARALLEL_FROM, writeApi } from './write-api';

const manyDocs = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`v1/units/u${i}.json`, { unit: `u${i}`, values: [i, null] }]));

describe('writing many documents with parallel writers', () => {
  it('writes every document with its content', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'da8-write-')), 'api');
    const docs = manyDocs(PARALLEL_FROM + 37);
    writeApi(out, docs);
    expect(readdirSync(join(out, 'v1', 'units'))).toHaveLength(docs.size);
    expect(JSON.parse(readFileSync(join(out, 'v1', 'units', 'u123.json'), 'utf8'))).toEqual({ unit: 'u123', values: [123, null] });
  });

  it('fails as a whole and keeps the previous output when one file cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'da8-write-'));
    const out = join(dir, 'api');
    mkdirSync(join(out, 'v1'), { recursive: true });
    writeFileSync(join(out, 'v1', 'meta.json'), '{"old":true}');
    // The first document makes a folder where a later document (written by a worker) must be a file.
    const docs = new Map<string, unknown>([['v1/units/u7.json/inside.json', {}], ...manyDocs(PARALLEL_FROM * 2)]);
    expect(() => writeApi(out, docs)).toThrow();
    expect(readFileSync(join(out, 'v1', 'meta.json'), 'utf8')).toBe('{"old":true}');
    expect(readdirSync(dir)).toEqual(['api']);
    expect(existsSync(join(out, 'v1', 'units'))).toBe(false);
  });
});

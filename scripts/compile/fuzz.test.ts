// @vitest-environment node
/**
 * Property test of the compile on broken datasets: starting from the tiny dataset, files are mutated
 * (cells, rows, columns, quotes, BOM, CRLF, unicode, control characters, truncation, JSON values,
 * impossible dates, missing files, wrong separator, UTF-16 and Windows code pages). Every case must
 * end either in a valid API (every document parses with the contract and all its text is valid,
 * printable Unicode) or in a DatasetError whose problems name a file (and a row where the file has
 * rows, unless the problem is about the whole file); never another exception, never a slow case, and
 * writing to disk never leaves a half-written output.
 *
 * The unit suite runs a few hundred cases; `npm run test:fuzz` runs FUZZ_RUNS (10,000) of them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { boundariesSchema, catalogueSchema, metaSchema, notesSchema, structureSchema, unitDocumentSchema } from '../../src/api/contract';
import { buildApi } from './build-api';
import { compileToDir } from './compile-dataset';
import { decodeDatasetFiles } from './check-text';
import { DATASET_FILES } from './dataset';
import { DatasetError } from './dataset-error';
import { parseDataset } from './parse-dataset';
import { broken, CSV_FILES, edits, type Edit, type FileName } from './fuzz-edits';
import { tinyDataset } from './tiny-dataset';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** A rejected case takes about a millisecond, a valid one under a second (schematic boundaries); beyond this is a hang. */
const MAX_CASE_MS = 5000;

// ---------------------------------------------------------------- checks

function schemaFor(path: string): z.core.$ZodType | null {
  if (path === 'v1/meta.json') return metaSchema;
  if (path === 'v1/catalogue.json') return catalogueSchema;
  if (/^v1\/units\/[^/]+\.json$/.test(path)) return unitDocumentSchema;
  if (/^v1\/boundaries\/[^/]+\.json$/.test(path)) return boundariesSchema;
  if (/^v1\/notes\/[^/]+\.json$/.test(path)) return notesSchema;
  // A reorganisation's code is the dataset's choice (a mutated meta.json may declare "EV2025-07").
  if (/^v1\/structure-[0-9A-Za-z._-]+\.json$/.test(path)) return structureSchema;
  return null;
}

/**
 * Text a person can read: no control character but tab and newline, no lone surrogate, no
 * non-character, no "�" (what a wrong conversion leaves), no bidi override. Written from the Unicode
 * categories, independently of the compile's own check.
 */
const NOT_PRINTABLE = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFD\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/u;

function checkPublishedText(value: unknown, where: string): void {
  if (typeof value === 'string') {
    if (NOT_PRINTABLE.test(value)) throw new Error(`${where} publishes text that is not printable: ${JSON.stringify(value)}`);
  } else if (Array.isArray(value)) value.forEach((item, i) => checkPublishedText(item, `${where}.${i}`));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      checkPublishedText(key, where);
      checkPublishedText(item, `${where}.${key}`);
    }
  }
}

/** Either every document of a valid API, or a DatasetError that says where; anything else is thrown. */
function compileCase(raw: Record<string, Uint8Array>): { ok: true; documents: number } | { ok: false; error: DatasetError } {
  let docs: Map<string, unknown>;
  try {
    docs = buildApi(parseDataset(decodeDatasetFiles(raw)), { generatedAt: '2023-10-01T00:00:00Z' });
  } catch (e) {
    if (e instanceof DatasetError) return { ok: false, error: e };
    throw e;
  }
  for (const [path, doc] of docs) {
    const schema = schemaFor(path);
    if (!schema) throw new Error(`unexpected document ${path}`);
    const parsed = z.safeParse(schema, JSON.parse(JSON.stringify(doc)));
    if (!parsed.success) throw new Error(`${path} breaks the contract at ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    checkPublishedText(doc, path);
  }
  if (!docs.has('v1/meta.json') || !docs.has('v1/catalogue.json')) throw new Error('API without meta or catalogue');
  return { ok: true, documents: docs.size };
}

function checkProblems(error: DatasetError, files: Record<string, Uint8Array>): void {
  expect(error.problems.length).toBeGreaterThan(0);
  for (const p of error.problems) {
    // A dataset's files: the fixed ones, and those its meta.json names (crosswalks of reorganisations).
    expect([...DATASET_FILES, ...Object.keys(tinyDataset())]).toContain(p.file);
    expect(p.message.trim()).not.toBe('');
    if (p.row !== null) expect(Number.isInteger(p.row) && p.row >= 1).toBe(true);
    // A problem in a CSV file that exists points at a row (the header is row 1) or, for a whole-file rule, a column.
    if ((CSV_FILES as readonly string[]).includes(p.file) && files[p.file as FileName] !== undefined && !p.wholeFile)
      expect(p.row ?? p.field, `${p.file}: ${p.message}`).not.toBeNull();
    // A whole-file problem names the file itself and says how to fix it.
    if (p.wholeFile) expect(p.message).toMatch(new RegExp(`^Tệp ${p.file.replace('.', '\\.')} .*Hãy `));
  }
  // One whole-file problem per file at most: never a problem on every row for a file saved wrongly.
  const wholeFiles = error.problems.filter((p) => p.wholeFile).map((p) => p.file);
  expect(new Set(wholeFiles).size).toBe(wholeFiles.length);
  expect(error.message).toContain(error.problems[0]!.file);
}

/** Cases the fuzzer once found, kept so they run every time. */
const REGRESSIONS: Edit[][] = [
  // The harness itself: deleting the whole JSON value must remove the file, not write "undefined".
  [
    { op: 'json', file: 'notes.json', path: [], action: 'set', value: '' },
    { op: 'json', file: 'notes.json', path: [0], action: 'delete', value: null },
  ],
  // A 400-digit count became Infinity, then null in JSON: a contract break instead of a located problem.
  [{ op: 'cell', file: 'baselines.csv', row: 1, col: 3, value: '9'.repeat(400) }],
  [{ op: 'cell', file: 'reports.csv', row: 1, col: 2, value: '9'.repeat(400) }],
  // An empty province code passed the compile and broke the contract of meta.json.
  [{ op: 'json', file: 'meta.json', path: [1, 0], action: 'set', value: '' }],
  // Text saved wrongly: one message per file naming the cause and the fix, never a problem per row.
  [{ op: 'encoding', file: 'units.csv', encoding: 'windows-1258' }],
  [{ op: 'encoding', file: 'notes.json', encoding: 'utf-16le-bom' }],
  [{ op: 'encoding', file: 'reports.csv', encoding: 'utf-16le' }],
  [{ op: 'separator', file: 'reports.csv', separator: ';' }],
  [{ op: 'cell', file: 'units.csv', row: 8, col: 1, value: 'Tổ\u0007Khuổi Pái' }],
  [{ op: 'json', file: 'notes.json', path: [0, 8], action: 'set', value: 'Thiếu\u001b kinh phí' }],
  // A date that does not exist was once read as the next month.
  [{ op: 'json', file: 'notes.json', path: [0, 3], action: 'set', value: '2023-02-30' }],
];

const tally = { valid: 0, rejected: 0, slowest: 0 };
afterAll(() => {
  console.info(`compile fuzz: ${tally.valid} valid, ${tally.rejected} rejected with located problems; slowest case ${tally.slowest.toFixed(1)} ms`);
});

describe('compiling broken datasets', () => {
  it(`ends every case in a valid API or a located DatasetError (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(edits, (list) => {
        const files = broken(list);
        const started = performance.now();
        const result = compileCase(files);
        const elapsed = performance.now() - started;
        tally.slowest = Math.max(tally.slowest, elapsed);
        expect(elapsed).toBeLessThan(MAX_CASE_MS);
        if (result.ok) tally.valid++;
        else {
          tally.rejected++;
          checkProblems(result.error, files);
        }
      }),
      { numRuns: RUNS, seed: SEED, examples: REGRESSIONS.map((e) => [e]) },
    );
    expect(tally.rejected).toBeGreaterThan(RUNS / 4);
  }, 600_000);

  it('never leaves a half-written output folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'da8-fuzz-'));
    const out = join(root, 'api');
    const data = join(root, 'data');
    const snapshot = () => {
      const hash = createHash('sha256');
      const walk = (dir: string): void => {
        for (const name of readdirSync(dir).sort()) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else hash.update(path.slice(out.length)).update(readFileSync(path));
        }
      };
      walk(out);
      return hash.digest('hex');
    };
    const write = (files: Record<string, string | Uint8Array>) => {
      rmSync(data, { recursive: true, force: true });
      mkdirSync(data, { recursive: true });
      for (const [name, content] of Object.entries(files)) {
        mkdirSync(dirname(join(data, name)), { recursive: true });
        writeFileSync(join(data, name), content);
      }
    };
    try {
      write(tinyDataset());
      compileToDir(data, out, { generatedAt: '2023-10-01T00:00:00Z' });
      fc.assert(
        fc.property(edits, (list) => {
          const before = snapshot();
          write(broken(list));
          let failed = false;
          try {
            compileToDir(data, out, { generatedAt: '2023-10-01T00:00:00Z' });
          } catch (e) {
            if (!(e instanceof DatasetError)) throw e;
            failed = true;
          }
          if (failed) expect(snapshot()).toBe(before);
          else
            for (const path of readdirSync(join(out, 'v1'), { recursive: true, encoding: 'utf8' }))
              if (path.endsWith('.json')) JSON.parse(readFileSync(join(out, 'v1', path), 'utf8'));
          expect(readdirSync(root).sort()).toEqual(['api', 'data']);
        }),
        { numRuns: Math.max(10, Math.round(RUNS / 20)), seed: SEED, examples: REGRESSIONS.map((e) => [e]) },
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 600_000);
});

/**
 * Ways to break a dataset, for the compile fuzz test: starting from the tiny dataset, files are
 * mutated (cells, rows, columns, quotes, BOM, CRLF, unicode, control characters, truncation, JSON
 * values, impossible dates, missing files), and saved in the wrong encoding or with the wrong separator.
 */
import fc from 'fast-check';
import { DATASET_FILES, type DatasetFiles } from './dataset';
import { encode, ENCODINGS, type Encoding } from './encode-text';
import { tinyDataset } from './tiny-dataset';

export type FileName = (typeof DATASET_FILES)[number];
export const CSV_FILES = DATASET_FILES.filter((f) => f.endsWith('.csv'));
const JSON_FILES = DATASET_FILES.filter((f) => f.endsWith('.json'));

// ---------------------------------------------------------------- mutations

const nasty = fc.constantFrom(
  '',
  ' ',
  '"',
  '""',
  '"a,b"',
  ',',
  '\uFEFF',
  '\r',
  '\r\n',
  '\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\uFFFD',
  '\uD800',
  '\u202E',
  '👩‍👧',
  'Tổ Khuổi Pái',
  '-1',
  '1.5',
  '1e3',
  '1,000',
  '1.000,5',
  'NaN',
  'Infinity',
  '9'.repeat(400),
  '0x10',
  '٣',
  'null',
  '2023Q5',
  '2023Q1',
  '2024Q1',
  '1899-12-31',
  '2023-02-30',
  '2023-04-31',
  '2024-02-29',
  'P',
  'C1',
  'C2.02',
  'EV',
  'RT',
  'sex',
  'female',
  '2023-2025',
  '2026-01-01',
  '2023',
);
const text = fc.oneof(nasty, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 }));

export type Edit =
  | { op: 'cell'; file: string; row: number; col: number; value: string }
  | { op: 'deleteRow' | 'duplicateRow'; file: string; row: number }
  | { op: 'swapColumns'; file: string; a: number; b: number }
  | { op: 'inject'; file: string; at: number; value: string }
  | { op: 'truncate'; file: string; at: number }
  | { op: 'crlf' | 'bom' | 'delete'; file: string }
  | { op: 'separator'; file: string; separator: ';' | '\t' }
  | { op: 'encoding'; file: string; encoding: Encoding }
  | { op: 'json'; file: string; path: number[]; action: 'delete' | 'set' | 'duplicate'; value: unknown };

const index = fc.nat({ max: 40 });
const csvFile = fc.constantFrom(...CSV_FILES);
const anyFile = fc.constantFrom(...DATASET_FILES);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('cell' as const), file: csvFile, row: index, col: index, value: text }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom('deleteRow' as const, 'duplicateRow' as const), file: csvFile, row: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('swapColumns' as const), file: csvFile, a: index, b: index }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('inject' as const), file: anyFile, at: fc.nat({ max: 2000 }), value: text }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), file: anyFile, at: fc.nat({ max: 2000 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constantFrom('crlf' as const, 'bom' as const, 'delete' as const), file: anyFile }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('separator' as const), file: csvFile, separator: fc.constantFrom(';' as const, '\t' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('encoding' as const), file: anyFile, encoding: fc.constantFrom(...ENCODINGS) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('json' as const),
      file: fc.constantFrom(...JSON_FILES),
      path: fc.array(index, { minLength: 0, maxLength: 4 }),
      action: fc.constantFrom('delete' as const, 'set' as const, 'duplicate' as const),
      value: fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 2 })),
    }),
  },
);

/** Follows `path` through a JSON value, choosing keys by position; edits the last step. */
function editJson(root: unknown, path: number[], action: 'delete' | 'set' | 'duplicate', value: unknown): unknown {
  if (path.length === 0) return action === 'set' ? value : root;
  const wrapper = { root };
  let parent: Record<string, unknown> | unknown[] = wrapper;
  let key: string | number = 'root';
  for (const step of path) {
    const current: unknown = (parent as Record<string | number, unknown>)[key];
    if (Array.isArray(current) && current.length > 0) {
      parent = current;
      key = step % current.length;
    } else if (current && typeof current === 'object' && Object.keys(current).length > 0) {
      const keys = Object.keys(current);
      parent = current as Record<string, unknown>;
      key = keys[step % keys.length]!;
    } else break;
  }
  if (Array.isArray(parent)) {
    const i = key as number;
    if (action === 'delete') parent.splice(i, 1);
    else if (action === 'duplicate') parent.splice(i, 0, structuredClone(parent[i]));
    else parent[i] = value;
  } else if (action === 'delete') delete parent[key as string];
  else parent[key as string] = action === 'duplicate' ? [parent[key as string], parent[key as string]] : value;
  return wrapper.root;
}

// ---------------------------------------------------------------- applying edits

function apply(files: DatasetFiles, e: Edit, encodings: Map<string, Encoding>): void {
  const source = files[e.file];
  if (e.op === 'encoding') {
    encodings.set(e.file, e.encoding);
    return;
  }
  if (e.op === 'delete') {
    delete files[e.file];
    return;
  }
  if (source === undefined) return;
  const lines = source.split('\n');
  const at = (n: number, length: number) => (length === 0 ? 0 : n % length);
  switch (e.op) {
    case 'cell': {
      const r = at(e.row, lines.length);
      const cells = lines[r]!.split(',');
      cells[at(e.col, cells.length)] = e.value;
      lines[r] = cells.join(',');
      break;
    }
    case 'deleteRow':
      lines.splice(at(e.row, lines.length), 1);
      break;
    case 'duplicateRow': {
      const r = at(e.row, lines.length);
      lines.splice(r, 0, lines[r]!);
      break;
    }
    case 'swapColumns':
      for (const [r, line] of lines.entries()) {
        const cells = line.split(',');
        const a = at(e.a, cells.length);
        const b = at(e.b, cells.length);
        [cells[a], cells[b]] = [cells[b]!, cells[a]!];
        lines[r] = cells.join(',');
      }
      break;
    case 'inject': {
      const i = at(e.at, source.length + 1);
      files[e.file] = source.slice(0, i) + e.value + source.slice(i);
      return;
    }
    case 'truncate':
      files[e.file] = source.slice(0, at(e.at, source.length + 1));
      return;
    case 'crlf':
      files[e.file] = source.replace(/\n/g, '\r\n');
      return;
    case 'bom':
      files[e.file] = `\uFEFF${source}`;
      return;
    case 'separator':
      files[e.file] = source.replaceAll(',', e.separator);
      return;
    case 'json': {
      let parsed: unknown;
      try {
        parsed = JSON.parse(source);
      } catch {
        return;
      }
      const edited = JSON.stringify(editJson(parsed, e.path, e.action, e.value)) as string | undefined;
      // Deleting the top-level value leaves nothing: the file is gone.
      if (edited === undefined) delete files[e.file];
      else files[e.file] = edited;
      return;
    }
  }
  files[e.file] = lines.join('\n');
}

/** A list of edits (what fast-check shows and shrinks when a case fails); `broken` applies them. */
export const edits = fc.array(edit, { minLength: 1, maxLength: 4 });

/** The files as saved on disk: UTF-8 unless an edit saved one in another encoding. */
export function broken(list: readonly Edit[]): Record<string, Uint8Array> {
  const files = tinyDataset();
  const encodings = new Map<string, Encoding>();
  for (const e of list) apply(files, e, encodings);
  const utf8 = new TextEncoder();
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, encodings.has(name) ? encode(text, encodings.get(name)!) : utf8.encode(text)]));
}

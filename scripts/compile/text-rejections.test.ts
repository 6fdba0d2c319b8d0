// @vitest-environment node
/** Files saved wrongly are stopped at the door of the compile, each with one message naming the cause and the fix. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, describeProblem } from './dataset-error';
import { encode, type Encoding } from './encode-text';
import { parseDataset } from './parse-dataset';
import { readDatasetFiles } from './read-dataset';
import { tinyDataset } from './tiny-dataset';

/** The tiny dataset on disk with one file changed (and possibly saved in another encoding). */
function readWith(file: string, change: (text: string) => string, encoding?: Encoding) {
  const dir = mkdtempSync(join(tmpdir(), 'da8-text-'));
  for (const [name, text] of Object.entries(tinyDataset())) {
    const content = name === file ? change(text) : text;
    writeFileSync(join(dir, name), name === file && encoding ? encode(content, encoding) : content);
  }
  return () => parseDataset(readDatasetFiles(dir));
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof DatasetError) return e.problems.map(describeProblem);
    throw e;
  }
  throw new Error('the dataset compiled');
}

const same = (text: string) => text;

describe('files the compile refuses as a whole', () => {
  it.each([
    [
      'units.csv in Windows-1258',
      'units.csv',
      same,
      'windows-1258',
      'Tệp units.csv không phải UTF-8 (có vẻ là Windows-1258). Hãy lưu lại dưới dạng CSV UTF-8, phân cách bằng dấu phẩy.',
    ],
    ['notes.json in Windows-1258', 'notes.json', same, 'windows-1258', 'Tệp notes.json không phải UTF-8 (có vẻ là Windows-1258). Hãy lưu lại dưới dạng UTF-8.'],
    [
      'reports.csv in Windows-1252',
      'reports.csv',
      (t: string) => t.replace('unit,', 'unité,'),
      'windows-1252',
      'Tệp reports.csv không phải UTF-8 (có vẻ là Windows-1252). Hãy lưu lại dưới dạng CSV UTF-8, phân cách bằng dấu phẩy.',
    ],
    [
      'units.csv in UTF-16 with a BOM',
      'units.csv',
      same,
      'utf-16le-bom',
      'Tệp units.csv được lưu dạng UTF-16 (Unicode), không phải UTF-8. Hãy lưu lại dưới dạng CSV UTF-8, phân cách bằng dấu phẩy.',
    ],
    [
      'targets.csv in UTF-16 without a BOM',
      'targets.csv',
      same,
      'utf-16le',
      'Tệp targets.csv được lưu dạng UTF-16 (Unicode), không phải UTF-8. Hãy lưu lại dưới dạng CSV UTF-8, phân cách bằng dấu phẩy.',
    ],
    [
      'reports.csv separated by semicolons',
      'reports.csv',
      (t: string) => t.replaceAll(',', ';'),
      undefined,
      'Tệp reports.csv phân cách bằng dấu chấm phẩy (;), không phải dấu phẩy. Hãy lưu lại dưới dạng CSV UTF-8, phân cách bằng dấu phẩy.',
    ],
    [
      'units.csv separated by tabs',
      'units.csv',
      (t: string) => t.replaceAll(',', '\t'),
      undefined,
      'Tệp units.csv phân cách bằng dấu tab, không phải dấu phẩy. Hãy lưu lại dưới dạng CSV UTF-8, phân cách bằng dấu phẩy.',
    ],
    [
      'a NUL in one unit name (line 8) and a BEL in the next',
      'units.csv',
      (t: string) => t.replace('Tổ Khuổi Pái', 'Tổ\u0007Khuổi Pái').replace('Tổ 1', 'Tổ\u00001'),
      undefined,
      'Tệp units.csv có ký tự điều khiển U+0000 ở dòng 8 (và 1 chỗ khác). Hãy xoá ký tự này hoặc lưu lại tệp gốc dưới dạng UTF-8.',
    ],
  ] as const)('%s', (_name, file, change, encoding, message) => {
    expect(problemsOf(readWith(file, change, encoding))).toEqual([message]);
  });

  it('gives one message for the demo units.csv saved as Windows-1258, not one per row', async () => {
    const { readFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'da8-demo-'));
    for (const [name, text] of Object.entries(tinyDataset())) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'units.csv'), encode(readFileSync('data/units.csv', 'utf8'), 'windows-1258'));
    expect(problemsOf(() => readDatasetFiles(dir))).toEqual([
      'Tệp units.csv không phải UTF-8 (có vẻ là Windows-1258). Hãy lưu lại dưới dạng CSV UTF-8, phân cách bằng dấu phẩy.',
    ]);
  });
});

describe('values the compile refuses where they are', () => {
  it('an escaped control character in notes.json, by note and field', () => {
    const run = readWith('notes.json', (t) => t.replace('Thiếu kinh phí.', 'Thiếu\\u001b kinh phí.'));
    expect(problemsOf(run)).toEqual(['notes.json, dòng 1, cột "body": có ký tự không in được U+001B. Hãy xoá ký tự này hoặc lưu lại tệp gốc dưới dạng UTF-8.']);
  });

  it.each([
    [
      'a note dated 30 February',
      'notes.json',
      (t: string) => t.replace('2023-04-10', '2023-02-30'),
      'notes.json, dòng 1, cột "date": ngày không có trong lịch',
    ],
    [
      'a unit valid to 31 April',
      'units.csv',
      (t: string) => t.replace('C1.02,Thôn 2,Thôn,4,C1,,,,1,,', 'C1.02,Thôn 2,Thôn,4,C1,,,,1,,2023-04-31'),
      'units.csv, dòng 7, cột "valid_to": ngày "2023-04-31" không có trong lịch',
    ],
    [
      'a data date of 29 February in a common year',
      'meta.json',
      (t: string) => t.replace('2023-09-30', '2023-02-29'),
      'meta.json, cột "dataDate": ngày không có trong lịch',
    ],
  ])('%s', (_name, file, change, message) => {
    expect(problemsOf(readWith(file, change))).toEqual([message]);
  });
});

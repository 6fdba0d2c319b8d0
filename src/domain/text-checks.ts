/**
 * Is a text file what its author meant to save? UTF-8 (not UTF-16, not a Windows code page),
 * printable (no control characters, no "�" left by a bad conversion), comma-separated, with dates
 * that exist. Shared by the dataset compile and the import of report workbooks: bytes or strings
 * in, one problem per file out, worded for the person who must fix the file.
 */

export type TextProblem =
  | { kind: 'utf16' }
  | { kind: 'not-utf8'; likely: 'Windows-1258' | 'Windows-1252' }
  | { kind: 'separator'; separator: ';' | '\t' }
  | { kind: 'unprintable'; codePoint: number; line: number; more: number };

/** Tab and newlines are text; every other C0/C1 control, DEL, lone surrogates, non-characters, bidi overrides and "�" are not. */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFD\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Letters and tone marks that only Vietnamese text decoded as Windows-1258 produces. */
const VIETNAMESE_1258 = /[\u0300\u0301\u0303\u0309\u0323ăĂđĐơƠưƯ]/;

/** UTF-16 bytes: a UTF-16 byte order mark, or a NUL in every other byte of the first 4 KB. */
export function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  // Without a BOM: ASCII text in UTF-16 has a NUL in every other byte.
  const sample = Math.min(bytes.length, 4096);
  if (sample < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  return Math.max(evenNul, oddNul) > sample / 4;
}

/** The text of a file that must be UTF-8 (a BOM is allowed and kept), or the problem with its bytes. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: TextProblem } {
  if (looksUtf16(bytes)) return { problem: { kind: 'utf16' } };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { problem: decodeFailure(bytes) };
  }
}

/** Bytes that are not UTF-8: which Windows code page they most likely are. */
export function decodeFailure(bytes: Uint8Array): TextProblem {
  const guess = new TextDecoder('windows-1258').decode(bytes);
  return { kind: 'not-utf8', likely: VIETNAMESE_1258.test(guess) ? 'Windows-1258' : 'Windows-1252' };
}

/** The first character that is not printable text, with its line and how many others follow. */
export function findUnprintable(text: string): { codePoint: number; line: number; more: number } | null {
  UNPRINTABLE.lastIndex = 0;
  const first = UNPRINTABLE.exec(text);
  if (!first) return null;
  let more = 0;
  while (UNPRINTABLE.exec(text)) more++;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < first.index; i = text.indexOf('\n', i + 1)) line++;
  return { codePoint: first[0].codePointAt(0)!, line, more };
}

/** True when the text is printable (tab and newlines allowed). */
export const isPrintable = (text: string): boolean => {
  UNPRINTABLE.lastIndex = 0;
  return !UNPRINTABLE.test(text);
};

/** A header line split on ";" or tab rather than commas: the file was saved with the wrong separator. */
export function wrongSeparator(text: string): ';' | '\t' | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.search(/\r|\n/);
  const header = text.slice(start, end < 0 ? text.length : end);
  if (header.includes(',')) return null;
  if (header.includes(';')) return ';';
  if (header.includes('\t')) return '\t';
  return null;
}

/** One problem for a CSV file's text, or null: the separator, then unprintable characters. */
export const checkCsvText = (text: string): TextProblem | null => checkCsvParts([text]);

/** checkCsvText for a text given in parts, each ending at a line end (a file read in chunks). */
export function checkCsvParts(parts: Iterable<string>): TextProblem | null {
  let first = true;
  let linesBefore = 0;
  let found: { codePoint: number; line: number; more: number } | null = null;
  for (const part of parts) {
    if (first) {
      const separator = wrongSeparator(part);
      if (separator) return { kind: 'separator', separator };
      first = false;
    }
    const bad = findUnprintable(part);
    if (found) found.more += bad ? 1 + bad.more : 0;
    else if (bad) found = { ...bad, line: linesBefore + bad.line };
    else for (let i = part.indexOf('\n'); i !== -1; i = part.indexOf('\n', i + 1)) linesBefore++;
  }
  return found ? { kind: 'unprintable', ...found } : null;
}

/** The first string in a parsed JSON value that is not printable, with where it is (array positions and keys). */
export function findUnprintableInJson(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; codePoint: number } | null {
  if (typeof value === 'string') {
    const bad = findUnprintable(value);
    return bad ? { path, codePoint: bad.codePoint } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnprintableInJson(item, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnprintableInJson(key, [...path, key]) ?? findUnprintableInJson(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** True for a YYYY-MM-DD date that exists in the calendar (2023-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "U+0007": how a character that cannot be shown is named. */
export const codePointName = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

const SAVE_AS_CSV = 'Hãy lưu lại dưới dạng CSV UTF-8, phân cách bằng dấu phẩy.';
const SAVE_AS_UTF8 = 'Hãy lưu lại dưới dạng UTF-8.';

/** The message for a whole-file problem: what is wrong and how to fix it, in Vietnamese. */
export function describeTextProblem(file: string, problem: TextProblem): string {
  const fix = file.toLowerCase().endsWith('.csv') ? SAVE_AS_CSV : SAVE_AS_UTF8;
  switch (problem.kind) {
    case 'utf16':
      return `Tệp ${file} được lưu dạng UTF-16 (Unicode), không phải UTF-8. ${fix}`;
    case 'not-utf8':
      return `Tệp ${file} không phải UTF-8 (có vẻ là ${problem.likely}). ${fix}`;
    case 'separator':
      return `Tệp ${file} phân cách bằng ${problem.separator === ';' ? 'dấu chấm phẩy (;)' : 'dấu tab'}, không phải dấu phẩy. ${SAVE_AS_CSV}`;
    case 'unprintable': {
      const others = problem.more ? ` (và ${problem.more} chỗ khác)` : '';
      const what = problem.codePoint === 0xfffd ? 'ký tự "�" (U+FFFD) do chuyển mã sai' : `ký tự điều khiển ${codePointName(problem.codePoint)}`;
      return `Tệp ${file} có ${what} ở dòng ${problem.line}${others}. Hãy xoá ký tự này hoặc lưu lại tệp gốc dưới dạng UTF-8.`;
    }
  }
}

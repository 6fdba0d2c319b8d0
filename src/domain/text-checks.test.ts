import { describe, expect, it } from 'vitest';
import { checkCsvText, decodeUtf8, describeTextProblem, findUnprintable, findUnprintableInJson, isCalendarDate, isPrintable } from './text-checks';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decoding a file that must be UTF-8', () => {
  it.each([
    ['UTF-8 Vietnamese', utf8('code,name\n06,Tỉnh Bắc Kạn\n'), { text: 'code,name\n06,Tỉnh Bắc Kạn\n' }],
    ['UTF-8 with a BOM (kept for the CSV reader)', bytes(0xef, 0xbb, 0xbf, 0x61), { text: '\uFEFFa' }],
    ['UTF-16 LE with a BOM', bytes(0xff, 0xfe, 0x61, 0x00, 0x62, 0x00), { problem: { kind: 'utf16' } }],
    ['UTF-16 BE with a BOM', bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0x62), { problem: { kind: 'utf16' } }],
    ['UTF-16 LE without a BOM (NUL every other byte)', bytes(0x63, 0, 0x6f, 0, 0x64, 0, 0x65, 0, 0x2c, 0), { problem: { kind: 'utf16' } }],
    // "Tổ Khuổi Pái" in Windows-1258: ô = F4, hook above = D2, á = E1.
    [
      'Windows-1258 Vietnamese',
      bytes(0x54, 0xf4, 0xd2, 0x20, 0x4b, 0x68, 0x75, 0xf4, 0xd2, 0x69, 0x20, 0x50, 0xe1, 0x69),
      { problem: { kind: 'not-utf8', likely: 'Windows-1258' } },
    ],
    // "Café" in Windows-1252: é = E9.
    ['Windows-1252 Western text', bytes(0x43, 0x61, 0x66, 0xe9), { problem: { kind: 'not-utf8', likely: 'Windows-1252' } }],
  ])('%s', (_name, input, expected) => {
    expect(decodeUtf8(input)).toEqual(expected);
  });
});

describe('finding characters that cannot be printed', () => {
  it.each([
    ['plain Vietnamese with tab and CRLF', 'Tổ\tKhuổi Pái\r\nthôn', null],
    ['an emoji family (ZWJ is a format character, allowed)', '👩‍👧', null],
    ['NUL on line 2', 'a\nb\u0000c', { codePoint: 0, line: 2, more: 0 }],
    ['BEL and ESC on lines 1 and 3', 'x\u0007\ny\nz\u001b', { codePoint: 7, line: 1, more: 1 }],
    ['C1 control NEL', 'a\u0085', { codePoint: 0x85, line: 1, more: 0 }],
    ['a replacement character left by a bad conversion', 'Th\uFFFDn', { codePoint: 0xfffd, line: 1, more: 0 }],
    ['a right-to-left override', 'abc\u202Edef', { codePoint: 0x202e, line: 1, more: 0 }],
    ['a lone high surrogate', 'a\uD800b', { codePoint: 0xd800, line: 1, more: 0 }],
    ['a lone low surrogate', 'a\uDC00', { codePoint: 0xdc00, line: 1, more: 0 }],
  ])('%s', (_name, text, expected) => {
    expect(findUnprintable(text)).toEqual(expected);
    expect(isPrintable(text)).toBe(expected === null);
  });

  it('names where in a JSON value the first bad string is', () => {
    expect(findUnprintableInJson([{ title: 'ok' }, { title: 'ok', requests: [{ text: 'a\u0000' }] }])).toEqual({
      path: [1, 'requests', 0, 'text'],
      codePoint: 0,
    });
    expect(findUnprintableInJson({ a: ['x', 1, null, true] })).toBeNull();
  });
});

describe('checking a CSV text', () => {
  it.each([
    ['comma-separated', 'code,name\n1,a\n', null],
    ['semicolon-separated (Excel in a comma-decimal locale)', 'code;name\r\n1;a\r\n', { kind: 'separator', separator: ';' }],
    ['tab-separated', '\uFEFFcode\tname\n1\ta\n', { kind: 'separator', separator: '\t' }],
    ['a single-column file is not a separator problem', 'code\n1\n', null],
    ['a control character on line 3', 'code,name\n1,a\n2,b\u0007\n', { kind: 'unprintable', codePoint: 7, line: 3, more: 0 }],
  ])('%s', (_name, text, expected) => {
    expect(checkCsvText(text)).toEqual(expected);
  });
});

describe('dates that exist', () => {
  it.each([
    ['2023-02-28', true],
    ['2023-02-29', false],
    ['2024-02-29', true],
    ['2023-02-30', false],
    ['2023-04-31', false],
    ['2023-12-31', true],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2023-1-05', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('the messages', () => {
  it('names the file, the real problem and the fix', () => {
    expect(describeTextProblem('units.csv', { kind: 'not-utf8', likely: 'Windows-1258' })).toBe(
      'Tệp units.csv không phải UTF-8 (có vẻ là Windows-1258). Hãy lưu lại dưới dạng CSV UTF-8, phân cách bằng dấu phẩy.',
    );
    expect(describeTextProblem('notes.json', { kind: 'utf16' })).toBe(
      'Tệp notes.json được lưu dạng UTF-16 (Unicode), không phải UTF-8. Hãy lưu lại dưới dạng UTF-8.',
    );
    expect(describeTextProblem('reports.csv', { kind: 'separator', separator: ';' })).toBe(
      'Tệp reports.csv phân cách bằng dấu chấm phẩy (;), không phải dấu phẩy. Hãy lưu lại dưới dạng CSV UTF-8, phân cách bằng dấu phẩy.',
    );
    expect(describeTextProblem('units.csv', { kind: 'unprintable', codePoint: 7, line: 12, more: 2 })).toBe(
      'Tệp units.csv có ký tự điều khiển U+0007 ở dòng 12 (và 2 chỗ khác). Hãy xoá ký tự này hoặc lưu lại tệp gốc dưới dạng UTF-8.',
    );
  });
});

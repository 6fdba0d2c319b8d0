import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVietnamese } from './vietnamese-order';

/** The reference: Node's collator, with the full ICU data. */
const collator = new Intl.Collator('vi', { numeric: true });
const sign = (n: number) => Math.sign(n) || 0;

const PUNCTUATION = ' _-–—,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';
const LOWER = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyzàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
const REPERTOIRE = PUNCTUATION + '0123456789' + LOWER + LOWER.toUpperCase();

function unitNames(): string[] {
  const names = new Set<string>();
  for (const file of ['data/units.csv', 'data/2025-07/units.csv']) {
    const [header, ...rows] = readFileSync(join(process.cwd(), file), 'utf8').trim().split('\n');
    const column = header!.split(',').indexOf('name');
    for (const row of rows) names.add(row.split(',')[column]!);
  }
  return [...names];
}

describe('Vietnamese order without the collation data', () => {
  it.each([
    ['D', 'Đ', -1],
    ['Dương', 'Đồng', -1],
    ['đ', 'e', -1],
    ['u', 'ư', -1],
    ['ư', 'v', -1],
    ['a', 'ă', -1],
    ['ă', 'â', -1],
    ['â', 'b', -1],
    ['o', 'ô', -1],
    ['ô', 'ơ', -1],
    ['à', 'ả', -1],
    ['ả', 'ã', -1],
    ['ã', 'á', -1],
    ['á', 'ạ', -1],
    ['ạ', 'ab', -1], // tones only break ties
    ['Bá', 'Ba Bể', -1], // a prefix comes first, whatever its tones
    ['àb', 'ab̀'.normalize('NFC'), 1],
    ['a', 'A', -1],
    ['Ạn', 'ạN', 1],
    ['Tổ 9', 'Tổ 10', -1],
    ['tổ 9', 'Tổ 10', -1],
    ['Tổ 01', 'Tổ 1', 0],
    ['Thôn 2A', 'Thôn 2 A', 1],
    ['a b', 'ab', -1],
    ['a-b', 'a b', 1],
    ['a.b', 'a-b', 1],
    ['(a)', 'a', -1],
    ['1', 'a', -1],
    ['$', '0', -1],
    ['', ' ', -1],
    ['Ché', 'Cz', -1], // no digraphs: "ch" is c then h
    ['Nà Lẹng', 'Nà Lẹng', 0],
  ])('%j against %j: %i', (a, b, expected) => {
    expect(sign(compareVietnamese(a, b))).toBe(expected);
    expect(sign(collator.compare(a, b))).toBe(expected);
  });

  it('falls back to the collator for characters outside its repertoire', () => {
    for (const [a, b] of [
      ['Ça', 'Ca'],
      ['a\u00a0b', 'a b'],
      ['Nà\u0300', 'Na'],
      ['“Tổ”', '"Tổ"'],
      ['日本', 'a'],
      ['Tổ ٣', 'Tổ 3'],
    ] as const) {
      expect([a, b, sign(compareVietnamese(a, b))]).toEqual([a, b, sign(collator.compare(a, b))]);
    }
  });

  const char = fc.constantFrom(...REPERTOIRE);
  const text = (maxLength: number) => fc.array(char, { maxLength }).map((cs) => cs.join(''));
  /** Close strings: the same text with one character changed, inserted or removed. */
  const pair = fc.oneof(
    fc.tuple(text(8), text(8)),
    fc.tuple(text(8), fc.nat(), char).map(([s, i, c]) => [s, s.slice(0, i % (s.length + 1)) + c + s.slice((i % (s.length + 1)) + 1)] as const),
    fc.tuple(text(8), fc.nat(), char).map(([s, i, c]) => [s, s.slice(0, i % (s.length + 1)) + c + s.slice(i % (s.length + 1))] as const),
  );

  it('gives the sign of the collator on generated strings', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(sign(compareVietnamese(a, b))).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives the sign of the collator when other characters are mixed in', () => {
    const other = fc.constantFrom('\u0300', '\u0301', '\u0302', '\u0306', '\u031b', '\u0323', '\u00a0', '“', '’', 'Ç', 'ß', '٣', '日', '\u200b');
    const mixed = fc.array(fc.oneof(char, char, other), { maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(mixed, mixed, fc.nat(), (a, b, k) => {
        const c = a.slice(0, k % (a.length + 1)) + b;
        for (const [x, y] of [
          [a, b],
          [a, c],
        ]) {
          expect(sign(compareVietnamese(x!, y!))).toBe(sign(collator.compare(x!, y!)));
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('gives the sign of the collator on words close to unit names', () => {
    const word = fc.constantFrom('Tổ', 'Thôn', 'Bản', 'Nà', 'Na', 'Đồng', 'Dông', 'Ư', 'u', 'Phường', '1', '01', '10', '9', '(cũ)', '-', '.');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 4 }), fc.array(word, { maxLength: 4 }), (a, b) => {
        expect(sign(compareVietnamese(a.join(' '), b.join(' ')))).toBe(sign(collator.compare(a.join(' '), b.join(' '))));
      }),
      { numRuns: 5_000 },
    );
  });

  it('orders every pair of unit names of the demo data as the collator does', () => {
    const names = unitNames();
    expect(names.length).toBeGreaterThan(200);
    const wrong: string[] = [];
    for (const a of names) for (const b of names) if (sign(compareVietnamese(a, b)) !== sign(collator.compare(a, b))) wrong.push(`${a} | ${b}`);
    expect(wrong).toEqual([]);
  });
});

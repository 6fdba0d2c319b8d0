import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_SYMBOLS, writeNumber } from './number-format';

const LOCALES = { vi: 'vi-VN', en: 'en-GB' } as const;
type Lang = keyof typeof LOCALES;

const intlFormats = new Map<string, Intl.NumberFormat>();
/** The reference: the browser's formatter with the options the app's formats stand for. */
function intl(value: number, lang: Lang, decimals: number, percent: boolean): string {
  const key = `${lang}|${decimals}|${percent}`;
  let f = intlFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { style: percent ? 'percent' : 'decimal', minimumFractionDigits: 0, maximumFractionDigits: decimals });
    intlFormats.set(key, f);
  }
  return f.format(value);
}

describe('numbers without the locale data', () => {
  it.each<[number, Lang, number, boolean, string]>([
    [313905, 'vi', 0, false, '313.905'],
    [313905, 'en', 0, false, '313,905'],
    [52.58, 'vi', 2, false, '52,58'],
    [52.58, 'en', 2, false, '52.58'],
    [1234567.891, 'vi', 3, false, '1.234.567,891'],
    [999, 'vi', 0, false, '999'],
    [1000, 'vi', 0, false, '1.000'],
    [0.1 + 0.2, 'vi', 3, false, '0,3'],
    [2.5, 'vi', 0, false, '3'],
    [-2.5, 'vi', 0, false, '-3'],
    [0.5, 'en', 0, false, '1'],
    [1.005, 'vi', 2, false, '1,01'], // toFixed(2) gives "1.00": the double is below 1.005
    [1.0005, 'en', 3, false, '1.001'],
    [9.995, 'vi', 2, false, '10'],
    [999999.5, 'vi', 0, false, '1.000.000'],
    [-0, 'vi', 0, false, '-0'],
    [-0.4, 'vi', 0, false, '-0'],
    [-0.0004, 'en', 3, false, '-0'],
    [0.0004, 'vi', 3, false, '0'],
    [NaN, 'vi', 0, false, 'NaN'],
    [Infinity, 'vi', 0, false, '∞'],
    [-Infinity, 'en', 2, false, '-∞'],
    [1e21, 'vi', 0, false, '1.000.000.000.000.000.000.000'],
    [1.5e-7, 'vi', 3, false, '0'],
    [123456789012345680000, 'en', 0, false, '123,456,789,012,345,680,000'],
    [1.155, 'vi', 1, true, '115,5%'],
    [2.31, 'vi', 0, true, '231%'],
    [0.5258, 'vi', 2, true, '52,58%'],
    [0.5258, 'en', 1, true, '52.6%'],
    [0.0005, 'vi', 1, true, '0,1%'],
    [0.00005, 'vi', 1, true, '0%'],
    [0.145, 'vi', 0, true, '15%'], // 0.145 × 100 is 14.499999999999998 in binary
    [-0, 'vi', 1, true, '-0%'],
    [NaN, 'en', 1, true, 'NaN%'],
    [-Infinity, 'vi', 1, true, '-∞%'],
    [1e21, 'en', 1, true, '100,000,000,000,000,000,000,000%'],
  ])('%s in %s with %i decimals (percent %s) → %s', (value, lang, decimals, percent, expected) => {
    expect(writeNumber(value, NUMBER_SYMBOLS[lang], decimals, percent)).toBe(expected);
    expect(intl(value, lang, decimals, percent)).toBe(expected);
  });

  /** Values the app formats, and the edges of the decimal form: halves, long fractions, exponents, any double. */
  const values = fc.oneof(
    fc.double(),
    fc.double({ min: -1e7, max: 1e7 }),
    fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 2000),
    fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
    fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: -30, max: 30 })).map(([m, e]) => m * 10 ** e),
    fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, 1e21, 1e-7, 0.145, 1.005),
  );

  it.each<[Lang, boolean]>([
    ['vi', false],
    ['en', false],
    ['vi', true],
    ['en', true],
  ])('writes every number as Intl.NumberFormat does (%s, percent %s)', (lang, percent) => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 3 }), (value, decimals) => {
        expect(writeNumber(value, NUMBER_SYMBOLS[lang], decimals, percent)).toBe(intl(value, lang, decimals, percent));
      }),
      { numRuns: 5000 },
    );
  });
});

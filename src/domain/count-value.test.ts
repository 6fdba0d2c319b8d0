import { describe, expect, it } from 'vitest';
import { plainCount, readCountText } from './count-value';

describe('plainCount', () => {
  it.each<[string, number | undefined]>([
    ['0', 0],
    ['7', 7],
    ['007', 7],
    ['1234', 1234],
    ['999999999999999', 999999999999999],
    ['', undefined],
    ['1000000000000000', undefined],
    ['-3', undefined],
    ['2.5', undefined],
    ['1,000', undefined],
    [' 12', undefined],
    ['1e3', undefined],
    ['١٢', undefined],
    ['12a', undefined],
    ['/', undefined],
    [':', undefined],
  ])('%j → %s', (text, expected) => {
    expect(plainCount(text)).toBe(expected);
  });

  it('agrees with the full rule wherever it gives a value', () => {
    for (const text of ['0', '00', '42', '0815', '123456789012345']) {
      expect(readCountText(text, { integer: true })).toEqual({ value: plainCount(text) });
    }
  });
});

describe('readCountText', () => {
  it.each<[string, boolean, ReturnType<typeof readCountText>]>([
    ['12', true, { value: 12 }],
    ['2.5', false, { value: 2.5 }],
    ['2.5', true, { fault: 'fraction' }],
    ['-1', true, { fault: 'negative' }],
    ['1,000', true, { fault: 'format' }],
    ['9'.repeat(400), true, { fault: 'too-large' }],
  ])('%j (integer %s)', (text, integer, expected) => {
    expect(readCountText(text, { integer })).toEqual(expected);
  });
});

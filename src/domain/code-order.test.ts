import { describe, expect, it } from 'vitest';
import { compareCodes } from './code-order';

describe('compareCodes', () => {
  it.each([
    ['P8.1.1', 'P8.2.1', -1],
    ['P8.2.1', 'P8.1.1', 1],
    ['P8.1.1', 'P8.1.1', 0],
    ['058', '058.1', -1],
    ['066-2022-09-30-kho-khan', '066-2022-09-30-kho-khan-2', -1],
    ['2025-06-30T10:00:00Z', '2025-06-30T09:59:59Z', 1],
    ['', 'a', -1],
  ])('%s against %s is %i', (a, b, sign) => {
    expect(Math.sign(compareCodes(a, b))).toBe(sign);
  });

  it('gives the collator’s order for codes of capital letters, lower-case letters, digits, dots and hyphens', () => {
    const codes = ['P8.2.1', 'P8.1.10', 'P8.1.2', '058.1', '058', '01846.14', '01846.9', 'n-2023-05-11-b', 'n-2023-05-11-a', 'n-2023-05-1'];
    const collator = new Intl.Collator('vi');
    const lower = codes.map((c) => c.toLowerCase());
    expect([...lower].sort(compareCodes)).toEqual([...lower].sort(collator.compare));
    expect([...codes].filter((c) => c === c.toUpperCase()).sort(compareCodes)).toEqual(codes.filter((c) => c === c.toUpperCase()).sort(collator.compare));
  });
});

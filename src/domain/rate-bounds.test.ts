import { describe, expect, it } from 'vitest';
import { firstRateExcess } from './rate-bounds';

describe('a rate numerator never above its denominator', () => {
  it.each([
    ['stock, within every quarter', [2, 3, 4], [5, 5, 5], false, null],
    ['stock, above in the second quarter', [2, 6, 4], [5, 5, 5], false, { quarter: 1, numerator: 6, denominator: 5 }],
    ['stock, a quarter without denominator is not compared', [2, 6], [5, null], false, null],
    ['flow, a later quarter disburses what an earlier one allocated', [0, 8], [5, 3], true, null],
    ['flow, cumulative numerator above cumulative denominator', [3, 4, 2], [5, 1, 0], true, { quarter: 1, numerator: 7, denominator: 6 }],
    ['flow, missing quarters add nothing', [null, 3], [2, null], true, { quarter: 1, numerator: 3, denominator: 2 }],
  ])('%s', (_name, num, den, cumulative, expected) => {
    expect(firstRateExcess(num, den, cumulative)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { leafSeries, sumSeries } from './aggregate';
import { carriedLeafSeries } from './carry-forward';
import { computeFigure, type UnitSeries } from './figures';
import { pairedLeafSeries, pairingMatters } from './rate-pairs';
import { indicator } from '../../tests/builders/indicator';

const VD = indicator('VD', 'stock');
const VT = indicator('VT', 'stock');
const RT = indicator('RT', 'rate', { numerator: 'VT', denominator: 'VD', scale: 100 });
const catalogue = new Map([VD, VT, RT].map((i) => [i.code, i]));

describe('a rate from the units that reported both sides', () => {
  it('keeps a quarter only where both sides hold a value', () => {
    const p = pairedLeafSeries(leafSeries([2, 3, null]), leafSeries([4, null, 5]));
    expect(p.numerator.values).toEqual([2, null, null]);
    expect(p.denominator.values).toEqual([4, null, null]);
    expect(p.numerator.reported).toEqual([1, 0, 0]);
  });

  it('counts a carried side as a value, and the pair as carried', () => {
    const p = pairedLeafSeries(carriedLeafSeries([2, null], 1), leafSeries([4, 6]));
    expect(p.numerator.values).toEqual([2, 2]);
    expect(p.denominator.values).toEqual([4, 6]);
    expect(p.numerator.reported).toEqual([1, 0]);
    expect(p.numerator.carried).toEqual([0, 1]);
  });

  it('gives 3/8 = 37.5 % where a third village sent 6 villages without its numerator (not 3/14 = 21.4 %)', () => {
    // Three villages in one quarter: (1 of 4), (2 of 4), and a denominator of 6 without a numerator.
    const nums = [leafSeries([1]), leafSeries([2]), leafSeries([null])];
    const dens = [leafSeries([4]), leafSeries([4]), leafSeries([6])];
    const pairs = nums.map((n, i) => pairedLeafSeries(n, dens[i]!));
    const paired = {
      numerator: sumSeries(
        pairs.map((p) => p.numerator),
        1,
      ),
      denominator: sumSeries(
        pairs.map((p) => p.denominator),
        1,
      ),
    };
    const plain = { numerator: sumSeries(nums, 1), denominator: sumSeries(dens, 1) };
    expect(pairingMatters(paired, plain)).toBe(true);
    const unit: UnitSeries = {
      series: { VT: plain.numerator, VD: plain.denominator },
      rates: { RT: { numerator: paired.numerator.values, denominator: paired.denominator.values, reported: paired.numerator.reported, expected: 3 } },
      withheld: [],
    };
    expect(computeFigure(RT, unit, catalogue, [0])).toEqual({ status: 'ok', figure: { value: 37.5, reported: 2, expected: 3 } });
    // Without the pairs, the sides' own series: the old, misleading 3/14.
    const { rates: _, ...unpaired } = unit;
    const old = computeFigure(RT, unpaired, catalogue, [0]);
    expect(old.status === 'ok' && old.figure.value).toBeCloseTo((3 / 14) * 100, 6);
  });

  it('changes nothing where every unit reported both sides', () => {
    const n = [leafSeries([1, 2])];
    const d = [leafSeries([3, 4])];
    const p = pairedLeafSeries(n[0]!, d[0]!);
    expect(pairingMatters(p, { numerator: n[0]!, denominator: d[0]! })).toBe(false);
  });
});

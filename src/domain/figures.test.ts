import { describe, expect, it } from 'vitest';
import { computeFigure, type UnitSeries } from './figures';
import { indicator as ind } from '../../tests/builders/indicator';

const catalogue = new Map(
  [ind('N', 'stock'), ind('D', 'stock'), ind('R', 'rate', { numerator: 'N', denominator: 'D', scale: 100 }), ind('S', 'flow', { sensitive: true })].map((i) => [
    i.code,
    i,
  ]),
);
const unit = (n: (number | null)[], d: (number | null)[], withheld: string[] = []): UnitSeries => ({
  series: {
    N: { values: n, reported: n.map((v) => (v === null ? 0 : 4)), expected: 4 },
    D: { values: d, reported: d.map((v) => (v === null ? 0 : 4)), expected: 4 },
  },
  withheld,
});

describe('computeFigure', () => {
  it.each([
    ['a rate of stocks uses the period-end numerator and denominator', unit([1, 3], [4, 4]), [0, 1], { status: 'ok', value: 75 }],
    ['a rate with nothing to divide by does not apply', unit([0, 0], [0, 0]), [0, 1], { status: 'not_applicable' }],
    ['a rate whose denominator is not reported is not reported', unit([1, 1], [4, null]), [0, 1], { status: 'ok', value: null }],
  ] as const)('%s', (_name, u, indices, expected) => {
    const result = computeFigure(catalogue.get('R')!, u, catalogue, indices);
    expect(result.status).toBe(expected.status);
    if (result.status === 'ok' && 'value' in expected) expect(result.figure.value).toBe(expected.value);
  });

  it('says an indicator is withheld rather than missing', () => {
    expect(computeFigure(catalogue.get('S')!, unit([1], [1], ['S']), catalogue, [0]).status).toBe('withheld');
  });

  it('says an indicator not reported at this level does not apply', () => {
    expect(computeFigure(catalogue.get('S')!, unit([1], [1]), catalogue, [0]).status).toBe('not_applicable');
  });
});

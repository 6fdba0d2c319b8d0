// @vitest-environment node
import polygonClipping from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { multiPolygonArea, pointsOf, type MultiPolygon, type Pair } from './planar';
import { cleanMultiPolygon, nodeShapes, quantise, simplifyTogether } from './simplify';

/** A wiggly line from (0,0) to (0,1) along x ≈ 0: the shared edge of two neighbours. */
const wiggle: Pair[] = Array.from({ length: 41 }, (_, i) => [Math.sin(i * 1.7) * 0.004 + (i % 7 === 0 ? 0.02 : 0), i / 40] as Pair);
wiggle[0] = [0, 0];
wiggle[40] = [0, 1];
const left: MultiPolygon = [[[[-3, 0], ...wiggle, [-3, 1], [-3, 0]]]];
// The right neighbour has one extra vertex lying on the wiggle's first edge (a T-junction).
const rightEdge = [...wiggle].reverse();
const tJunction: Pair = [(wiggle[0]![0] + wiggle[1]![0]) / 2, (wiggle[0]![1] + wiggle[1]![1]) / 2];
const rightRing: Pair[] = [[1, 1], ...rightEdge.slice(0, -1), tJunction, [0, 0], [1, 0]];
// The ring starts half-way along the shared edge, as rings from another source may.
const right: MultiPolygon = [[[...rightRing.slice(21), ...rightRing.slice(0, 21), rightRing[21]!]]];

const overlap = (a: MultiPolygon, b: MultiPolygon) => multiPolygonArea(polygonClipping.intersection(a, b));
const gapOrOverlap = (a: MultiPolygon, b: MultiPolygon) => Math.abs(multiPolygonArea(polygonClipping.union(a, b)) - multiPolygonArea(a) - multiPolygonArea(b));

describe('topology-preserving simplification', () => {
  it('keeps a shared edge shared: no gap and no overlap between neighbours', () => {
    expect(gapOrOverlap(left, right)).toBeLessThan(1e-12);
    const out = simplifyTogether(
      new Map([
        ['L', left],
        ['R', right],
      ]),
      { decimals: 6, tolerance: 1e-4 },
    );
    const [l, r] = [out.get('L')!, out.get('R')!];
    expect([...pointsOf(l)].length).toBeLessThan([...pointsOf(left)].length);
    expect(overlap(l, r)).toBeLessThan(1e-12);
    expect(gapOrOverlap(l, r)).toBeLessThan(1e-12);
    const rightPoints = new Set([...pointsOf(r)].map(String));
    const shared = [...pointsOf(l)].filter((p) => Math.abs(p[0]) < 0.5).map(String);
    expect(shared.every((p) => rightPoints.has(p))).toBe(true);
  });

  it('simplifying each shape on its own (here: at its own scale) would open gaps', () => {
    const l = simplifyTogether(new Map([['L', left]]), { decimals: 6, tolerance: 1e-4 }).get('L')!;
    const r = simplifyTogether(new Map([['R', right]]), { decimals: 6, tolerance: 1e-4 }).get('R')!;
    expect(gapOrOverlap(l, r)).toBeGreaterThan(1e-6);
  });

  it('inserts a vertex lying on a neighbour edge into that edge', () => {
    const a: MultiPolygon = [
      [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    ];
    const b: MultiPolygon = [
      [
        [
          [2, 0],
          [4, 0],
          [4, 2],
          [2, 2],
          [2, 1],
          [2, 0],
        ],
      ],
    ];
    const [noded] = nodeShapes([a, b], 1e-9);
    expect(noded![0]![0]).toContainEqual([2, 1]);
  });

  it.each<[string, MultiPolygon, MultiPolygon]>([
    [
      'rounds to the given decimals',
      [
        [
          [
            [0.123456, 1.654321],
            [1, 0],
            [1, 1],
            [0.123456, 1.654321],
          ],
        ],
      ],
      [
        [
          [
            [0.12346, 1.65432],
            [1, 0],
            [1, 1],
            [0.12346, 1.65432],
          ],
        ],
      ],
    ],
    [
      'drops a ring that collapses to a line',
      [
        [
          [
            [0, 0],
            [1, 0],
            [0.000001, 0.000001],
            [0, 0],
          ],
        ],
      ],
      [],
    ],
  ])('snapping %s', (_name, input, expected) => {
    expect(quantise(input, 5)).toEqual(expected);
  });

  it('closes rings and removes repeated points', () => {
    expect(
      cleanMultiPolygon([
        [
          [
            [0, 0],
            [1, 0],
            [1, 0],
            [1, 1],
          ],
        ],
      ]),
    ).toEqual([
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ProjectedShapes } from './projected-shapes';
import { traceShape, type PathSink } from './pixel-trace';

type Step = ['M' | 'L', number, number] | ['Z'];

function recorder(): PathSink & { steps: Step[] } {
  const steps: Step[] = [];
  return {
    steps,
    moveTo: (x, y) => steps.push(['M', x, y]),
    lineTo: (x, y) => steps.push(['L', x, y]),
    closePath: () => steps.push(['Z']),
  };
}

/** Shapes from rings given in pixels at scale 100 (reference units = pixels ÷ 100), one shape per entry. */
function shapesOf(shapes: [number, number][][][]): ProjectedShapes {
  const xy: number[] = [];
  const ringStart: number[] = [];
  const shapeRing: number[] = [];
  for (const rings of shapes) {
    shapeRing.push(ringStart.length);
    for (const ring of rings) {
      ringStart.push(xy.length / 2);
      for (const [x, y] of ring) xy.push(x / 100, y / 100);
    }
  }
  shapeRing.push(ringStart.length);
  ringStart.push(xy.length / 2);
  return {
    xy: Float64Array.from(xy),
    ringStart: Uint32Array.from(ringStart),
    shapeRing: Uint32Array.from(shapeRing),
    box: new Float64Array(shapes.length * 4),
  };
}

const AT_SCALE = { scale: 100, dx: 0, dy: 0 };
const rounded = (steps: Step[]) => steps.map((s) => s.map((v) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v)));

describe('traceShape: simplified to the tolerance', () => {
  it.each<[string, [number, number][], number, Step[]]>([
    [
      // Midpoints of straight edges lie on the segment that replaces them (distance 0).
      'a square with a vertex in the middle of each edge keeps its corners',
      [
        [0, 0],
        [5, 0],
        [10, 0],
        [10, 5],
        [10, 10],
        [5, 10],
        [0, 10],
        [0, 5],
        [0, 0],
      ],
      1,
      [['M', 0, 0], ['L', 10, 0], ['L', 10, 10], ['L', 0, 10], ['L', 0, 0], ['Z']],
    ],
    [
      // (5, 0.8) is 0.8 px from the segment (0, 0)–(10, 0): within 1 px, left out.
      'a vertex 0.8 px off an edge is left out at 1 px',
      [
        [0, 0],
        [5, 0.8],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      1,
      [['M', 0, 0], ['L', 10, 0], ['L', 10, 10], ['L', 0, 10], ['L', 0, 0], ['Z']],
    ],
    [
      // 1.5 px from the segment: kept.
      'a vertex 1.5 px off an edge is kept at 1 px',
      [
        [0, 0],
        [5, 1.5],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      1,
      [['M', 0, 0], ['L', 5, 1.5], ['L', 10, 0], ['L', 10, 10], ['L', 0, 10], ['L', 0, 0], ['Z']],
    ],
    [
      // 0.8 px from the segment: kept when the tolerance is half a pixel.
      'a vertex 0.8 px off an edge is kept at 0.5 px',
      [
        [0, 0],
        [5, 0.8],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      0.5,
      [['M', 0, 0], ['L', 5, 0.8], ['L', 10, 0], ['L', 10, 10], ['L', 0, 10], ['L', 0, 0], ['Z']],
    ],
    [
      // (10, 1.25) is 0.93 px from (0, 0)–(30, 0.95) [|10·0.95 − 1.25·30| / √(30² + 0.95²) = 28 / 30.015],
      // so it may go while (30, 0.95) is the next vertex; (30, 0.95) is 0.95 px from (0, 0)–(40, 0), but
      // (10, 1.25) would then be 1.25 px from the path: (30, 0.95) is kept.
      'a vertex is kept when leaving it out would take an earlier left-out vertex beyond the tolerance',
      [
        [0, 0],
        [10, 1.25],
        [30, 0.95],
        [40, 0],
        [40, 10],
        [0, 10],
        [0, 0],
      ],
      1,
      [['M', 0, 0], ['L', 30, 0.95], ['L', 40, 0], ['L', 40, 10], ['L', 0, 10], ['L', 0, 0], ['Z']],
    ],
    [
      // (13, 0) lies on the line through (0, 0) and (10, 0) but 3 px beyond the segment's end: the
      // distance is to the segment, not to its line, so the spike is kept.
      'a spike along an edge is kept when it reaches beyond the tolerance',
      [
        [0, 0],
        [13, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      1,
      [['M', 0, 0], ['L', 13, 0], ['L', 10, 0], ['L', 10, 10], ['L', 0, 10], ['L', 0, 0], ['Z']],
    ],
  ])('%s', (_, ring, tolerance, expected) => {
    const sink = recorder();
    const drawn = traceShape(sink, shapesOf([[ring]]), 0, AT_SCALE, tolerance);
    expect(rounded(sink.steps)).toEqual(expected);
    expect(drawn).toBe(expected.length - 1);
  });

  it('cuts a long straight run every 17 vertices', () => {
    // 41 vertices 1 px apart along y = 0, then back along y = 10.
    const ring: [number, number][] = [...Array.from({ length: 41 }, (_, x) => [x, 0] as [number, number]), [40, 10], [0, 10], [0, 0]];
    const sink = recorder();
    traceShape(sink, shapesOf([[ring]]), 0, AT_SCALE, 1);
    expect(rounded(sink.steps)).toEqual([['M', 0, 0], ['L', 17, 0], ['L', 34, 0], ['L', 40, 0], ['L', 40, 10], ['L', 0, 10], ['L', 0, 0], ['Z']]);
  });

  it('traces every ring of the shape asked for, in place, and skips rings of one vertex', () => {
    // Shape 0 is not traced; shape 1 has an outer ring, a hole and a ring of a single vertex.
    const shapes = shapesOf([
      [
        [
          [0, 0],
          [1, 0],
          [0, 1],
          [0, 0],
        ],
      ],
      [
        [
          [0, 0],
          [20, 0],
          [20, 20],
          [0, 20],
          [0, 0],
        ],
        [
          [5, 5],
          [5, 15],
          [15, 15],
          [15, 5],
          [5, 5],
        ],
        [[7, 7]],
      ],
    ]);
    const sink = recorder();
    // Pixels = reference × 200 + (3, −4): the shape at twice the size of the rings as given, moved.
    const drawn = traceShape(sink, shapes, 1, { scale: 200, dx: 3, dy: -4 }, 1);
    expect(rounded(sink.steps)).toEqual([
      ['M', 3, -4],
      ['L', 43, -4],
      ['L', 43, 36],
      ['L', 3, 36],
      ['L', 3, -4],
      ['Z'],
      ['M', 13, 6],
      ['L', 13, 26],
      ['L', 33, 26],
      ['L', 33, 6],
      ['L', 13, 6],
      ['Z'],
    ]);
    expect(drawn).toBe(10);
  });
});

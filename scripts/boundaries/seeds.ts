/**
 * Seed points for schematic cells. Unit centres are approximate public facts: some are missing,
 * some are rough (outside their district). These functions turn them into seeds that give every
 * unit a cell of its own and keep each parent's cells in one piece.
 */
import polygonClipping from 'polygon-clipping';
import { boxOf, interiorPoint, multiPolygonArea, pointInMultiPolygon, pointInPolygon, pointsOf, polygonArea, type MultiPolygon, type Pair } from './planar';
import { voronoiCells } from './tessellate';

/** The point of `area` farthest from every known seed (grid search): where a unit without a centre fits best. */
export function emptiestPoint(area: MultiPolygon, seeds: readonly Pair[], steps = 40): Pair {
  const box = boxOf(pointsOf(area));
  let best: Pair = interiorPoint(area).point;
  let bestDistance = -1;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p: Pair = [box.minX + ((box.maxX - box.minX) * i) / steps, box.minY + ((box.maxY - box.minY) * j) / steps];
      if (!pointInMultiPolygon(p, area)) continue;
      const d = Math.min(...seeds.map(([x, y]) => Math.hypot(x - p[0], y - p[1])));
      if (d > bestDistance) [best, bestDistance] = [p, d];
    }
  }
  return best;
}

/** Points spread evenly around a centre (sunflower pattern), for units that have no centre at all. */
export function sunflower(count: number, [cx, cy]: Pair, radius: number): Pair[] {
  return Array.from({ length: count }, (_, i) => {
    const r = radius * Math.sqrt((i + 0.5) / count);
    const a = i * 2.399963229728653;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as Pair;
  });
}

export const unionAll = (parts: readonly MultiPolygon[]): MultiPolygon => {
  const nonEmpty = parts.filter((p) => p.length > 0);
  const [first, ...rest] = nonEmpty;
  return first ? polygonClipping.union(first, ...rest) : [];
};

/** Parts of a union bigger than floating-point dust. */
function pieces(mp: MultiPolygon): MultiPolygon {
  const total = multiPolygonArea(mp);
  return mp.filter((p) => polygonArea(p) > total * 1e-6);
}

/**
 * Moves seeds until, for every group (the communes of one district), the group's Voronoi cells form
 * one piece: a seed whose cell lies apart from the rest of its group walks half-way towards the
 * nearest seed of the group's main piece, round after round.
 */
export function connectGroups(seeds: readonly Pair[], groups: readonly string[], region: MultiPolygon, maxRounds = 16): Pair[] {
  const current = seeds.map((s) => [...s] as Pair);
  const members = new Map<string, number[]>();
  groups.forEach((g, i) => members.set(g, [...(members.get(g) ?? []), i]));
  for (let round = 0; round < maxRounds; round++) {
    const cells = voronoiCells(current, region);
    let moved = false;
    for (const list of members.values()) {
      if (list.length < 2) continue;
      const parts = pieces(unionAll(list.map((i) => cells[i] ?? [])));
      if (parts.length < 2) continue;
      const main = [...parts].sort((a, b) => polygonArea(b) - polygonArea(a))[0]!;
      const inMain = list.filter((i) => pointInPolygon(current[i]!, main));
      for (const i of list) {
        if (inMain.includes(i)) continue;
        const [x, y] = current[i]!;
        const target = inMain.map((j) => current[j]!).sort((a, b) => Math.hypot(a[0] - x, a[1] - y) - Math.hypot(b[0] - x, b[1] - y))[0];
        if (!target) continue;
        current[i] = [(x + target[0]) / 2, (y + target[1]) / 2];
        moved = true;
      }
    }
    if (!moved) break;
  }
  return current;
}

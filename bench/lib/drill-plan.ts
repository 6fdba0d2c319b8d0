/**
 * The drill route for the latency bench: from the province down to a district, a commune and a
 * village, then back up by the breadcrumb, each cycle through another district, commune and
 * village, read from the built API documents (dist/api/v1/units/<code>.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface UnitInfo {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
  children: string[];
}

export interface Drill {
  from: UnitInfo;
  to: UnitInfo;
  direction: 'down' | 'up';
  /** "1→2" for province → district, "4→3" for village → commune… */
  kind: string;
}

export function readUnit(distDir: string, code: string): UnitInfo {
  const doc = JSON.parse(readFileSync(join(distDir, 'api', 'v1', 'units', `${code}.json`), 'utf8')) as {
    unit: { code: string; name: string; level: number; parentCode: string | null };
    children: { code: string }[];
  };
  return { ...doc.unit, children: doc.children.map((c) => c.code) };
}

export function drillPlan(distDir: string, rootCode: string, count: number): Drill[] {
  const unit = (code: string) => readUnit(distDir, code);
  const root = unit(rootCode);
  const drills: Drill[] = [];
  const step = (from: UnitInfo, to: UnitInfo, direction: Drill['direction']) => drills.push({ from, to, direction, kind: `${from.level}→${to.level}` });
  for (let cycle = 0; drills.length < count; cycle++) {
    const district = unit(root.children[cycle % root.children.length]!);
    const commune = unit(district.children[(cycle * 3) % district.children.length]!);
    const village = unit(commune.children[(cycle * 5) % Math.max(1, commune.children.length)] ?? commune.code);
    step(root, district, 'down');
    step(district, commune, 'down');
    if (village.code !== commune.code) {
      step(commune, village, 'down');
      step(village, commune, 'up');
    }
    step(commune, district, 'up');
    step(district, root, 'up');
  }
  return drills.slice(0, count);
}

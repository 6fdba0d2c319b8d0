/**
 * Reads a province's boundary file (GeoJSON or TopoJSON FeatureCollection), matches its features
 * to units by code, checks every geometry and simplifies the result. Pure: text in, report out;
 * the CLI decides what to write. Any error rejects the whole file.
 */
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Unit } from '../../src/domain/units';
import { indexCodes, matchCode } from './code-match';
import type { OfficialLevel } from './documents';
import type { MultiPolygon } from './planar';
import { simplifyTogether } from './simplify';
import { checkGeometry } from './validate-geometry';

export interface ImportProblem {
  /** 1-based position of the feature in the file, null for the whole file. */
  feature: number | null;
  field: string | null;
  message: string;
}

export interface ImportRequest {
  fileName: string;
  text: string;
  codeField: string;
  /** Only features of units at this level are imported (others are reported and skipped). */
  level?: number | undefined;
  units: readonly Unit[];
  /** ISO date written into the source line. */
  importedOn: string;
}

export interface ImportResult {
  errors: ImportProblem[];
  warnings: ImportProblem[];
  /** Imported levels (empty when there are errors). */
  levels: OfficialLevel[];
  /** Codes in the file with no unit, and units of the imported levels with no feature. */
  unmatchedInFile: string[];
  missingInFile: { code: string; name: string }[];
}

export function describeImportProblem(fileName: string, p: ImportProblem): string {
  const where = [`tệp ${fileName}`, p.feature !== null ? `đối tượng thứ ${p.feature}` : null, p.field !== null ? `trường "${p.field}"` : null]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${p.message}`;
}

/** The features of a GeoJSON FeatureCollection or of every object of a TopoJSON topology. */
function readFeatures(text: string, errors: ImportProblem[]): unknown[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    errors.push({ feature: null, field: null, message: `không phải JSON hợp lệ (${(e as Error).message})` });
    return null;
  }
  const doc = json as { type?: unknown; features?: unknown; objects?: unknown; arcs?: unknown };
  if (doc?.type === 'Topology') {
    if (typeof doc.objects !== 'object' || doc.objects === null || !Array.isArray(doc.arcs)) {
      errors.push({ feature: null, field: 'objects', message: 'TopoJSON thiếu "objects" hoặc "arcs"' });
      return null;
    }
    try {
      const topo = json as Topology;
      return Object.values(topo.objects).flatMap((o) => {
        const fc = feature(topo, o) as FeatureCollection | FeatureCollection['features'][number];
        return 'features' in fc ? fc.features : [fc];
      });
    } catch (e) {
      errors.push({ feature: null, field: 'arcs', message: `TopoJSON hỏng, không dựng lại được hình (${(e as Error).message})` });
      return null;
    }
  }
  if (doc?.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    errors.push({ feature: null, field: 'type', message: 'không phải GeoJSON FeatureCollection hay TopoJSON Topology' });
    return null;
  }
  return doc.features;
}

export function importOfficialBoundaries(req: ImportRequest): ImportResult {
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const result = (levels: OfficialLevel[] = [], unmatchedInFile: string[] = [], missingInFile: ImportResult['missingInFile'] = []): ImportResult => ({
    errors,
    warnings,
    levels: errors.length ? [] : levels,
    unmatchedInFile,
    missingInFile,
  });
  const features = readFeatures(req.text, errors);
  if (!features) return result();
  if (features.length === 0) {
    errors.push({ feature: null, field: 'features', message: 'không có đối tượng (feature) nào' });
    return result();
  }
  const index = indexCodes(req.units);
  const byLevel = new Map<number, Map<string, MultiPolygon>>();
  const seen = new Map<string, number>();
  const unmatched: string[] = [];
  features.forEach((f, i) => {
    const n = i + 1;
    const props = (f as { properties?: Record<string, unknown> | null })?.properties ?? {};
    const raw = props[req.codeField];
    const match = matchCode(raw, index);
    if (match.kind === 'empty') return void errors.push({ feature: n, field: req.codeField, message: 'không có mã đơn vị' });
    if (match.kind === 'unknown') {
      unmatched.push(match.code);
      return void errors.push({ feature: n, field: req.codeField, message: `mã "${match.code}" không khớp đơn vị nào trong danh sách đơn vị` });
    }
    if (match.kind === 'ambiguous')
      return void errors.push({
        feature: n,
        field: req.codeField,
        message: `mã "${match.code}" khớp nhiều đơn vị: ${match.units.map((u) => u.code).join(', ')}`,
      });
    const unit = match.unit;
    if (req.level !== undefined && unit.level !== req.level) {
      return void warnings.push({
        feature: n,
        field: req.codeField,
        message: `bỏ qua ${unit.code} ${unit.name}: cấp ${unit.level}, không phải cấp ${req.level}`,
      });
    }
    if (seen.has(unit.code))
      return void errors.push({ feature: n, field: req.codeField, message: `mã ${unit.code} trùng với đối tượng thứ ${seen.get(unit.code)}` });
    seen.set(unit.code, n);
    const check = checkGeometry((f as { geometry?: unknown })?.geometry);
    for (const w of check.warnings) warnings.push({ feature: n, field: 'geometry', message: `${unit.code} ${unit.name}: ${w}` });
    for (const e of check.errors) errors.push({ feature: n, field: 'geometry', message: `${unit.code} ${unit.name}: ${e}` });
    if (check.shape) byLevel.set(unit.level, (byLevel.get(unit.level) ?? new Map()).set(unit.code, check.shape));
  });
  if (!errors.length && byLevel.size === 0)
    errors.push({ feature: null, field: req.codeField, message: `không có đối tượng nào thuộc cấp ${req.level ?? ''}`.trim() });
  const missing = [...byLevel.keys()].flatMap((level) => req.units.filter((u) => u.level === level && !byLevel.get(level)!.has(u.code)));
  for (const u of missing)
    warnings.push({
      feature: null,
      field: null,
      message: `đơn vị ${u.code} ${u.name} (cấp ${u.level}) không có trong tệp: bản đồ cấp này vẫn dùng ranh giới minh họa cho đến khi đủ`,
    });
  if (errors.length)
    return result(
      [],
      unmatched,
      missing.map((u) => ({ code: u.code, name: u.name })),
    );
  const source = `${req.fileName} (nhập ngày ${req.importedOn})`;
  // Light simplification at import (≈ 0.1 m grid, tiny areas): the compile simplifies again per map.
  const levels = [...byLevel].map(([level, shapes]) => ({ level, source, shapes: simplifyTogether(shapes, { decimals: 6, tolerance: 1e-9 }) }));
  return result(
    levels,
    unmatched,
    missing.map((u) => ({ code: u.code, name: u.name })),
  );
}

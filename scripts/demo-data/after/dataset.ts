/** The demo territory after 1/7/2025 as the files of its structure folder (data/<reorganisation code>/). */
import { codesReportedBy, type Catalogue } from '../catalogue';
import { toCsv } from '../../../src/domain/csv';
import { formatTenths } from '../tenths';
import type { TargetRow } from '../targets';
import type { Series } from '../util';
import { AFTER_QUARTERS, continueReports } from './reports';
import { buildNextTargets } from './targets';
import { AFTER_LEVELS, buildNewUnits, NEW_ROOT, readCrosswalk, type NewUnit, type OldUnit } from './units';

export const REORGANISATION = {
  code: '2025-07',
  date: '2025-07-01',
  file: 'reorganisation-2025-07.csv',
  folder: '2025-07',
  name: { vi: 'Sắp xếp đơn vị hành chính từ 1/7/2025', en: 'Reorganisation of administrative units of 1 July 2025' },
} as const;

export interface AfterDataset {
  units: NewUnit[];
  reported: Map<string, Series>;
  targets: TargetRow[];
}

export function buildAfterDataset(
  seed: string,
  crosswalkCsv: string,
  oldUnits: readonly OldUnit[],
  catalogue: Catalogue,
  oldReported: ReadonlyMap<string, Series>,
): AfterDataset {
  const units = buildNewUnits(readCrosswalk(crosswalkCsv), oldUnits);
  const villageCodes = codesReportedBy(catalogue, 'village');
  const communeCodes = codesReportedBy(catalogue, 'commune');
  const reported = new Map<string, Series>();
  for (const u of units) {
    if (u.kind === 'province') continue;
    reported.set(u.code, continueReports(seed, u, u.kind === 'village' ? villageCodes : communeCodes, catalogue, oldReported));
  }
  const root = units[0]!;
  const communes = units.filter((u) => u.kind === 'commune');
  const villagesOf = (c: NewUnit) => units.filter((u) => u.parentCode === c.code);
  const villageReported = new Set(villageCodes);
  const sources = (c: NewUnit, code: string) => (villageReported.has(code) ? villagesOf(c).flatMap((v) => v.from) : c.from);
  return { units, reported, targets: buildNextTargets(seed, root, communes, sources, catalogue, oldReported) };
}

/** The base dataset's meta for the structure after it: the reorganisation itself is declared by the base. */
function afterMeta({ reorganisations: _declaredByBase, ...base }: Record<string, unknown>): unknown {
  return {
    ...base,
    province: { code: NEW_ROOT.code, name: NEW_ROOT.name },
    rootUnit: NEW_ROOT.code,
    levels: AFTER_LEVELS,
    lastQuarter: AFTER_QUARTERS.at(-1),
    dataDate: '2026-09-30',
  };
}

function unitsCsv(units: readonly NewUnit[]): string {
  const rows = units.map((u) => [
    u.code,
    u.name,
    u.type,
    String(u.level),
    u.parentCode,
    u.lat,
    u.lon,
    '',
    u.disadvantaged === null ? '' : u.disadvantaged ? '1' : '0',
    REORGANISATION.date,
    '',
  ]);
  return toCsv(['code', 'name', 'type', 'level', 'parent_code', 'lat', 'lon', 'area_class', 'disadvantaged', 'valid_from', 'valid_to'], rows);
}

function reportsCsv(ds: AfterDataset, catalogue: Catalogue): string {
  const rows: string[][] = [];
  for (const [code, series] of ds.reported) {
    series.forEach((row, q) => {
      if (!row) return;
      const cells = catalogue.reported.map((c) => {
        const v = row.get(c);
        return v === undefined ? '' : catalogue.tenths.has(c) ? formatTenths(v) : String(v);
      });
      rows.push([code, AFTER_QUARTERS[q]!, ...cells]);
    });
  }
  return toCsv(['unit', 'period', ...catalogue.reported], rows);
}

function targetsCsv(rows: readonly TargetRow[], catalogue: Catalogue): string {
  return toCsv(
    ['unit', 'indicator', 'period', 'value'],
    rows.map((t) => [t.unit, t.indicator, t.period, catalogue.tenths.has(t.indicator) ? formatTenths(t.value) : String(t.value)]),
  );
}

/** File name (relative to data/) -> contents. */
export function renderAfterFiles(ds: AfterDataset, catalogue: Catalogue, baseMeta: Record<string, unknown>): Map<string, string> {
  const dir = REORGANISATION.folder;
  return new Map([
    [`${dir}/meta.json`, `${JSON.stringify(afterMeta(baseMeta), null, 2)}\n`],
    [`${dir}/units.csv`, unitsCsv(ds.units)],
    [`${dir}/reports.csv`, reportsCsv(ds, catalogue)],
    [`${dir}/targets.csv`, targetsCsv(ds.targets, catalogue)],
    [`${dir}/disaggregations.csv`, toCsv(['unit', 'period', 'indicator', 'dimension', 'category', 'value'], [])],
    [`${dir}/baselines.csv`, toCsv(['unit', 'indicator', 'year', 'value'], [])],
    [`${dir}/notes.json`, '[]\n'],
  ]);
}

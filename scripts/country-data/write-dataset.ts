/**
 * Writes a synthetic country-scale dataset in the file formats of data/ (units.csv, reports.csv,
 * disaggregations.csv, targets.csv, baselines.csv and the JSON files), streaming rows to disk.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BufferedFile } from './buffered-file';
import { loadCatalogue, type CatalogueIndicator } from './catalogue';
import { buildCountryUnits, type GenUnit } from './country-units';
import { Random } from './random';
import { drawUnitValues, type Context } from './unit-values';
import { writeBoundaries } from './write-boundaries';
import { PHASE, writeBaselines, writeTargets } from './write-targets';

const quarterKeys = (from: number, to: number) => Array.from({ length: (to - from + 1) * 4 }, (_, i) => `${from + Math.floor(i / 4)}Q${(i % 4) + 1}`);
/** The quarter axis: both phases of the programme, 2021–2030. */
export const QUARTERS = quarterKeys(2021, 2030);
/** Data date 30/6/2026: units have reported from 2021Q1 to 2026Q2. */
export const REPORTED_QUARTERS = QUARTERS.slice(0, QUARTERS.indexOf('2026Q2') + 1);
const DATA_DATE = '2026-06-30';

export interface GenerateOptions {
  scale: number;
  outDir: string;
  /** Folder with the demo catalogue (indicators.json, dimensions.json). */
  demoDir: string;
  seed?: number;
  /** Write province and commune boundaries as an official import (default true). */
  boundaries?: boolean;
}

export interface GenerateSummary {
  scale: number;
  provinces: number;
  communes: number;
  villages: number;
  indicators: number;
  quarters: number;
  reportRows: number;
  breakdownRows: number;
  bytes: number;
}

const csv = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const tenths = (v: number) => (v % 10 === 0 ? String(v / 10) : (v / 10).toFixed(1));

function writeUnits(path: string, units: GenUnit[]): void {
  const file = new BufferedFile(path, 'code,name,type,level,parent_code,lat,lon,area_class,disadvantaged,valid_from,valid_to');
  for (const u of units) {
    const flag = u.disadvantaged === null ? '' : u.disadvantaged ? '1' : '0';
    file.line([u.code, u.name, u.type, u.level, u.parent, u.lat, u.lon, u.areaClass, flag, '2021-01-01', ''].map(csv).join(','));
  }
  file.close();
}

export function generateCountryDataset(options: GenerateOptions): GenerateSummary {
  const rng = new Random(options.seed ?? 20250701);
  const { indicators, dimensions } = loadCatalogue(options.demoDir);
  const units = buildCountryUnits(options.scale, rng);
  mkdirSync(options.outDir, { recursive: true });
  const out = (name: string) => join(options.outDir, name);
  writeUnits(out('units.csv'), [units.root, ...units.provinces, ...units.communes, ...units.villages]);

  const columns = indicators.filter((i) => i.kind !== 'rate');
  const ethnicMix = units.provinces.map(() => {
    const weights = Array.from({ length: 8 }, () => rng.next() * 0.3);
    weights[Math.floor(rng.next() * 8)]! += 2;
    return weights;
  });
  const contextFor = (kind: CatalogueIndicator['reportKind']): Context => ({
    indicators: columns.filter((i) => i.reportKind === kind),
    dimensions: new Map(dimensions.map((d) => [d.code, d])),
    quarters: REPORTED_QUARTERS,
    ethnicMix,
  });
  const reports = new BufferedFile(out('reports.csv'), ['unit', 'period', ...columns.map((c) => c.code)].join(','));
  const breakdowns = new BufferedFile(out('disaggregations.csv'), 'unit,period,indicator,dimension,category,value');
  const writeUnitRows = (unit: GenUnit, ctx: Context) => {
    const drawn = drawUnitValues(unit, ctx, rng);
    const position = new Map(ctx.indicators.map((ind, i) => [ind.code, i]));
    drawn.rows.forEach((values, q) => {
      if (!values) return;
      const cells = columns.map((c: CatalogueIndicator) => {
        const i = position.get(c.code);
        const v = i === undefined ? null : (values[i] ?? null);
        return v === null ? '' : c.budget ? tenths(v) : String(v);
      });
      reports.line(`${unit.code},${REPORTED_QUARTERS[q]},${cells.join(',')}`);
    });
    for (const b of drawn.breakdowns) breakdowns.line(`${unit.code},${REPORTED_QUARTERS[b.quarter]},${b.indicator},${b.dimension},${b.category},${b.value}`);
  };
  const communeContext = contextFor('commune');
  const villageContext = contextFor('village');
  let v = 0;
  for (const commune of units.communes) {
    writeUnitRows(commune, communeContext);
    for (; v < units.villages.length && units.villages[v]!.parent === commune.code; v++) writeUnitRows(units.villages[v]!, villageContext);
  }
  reports.close();
  breakdowns.close();

  writeTargets(out('targets.csv'), units, indicators, rng);
  writeBaselines(out('baselines.csv'), units, rng);
  writeFileSync(out('areas.json'), readFileSync(join(options.demoDir, 'areas.json'), 'utf8'));
  writeFileSync(out('indicators.json'), JSON.stringify(indicators, null, 2));
  writeFileSync(out('dimensions.json'), JSON.stringify(dimensions, null, 2));
  writeFileSync(out('meta.json'), JSON.stringify(metaFor(), null, 2));
  writeFileSync(out('notes.json'), JSON.stringify(notesFor(units.provinces), null, 2));
  if (options.boundaries !== false) writeBoundaries(options.outDir, units.provinces, units.communes);

  const names = [
    'units.csv',
    'reports.csv',
    'disaggregations.csv',
    'targets.csv',
    'baselines.csv',
    'areas.json',
    'indicators.json',
    'dimensions.json',
    'meta.json',
    'notes.json',
  ];
  return {
    scale: options.scale,
    provinces: units.provinces.length,
    communes: units.communes.length,
    villages: units.villages.length,
    indicators: indicators.length,
    quarters: QUARTERS.length,
    reportRows: reports.lines,
    breakdownRows: breakdowns.lines,
    bytes: names.reduce((sum, name) => sum + statSync(out(name)).size, 0),
  };
}

function metaFor() {
  return {
    program: {
      code: 'DA8',
      name: { vi: 'Dự án 8 (dữ liệu tổng hợp quy mô toàn quốc)', en: 'Project 8 (synthetic country-scale data)' },
      decision: 'Quyết định số 1719/QĐ-TTg ngày 14/10/2021',
    },
    province: { code: 'VN', name: 'Toàn quốc' },
    rootUnit: 'VN',
    // The structure in force from 1/7/2025 (province, commune, village) under a national root: the
    // provinces sit where a province's districts would, so the rules for each kind still hold.
    levels: [
      { kind: 'province', name: { vi: 'Toàn quốc', en: 'Country' }, plural: { vi: 'toàn quốc', en: 'country' } },
      { kind: 'district', name: { vi: 'Tỉnh, thành phố', en: 'Province, city' }, plural: { vi: 'tỉnh, thành phố', en: 'provinces' } },
      { kind: 'commune', name: { vi: 'Xã, phường, đặc khu', en: 'Commune, ward, special zone' }, plural: { vi: 'xã, phường, đặc khu', en: 'communes' } },
      { kind: 'village', name: { vi: 'Thôn, tổ dân phố', en: 'Village, residential group' }, plural: { vi: 'thôn, tổ', en: 'villages' } },
    ],
    unitTypes: [{ name: 'Tỉnh', kinds: ['province', 'district'] }],
    phases: [PHASE],
    firstQuarter: QUARTERS[0],
    lastQuarter: QUARTERS[QUARTERS.length - 1],
    dataDate: DATA_DATE,
    source: { vi: 'Dữ liệu tổng hợp để đo hiệu năng; không phải số liệu thật', en: 'Synthetic data for performance measurement; not real figures' },
    demo: true,
  };
}

function notesFor(provinces: GenUnit[]) {
  return provinces.map((p) => ({
    id: `${p.code}-2024-06-30-kho-khan`,
    unit: p.code,
    type: 'difficulty',
    date: '2024-06-30',
    periodFrom: '2024-01',
    periodTo: '2024-06',
    author: `Hội LHPN ${p.name}`,
    title: 'Khó khăn trong tổng hợp số liệu 6 tháng đầu năm 2024',
    body: 'Một số thôn, tổ dân phố báo cáo chậm; biểu mẫu chưa thống nhất giữa các cấp.',
  }));
}

/** Which templates to write: one per commune (or district that reports itself) and quarter, with its sheets. */
import { catalogueVersion, sheetLayout, type SheetKind } from '../../src/domain/report-template/layout';
import { childrenOf, descendantsAtLevel, existsInQuarter, indexUnits, type Unit } from '../../src/domain/units';
import { parseQuarterKey, type QuarterKey } from '../../src/domain/periods';
import type { Dataset } from '../compile/dataset';
import type { TemplateSpec } from './write-template';
import { unitKind } from './dataset-units';

/** "01834_2024Q1_xa-bang-thanh.xlsx": code and period first, which the check compares with the content. */
export function templateFileName(code: string, period: string, name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${code}_${period}_${slug}.xlsx`;
}

export function periodLabel(period: QuarterKey): string {
  const q = parseQuarterKey(period)!;
  return `Quý ${q.quarter} năm ${q.year}`;
}

/** Templates for every workbook owner under `scope` (itself included) that exists in the period. */
export function planTemplates(dataset: Dataset, scope: string, period: QuarterKey): { fileName: string; spec: TemplateSpec }[] {
  const index = indexUnits(dataset.units);
  const catalogue = { areas: dataset.areas, indicators: dataset.indicators, dimensions: dataset.dimensions };
  const version = catalogueVersion(catalogue);
  const layouts = new Map<string, ReturnType<typeof sheetLayout>>();
  const layoutOf = (unit: Unit) => {
    const kind = unitKind(dataset, unit);
    if (kind !== 'district' && kind !== 'commune' && kind !== 'village') return [];
    if (!layouts.has(kind)) layouts.set(kind, sheetLayout(catalogue, kind as SheetKind));
    return layouts.get(kind)!;
  };
  const owners: Unit[] = [];
  for (let level = 1; level <= dataset.meta.levels.length; level++) {
    for (const unit of descendantsAtLevel(index, scope, level)) {
      const kind = unitKind(dataset, unit);
      if ((kind === 'commune' || kind === 'district') && existsInQuarter(unit, period)) owners.push(unit);
    }
  }
  const plans: { fileName: string; spec: TemplateSpec }[] = [];
  for (const owner of owners) {
    const units = [owner, ...childrenOf(index, owner.code).filter((c) => unitKind(dataset, c) === 'village' && existsInQuarter(c, period))];
    const sheets = units.map((unit) => ({ unit: { code: unit.code, name: unit.name }, rows: layoutOf(unit) })).filter((s) => s.rows.length > 0);
    if (!sheets.length) continue;
    plans.push({
      fileName: templateFileName(owner.code, period, owner.name),
      spec: { owner: { code: owner.code, name: owner.name }, period, periodLabel: periodLabel(period), version, programName: 'Dự án 8', sheets },
    });
  }
  return plans;
}

/** The dataset's units as the report templates see them: their kind and the units under them. */
import type { CheckContext, ReportUnit } from '../../src/domain/report-template/check-workbook';
import { levelKind } from '../../src/domain/levels';
import { childrenOf, indexUnits, type Unit } from '../../src/domain/units';
import type { Dataset } from '../compile/dataset';

/** The kind of a unit's level, as the dataset declares it. */
export function unitKind(dataset: Dataset, unit: Unit): string | undefined {
  return levelKind(dataset.meta.levels, unit.level);
}

export function toReportUnit(dataset: Dataset, unit: Unit): ReportUnit {
  return { code: unit.code, name: unit.name, kind: unitKind(dataset, unit), validFrom: unit.validFrom, validTo: unit.validTo };
}

/** The lookup the workbook check needs, answered from the dataset. */
export function datasetLookup(dataset: Dataset): CheckContext['lookup'] {
  const index = indexUnits(dataset.units);
  return (code) => {
    const unit = index.byCode.get(code);
    return unit && { unit: toReportUnit(dataset, unit), children: childrenOf(index, code).map((c) => toReportUnit(dataset, c)) };
  };
}

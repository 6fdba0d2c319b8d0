/**
 * Checks one dropped file in the browser with the same module as the import command. The reader
 * (and exceljs with it) is loaded only when the first file arrives; the unit the workbook names is
 * looked up in the API, so the check knows its villages; offline, when that unit was never saved,
 * the workbook's own sheets stand in for the unit list. Nothing is sent anywhere.
 */
import { isApiError } from '@/api/api-error';
import type { Catalogue, Meta, UnitDocument, UnitRef } from '@/api/contract';
import type { Indicator } from '@/domain/indicators';
import { quarterKey, quarterOfMonth, type QuarterKey } from '@/domain/periods';
import { checkWorkbook, identifyWorkbook, workbookLookup, type CheckContext, type ReportUnit } from '@/domain/report-template/check-workbook';
import { levelKind } from '@/domain/levels';
import type { LocatedProblem } from '@/domain/report-template/problems';

export interface FileCheck {
  problems: LocatedProblem[];
  /** Unit sheets with figures, when there is no problem. */
  reported: number;
  unit: string | null;
  period: string | null;
  /** Checked against the workbook's own sheets: the unit list could not be had (offline, not saved). */
  withoutUnitList: boolean;
}

export interface CheckDeps {
  catalogue: Catalogue;
  meta: Meta;
  fetchUnit(code: string): Promise<UnitDocument>;
  today: Date;
}

const toReportUnit = (levels: Meta['levels'], u: UnitRef): ReportUnit => ({
  code: u.code,
  name: u.name,
  kind: levelKind(levels, u.level),
  validFrom: null,
  validTo: u.validTo,
});

export async function checkReportFile(name: string, bytes: Uint8Array, deps: CheckDeps): Promise<FileCheck> {
  const { readReportFile } = await import('@/domain/report-template/read-file');
  const read = await readReportFile(name, bytes);
  if ('problem' in read)
    return { problems: [{ sheet: null, cell: null, message: read.problem }], reported: 0, unit: null, period: null, withoutUnitList: false };
  const identity = identifyWorkbook(read.grid);
  const catalogue = { areas: deps.catalogue.areas, indicators: deps.catalogue.indicators as Indicator[], dimensions: deps.catalogue.dimensions };
  let lookup: CheckContext['lookup'] = () => undefined;
  let withoutUnitList = false;
  if (identity?.unit) {
    try {
      const doc = await deps.fetchUnit(identity.unit);
      lookup = (code) =>
        code === doc.unit.code
          ? { unit: toReportUnit(deps.meta.levels, doc.unit), children: doc.children.map((c) => toReportUnit(deps.meta.levels, c)) }
          : undefined;
    } catch (e) {
      // An unknown code is the workbook's fault (the check says so). Without the unit list (offline,
      // never saved) the workbook's own sheets stand in for it: everything else is checked as usual.
      if (!(isApiError(e) && e.kind === 'not_found')) {
        lookup = workbookLookup(read.grid, catalogue);
        withoutUnitList = true;
      }
    }
  }
  const last: QuarterKey = quarterKey(deps.today.getFullYear(), quarterOfMonth(deps.today.getMonth() + 1));
  const checked = checkWorkbook(read.grid, name, { catalogue, lookup, quarters: { first: deps.meta.quarters[0] as QuarterKey, last } });
  return { problems: checked.problems, reported: checked.reports.length, unit: identity?.unit ?? null, period: identity?.period ?? null, withoutUnitList };
}

/**
 * The check of a filled report, shared by the import command and the browser page: which unit and
 * period the workbook is for, whether it is the template of the current catalogue, every sheet
 * cell by cell, and what it reports. Every problem is collected; nothing stops at the first.
 */
import { isQuarterKey, quarterOrdinal, type QuarterKey } from '../periods';
import { existsInQuarter } from '../units';
import { cellText, type Grid, type GridSheet } from './grid';
import { catalogueVersion, sheetLayout, type CatalogueInput, type SheetKind } from './layout';
import { checkSheet, type SheetReport } from './check-sheet';
import { COLUMNS, FILE_NAME_RE, FIRST_ROW, HEADER_CELLS, META_CELLS, META_SHEET, TEMPLATE_FORMAT } from './sheet-geometry';
import { say, type LocatedProblem } from './problems';

export interface ReportUnit {
  code: string;
  name: string;
  /** The kind of the unit's level (commune, village…); undefined when the dataset does not say. */
  kind: string | undefined;
  validFrom: string | null;
  validTo: string | null;
}

export interface CheckContext {
  catalogue: CatalogueInput;
  /** A unit and the units directly under it; undefined when the code is unknown. */
  lookup(code: string): { unit: ReportUnit; children: readonly ReportUnit[] } | undefined;
  /** The quarters a report may be for, when known. */
  quarters?: { first: QuarterKey; last: QuarterKey };
}

export interface WorkbookIdentity {
  unit: string;
  period: string;
  version: string;
}

export interface WorkbookCheck {
  identity: WorkbookIdentity | null;
  problems: LocatedProblem[];
  /** One per unit sheet that reports something; empty when there are problems. */
  reports: SheetReport[];
}

const SHEET_KINDS: readonly string[] = ['district', 'commune', 'village'] satisfies SheetKind[];

const headerOf = (sheet: GridSheet) => ({
  unit: cellText(sheet.cells.get(HEADER_CELLS.code)),
  period: cellText(sheet.cells.get(HEADER_CELLS.period)),
  version: cellText(sheet.cells.get(HEADER_CELLS.version)),
});

const isDataSheet = (sheet: GridSheet) => sheet.name !== META_SHEET && headerOf(sheet).unit !== '';

/** Which unit, period and catalogue version a workbook says it is for (the browser fetches that unit before checking). */
export function identifyWorkbook(grid: Grid): WorkbookIdentity | null {
  const meta = grid.sheets.find((s) => s.name === META_SHEET);
  if (meta && cellText(meta.cells.get(META_CELLS.format)) === TEMPLATE_FORMAT) {
    const get = (cell: string) => cellText(meta.cells.get(cell));
    return { unit: get(META_CELLS.unit), period: get(META_CELLS.period), version: get(META_CELLS.version) };
  }
  const first = grid.sheets.find(isDataSheet);
  if (!first) return null;
  const header = headerOf(first);
  return header.period && header.version ? header : null;
}

/** The kind of unit a sheet was made for, from the keys of its rows (undefined when none matches). */
function sheetKind(sheet: GridSheet, catalogue: CatalogueInput): SheetKind | undefined {
  return (SHEET_KINDS as SheetKind[]).find((kind) => {
    const rows = sheetLayout(catalogue, kind);
    return rows.length > 0 && rows.every((row, i) => cellText(sheet.cells.get(`${COLUMNS.key}${FIRST_ROW + i}`)) === row.key);
  });
}

/**
 * The units as the workbook itself names them, for a check without the dataset's list of units
 * (offline, nothing saved): the owner's sheet and the sheets of the units under it, each of the
 * kind its rows were made for. Everything but the list of villages is checked as usual.
 */
export function workbookLookup(grid: Grid, catalogue: CatalogueInput): CheckContext['lookup'] {
  const units = grid.sheets.filter(isDataSheet).map((sheet) => {
    const header = headerOf(sheet);
    return {
      code: header.unit,
      name: cellText(sheet.cells.get(HEADER_CELLS.name)) || header.unit,
      kind: sheetKind(sheet, catalogue) ?? 'village',
      validFrom: null,
      validTo: null,
    };
  });
  return (code) => {
    // A unit that reports nothing itself has no sheet of its own in its workbook.
    const owner = units.find((u) => u.code === code) ?? { code, name: code, kind: undefined, validFrom: null, validTo: null };
    return { unit: owner, children: units.filter((u) => u !== owner) };
  };
}

export function checkWorkbook(grid: Grid, fileName: string, context: CheckContext): WorkbookCheck {
  const problems: LocatedProblem[] = [];
  const fileProblem = (message: LocatedProblem['message']) => problems.push({ sheet: null, cell: null, message });
  const identity = identifyWorkbook(grid);
  const done = (reports: SheetReport[] = []): WorkbookCheck => ({ identity, problems, reports: problems.length ? [] : reports });
  if (!identity) {
    fileProblem(say.notTemplate());
    return done();
  }
  const version = catalogueVersion(context.catalogue);
  if (identity.version !== version) {
    fileProblem(say.otherVersion(identity.version, version));
    return done();
  }
  if (!isQuarterKey(identity.period)) {
    fileProblem(say.badPeriod(identity.period));
    return done();
  }
  const period = identity.period;
  const { quarters } = context;
  if (quarters && (period < quarters.first || quarterOrdinal(period) > quarterOrdinal(quarters.last)))
    fileProblem(say.periodOutOfRange(period, quarters.first, quarters.last));
  const named = FILE_NAME_RE.exec(fileName.split(/[\\/]/).pop() ?? '');
  if (named && (named[1] !== identity.unit || named[2] !== period)) fileProblem(say.fileNameMismatch(named[1]!, named[2]!, identity.unit, period));

  const owner = context.lookup(identity.unit);
  if (!owner) {
    fileProblem(say.unknownUnit(identity.unit));
    return done();
  }
  if (!existsInQuarter(owner.unit, period)) fileProblem(say.unitNotInPeriod(owner.unit.code, period));
  const layoutOf = (unit: ReportUnit) =>
    unit.kind !== undefined && SHEET_KINDS.includes(unit.kind) ? sheetLayout(context.catalogue, unit.kind as SheetKind) : [];
  // A workbook holds the unit's own sheet and one per village under it; a CSV holds one unit's sheet.
  const candidates = grid.source === 'csv' ? [owner.unit] : [owner.unit, ...owner.children.filter((c) => c.kind === 'village' && existsInQuarter(c, period))];
  const expected = new Map(candidates.filter((u) => layoutOf(u).length > 0).map((u) => [u.code, u]));
  if (expected.size === 0) {
    fileProblem(say.notReportingUnit(owner.unit.code));
    return done();
  }

  const reports: SheetReport[] = [];
  const seen = new Map<string, string>();
  for (const sheet of grid.sheets.filter(isDataSheet)) {
    const header = headerOf(sheet);
    const unit = expected.get(header.unit);
    if (!unit) {
      problems.push({ sheet: sheet.name, cell: HEADER_CELLS.code, message: say.otherUnit(header.unit, `${owner.unit.code} ${owner.unit.name}`) });
      continue;
    }
    const other = seen.get(unit.code);
    if (other !== undefined) {
      problems.push({ sheet: sheet.name, cell: HEADER_CELLS.code, message: say.duplicateSheet(unit.code, other) });
      continue;
    }
    seen.set(unit.code, sheet.name);
    if (header.period !== period) problems.push({ sheet: sheet.name, cell: HEADER_CELLS.period, message: say.otherPeriod(header.period, period) });
    if (header.version !== version) problems.push({ sheet: sheet.name, cell: HEADER_CELLS.version, message: say.otherVersion(header.version, version) });
    const report = checkSheet(sheet, unit.code, period, layoutOf(unit), problems);
    if (report.values.some((v) => v.value !== null) || report.difficulty) reports.push(report);
  }
  for (const unit of expected.values()) if (!seen.has(unit.code)) fileProblem(say.missingSheet(unit.code, unit.name));
  return done(reports);
}

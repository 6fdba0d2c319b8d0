/** Parses and checks every file of a dataset; throws a DatasetError listing every problem found. */
import { isQuarterKey, quartersBetween, type QuarterKey } from '../../src/domain/periods';
import { levelKind, levelOfKind } from '../../src/domain/levels';
import { textProblems } from './check-text';
import { DatasetError, type DatasetProblem } from './dataset-error';
import type { Dataset, DatasetSource } from './dataset';
import { wholeText } from './text-parts';
import { parseAreas, parseDimensions, parseIndicators, parseMeta, parseNotes } from './parse-json-files';
import { checkIndicatorRoles } from './check-roles';
import { parseUnits } from './parse-units';
import { parseReports } from './parse-reports';
import { parseBreakdowns } from './parse-breakdowns';
import { parseBaselines, parseTargets } from './parse-targets';
import { parseStructures } from './parse-structures';

/** Parses and checks the files of one structure. */
export function parseStructure(source: DatasetSource): Dataset {
  // A file in the wrong encoding or with the wrong separator is one problem, not one per row.
  const problems: DatasetProblem[] = textProblems(source);
  const fail = () => new DatasetError(problems);
  if (problems.length) throw fail();
  // Only reports and breakdowns are read record by record; the other files are parsed whole.
  const text = (name: string) => wholeText(source[name]);
  const meta = parseMeta(text('meta.json'), problems);
  const areas = parseAreas(text('areas.json'), problems);
  const indicators = parseIndicators(text('indicators.json'), problems);
  const dimensions = parseDimensions(text('dimensions.json'), problems);
  const units = parseUnits(text('units.csv'), meta, problems);
  if (!meta || !areas || !indicators || !dimensions || !units || problems.length) throw fail();
  checkIndicatorRoles(indicators, areas, problems);

  if (!isQuarterKey(meta.firstQuarter) || !isQuarterKey(meta.lastQuarter) || meta.firstQuarter > meta.lastQuarter) {
    problems.push({ file: 'meta.json', row: null, field: 'firstQuarter', message: 'khoảng quý không hợp lệ' });
    throw fail();
  }
  const quarters: QuarterKey[] = quartersBetween(meta.firstQuarter, meta.lastQuarter);
  const unitsByCode = new Map(units.map((u) => [u.code, u]));
  if (!unitsByCode.has(meta.rootUnit))
    problems.push({ file: 'meta.json', row: null, field: 'rootUnit', message: `đơn vị gốc "${meta.rootUnit}" không có trong units.csv` });
  for (const [i, ind] of indicators.entries()) {
    if (levelOfKind(meta.levels, ind.reportKind) === undefined) {
      problems.push({
        file: 'indicators.json',
        row: i + 1,
        field: 'reportKind',
        message: `chỉ tiêu ${ind.code} báo cáo ở cấp "${ind.reportKind}" nhưng meta.json (levels) không khai báo cấp này`,
      });
    }
    for (const dim of ind.disaggregations) {
      if (!dimensions.some((d) => d.code === dim))
        problems.push({ file: 'indicators.json', row: i + 1, field: 'disaggregations', message: `phân tổ "${dim}" không có trong dimensions.json` });
    }
  }
  const indicatorsByCode = new Map(indicators.map((i) => [i.code, i]));
  const reports = parseReports(source['reports.csv'], unitsByCode, meta.levels, indicators, quarters, problems);
  const breakdowns = reports ? parseBreakdowns(source['disaggregations.csv'], reports.values, indicators, dimensions, quarters, problems) : undefined;
  const targets = parseTargets(
    text('targets.csv'),
    unitsByCode,
    indicatorsByCode,
    meta.phases.map((p) => p.code),
    problems,
  );
  const baselines = parseBaselines(text('baselines.csv'), unitsByCode, indicatorsByCode, problems);
  const notes = parseNotes(text('notes.json'), new Set(unitsByCode.keys()), problems);
  if (!reports || !breakdowns || !targets || !baselines || !notes || problems.length) throw fail();

  return { meta: meta as Dataset['meta'], quarters, units, indicators, dimensions, reports: reports.values, breakdowns, targets, baselines, notes, areas };
}

/** Parses and checks a dataset: its base structure, its reorganisations and the structures after them. */
export function parseDataset(files: DatasetSource): Dataset {
  return parseStructures(files, parseStructure, (ds, u) => levelKind(ds.meta.levels, u.level) === 'commune');
}

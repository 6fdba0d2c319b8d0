/** The check with the unit list the workbook itself gives (the browser page offline) against the check with the dataset's. */
import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../compile/tiny-dataset';
import { parseDataset } from '../compile/parse-dataset';
import { checkWorkbook, workbookLookup } from '../../src/domain/report-template/check-workbook';
import { readReportFile } from '../../src/domain/report-template/read-file';
import { datasetLookup } from './dataset-units';
import { fillBad, fillGood } from './suite-fixtures';
import { editWorkbook, templateFor } from './test-workbooks';

const files = tinyDataset();
const dataset = parseDataset(files);
const catalogue = { areas: dataset.areas, indicators: dataset.indicators, dimensions: dataset.dimensions };
const NAME = 'C1_2023Q4_xa-mot.xlsx';

async function checkBoth(bytes: Uint8Array) {
  const read = await readReportFile(NAME, bytes);
  if ('problem' in read) throw new Error(read.problem.vi);
  const withList = checkWorkbook(read.grid, NAME, { catalogue, lookup: datasetLookup(dataset) });
  const withoutList = checkWorkbook(read.grid, NAME, { catalogue, lookup: workbookLookup(read.grid, catalogue) });
  const summary = (c: typeof withList) => ({
    problems: c.problems.map((p) => `${p.sheet} › ${p.cell}: ${p.message.vi}`),
    reports: c.reports.map((r) => [r.unit, r.values.filter((v) => v.value !== null).length, r.breakdowns.length]),
  });
  return { withList: summary(withList), withoutList: summary(withoutList) };
}

describe('checking a workbook without the unit list', () => {
  it('reads a good workbook exactly as with the list', async () => {
    const template = (await templateFor(files, 'C1', '2023Q4')).bytes;
    const { withList, withoutList } = await checkBoth(await fillGood(template));
    expect(withoutList).toEqual(withList);
    expect(withoutList.reports).toEqual([
      ['C1.01', 5, 2],
      ['C1.02', 1, 0],
    ]);
  });

  it('finds the same mistakes in the cells', async () => {
    const template = (await templateFor(files, 'C1', '2023Q4')).bytes;
    const { withList, withoutList } = await checkBoth(await fillBad(template));
    expect(withoutList.problems).toHaveLength(2);
    expect(withoutList).toEqual(withList);
  });

  it('cannot tell that a village sheet was deleted (only the list knows the villages)', async () => {
    const template = (await templateFor(files, 'C1', '2023Q4')).bytes;
    const bytes = await editWorkbook(await fillGood(template), (ws, unit, wb) => unit === 'C1.02' && wb.removeWorksheet(ws.id));
    const { withList, withoutList } = await checkBoth(bytes);
    expect(withList.problems).toEqual(['null › null: thiếu trang của Thôn 2 (C1.02); cần giữ đủ các trang của mẫu']);
    expect(withoutList.problems).toEqual([]);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/domain/csv';
import { tinyDataset, withoutReorganisations } from '../compile/tiny-dataset';
import { parseDataset } from '../compile/parse-dataset';
import { importReports } from './import-reports';
import { planTemplates } from './plan-templates';
import { buildTemplate } from './write-template';
import { editWorkbook, fill, writeDataset } from './test-workbooks';

/** The tiny dataset with a hundred communes of one village each. */
function hundredCommunes() {
  const files = tinyDataset();
  const lines = [
    'code,name,type,level,parent_code,lat,lon,area_class,disadvantaged,valid_from,valid_to',
    'P,Tỉnh P,Tỉnh,1,,,,,,,',
    'D,Huyện D,Huyện,2,P,,,,,,',
  ];
  for (let i = 1; i <= 100; i++) {
    const c = `X${String(i).padStart(3, '0')}`;
    lines.push(`${c},Xã ${i},Xã,3,D,,,I,,,`, `${c}.01,Thôn ${i},Thôn,4,${c},,,,0,,`);
  }
  return {
    ...withoutReorganisations(files),
    'units.csv': `${lines.join('\n')}\n`,
    'reports.csv': 'unit,period,EV,TM,PT,VD,VT,CM\n',
    'disaggregations.csv': 'unit,period,indicator,dimension,category,value\n',
    'targets.csv': 'unit,indicator,period,value\n',
    'baselines.csv': 'unit,indicator,year,value\n',
    'notes.json': '[]',
  };
}

describe('a folder of filled templates', () => {
  it('imports a hundred of them in one run, every value where it was typed', async () => {
    const files = hundredCommunes();
    const data = writeDataset(files);
    const inbox = mkdtempSync(join(tmpdir(), 'da8-hundred-'));
    const plans = planTemplates(parseDataset(files), 'P', '2023Q2');
    expect(plans).toHaveLength(100);
    for (const [i, plan] of plans.entries()) {
      // Commune n's village reports n events and n + 1 person-times.
      const bytes = await editWorkbook(await buildTemplate(plan.spec), (ws) => [fill(ws, 'EV', i + 1), fill(ws, 'PT', i + 2)]);
      writeFileSync(join(inbox, plan.fileName), bytes);
    }
    const progress: string[] = [];
    const outcome = await importReports([inbox], {
      dataDir: data,
      replace: false,
      dryRun: false,
      today: new Date('2023-12-31T00:00:00Z'),
      log: (l) => progress.push(l),
    });

    expect(outcome.problems).toEqual([]);
    expect(progress).toHaveLength(100);
    expect(progress[0]).toBe('[1/100] X001_2023Q2_xa-1.xlsx: 1 đơn vị có số liệu');
    const reports = parseCsv(readFileSync(join(data, 'reports.csv'), 'utf8'));
    expect(reports.rows).toHaveLength(100);
    const row = (unit: string) => reports.rows.find((r) => r.cells[0] === unit)!.cells;
    const at = (name: string) => reports.header.indexOf(name);
    expect([row('X001.01')[at('period')], row('X001.01')[at('EV')], row('X001.01')[at('PT')], row('X001.01')[at('TM')]]).toEqual(['2023Q2', '1', '2', '']);
    expect([row('X100.01')[at('EV')], row('X100.01')[at('PT')]]).toEqual(['100', '101']);
    // Σ EV = 1 + … + 100 = 5050 cells added with PT: 200 cells in all.
    expect(outcome.changes.filter((c) => c.before === '' && c.after !== '')).toHaveLength(200);
  }, 240_000);
});

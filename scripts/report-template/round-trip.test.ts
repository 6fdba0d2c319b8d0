import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../compile/tiny-dataset';
import { compileDataset } from '../compile/compile-dataset';
import { importReports } from './import-reports';
import { fillGood } from './suite-fixtures';
import { templateFor, writeDataset } from './test-workbooks';

const TODAY = new Date('2024-01-20T00:00:00Z');
const quiet = () => undefined;

describe('report templates, filled and imported', () => {
  it('shows in the API exactly the values typed into the unlocked cells', async () => {
    const files = tinyDataset();
    const data = writeDataset(files);
    const { fileName, bytes } = await templateFor(files, 'C1', '2023Q4');
    // C1.01: EV 5 (female 3, male 2), TM 1, PT 0, VD 2, VT 1 and difficulties; C1.02: EV 4.
    const filled = await fillGood(bytes, '  Đường vào thôn sạt lở.\r\nChưa tổ chức được hội nghị.  ');
    const inbox = mkdtempSync(join(tmpdir(), 'da8-inbox-'));
    writeFileSync(join(inbox, fileName), filled);

    const outcome = await importReports([inbox], { dataDir: data, replace: false, dryRun: false, today: TODAY, log: quiet });

    expect(outcome.problems).toEqual([]);
    expect(outcome.reports.map((r) => r.report.unit).sort()).toEqual(['C1.01', 'C1.02']);
    const meta = JSON.parse(readFileSync(join(data, 'meta.json'), 'utf8'));
    expect(meta.lastQuarter).toBe('2023Q4');
    const api = compileDataset(data);
    type Doc = { figures: Record<string, { series: Record<string, { values: unknown[]; breakdown?: Record<string, Record<string, unknown[]>> }> }> };
    const commune = api.get('v1/units/C1.json') as Doc;
    const series = (unit: string, code: string) => commune.figures[unit]!.series[code]!;
    // Quarters 2023Q1..2023Q4: the fourth value is the imported one (2023Q2's total of 0 makes its groups 0).
    expect(series('C1.01', 'EV').values[3]).toBe(5);
    expect(series('C1.01', 'EV').breakdown!.sex).toEqual({ female: [null, 0, 1, 3], male: [null, 0, 1, 2] });
    expect(series('C1.01', 'TM').values[3]).toBe(1);
    expect(series('C1.01', 'PT').values[3]).toBe(0);
    expect(series('C1.02', 'EV').values[3]).toBe(4);
    expect(series('C1.02', 'TM').values[3]).toBeNull();
    // The commune's own figure is the sum of its villages' reports: 5 + 4.
    expect(series('C1', 'EV').values[3]).toBe(9);
    // The difficulties become the village's note for the quarter, shown above it too.
    type Notes = { notes: { unit: string; type: string; date: string; periodFrom: string; periodTo: string; author: string; title: string; body: string }[] };
    const notes = (api.get('v1/notes/C1.json') as Notes).notes.filter((n) => n.unit === 'C1.01');
    expect(notes).toEqual([
      expect.objectContaining({
        type: 'difficulty',
        date: '2023-12-31',
        periodFrom: '2023-10',
        periodTo: '2023-12',
        author: 'Thôn 1',
        title: 'Khó khăn, vướng mắc, đề xuất – Quý 4 năm 2023',
        body: 'Đường vào thôn sạt lở.\nChưa tổ chức được hội nghị.',
      }),
    ]);
    expect(outcome.changes).toContainEqual({
      unit: 'C1.01',
      period: '2023Q4',
      field: '#kho-khan',
      before: '',
      after: 'Đường vào thôn sạt lở.\nChưa tổ chức được hội nghị.',
    });
  });
});

/**
 * npm run data:import -- [--data data] [--out dist/api] [--dry-run] [--replace] [--report FILE] FILES_OR_FOLDERS...
 * Checks filled report templates (.xlsx, or .csv in the same layout), prints every problem as
 * "file › sheet › cell: what is wrong, what is expected", and only when there is none merges them
 * into the dataset (all files or none), writes the change report and compiles the API.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compileToDir } from '../compile/compile-dataset';
import { DatasetError } from '../compile/dataset-error';
import { changeReport, summariseChanges } from './change-report';
import { importReports } from './import-reports';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'dist/api' },
    'dry-run': { type: 'boolean', default: false },
    replace: { type: 'boolean', default: false },
    report: { type: 'string' },
  },
});

if (!positionals.length) {
  console.error('Cần ít nhất một tệp hoặc thư mục báo cáo: npm run data:import -- [--dry-run] [--replace] TỆP_HOẶC_THƯ_MỤC...');
  process.exit(2);
}

const at = new Date();
const dryRun = values['dry-run']!;
try {
  const outcome = await importReports(positionals, { dataDir: values.data!, replace: values.replace!, dryRun, today: at, log: (line) => console.log(line) });
  if (outcome.problems.length) {
    console.error(`\nCó ${outcome.problems.length} lỗi, chưa ghi gì vào ${values.data}:`);
    for (const p of outcome.problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  if (!outcome.reports.length) {
    console.log('Các tệp không có số liệu nào để nhập; chưa ghi gì.');
    process.exit(0);
  }
  const text = changeReport(outcome, { dryRun, at });
  const { added, changed, cleared } = summariseChanges(outcome);
  const reportPath = values.report ?? `import-report-${at.toISOString().replace(/\D/g, '').slice(0, 14)}.txt`;
  writeFileSync(reportPath, text);
  console.log(`\n${text.split('\n').slice(0, 4).join('\n')}`);
  console.log(`Chi tiết ${added + changed + cleared} ô thay đổi: ${reportPath}`);
  if (dryRun) process.exit(0);
  const count = compileToDir(values.data!, values.out!, { generatedAt: at.toISOString() });
  console.log(`Đã biên dịch ${count} tài liệu vào ${values.out}.`);
} catch (e) {
  if (e instanceof DatasetError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

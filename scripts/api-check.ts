/**
 * npm run api:check -- <folder or base URL> [--token TOKEN] [--unit CODE (only that unit's subtree)]
 * Checks a whole API (the compiled folder, e.g. dist/api, or a live server's base URL) against the
 * contract and the rules between documents. Prints every problem with its document and JSON path
 * in Vietnamese and English; exits 1 when there is any, 2 when the API cannot be read at all.
 */
import { parseArgs } from 'node:util';
import { checkApi } from './api-check/check-api';
import { formatProblem } from './api-check/problems';
import { folderSource, urlSource } from './api-check/source';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { token: { type: 'string' }, unit: { type: 'string' } } });
const target = positionals[0];
if (!target) {
  console.error(
    'Cách dùng / usage: npm run api:check -- <thư mục hoặc URL gốc của API / folder or API base URL> [--token TOKEN] [--unit MÃ_ĐƠN_VỊ / UNIT_CODE]',
  );
  process.exit(2);
}
const source = /^https?:\/\//i.test(target) ? urlSource(target, values.token ?? process.env.API_TOKEN) : folderSource(target);
const started = performance.now();
const report = await checkApi(source, { root: values.unit });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const problem of report.problems) console.log(formatProblem(problem));
const vi = new Intl.NumberFormat('vi-VN');
const en = new Intl.NumberFormat('en-GB');
const n = report.problems.length;
console.log(
  `${report.source}: ${vi.format(report.documents)} tài liệu, ${vi.format(report.units)} đơn vị, ${n ? `${vi.format(n)} lỗi` : 'không có lỗi'} (${seconds} giây)` +
    ` / ${en.format(report.documents)} documents, ${en.format(report.units)} units, ${n ? `${en.format(n)} problem${n === 1 ? '' : 's'}` : 'no problems'} (${seconds} s)`,
);
if (report.units === 0) process.exit(2);
if (n > 0) process.exit(1);

/**
 * npm run data:templates -- --out DIR [--data data] [--unit CODE] [--period 2026Q1]
 * Writes one report template per commune (and per district that reports itself) and quarter, with a
 * sheet for the commune and one per village, from the dataset's catalogue and hierarchy.
 * Without --period: the quarter after the dataset's last one, or its last one when no unit exists then.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isQuarterKey, quarterFromOrdinal, quarterOrdinal, type QuarterKey } from '../../src/domain/periods';
import { DatasetError } from '../compile/dataset-error';
import { parseDataset } from '../compile/parse-dataset';
import { readDatasetFiles } from '../compile/read-dataset';
import { planTemplates } from './plan-templates';
import { buildTemplate } from './write-template';

const { values } = parseArgs({
  options: { data: { type: 'string', default: 'data' }, out: { type: 'string' }, unit: { type: 'string' }, period: { type: 'string' } },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!values.out) fail('Thiếu --out THƯ_MỤC: nơi ghi các tệp mẫu.');
if (values.period !== undefined && !isQuarterKey(values.period)) fail(`--period "${values.period}" không hợp lệ; cần một quý dạng 2026Q1.`);

let dataset;
try {
  dataset = parseDataset(readDatasetFiles(values.data!));
} catch (e) {
  if (e instanceof DatasetError) fail(e.message);
  throw e;
}
const scope = values.unit ?? dataset.meta.rootUnit;
if (!dataset.units.some((u) => u.code === scope)) fail(`--unit "${scope}": không có đơn vị này trong ${values.data}/units.csv.`);

let period = values.period as QuarterKey | undefined;
let plans;
if (period) plans = planTemplates(dataset, scope, period);
else {
  period = quarterFromOrdinal(quarterOrdinal(dataset.meta.lastQuarter) + 1);
  plans = planTemplates(dataset, scope, period);
  if (!plans.length) {
    period = dataset.meta.lastQuarter;
    plans = planTemplates(dataset, scope, period);
  }
}
if (!plans.length) fail(`Không có xã, phường nào dưới ${scope} lập báo cáo trong kỳ ${period}.`);

mkdirSync(values.out, { recursive: true });
const started = performance.now();
for (const [i, plan] of plans.entries()) {
  writeFileSync(join(values.out, plan.fileName), await buildTemplate(plan.spec));
  console.log(`[${i + 1}/${plans.length}] ${plan.fileName} (${plan.spec.sheets.length} trang)`);
}
console.log(`Đã ghi ${plans.length} mẫu báo cáo kỳ ${period} vào ${values.out} trong ${Math.round(performance.now() - started)} ms.`);

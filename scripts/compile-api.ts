/**
 * npm run api:compile -- [--data data] [--out dist/api]
 * Compiles the dataset folder into static JSON files. On bad input it prints every problem
 * (file, row, field) and exits 1 without touching the existing output.
 */
import { parseArgs } from 'node:util';
import { compileDataset } from './compile/compile-dataset';
import { DatasetError } from './compile/dataset-error';
import { writeApi } from './compile/write-api';

const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' }, out: { type: 'string', default: 'dist/api' } } });
try {
  const started = performance.now();
  const docs = compileDataset(values.data!, { generatedAt: new Date().toISOString() });
  writeApi(values.out!, docs);
  console.log(`Đã biên dịch ${docs.size} tài liệu vào ${values.out} trong ${Math.round(performance.now() - started)} ms`);
} catch (e) {
  if (e instanceof DatasetError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

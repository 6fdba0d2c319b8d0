/**
 * npm run api:compile -- [--data data] [--out dist/api]
 * Compiles the dataset folder into static JSON files. On bad input it prints every problem
 * (file, row, field) and exits 1 without touching the existing output.
 */
import { parseArgs } from 'node:util';
import { compileToDir } from './compile/compile-dataset';
import { DatasetError } from './compile/dataset-error';

const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' }, out: { type: 'string', default: 'dist/api' } } });
try {
  const started = performance.now();
  const count = compileToDir(values.data!, values.out!, { generatedAt: new Date().toISOString() });
  console.log(`Đã biên dịch ${count} tài liệu vào ${values.out} trong ${Math.round(performance.now() - started)} ms`);
} catch (e) {
  if (e instanceof DatasetError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

/** Compiles the demo dataset once for the whole test run; the msw handlers serve the result. */
import { resolve } from 'node:path';
import { compileDataset } from '../../scripts/compile/compile-dataset';
import { writeApi } from '../../scripts/compile/write-api';
import { COMPILED_API_DIR } from '../../mocks/api-documents';

export default function setup(): void {
  if (process.env.SKIP_API_COMPILE === '1') return;
  const docs = compileDataset(resolve(import.meta.dirname, '..', '..', 'data'));
  writeApi(COMPILED_API_DIR, docs);
}

/**
 * Generates docs/openapi.json from the zod contract (src/api/contract.ts), its documentation
 * (src/api/docs) and the guide (docs/api-guide.md).
 * `--check` fails when the committed document differs from what they produce.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildOpenApi } from './openapi/build-openapi';

const FILE = 'docs/openapi.json';

const text = JSON.stringify(buildOpenApi(), null, 2) + '\n';
if (process.argv.includes('--check')) {
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
  if (current !== text) {
    console.error(`${FILE} không khớp với src/api/contract.ts. Chạy "npm run api:openapi" và commit kết quả.`);
    process.exit(1);
  }
  console.log(`${FILE} khớp với hợp đồng API.`);
} else {
  writeFileSync(FILE, text);
  console.log(`Đã ghi ${FILE}`);
}

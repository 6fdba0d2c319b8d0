/**
 * npm run bench:budget [-- --dist dist]  (after `npm run build`)
 * Fails when the JS and CSS the first screen needs exceed 152 kB gzip (1 kB = 1000 bytes).
 */
import { parseArgs } from 'node:util';
import { FIRST_SCREEN_BUDGET_GZIP, firstScreenFiles, readManifest, sizeOf } from './bundle-manifest';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist!;
let sizes;
try {
  sizes = firstScreenFiles(readManifest(dist)).map((file) => sizeOf(dist, file));
} catch (e) {
  console.error(`Cannot read ${dist}/.vite/manifest.json (run "npm run build" first): ${(e as Error).message}`);
  process.exit(2);
}
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
for (const s of sizes) console.log(`${s.file.padEnd(40)} ${kB(s.raw).padStart(10)} raw ${kB(s.gzip).padStart(10)} gzip`);
const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
const verdict = total <= FIRST_SCREEN_BUDGET_GZIP ? 'within budget' : 'OVER BUDGET';
console.log(`First screen: ${kB(total)} gzip, budget ${kB(FIRST_SCREEN_BUDGET_GZIP)}: ${verdict}`);
if (total > FIRST_SCREEN_BUDGET_GZIP) process.exit(1);

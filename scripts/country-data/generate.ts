/**
 * npx tsx scripts/country-data/generate.ts --scale 0.1 --out /tmp/country-10
 * Writes a synthetic country-scale dataset (34 provinces, 3,300 communes, 100,000 villages at
 * scale 1; 40 indicators with disaggregations; quarters 2021–2030, reported to 2026Q2) in the file
 * formats of data/, with province and commune boundaries as an official import (--schematic-only
 * leaves them out).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCountryDataset } from './write-dataset';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.01' },
    out: { type: 'string' },
    seed: { type: 'string' },
    demo: { type: 'string', default: 'data' },
    'schematic-only': { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
if (!values.out || !(scale > 0 && scale <= 1)) {
  console.error('usage: tsx scripts/country-data/generate.ts --scale <0–1> --out <folder> [--seed n] [--demo data]');
  process.exit(2);
}
const started = performance.now();
const summary = generateCountryDataset({
  scale,
  outDir: resolve(values.out),
  demoDir: resolve(values.demo),
  boundaries: !values['schematic-only'],
  ...(values.seed ? { seed: Number(values.seed) } : {}),
});
console.log(JSON.stringify({ ...summary, ms: Math.round(performance.now() - started) }));

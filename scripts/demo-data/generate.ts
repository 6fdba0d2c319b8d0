/**
 * Writes the demo data set into data/ from the official unit list in ./source and the catalogue in data/.
 * Deterministic: the same inputs give byte-identical files.
 *
 *   npx tsx scripts/demo-data/generate.ts
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAfterDataset, renderAfterFiles } from './after/dataset';
import { buildDataset } from './dataset';
import { buildMeta } from './meta';
import { DEFAULT_SEED } from './prng';
import { renderFiles } from './serialise';
import { summarise } from './summary';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dataDir = join(root, 'data');
const read = (path: string): string => readFileSync(path, 'utf8');

const dataset = buildDataset(DEFAULT_SEED, {
  unitsCsv: read(join(here, 'source/units-2025-03.csv')),
  indicatorsJson: read(join(dataDir, 'indicators.json')),
  dimensionsJson: read(join(dataDir, 'dimensions.json')),
});
const crosswalk = read(join(here, 'source/reorganisation-2025-07.csv'));
const after = buildAfterDataset(DEFAULT_SEED, crosswalk, dataset.units, dataset.catalogue, dataset.reported);
const files = new Map([...renderFiles(dataset, crosswalk), ...renderAfterFiles(after, dataset.catalogue, buildMeta() as Record<string, unknown>)]);
for (const [name, text] of files) {
  mkdirSync(dirname(join(dataDir, name)), { recursive: true });
  writeFileSync(join(dataDir, name), text, 'utf8');
  console.log(`data/${name}\t${Buffer.byteLength(text, 'utf8').toLocaleString('en-US')} bytes`);
}
console.log(summarise(dataset));

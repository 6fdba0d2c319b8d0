/** The one compile entry point: dataset folder → API documents. Used by the CLI, the dev server, the build and the tests. */
import { readOfficialBoundaries } from '../boundaries/official-store';
import { buildApi, type BuildOptions } from './build-api';
import { parseDataset } from './parse-dataset';
import { readDatasetFiles } from './read-dataset';
import { writeApi } from './write-api';

export function compileDataset(dir: string, options: Partial<BuildOptions> = {}): Map<string, unknown> {
  const dataset = parseDataset(readDatasetFiles(dir));
  return buildApi(dataset, { generatedAt: options.generatedAt ?? dataset.meta.dataDate, officialBoundaries: readOfficialBoundaries(dir), ...options });
}

/** Compiles and writes atomically; on bad input throws before anything is written. */
export function compileToDir(dataDir: string, outDir: string, options: Partial<BuildOptions> = {}): number {
  const docs = compileDataset(dataDir, options);
  writeApi(outDir, docs);
  return docs.size;
}

/** The one compile entry point: dataset folder → API documents. Used by the CLI, the dev server, the build and the tests. */
import { readOfficialBoundaries } from '../boundaries/official-store';
import { boundHeapGrowth } from './bounded-heap';
import { buildApi, emitApi, type BuildOptions } from './build-api';
import { parseDataset } from './parse-dataset';
import { readDatasetSource } from './read-dataset';
import { writeApi } from './write-api';

function parseWithOptions(dir: string, options: Partial<BuildOptions>) {
  const dataset = parseDataset(readDatasetSource(dir));
  return {
    dataset,
    options: { generatedAt: options.generatedAt ?? `${dataset.meta.dataDate}T00:00:00Z`, officialBoundaries: readOfficialBoundaries(dir), ...options },
  };
}

/** All documents in memory (the dev server, the build, the tests). */
export function compileDataset(dir: string, options: Partial<BuildOptions> = {}): Map<string, unknown> {
  const { dataset, options: built } = parseWithOptions(dir, options);
  return buildApi(dataset, built);
}

/**
 * Compiles and writes atomically, each document written as soon as it is built. Bad input in the
 * dataset throws before anything is written; any failure later leaves the previous API in place.
 */
export function compileToDir(dataDir: string, outDir: string, options: Partial<BuildOptions> = {}): number {
  boundHeapGrowth();
  const { dataset, options: built } = parseWithOptions(dataDir, options);
  return writeApi(outDir, emitApi(dataset, built));
}

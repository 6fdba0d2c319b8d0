/** The one compile entry point: dataset folder → API documents. Used by the CLI, the dev server, the build and the tests. */
import { buildApi, type BuildOptions } from './build-api';
import { parseDataset } from './parse-dataset';
import { readDatasetFiles } from './read-dataset';

export function compileDataset(dir: string, options: Partial<BuildOptions> = {}): Map<string, unknown> {
  const dataset = parseDataset(readDatasetFiles(dir));
  return buildApi(dataset, { generatedAt: options.generatedAt ?? dataset.meta.dataDate, ...options });
}

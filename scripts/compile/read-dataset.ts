/** Reads the files of a dataset folder (the only file-system access of the compile). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES, type DatasetFiles } from './dataset';

export function readDatasetFiles(dir: string): DatasetFiles {
  const files: DatasetFiles = {};
  for (const name of DATASET_FILES) {
    const path = join(dir, name);
    if (existsSync(path)) files[name] = readFileSync(path, 'utf8');
  }
  return files;
}

/** Reads the files of a dataset folder (the only file-system access of the compile). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDatasetFiles } from './check-text';
import { DATASET_FILES, type DatasetFiles } from './dataset';

/** The files' text; throws a DatasetError naming every file that is not UTF-8. */
export function readDatasetFiles(dir: string): DatasetFiles {
  const raw: Record<string, Uint8Array> = {};
  for (const name of DATASET_FILES) {
    const path = join(dir, name);
    if (existsSync(path)) raw[name] = readFileSync(path);
  }
  return decodeDatasetFiles(raw);
}

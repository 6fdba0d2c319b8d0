/** Reads the files of a dataset folder (the only file-system access of the compile). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDatasetFiles } from './check-text';
import { DATASET_FILES, type DatasetFiles } from './dataset';
import { declaredPaths } from './reorganisation-declarations';

/**
 * The files' text, with those the reorganisations declare: crosswalks, and the files of each later
 * structure's folder ("2025-07/units.csv"). Throws a DatasetError naming every file that is not UTF-8.
 */
export function readDatasetFiles(dir: string): DatasetFiles {
  const raw: Record<string, Uint8Array> = {};
  const read = (name: string) => {
    const path = join(dir, name);
    if (existsSync(path)) raw[name] = readFileSync(path);
  };
  for (const name of DATASET_FILES) read(name);
  const declared = declaredPaths(raw['meta.json'] && new TextDecoder().decode(raw['meta.json']));
  for (const name of declared.files) read(name);
  for (const folder of declared.folders) for (const name of DATASET_FILES) read(`${folder}/${name}`);
  return decodeDatasetFiles(raw);
}

/** Reads the files of a dataset folder (the only file-system access of the compile). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES, type DatasetFiles } from './dataset';
import { declaredPaths } from './reorganisation-declarations';

/** The dataset's files, and those its reorganisations declare: crosswalks, and the files of each later structure's folder ("2025-07/units.csv"). */
export function readDatasetFiles(dir: string): DatasetFiles {
  const files: DatasetFiles = {};
  const read = (name: string) => {
    const path = join(dir, name);
    if (existsSync(path)) files[name] = readFileSync(path, 'utf8');
  };
  for (const name of DATASET_FILES) read(name);
  const declared = declaredPaths(files['meta.json']);
  for (const name of declared.files) read(name);
  for (const folder of declared.folders) for (const name of DATASET_FILES) read(`${folder}/${name}`);
  return files;
}

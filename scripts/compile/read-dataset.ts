/** Reads the files of a dataset folder (the only file-system access of the compile). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDatasetFiles } from './check-text';
import { DATASET_FILES, type DatasetFiles, type DatasetSource } from './dataset';
import { declaredPaths } from './reorganisation-declarations';
import { fileParts } from './text-parts';

/** The files whose parsers read record by record: a country's can be longer than one string. */
const READ_IN_PARTS = new Set(['reports.csv', 'disaggregations.csv']);

/** The names of the files of a dataset folder: those the reorganisations declare, crosswalks and each later structure's folder ("2025-07/units.csv"). */
function datasetPaths(dir: string): string[] {
  const paths = DATASET_FILES.filter((name) => existsSync(join(dir, name)));
  const meta = join(dir, 'meta.json');
  const declared = declaredPaths(existsSync(meta) ? new TextDecoder().decode(readFileSync(meta)) : undefined);
  const more = [...declared.files, ...declared.folders.flatMap((folder) => DATASET_FILES.map((name) => `${folder}/${name}`))];
  return [...paths, ...more.filter((name) => existsSync(join(dir, name)))];
}

/** The files' text. Throws a DatasetError naming every file that is not UTF-8. */
export function readDatasetFiles(dir: string): DatasetFiles {
  return decodeDatasetFiles(Object.fromEntries(datasetPaths(dir).map((name) => [name, readFileSync(join(dir, name))])));
}

/**
 * Like readDatasetFiles, for the compile: reports and breakdowns are read in parts each time they
 * are walked, never held whole; their encoding is checked with their text (check-text.ts).
 */
export function readDatasetSource(dir: string): DatasetSource {
  const paths = datasetPaths(dir);
  const inParts = (name: string) => READ_IN_PARTS.has(name.slice(name.lastIndexOf('/') + 1));
  const whole = decodeDatasetFiles(Object.fromEntries(paths.filter((name) => !inParts(name)).map((name) => [name, readFileSync(join(dir, name))])));
  // In the order of the files, so that problems are listed in the same order as readDatasetFiles's.
  return Object.fromEntries(paths.map((name) => [name, inParts(name) ? fileParts(join(dir, name)) : whole[name]!]));
}

/**
 * The boundaries:import command (entry point import-cli.ts): imports official boundaries supplied by
 * a province. Prints what matched and what did not; on any error prints every problem (file,
 * feature, field), writes nothing and returns 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError, type DatasetProblem } from '../compile/dataset-error';
import { parseUnits } from '../compile/parse-units';
import { describeImportProblem, importOfficialBoundaries } from './import-official';
import { serialiseLevel, writeOfficialLevels, levelFileName, BOUNDARIES_DIR } from './official-store';
import { MAX_DEPTH, ROOT_LEVEL } from '../../src/domain/levels';

export function runImport(argv: string[], log: (line: string) => void = console.log, today = new Date().toISOString().slice(0, 10)): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'code-field': { type: 'string' }, level: { type: 'string' }, data: { type: 'string', default: 'data' } },
    });
  } catch (e) {
    log(`Tham số không hợp lệ: ${(e as Error).message}`);
    return 2;
  }
  const file = args.positionals[0];
  const codeField = args.values['code-field'];
  const level = args.values.level === undefined ? undefined : Number(args.values.level);
  if (!file || !codeField || (level !== undefined && !(Number.isInteger(level) && level >= ROOT_LEVEL && level <= MAX_DEPTH))) {
    log('Cách dùng: npm run boundaries:import -- <tệp .geojson hoặc .topojson> --code-field <tên trường mã> [--level 1…5] [--data data]');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    log(`Không đọc được tệp ${file}: ${(e as Error).message}`);
    return 1;
  }
  const problems: DatasetProblem[] = [];
  const unitsFile = join(args.values.data!, 'units.csv');
  const units = existsSync(unitsFile) ? parseUnits(readFileSync(unitsFile, 'utf8'), undefined, problems) : undefined;
  if (!units || problems.length) {
    log(problems.length ? new DatasetError(problems).message : `Không có danh sách đơn vị ${unitsFile}`);
    return 1;
  }
  const fileName = basename(file);
  const result = importOfficialBoundaries({ fileName, text, codeField, level, units, importedOn: today });
  for (const w of result.warnings) log(`Lưu ý: ${describeImportProblem(fileName, w)}`);
  if (result.errors.length) {
    log(`Không nhập tệp ${fileName} (${result.errors.length} lỗi); ranh giới đã nhập trước đây vẫn giữ nguyên:`);
    for (const e of result.errors.slice(0, 30)) log(`  - ${describeImportProblem(fileName, e)}`);
    if (result.errors.length > 30) log(`  … và ${result.errors.length - 30} lỗi khác`);
    if (result.unmatchedInFile.length) log(`Mã trong tệp không khớp đơn vị nào: ${result.unmatchedInFile.join(', ')}`);
    if (result.missingInFile.length) log(`Đơn vị không có trong tệp: ${result.missingInFile.map((u) => `${u.code} ${u.name}`).join(', ')}`);
    return 1;
  }
  const names = new Map(units.map((u) => [u.code, u.name]));
  writeOfficialLevels(args.values.data!, new Map(result.levels.map((l) => [l.level, serialiseLevel(l, names)])));
  for (const l of result.levels) log(`Đã nhập ${l.shapes.size} ranh giới cấp ${l.level} vào ${args.values.data}/${BOUNDARIES_DIR}/${levelFileName(l.level)}`);
  return 0;
}

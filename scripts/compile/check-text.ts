/**
 * The first gate of the compile: every file is UTF-8, printable, and a CSV file is comma-separated.
 * One problem per file that names the real cause and the fix, instead of a problem on every row.
 */
import { checkCsvParts, checkCsvText, codePointName, decodeUtf8, describeTextProblem, findUnprintableInJson } from '../../src/domain/text-checks';
import { DatasetError, type DatasetProblem } from './dataset-error';
import type { DatasetFiles, DatasetSource } from './dataset';
import { TextDecodeFailure, type FileText } from './text-parts';

/** The files' text; throws a DatasetError when a file is UTF-16 or not UTF-8. */
export function decodeDatasetFiles(raw: Readonly<Record<string, Uint8Array>>): DatasetFiles {
  const files: DatasetFiles = {};
  const problems: DatasetProblem[] = [];
  for (const [name, bytes] of Object.entries(raw)) {
    const decoded = decodeUtf8(bytes);
    if ('text' in decoded) files[name] = decoded.text;
    else problems.push({ file: name, row: null, field: null, message: describeTextProblem(name, decoded.problem), wholeFile: true });
  }
  if (problems.length) throw new DatasetError(problems);
  return files;
}

function jsonProblem(file: string, text: string): DatasetProblem | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null; // reported, with its position, by the file's own parser
  }
  const found = findUnprintableInJson(value);
  if (!found) return null;
  const path = [...found.path];
  const row = Array.isArray(value) && typeof path[0] === 'number' ? (path.shift() as number) + 1 : null;
  const message = `có ký tự không in được ${codePointName(found.codePoint)}. Hãy xoá ký tự này hoặc lưu lại tệp gốc dưới dạng UTF-8.`;
  return { file, row, field: path.length ? path.join('.') : null, message };
}

/** At most one problem per file: a wrong separator or an unprintable character. */
export function textProblems(files: DatasetSource): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const [file, text] of Object.entries(files)) {
    if (file.endsWith('.csv')) {
      const problem = csvProblem(file, text);
      if (problem) problems.push(problem);
    } else if (file.endsWith('.json') && typeof text === 'string') {
      const problem = jsonProblem(file, text);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

/** A file read in parts is decoded here, the first time it is read whole: its encoding is checked with its text. */
function csvProblem(file: string, text: FileText): DatasetProblem | null {
  let problem;
  try {
    problem = typeof text === 'string' ? checkCsvText(text) : checkCsvParts(text.parts());
  } catch (e) {
    if (!(e instanceof TextDecodeFailure)) throw e;
    return { file, row: null, field: null, message: describeTextProblem(file, e.problem), wholeFile: true };
  }
  if (!problem) return null;
  const row = problem.kind === 'unprintable' ? problem.line : 1;
  return { file, row, field: null, message: describeTextProblem(file, problem), wholeFile: true };
}

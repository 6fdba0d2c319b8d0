/** A problem in a dataset file, located precisely enough for a person to fix it. */
export interface DatasetProblem {
  file: string;
  /** 1-based line in a CSV file, or the array position (1-based) in a JSON file. */
  row: number | null;
  field: string | null;
  message: string;
  /** The message is about the whole file and names it (encoding, separator, unprintable characters). */
  wholeFile?: boolean;
}

export function describeProblem(p: DatasetProblem): string {
  if (p.wholeFile) return p.message;
  const where = [p.file, p.row !== null ? `dòng ${p.row}` : null, p.field !== null ? `cột "${p.field}"` : null].filter(Boolean).join(', ');
  return `${where}: ${p.message}`;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      `Dữ liệu không hợp lệ (${problems.length} lỗi), chưa ghi gì ra:\n` +
        problems
          .slice(0, 20)
          .map((p) => `  - ${describeProblem(p)}`)
          .join('\n') +
        (problems.length > 20 ? `\n  … và ${problems.length - 20} lỗi khác` : ''),
    );
    this.name = 'DatasetError';
  }
}

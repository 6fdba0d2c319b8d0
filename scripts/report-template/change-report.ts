/** The change report of an import: which units and periods, and which cells were added, changed or cleared. */
import type { CellChange } from './merge-reports';
import type { ImportOutcome } from './import-reports';

export function summariseChanges(outcome: ImportOutcome): { added: number; changed: number; cleared: number } {
  const count = (f: (c: CellChange) => boolean) => outcome.changes.filter(f).length;
  return {
    added: count((c) => c.before === '' && c.after !== ''),
    changed: count((c) => c.before !== '' && c.after !== ''),
    cleared: count((c) => c.before !== '' && c.after === ''),
  };
}

export function changeReport(outcome: ImportOutcome, options: { dryRun: boolean; at: Date }): string {
  const units = new Set(outcome.reports.map((r) => r.report.unit));
  const periods = [...new Set(outcome.reports.map((r) => r.report.period))].sort();
  const replaced = outcome.reports.filter((r) => r.replaced).length;
  const { added, changed, cleared } = summariseChanges(outcome);
  const files = new Set(outcome.reports.map((r) => r.file));
  // A text on one line of the report: its line breaks shown, not kept.
  const show = (v: string) => (v === '' ? '(trống)' : v.replace(/\n/g, ' ⏎ '));
  return [
    `Nhập báo cáo${options.dryRun ? ' (chạy thử, chưa ghi gì)' : ''} lúc ${options.at.toISOString()}`,
    `Tệp: ${files.size}; đơn vị: ${units.size} (${outcome.reports.length - replaced} báo cáo mới, ${replaced} báo cáo thay thế); kỳ: ${periods.join(', ')}`,
    `Ô thêm: ${added}; ô sửa: ${changed}; ô xóa: ${cleared}`,
    `Tệp dữ liệu ${options.dryRun ? 'sẽ ghi' : 'đã ghi'}: ${outcome.files.join(', ')}`,
    '',
    'Đơn vị, kỳ, chỉ tiêu: trước → sau',
    ...outcome.changes.map((c) => `${c.unit}\t${c.period}\t${c.field}\t${show(c.before)} → ${show(c.after)}`),
    '',
  ].join('\n');
}

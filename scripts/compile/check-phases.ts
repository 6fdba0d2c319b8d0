/**
 * Checks the phases meta.json declares: unique codes that cannot be mistaken for a year, dates on
 * quarter boundaries (data is quarterly), an end after the start, and no two phases overlapping,
 * declared in time order.
 */
import type { Phase } from '../../src/domain/phases';
import type { DatasetProblem } from './dataset-error';

const FILE = 'meta.json';
const QUARTER_START = /-(01|04|07|10)-01$/;
const QUARTER_END = /-(03-31|06-30|09-30|12-31)$/;

export function checkPhases(phases: readonly Phase[], problems: DatasetProblem[]): void {
  const at = (i: number, field: string, message: string) => problems.push({ file: FILE, row: null, field: `phases.${i}.${field}`, message });
  const codes = new Map<string, number>();
  phases.forEach((phase, i) => {
    const earlier = codes.get(phase.code);
    if (earlier !== undefined) at(i, 'code', `mã giai đoạn "${phase.code}" trùng với giai đoạn thứ ${earlier + 1}`);
    else codes.set(phase.code, i);
    if (/^\d{4}$/.test(phase.code)) at(i, 'code', `mã giai đoạn "${phase.code}" trùng dạng với một năm (khóa chỉ tiêu năm); dùng dạng 2026-2030`);
    if (!QUARTER_START.test(phase.start))
      at(i, 'start', `giai đoạn "${phase.code}" phải bắt đầu vào ngày đầu một quý (01/01, 01/04, 01/07, 01/10), không phải ${phase.start}`);
    if (!QUARTER_END.test(phase.end))
      at(i, 'end', `giai đoạn "${phase.code}" phải kết thúc vào ngày cuối một quý (31/03, 30/06, 30/09, 31/12), không phải ${phase.end}`);
    if (phase.end < phase.start) at(i, 'end', `giai đoạn "${phase.code}" kết thúc (${phase.end}) trước khi bắt đầu (${phase.start})`);
    phases.slice(0, i).forEach((other, j) => {
      if (phase.start <= other.end && other.start <= phase.end) {
        at(
          i,
          'start',
          `giai đoạn "${phase.code}" (${phase.start} – ${phase.end}) chồng lên giai đoạn thứ ${j + 1} "${other.code}" (${other.start} – ${other.end}); các giai đoạn không được chồng lên nhau`,
        );
      } else if (phase.start < other.start) {
        at(i, 'start', `giai đoạn "${phase.code}" bắt đầu trước giai đoạn thứ ${j + 1} "${other.code}"; khai báo các giai đoạn theo thứ tự thời gian`);
      }
    });
  });
}

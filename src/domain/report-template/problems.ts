/**
 * What can be wrong with a filled report, each said as "what is wrong, what is expected", in
 * Vietnamese and English. Callers add where: file › sheet › cell.
 */
import type { LocalText } from '../indicators';
import type { CountFault } from '../count-value';
import { codePointName } from '../text-checks';

export interface LocatedProblem {
  /** Sheet name; null for the file as a whole. */
  sheet: string | null;
  /** Cell or range ("D12", "D10:D11"); null for the sheet as a whole. */
  cell: string | null;
  message: LocalText;
}

const q = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

export const say = {
  tooLarge: (mb: number, maxMb: number): LocalText => ({
    vi: `tệp nặng ${mb} MB, quá lớn với một báo cáo; cần tệp mẫu đã điền (dưới ${maxMb} MB)`,
    en: `the file is ${mb} MB, too large for a report; expected a filled template (under ${maxMb} MB)`,
  }),
  encrypted: (): LocalText => ({
    vi: 'tệp được đặt mật khẩu mở (hoặc là tệp .xls cũ); cần mở trong Excel, bỏ mật khẩu rồi lưu lại dạng .xlsx',
    en: 'the file is password-protected (or an old .xls); open it in Excel, remove the password and save it as .xlsx',
  }),
  notWorkbook: (): LocalText => ({
    vi: 'không phải tệp Excel (.xlsx) hay CSV; cần tệp mẫu báo cáo đã điền',
    en: 'not an Excel (.xlsx) or CSV file; expected a filled report template',
  }),
  unreadable: (): LocalText => ({
    vi: 'tệp .xlsx bị hỏng, không đọc được; cần lưu lại tệp từ Excel hoặc LibreOffice',
    en: 'the .xlsx file is damaged and cannot be read; save it again from Excel or LibreOffice',
  }),
  notTemplate: (): LocalText => ({
    vi: 'không phải mẫu báo cáo Dự án 8 (không có mã đơn vị, kỳ và phiên bản danh mục ở ô C3, C5, C6); cần dùng mẫu tải từ hệ thống',
    en: 'not a Project 8 report template (no unit code, period and catalogue version in C3, C5, C6); use a template from the system',
  }),
  otherVersion: (found: string, current: string): LocalText => ({
    vi: `mẫu tạo từ danh mục chỉ tiêu phiên bản ${q(found)}, danh mục hiện hành là "${current}"; cần tải mẫu mới và nhập lại số liệu`,
    en: `the template was made from catalogue version ${q(found)}, the current one is "${current}"; download a new template and enter the figures again`,
  }),
  unknownUnit: (code: string): LocalText => ({
    vi: `mã đơn vị ${q(code)} không có trong danh sách đơn vị; cần mẫu của một đơn vị báo cáo`,
    en: `unit code ${q(code)} is not in the list of units; expected the template of a reporting unit`,
  }),
  notReportingUnit: (code: string): LocalText => ({
    vi: `đơn vị ${q(code)} không lập báo cáo theo mẫu này; cần mẫu của xã, phường hoặc thị trấn`,
    en: `unit ${q(code)} does not report with this template; expected the template of a commune or ward`,
  }),
  otherUnit: (found: string, expected: string): LocalText => ({
    vi: `mẫu của đơn vị ${q(found)}; cần mẫu của đơn vị "${expected}"`,
    en: `template of unit ${q(found)}; expected the template of unit "${expected}"`,
  }),
  otherPeriod: (found: string, expected: string): LocalText => ({
    vi: `mẫu của kỳ ${q(found)}; cần kỳ "${expected}" như các trang khác của tệp`,
    en: `template of period ${q(found)}; expected period "${expected}" like the workbook's other sheets`,
  }),
  badPeriod: (found: string): LocalText => ({
    vi: `kỳ báo cáo ${q(found)} không hợp lệ; cần một quý dạng 2024Q1`,
    en: `reporting period ${q(found)} is not valid; expected a quarter such as 2024Q1`,
  }),
  periodOutOfRange: (found: string, first: string, last: string): LocalText => ({
    vi: `kỳ ${found} nằm ngoài các quý của bộ dữ liệu; cần một quý từ ${first} đến ${last}`,
    en: `period ${found} is outside the dataset's quarters; expected a quarter from ${first} to ${last}`,
  }),
  unitNotInPeriod: (code: string, period: string): LocalText => ({
    vi: `đơn vị ${code} không tồn tại trong kỳ ${period}; cần mẫu của đơn vị đang hoạt động trong kỳ`,
    en: `unit ${code} did not exist in period ${period}; expected a unit in existence during the period`,
  }),
  fileNameMismatch: (nameUnit: string, namePeriod: string, unit: string, period: string): LocalText => ({
    vi: `tên tệp ghi đơn vị ${nameUnit} kỳ ${namePeriod} nhưng nội dung là mẫu của đơn vị ${unit} kỳ ${period}; cần đúng mẫu của đơn vị và kỳ trên tên tệp`,
    en: `the file name says unit ${nameUnit}, period ${namePeriod}, but the content is the template of unit ${unit}, period ${period}; expected the template named by the file`,
  }),
  missingSheet: (code: string, name: string): LocalText => ({
    vi: `thiếu trang của ${name} (${code}); cần giữ đủ các trang của mẫu`,
    en: `the sheet of ${name} (${code}) is missing; keep every sheet of the template`,
  }),
  duplicateSheet: (code: string, other: string): LocalText => ({
    vi: `đơn vị ${code} đã có ở trang "${other}"; cần mỗi đơn vị một trang`,
    en: `unit ${code} already has sheet "${other}"; expected one sheet per unit`,
  }),
  duplicateReport: (unit: string, period: string, other: string): LocalText => ({
    vi: `báo cáo của đơn vị ${unit} kỳ ${period} đã có trong tệp ${q(other)}; cần mỗi đơn vị, mỗi kỳ một báo cáo`,
    en: `the report of unit ${unit} for ${period} is also in file ${q(other)}; expected one report per unit and period`,
  }),
  lockedEdited: (found: string, expected: string): LocalText => ({
    vi: `ô khóa đã bị sửa: đang là ${q(found)}, cần là ${q(expected)}`,
    en: `a locked cell was edited: it holds ${q(found)}, expected ${q(expected)}`,
  }),
  formulaRemoved: (): LocalText => ({
    vi: 'ô công thức của mẫu đã bị ghi đè; cần giữ nguyên công thức (tải lại mẫu nếu cần)',
    en: "the template's formula in this cell was overwritten; keep the formula (download the template again if needed)",
  }),
  rowMoved: (expected: string): LocalText => ({
    vi: `dòng không đúng mẫu (dòng bị xóa, chèn, gộp hoặc di chuyển); cần dòng ${q(expected)} ở đây`,
    en: `the row does not match the template (a row was deleted, inserted, merged or moved); expected row ${q(expected)} here`,
  }),
  merged: (range: string): LocalText => ({
    vi: `các ô ${range} bị gộp; mẫu không gộp ô ở đây, cần bỏ gộp ô`,
    en: `cells ${range} are merged; the template has no merged cells here, unmerge them`,
  }),
  formulaInInput: (formula: string): LocalText => ({
    vi: `ô nhập liệu chứa công thức ${q(`=${formula}`)}; cần nhập số trực tiếp`,
    en: `the input cell holds a formula ${q(`=${formula}`)}; expected a number typed in`,
  }),
  numberAsText: (text: string): LocalText => ({
    vi: `số ${q(text)} được nhập dạng chữ; cần nhập dạng số (không có dấu nháy, không dùng dấu chấm, phẩy ngăn cách hàng nghìn)`,
    en: `the number ${q(text)} was entered as text; expected a number (no apostrophe, no thousands separators)`,
  }),
  dateAsText: (text: string): LocalText => ({
    vi: `${q(text)} là ngày tháng nhập dạng chữ; ô này cần một số`,
    en: `${q(text)} is a date typed as text; this cell expects a number`,
  }),
  dateCell: (): LocalText => ({
    vi: 'ô chứa ngày tháng; ô này cần một số (đếm, người, lượt…)',
    en: 'the cell holds a date; this cell expects a number (a count of people, times…)',
  }),
  notNumber: (text: string): LocalText => ({
    vi: `${q(text)} không phải số; cần một số không âm hoặc để trống nếu chưa báo cáo`,
    en: `${q(text)} is not a number; expected a non-negative number, or empty when not reported`,
  }),
  countFault: (fault: CountFault, text: string, decimals: boolean): LocalText =>
    ({
      format: { vi: `${q(text)} không phải số hợp lệ; cần một số không âm`, en: `${q(text)} is not a valid number; expected a non-negative number` },
      'too-large': { vi: `số ${q(text)} quá lớn; cần số liệu thực tế`, en: `the number ${q(text)} is too large; expected a real figure` },
      negative: { vi: `số âm (${text}); cần số không âm`, en: `negative number (${text}); expected a number of 0 or more` },
      fraction: {
        vi: `${text} không phải số nguyên; chỉ tiêu này cần số nguyên${decimals ? '' : ' (không có phần thập phân)'}`,
        en: `${text} is not a whole number; this indicator expects whole numbers`,
      },
    })[fault],
  formulaInText: (formula: string): LocalText => ({
    vi: `ô ghi khó khăn chứa công thức ${q(`=${formula}`)}; cần gõ hoặc dán nội dung dạng chữ`,
    en: `the difficulties cell holds a formula ${q(`=${formula}`)}; expected text typed or pasted in`,
  }),
  errorInText: (error: string): LocalText => ({
    vi: `ô ghi khó khăn chứa lỗi ${q(error)}; cần gõ hoặc dán nội dung dạng chữ`,
    en: `the difficulties cell holds the error ${q(error)}; expected text typed or pasted in`,
  }),
  unprintableText: (codePoint: number, line: number, more: number): LocalText => {
    const what = codePoint === 0xfffd ? 'ký tự "�" (U+FFFD) do chuyển mã sai' : `ký tự điều khiển ${codePointName(codePoint)}`;
    const whatEn = codePoint === 0xfffd ? 'the character "�" (U+FFFD) left by a bad conversion' : `the control character ${codePointName(codePoint)}`;
    return {
      vi: `nội dung có ${what} ở dòng ${line}${more ? ` (và ${more} chỗ khác)` : ''}; cần xóa ký tự này hoặc gõ lại đoạn văn`,
      en: `the text holds ${whatEn} on line ${line}${more ? ` (and ${more} more)` : ''}; delete it or type the passage again`,
    };
  },
  textTooLong: (length: number, max: number): LocalText => ({
    vi: `nội dung dài ${length} ký tự; cần tóm tắt trong ${max} ký tự`,
    en: `the text is ${length} characters long; expected a summary of at most ${max}`,
  }),
  alreadyNoted: (unit: string, period: string): LocalText => ({
    vi: `đơn vị ${unit} kỳ ${period} đã có ghi chép khó khăn, vướng mắc (notes.json); cần chạy lại với --replace nếu muốn thay nội dung cũ`,
    en: `unit ${unit} already has difficulties recorded for ${period} (notes.json); run again with --replace to replace them`,
  }),
  breakdownSum: (dimension: LocalText, sum: number, total: number, totalCell: string): LocalText => ({
    vi: `tổng các nhóm theo ${dimension.vi.toLowerCase()} là ${sum}, khác tổng ${total} ở ô ${totalCell}; cần bằng nhau`,
    en: `the ${dimension.en.toLowerCase()} groups add up to ${sum}, not the total ${total} in ${totalCell}; expected them to be equal`,
  }),
  breakdownWithoutTotal: (dimension: LocalText, totalCell: string): LocalText => ({
    vi: `có số liệu chia theo ${dimension.vi.toLowerCase()} nhưng ô tổng ${totalCell} để trống; cần nhập tổng`,
    en: `figures by ${dimension.en.toLowerCase()} are given but the total ${totalCell} is empty; expected the total`,
  }),
  numeratorAboveDenominator: (num: string, numValue: number, den: string, denValue: number, denCell: string): LocalText => ({
    vi: `${num} (${numValue}) lớn hơn ${den} (${denValue}) ở ô ${denCell}; tử số không được lớn hơn mẫu số`,
    en: `${num} (${numValue}) is larger than ${den} (${denValue}) in ${denCell}; a numerator may not exceed its denominator`,
  }),
  alreadyReported: (unit: string, period: string, line: number): LocalText => ({
    vi: `đơn vị ${unit} kỳ ${period} đã có báo cáo (reports.csv dòng ${line}); cần chạy lại với --replace nếu muốn thay báo cáo cũ`,
    en: `unit ${unit} already reported for ${period} (reports.csv line ${line}); run again with --replace to replace that report`,
  }),
  compile: (message: string): LocalText => ({ vi: message, en: message }),
};

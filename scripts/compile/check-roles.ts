/** Checks the roles indicators declare in the catalogue against the rest of it: areas, breakdowns, budget, wording. */
import { targetRule, type BudgetRole, type ContentArea, type Indicator } from '../../src/domain/indicators';
import type { DatasetProblem } from './dataset-error';

export function checkIndicatorRoles(indicators: readonly Indicator[], areas: readonly ContentArea[], problems: DatasetProblem[]): void {
  const areaCodes = new Set(areas.map((a) => a.code));
  const budgetRows = new Map<BudgetRole, number>();
  indicators.forEach((ind, i) => {
    const at = (field: string, message: string) => problems.push({ file: 'indicators.json', row: i + 1, field, message });
    if (!areaCodes.has(ind.area)) at('area', `nội dung "${ind.area}" không có trong areas.json (có: ${[...areaCodes].join(', ')})`);
    if (ind.textBreakdown !== undefined && !ind.disaggregations.includes(ind.textBreakdown)) {
      at('textBreakdown', `phân tổ "${ind.textBreakdown}" không nằm trong disaggregations của chỉ tiêu ${ind.code}`);
    }
    if (ind.budget !== undefined) {
      const earlier = budgetRows.get(ind.budget);
      if (earlier !== undefined) at('budget', `vai trò kinh phí "${ind.budget}" đã dùng ở dòng ${earlier}`);
      else budgetRows.set(ind.budget, i + 1);
      if ((ind.budget === 'rate') !== (ind.kind === 'rate'))
        at('budget', ind.budget === 'rate' ? 'tỷ lệ giải ngân phải là chỉ tiêu loại "rate"' : 'kinh phí giao, giải ngân không được là chỉ tiêu loại "rate"');
    }
    for (const lang of ['vi', 'en'] as const) {
      if (ind.wording && !ind.wording[lang].includes('{value}')) at(`wording.${lang}`, 'câu mô tả phải chứa "{value}" ở chỗ đặt số liệu');
    }
    if (ind.carryForward !== undefined && ind.kind !== 'stock')
      at('carryForward', `chỉ chỉ tiêu loại "stock" mới mang báo cáo quý trước sang; ${ind.code} là loại "${ind.kind}"`);
    const target = targetRule(ind);
    if (target.reading === 'annual_rate' && target.yearlyRate === undefined) at('target.yearlyRate', 'chỉ tiêu đọc theo tốc độ hằng năm cần "yearlyRate"');
  });
  if (budgetRows.has('rate') && !(budgetRows.has('allocated') && budgetRows.has('disbursed'))) {
    problems.push({
      file: 'indicators.json',
      row: budgetRows.get('rate')!,
      field: 'budget',
      message: 'có tỷ lệ giải ngân nhưng thiếu cặp kinh phí giao và đã giải ngân',
    });
  }
}

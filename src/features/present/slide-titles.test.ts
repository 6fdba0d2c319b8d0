import { describe, expect, it } from 'vitest';
import { resolveSlide, type SlideSpec } from '@/domain/deck';
import { translate } from '@/i18n/catalogue';
import { slideTitle, type TitleNames } from './slide-titles';

const names: TitleNames = {
  deckUnit: '01846',
  unitName: (code) => ({ '01846': 'Phường Huyền Tụng', '01846.14': 'Tổ Khuổi Pái' })[code] ?? code,
  indicatorName: (code) => ({ 'P8.1.1': 'Tổ truyền thông cộng đồng đang hoạt động', 'P8.1.5': 'Lượt người tham dự hoạt động truyền thông' })[code] ?? code,
  dimensionName: (code) => ({ sex: 'Giới tính', ethnicity: 'Dân tộc' })[code] ?? code,
  kpiPages: 3,
};
const title = (spec: SlideSpec) => slideTitle(resolveSlide(spec, '01846', 'P8.1.1'), names, (key, params) => translate('vi', key, params));

describe('slide titles', () => {
  it.each<[SlideSpec, string]>([
    [{ kind: 'title' }, 'Trang bìa'],
    [{ kind: 'kpis', page: 2 }, 'Kết quả thực hiện so với chỉ tiêu (2/3)'],
    [{ kind: 'achievement' }, 'Tổ truyền thông cộng đồng đang hoạt động: kết quả theo đơn vị trực thuộc'],
    [{ kind: 'map' }, 'Bản đồ: Tổ truyền thông cộng đồng đang hoạt động'],
    [{ kind: 'trend', indicator: 'P8.1.5' }, 'Lượt người tham dự hoạt động truyền thông: diễn biến theo năm'],
    [{ kind: 'breakdown', indicator: 'P8.1.5', dimension: 'ethnicity' }, 'Lượt người tham dự hoạt động truyền thông theo dân tộc'],
    [{ kind: 'lagging' }, 'Đơn vị chậm tiến độ'],
    [{ kind: 'conclusions' }, 'Kết luận kiểm tra và kiến nghị'],
    // A slide about a child unit names it.
    [{ kind: 'trend', unit: '01846.14', indicator: 'P8.1.5' }, 'Lượt người tham dự hoạt động truyền thông: diễn biến theo năm – Tổ Khuổi Pái'],
    [{ kind: 'difficulties', unit: '01846.14' }, 'Khó khăn, vướng mắc được báo cáo – Tổ Khuổi Pái'],
  ])('%o: %s', (spec, expected) => {
    expect(title(spec)).toBe(expected);
  });

  it('leaves out the page count when the key figures fit one slide', () => {
    expect(slideTitle(resolveSlide({ kind: 'kpis' }, '01846', 'P8.1.1'), { ...names, kpiPages: 1 }, (key, params) => translate('vi', key, params))).toBe(
      'Kết quả thực hiện so với chỉ tiêu',
    );
  });
});

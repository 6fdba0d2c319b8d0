/** The view of a structure's figures under the units a reorganisation made of it. */
const vi = {
  'structure.title': 'Theo đơn vị hành chính từ {date}: {indicator}, {period}',
  'structure.titleNone': 'Theo đơn vị hành chính mới: {indicator}, {period}',
  'structure.intro':
    '{name}: từ ngày {date}, {old} xã, phường, thị trấn cũ của {province} thành {count} đơn vị mới. Số liệu trước ngày đó được thu thập theo đơn vị cũ; mỗi đơn vị mới dưới đây là tổng các đơn vị cũ hợp thành (mỗi xã cũ nằm trọn trong một xã mới).',
  'structure.shown': '{count} đơn vị mới có phần địa bàn thuộc {unit}.',
  'structure.table': 'Số liệu theo đơn vị mới có phần địa bàn thuộc {unit}',
  'structure.col.unit': 'Đơn vị mới',
  'structure.col.from': 'Hợp thành từ (đơn vị cũ)',
  'structure.col.value': 'Thực hiện',
  'structure.col.target': 'Chỉ tiêu',
  'structure.col.achievement': 'Đạt',
  'structure.col.reports': 'Báo cáo',
  'structure.crosses': 'gồm cả địa bàn ngoài {unit}',
  'structure.sensitive': 'Chỉ tiêu nhạy cảm không công bố theo đơn vị mới: cộng các xã cũ đã ẩn số nhỏ thành xã mới có thể làm lộ số bị ẩn.',
  'structure.targets': 'Chỉ tiêu của đơn vị mới là tổng chỉ tiêu các đơn vị cũ hợp thành, chỉ khi mọi đơn vị cũ đều có chỉ tiêu đó.',
  'structure.notAvailable': 'Bộ dữ liệu này không có bảng sắp xếp đơn vị hành chính.',
  'structure.none': 'Đơn vị này không thuộc địa bàn được sắp xếp.',
};

const en: Record<keyof typeof vi, string> = {
  'structure.title': 'Under the administrative units from {date}: {indicator}, {period}',
  'structure.titleNone': 'Under new administrative units: {indicator}, {period}',
  'structure.intro':
    '{name}: on {date}, the {old} former communes, wards and townships of {province} became {count} new units. Data before that date was collected under the former units; each new unit below is the sum of the former units it was made of (every former commune lies wholly in one new one).',
  'structure.shown': '{count} new units cover part of {unit}.',
  'structure.table': 'Figures by new unit covering part of {unit}',
  'structure.col.unit': 'New unit',
  'structure.col.from': 'Made of (former units)',
  'structure.col.value': 'Actual',
  'structure.col.target': 'Target',
  'structure.col.achievement': 'Achieved',
  'structure.col.reports': 'Reports',
  'structure.crosses': 'also covers areas outside {unit}',
  'structure.sensitive': 'Sensitive indicators are not published by new unit: adding former communes with hidden small counts into new ones could reveal them.',
  'structure.targets': "A new unit's target is the sum of its former units' targets, only where every one of them has that target.",
  'structure.notAvailable': 'This dataset has no reorganisation table.',
  'structure.none': 'This unit is not in the reorganised area.',
};

export const structure = { vi, en } as const;

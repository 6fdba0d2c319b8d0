/** The annex's note column: a target that cannot be compared gives its reason, never "no target". */
import { describe, expect, it } from 'vitest';
import { buildAnnex, type AnnexInput } from '@/domain/report/annex';
import { buildRows, type UnitFigures } from '@/domain/report/rows';
import type { Indicator } from '@/domain/indicators';
import type { PeriodSelection } from '@/domain/periods';
import { AXIS, figures, indicator, series } from '../../../tests/builders/report-figures';
import { createWording } from './report-wording';

const AREAS = [
  { code: 'ND1', name: { vi: 'Nội dung 1', en: 'Content 1' } },
  { code: 'OUT', name: { vi: 'Kết quả', en: 'Outcomes' } },
] as AnnexInput['areas'];
const RANGE: PeriodSelection = { kind: 'range', from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } };
const Q2_2023: PeriodSelection = { kind: 'quarter', year: 2023, quarter: 2 };
const YEAR_2023: PeriodSelection = { kind: 'year', year: 2023 };
const every = [1, 1, 1, 1, 1, 1, 1, 1];

function noteOf(lang: 'vi' | 'en', ind: Indicator, unit: UnitFigures, period: PeriodSelection): string {
  const annex = buildAnnex(createWording(lang), { rows: buildRows([ind], unit, AXIS, period), areas: AREAS, subtitle: '', basis: '' });
  return annex.groups.flatMap((g) => g.lines)[0]!.note;
}

describe('the annex note on targets', () => {
  const marriage = indicator('O1', 'flow', { direction: 'lower', area: 'OUT', target: { reading: 'level' } });
  const teams = indicator('A', 'flow', { area: 'ND1' });

  it.each([
    // [indicator, targets, period, expected note start (vi), (en)]
    [
      teams,
      { A: { '2022': 4, '2023': 4 } },
      RANGE,
      'không so với chỉ tiêu: chỉ tiêu giao theo năm và cả giai đoạn',
      'not compared: targets are set per year and for the phase',
    ],
    [
      teams,
      { A: { '2023': 4 } },
      Q2_2023,
      'không so với chỉ tiêu: chỉ tiêu giao theo năm và cả giai đoạn',
      'not compared: targets are set per year and for the phase',
    ],
    [teams, {}, RANGE, 'chưa có chỉ tiêu', 'no target'],
    [teams, { A: { '2022': 4 } }, YEAR_2023, 'chưa có chỉ tiêu', 'no target'],
  ] as const)('%#: %s with targets %j over the period says why', (ind, targets, period, vi, en) => {
    const unit = figures({ [ind.code]: series(every) }, targets);
    expect(noteOf('vi', ind, unit, period).split('; ')[0]).toBe(vi);
    expect(noteOf('en', ind, unit, period).split('; ')[0]).toBe(en);
  });

  it('gives the reason a yearly ceiling is not compared with a year that has fewer than four quarters', () => {
    // The axis ends with 2023Q4; a yearly level for 2024 has no quarter at all on it.
    const axis2024 = [...AXIS.slice(4), '2024Q1', '2024Q2'];
    const unit = figures({ O1: series([1, 1, 1, 1, 1, 1]) }, { O1: { '2024': 3 } });
    const rows = buildRows([marriage], unit, axis2024, { kind: 'year', year: 2024 });
    const annex = buildAnnex(createWording('vi'), { rows, areas: AREAS, subtitle: '', basis: '' });
    expect(annex.groups[0]!.lines[0]!.note.split('; ')[0]).toBe('chưa so với chỉ tiêu: chỉ tiêu là mức trong cả năm, năm 2024 chưa đủ 4 quý');
    expect(annex.groups[0]!.lines[0]!.target.text).toBe('');
  });
});

describe('the annex note on completeness', () => {
  it('says how many values of a stock were carried from an earlier quarter', () => {
    // 3 of 4 villages reported 2023Q2; a fourth village's 2023Q1 teams were carried.
    const teams = indicator('T', 'stock', { area: 'ND1', carryForward: 2 });
    const unit = figures({ T: { values: [4, 5], reported: [4, 3], carried: [0, 1], expected: 4 } });
    const rows = buildRows([teams], unit, AXIS.slice(4, 6), { kind: 'quarter', year: 2023, quarter: 2 });
    const vi = buildAnnex(createWording('vi'), { rows, areas: AREAS, subtitle: '', basis: '' }).groups[0]!.lines[0]!;
    expect(vi.value.text).toBe('5');
    expect(vi.note).toBe('chưa có chỉ tiêu; 3/4 lượt báo cáo – chưa đầy đủ; 1 lấy từ quý trước');
    const en = buildAnnex(createWording('en'), { rows, areas: AREAS, subtitle: '', basis: '' }).groups[0]!.lines[0]!;
    expect(en.note).toBe('no target; 3/4 reports – partial; 1 carried from an earlier quarter');
  });
});

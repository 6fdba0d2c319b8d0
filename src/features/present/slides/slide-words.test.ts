import { describe, expect, it } from 'vitest';
import { translate } from '@/i18n/catalogue';
import { indicator } from '../../../../tests/builders/indicator';
import { slideWords } from './slide-words';

const vi = slideWords({ lang: 'vi', t: (key, params) => translate('vi', key, params) });
const people = indicator('P1', 'person_times', { unitOfMeasure: { vi: 'người', en: 'people' } });
const rate = indicator('R1', 'rate', { decimals: 1 });

describe('the slides’ words in Vietnamese', () => {
  it.each<[string, () => string, string]>([
    ['a value with its unit', () => vi.value(1234, people, true), '1.234 người'],
    ['a value without', () => vi.value(1234, people), '1.234'],
    ['a rate', () => vi.value(45.2, rate), '45,2%'],
    ['a hidden value', () => vi.value('suppressed', people, true), 'x'],
    ['a missing report', () => vi.value(null, people, true), 'chưa báo cáo'],
    ['an achievement', () => vi.percent(1.233), '123,3%'],
    ['a score', () => vi.score(-2.26), '\u22122,3'],
    ['a date', () => vi.date('2024-03-15'), '15/03/2024'],
    ['a chart with no children', () => vi.emptyChart('no_children'), 'Đơn vị này không có đơn vị trực thuộc để so sánh.'],
    ['a message', () => vi.t('present.bars.met'), 'Đạt chỉ tiêu'],
  ])('%s', (_, write, expected) => {
    expect(write()).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { shortName } from './unit-names';

describe('short unit names', () => {
  it.each([
    ['Xã Bằng Thành', 'Bằng Thành'],
    ['Thị trấn Chợ Rã', 'Chợ Rã'],
    ['Tổ dân phố 3', 'Tổ dân phố 3'],
    ['Thôn 12', 'Thôn 12'],
    ['Thành phố Bắc Kạn', 'Bắc Kạn'],
    ['Huyện', 'Huyện'],
    ['Khuổi Pái', 'Khuổi Pái'],
  ])('short name of %s is %s', (name, short) => {
    expect(shortName(name)).toBe(short);
  });
});

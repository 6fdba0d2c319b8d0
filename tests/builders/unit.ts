/** One builder for hierarchy units in tests: a commune named by its code, with no centre, class or dates unless told. */
import type { Unit } from '@/domain/units';

export const unit = (code: string, extra: Partial<Unit> = {}): Unit => ({
  code,
  name: code,
  type: 'Xã',
  level: 3,
  parentCode: null,
  lat: null,
  lon: null,
  areaClass: null,
  disadvantaged: null,
  validFrom: null,
  validTo: null,
  ...extra,
});

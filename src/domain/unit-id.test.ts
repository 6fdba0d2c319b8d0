import { describe, expect, it } from 'vitest';
import { officialCode, structureOf, UNIT_ID_RE, unitId } from './unit-id';

describe('unit ids across structures', () => {
  it.each([
    ['06', '', '06'],
    ['01846.14', '', '01846.14'],
    ['01840', '2025-07', '01840~2025-07'],
    ['01840.44', '2025-07', '01840.44~2025-07'],
  ])('code %s in structure "%s" is %s, and back', (code, structure, id) => {
    expect(unitId(code, structure)).toBe(id);
    expect(structureOf(id)).toBe(structure);
    expect(officialCode(id)).toBe(code);
  });

  it.each([
    ['06', true],
    ['01846.14', true],
    ['01840~2025-07', true],
    ['01840~', false],
    ['01840~2025~07', false],
    ['~2025-07', false],
    ['01840/2025-07', false],
  ])('%s is a well-formed id: %s', (id, ok) => {
    expect(UNIT_ID_RE.test(id)).toBe(ok);
  });
});

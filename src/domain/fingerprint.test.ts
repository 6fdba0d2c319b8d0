import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';

describe('fingerprint', () => {
  // The published FNV-1a 32-bit test vectors (ASCII: one code unit per byte).
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('%j → %s', (text, expected) => {
    expect(fingerprint(text)).toBe(expected);
  });

  it('tells apart texts that differ in one figure', () => {
    expect(fingerprint('{"value":1234}')).not.toBe(fingerprint('{"value":1235}'));
  });
});

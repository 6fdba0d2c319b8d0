import { describe, expect, it } from 'vitest';
import { jsonEqual } from './json-equal';

describe('jsonEqual', () => {
  it.each([
    ['equal numbers', 1.5, 1.5, true],
    ['different numbers', 1, 2, false],
    ['a number and its text', 1, '1', false],
    ['null and an empty object', null, {}, false],
    ['null and null', null, null, true],
    ['the same keys in another order', { a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }, true],
    ['a key missing on one side', { a: 1, b: 2 }, { a: 1 }, false],
    ['an extra key on one side', { a: 1 }, { a: 1, b: 2 }, false],
    ['a key present but undefined against a key absent', { a: 1, b: undefined }, { a: 1, c: undefined }, false],
    ['arrays in another order', [1, 2], [2, 1], false],
    ['arrays of different length', [1, 2], [1, 2, 3], false],
    ['an array and an object with index keys', [1], { 0: 1 }, false],
    ['a nested difference', { a: { b: { c: [1, 2, 3] } } }, { a: { b: { c: [1, 2, 4] } } }, false],
  ])('%s', (_case, a, b, expected) => {
    expect(jsonEqual(a, b)).toBe(expected);
    expect(jsonEqual(b, a)).toBe(expected);
  });
});

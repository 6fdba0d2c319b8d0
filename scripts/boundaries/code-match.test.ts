// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/builders/unit';
import { indexCodes, matchCode, normaliseCode } from './code-match';

const units = [unit('06', { level: 1 }), unit('058', { level: 2 }), unit('01834', { level: 3 }), unit('01834.01', { level: 4 })];

describe('normalising unit codes', () => {
  it.each<[unknown, string | null]>([
    ['058', '58'],
    [58, '58'],
    [' 058 ', '58'],
    ['0', '0'],
    ['01834.01', '1834.1'],
    ['1834.1', '1834.1'],
    ['ab-1', 'AB-1'],
    ['', null],
    [null, null],
    [undefined, null],
    [Number.NaN, null],
    [{ code: 1 }, null],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseCode(raw)).toBe(expected);
  });
});

describe('matching codes from a file to units', () => {
  const index = indexCodes(units);
  it.each<[unknown, string]>([
    ['058', 'unit:058'],
    [58, 'unit:058'],
    ['6', 'unit:06'],
    [1834, 'unit:01834'],
    ['01834.1', 'unit:01834.01'],
    ['059', 'unknown'],
    ['', 'empty'],
    [null, 'empty'],
  ])('%j → %s', (raw, expected) => {
    const m = matchCode(raw, index);
    expect(m.kind === 'unit' ? `unit:${m.unit.code}` : m.kind).toBe(expected);
  });

  it('reports codes that match several units unless one matches exactly', () => {
    const twins = indexCodes([unit('06', { level: 1 }), unit('6', { level: 2 })]);
    expect(matchCode('006', twins).kind).toBe('ambiguous');
    expect(matchCode('06', twins)).toMatchObject({ kind: 'unit', unit: { level: 1 } });
  });
});

import { describe, expect, it } from 'vitest';
import { hasMessage } from '@/i18n/catalogue';
import { formatScore, formatSigned, statusKey } from './status-text';

describe('status words', () => {
  it.each([
    [2.857, 'vi', '+2,9'],
    [-4.1667, 'vi', '\u22124,2'],
    [0.04, 'vi', '0'],
    [5, 'en', '+5'],
  ] as const)('score %s in %s reads %s', (score, lang, text) => {
    expect(formatScore(score, lang)).toBe(text);
  });
  it('signs differences', () => {
    expect(formatSigned(-283, 'vi')).toBe('\u2212283');
    expect(formatSigned(1234, 'vi')).toBe('+1.234');
  });
  it('has a message in both languages for every status', () => {
    for (const kind of ['no_target', 'suppressed', 'withheld', 'not_applicable'] as const) {
      expect(hasMessage('vi', statusKey({ kind }))).toBe(true);
      expect(hasMessage('en', statusKey({ kind }))).toBe(true);
    }
    expect(hasMessage('en', statusKey({ kind: 'insufficient', points: 1 }))).toBe(true);
  });
});

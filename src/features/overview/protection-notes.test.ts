import { describe, expect, it } from 'vitest';
import type { Cell } from '@/domain/aggregate';
import type { KpiCard } from '@/domain/kpi';
import { protectionNote, protectionNotes } from './protection-notes';

type Card = Pick<KpiCard, 'status' | 'withheldReason' | 'figure' | 'target'>;
const ok = (value: Cell, target: KpiCard['target'] = null): Card => ({ status: 'ok', figure: { value, reported: 1, expected: 1 }, target });

describe('why a key figure shows no number', () => {
  it.each<[string, Card, ReturnType<typeof protectionNote>]>([
    ['a published number', ok(12, 10), null],
    ['not reported', ok(null), null],
    ['a hidden count', ok('suppressed'), 'suppressed'],
    ['a hidden target next to a published count', ok(7, 'suppressed'), 'suppressed'],
    ['below the commune level', { status: 'withheld', figure: null, target: null }, 'withheld'],
    ['a period the yearly totals cannot answer', { status: 'withheld', withheldReason: 'period', figure: null, target: null }, 'byYearOnly'],
    ['not applicable here', { status: 'not_applicable', figure: null, target: null }, null],
  ])('%s → %s', (_name, card, note) => {
    expect(protectionNote(card)).toBe(note);
  });

  it('lists each footnote once, in a fixed order', () => {
    expect(protectionNotes([{ status: 'withheld', withheldReason: 'period', figure: null, target: null }, ok('suppressed'), ok('suppressed'), ok(3)])).toEqual([
      'suppressed',
      'byYearOnly',
    ]);
  });
});

/**
 * Why a key figure shows no number: hidden cell ("x"), not published below the commune
 * level, or published by year only. Each reason has one footnote under the cards, which the
 * cards point to (aria-describedby) and repeat as a tooltip.
 */
import type { KpiCard } from '@/domain/kpi';
import type { MessageKey } from '@/i18n/catalogue';

export type ProtectionNote = 'suppressed' | 'withheld' | 'byYearOnly';

export const PROTECTION_NOTES: readonly ProtectionNote[] = ['suppressed', 'withheld', 'byYearOnly'];

export const NOTE_TEXT: Record<ProtectionNote, MessageKey> = {
  suppressed: 'value.suppressedHint',
  withheld: 'suppression.withheldHint',
  byYearOnly: 'suppression.byYearOnlyHint',
};

export const noteId = (note: ProtectionNote): string => `kpi-note-${note}`;

export function protectionNote(card: Pick<KpiCard, 'status' | 'withheldReason' | 'figure' | 'target'>): ProtectionNote | null {
  if (card.status === 'withheld') return card.withheldReason === 'period' ? 'byYearOnly' : 'withheld';
  if (card.figure?.value === 'suppressed' || card.target === 'suppressed') return 'suppressed';
  return null;
}

/** The footnotes a set of cards needs, in a fixed order. */
export function protectionNotes(cards: readonly Pick<KpiCard, 'status' | 'withheldReason' | 'figure' | 'target'>[]): ProtectionNote[] {
  const used = new Set(cards.map(protectionNote));
  return PROTECTION_NOTES.filter((n) => used.has(n));
}

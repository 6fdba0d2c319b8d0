import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deckKey, parseSavedDeck, read, useSavedDeck, write } from './deck-store';

afterEach(() => window.localStorage.clear());

describe('the deck kept in the browser', () => {
  it.each([
    [null, { deck: null, notes: {} }],
    ['{broken', { deck: null, notes: {} }],
    ['[1,2]', { deck: null, notes: {} }],
    ['{"deck":"1*t*m","notes":{"m":"Nói về bản đồ","t":"","x":5}}', { deck: '1*t*m', notes: { m: 'Nói về bản đồ' } }],
    ['{"deck":42}', { deck: null, notes: {} }],
  ])('%j reads as %j', (raw, expected) => {
    expect(parseSavedDeck(raw)).toEqual(expected);
  });

  it('is keyed by unit, indicator and period', () => {
    expect(deckKey('01846', 'P8.1.1', { kind: 'year', year: 2023 })).toBe('du-an-8:present:v1:deck:01846|P8.1.1|2023');
  });

  it('saves the deck and the notes, and removes the entry when nothing is left', () => {
    const key = deckKey('01846', 'P8.1.1', { kind: 'phase' });
    const { result } = renderHook(() => useSavedDeck(key));
    act(() => result.current.save({ deck: '1*t*m' }));
    act(() => result.current.setNote('m', 'Nói về bản đồ'));
    expect(result.current.saved).toEqual({ deck: '1*t*m', notes: { m: 'Nói về bản đồ' } });
    expect(JSON.parse(window.localStorage.getItem(key)!)).toEqual({ deck: '1*t*m', notes: { m: 'Nói về bản đồ' } });
    act(() => result.current.setNote('m', ''));
    act(() => result.current.save({ deck: null }));
    expect(window.localStorage.getItem(key)).toBeNull();
  });

  it('keeps working in memory when the browser refuses to store, and says so', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const key = deckKey('06', 'P8.1.1', { kind: 'phase' });
    const { result } = renderHook(() => useSavedDeck(key));
    act(() => result.current.setNote('t', 'Chào mừng'));
    expect(result.current.saved.notes).toEqual({ t: 'Chào mừng' });
    expect(result.current.failed).toBe(true);
    vi.restoreAllMocks();
    expect(write(key, null)).toBe(true);
    expect(read(key)).toBeNull();
  });
});

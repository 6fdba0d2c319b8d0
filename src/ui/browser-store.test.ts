import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserStore } from './browser-store';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('a browser store', () => {
  it('writes through to localStorage, lists its own keys and tells subscribers', () => {
    const store = createBrowserStore('t:');
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    localStorage.setItem('other', 'x');
    expect(store.write('t:a', 'one')).toBe(true);
    expect(localStorage.getItem('t:a')).toBe('one');
    expect(store.read('t:a')).toBe('one');
    expect(store.keys()).toEqual(['t:a']);
    expect(store.write('t:a', null)).toBe(true);
    expect(store.read('t:a')).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.version()).toBe(2);
    unsubscribe();
  });

  it('keeps a value in memory and reports the failure when storage refuses it', () => {
    const store = createBrowserStore('t:');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(store.write('t:b', 'kept')).toBe(false);
    expect(store.failed()).toBe(true);
    expect(store.read('t:b')).toBe('kept');
    expect(store.keys()).toEqual(['t:b']);
  });
});

import { describe, expect, it } from 'vitest';
import { RecentValues } from './recent-values';

describe('RecentValues', () => {
  it('keeps at least the last `capacity` values and forgets older ones', () => {
    const recent = new RecentValues<number>(3);
    for (let i = 1; i <= 7; i++) recent.set(`k${i}`, i * 10);
    // The last 3 (and, until the next generation starts, up to 3 more).
    expect([5, 6, 7].map((i) => recent.get(`k${i}`))).toEqual([50, 60, 70]);
    expect(recent.get('k4')).toBe(40);
    expect([1, 2, 3].map((i) => recent.get(`k${i}`))).toEqual([undefined, undefined, undefined]);
    recent.set('k8', 80);
    recent.set('k9', 90);
    recent.set('k10', 100);
    expect(recent.get('k4')).toBeUndefined();
    expect(recent.get('k7')).toBe(70);
    expect(recent.get('k10')).toBe(100);
  });

  it('gives the newest value stored under a key', () => {
    const recent = new RecentValues<string>(2);
    recent.set('a', 'first');
    recent.set('b', 'b');
    recent.set('a', 'second');
    expect(recent.get('a')).toBe('second');
  });

  it('has nothing for a key never stored', () => {
    expect(new RecentValues<number>(4).get('x')).toBeUndefined();
  });
});

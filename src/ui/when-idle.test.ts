import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_STEP_MS, runWhenIdle } from './when-idle';

/** Idle callbacks driven by hand: each call of `idle(ms)` runs the oldest waiting callback with `ms` left. */
function fakeIdleCallbacks() {
  const waiting: IdleRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => waiting.push(callback));
  return {
    waiting: () => waiting.length,
    idle(...remaining: number[]) {
      const callback = waiting.shift()!;
      callback({ didTimeout: false, timeRemaining: () => remaining.shift() ?? 0 });
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('steps run when the page is idle', () => {
  it.each([
    // Each number is the time left, read after each step (the first read decides whether to start).
    ['a long idle period runs steps while a step still fits', [50, 40, 30, 3], 3],
    ['a period too short to start runs nothing', [IDLE_STEP_MS - 1], 0],
    ['a period that fits one step runs one', [IDLE_STEP_MS, IDLE_STEP_MS - 1], 1],
  ])('%s', (_name, remaining, ran) => {
    const idle = fakeIdleCallbacks();
    const done: number[] = [];
    runWhenIdle([1, 2, 3, 4, 5].map((n) => () => done.push(n)));
    idle.idle(...remaining);
    expect(done).toEqual([1, 2, 3, 4, 5].slice(0, ran));
    // What is left waits for the next idle period.
    expect(idle.waiting()).toBe(1);
  });

  it('runs every step in order over several idle periods, then asks for no more', () => {
    const idle = fakeIdleCallbacks();
    const done: string[] = [];
    runWhenIdle(['a', 'b', 'c'].map((n) => () => done.push(n)));
    idle.idle(20, 5);
    idle.idle(20, 20, 5);
    expect(done).toEqual(['a', 'b', 'c']);
    expect(idle.waiting()).toBe(0);
  });

  it('stops: the steps not yet run never run', () => {
    const idle = fakeIdleCallbacks();
    const done: string[] = [];
    const stop = runWhenIdle(['a', 'b'].map((n) => () => done.push(n)));
    idle.idle(20, 5);
    stop();
    idle.idle(50, 50);
    expect(done).toEqual(['a']);
  });

  it('without idle callbacks, runs one step per task', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const done: string[] = [];
    runWhenIdle(['a', 'b'].map((n) => () => done.push(n)));
    expect(done).toEqual([]);
    await vi.advanceTimersToNextTimerAsync();
    expect(done).toEqual(['a']);
    await vi.advanceTimersToNextTimerAsync();
    expect(done).toEqual(['a', 'b']);
    vi.useRealTimers();
  });
});

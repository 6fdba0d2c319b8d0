import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOLD_FALLBACK_MS, IDLE_STEP_MS, holdUntilDrawn, runWhenIdle } from './when-idle';

/** Frames and idle callbacks driven by hand. */
function fakeBrowser() {
  const frames: FrameRequestCallback[] = [];
  const waiting: IdleRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => waiting.push(callback));
  return {
    waiting: () => waiting.length,
    /** The next frame, then the task after it. */
    async frame() {
      frames.splice(0).forEach((f) => f(0));
      await vi.advanceTimersByTimeAsync(0);
    },
    /** The oldest waiting idle callback, with `remaining` ms left before the next frame. */
    idle(remaining: number) {
      waiting.shift()!({ didTimeout: false, timeRemaining: () => remaining });
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('steps run when the page is idle', () => {
  it('waits for the next frame, then runs one step per idle period, in order', async () => {
    const browser = fakeBrowser();
    const done: string[] = [];
    runWhenIdle(['a', 'b', 'c'].map((n) => () => done.push(n)));
    expect(browser.waiting()).toBe(0);
    await browser.frame();
    browser.idle(50);
    expect(done).toEqual(['a']);
    browser.idle(50);
    browser.idle(50);
    expect(done).toEqual(['a', 'b', 'c']);
    // Nothing is left: no more idle callbacks are asked for.
    expect(browser.waiting()).toBe(0);
  });

  it.each([
    ['too short to start: the step waits for a later period', IDLE_STEP_MS - 1, []],
    ['just long enough: the step runs', IDLE_STEP_MS, ['a']],
  ])('an idle period %s', async (_name, remaining, ran) => {
    const browser = fakeBrowser();
    const done: string[] = [];
    runWhenIdle(['a', 'b'].map((n) => () => done.push(n)));
    await browser.frame();
    browser.idle(remaining);
    expect(done).toEqual(ran);
    expect(browser.waiting()).toBe(1);
  });

  it('stops: the steps not yet run never run', async () => {
    const browser = fakeBrowser();
    const done: string[] = [];
    const stop = runWhenIdle(['a', 'b'].map((n) => () => done.push(n)));
    await browser.frame();
    browser.idle(50);
    stop();
    browser.idle(50);
    expect(done).toEqual(['a']);
  });

  it('without idle callbacks, runs one step per task after the frame', async () => {
    const browser = fakeBrowser();
    vi.stubGlobal('requestIdleCallback', undefined);
    const done: string[] = [];
    runWhenIdle(['a', 'b'].map((n) => () => done.push(n)));
    await browser.frame();
    expect(done).toEqual([]);
    await vi.advanceTimersToNextTimerAsync();
    expect(done).toEqual(['a']);
    await vi.advanceTimersToNextTimerAsync();
    expect(done).toEqual(['a', 'b']);
  });
});

describe('no step between a render and the frame that draws it', () => {
  it.each([
    ['an idle period between the render and its frame: the step waits for a later one', false, []],
    ['an idle period after the frame: the step runs', true, ['a']],
  ])('%s', async (_name, drawn, ran) => {
    const browser = fakeBrowser();
    const done: string[] = [];
    runWhenIdle(['a', 'b'].map((n) => () => done.push(n)));
    await browser.frame();
    holdUntilDrawn();
    if (drawn) await browser.frame();
    browser.idle(50);
    expect(done).toEqual(ran);
    // Either the held step or the next one asks for a later idle period.
    expect(browser.waiting()).toBe(1);
  });

  it('a second render before the frame keeps the hold until that frame', async () => {
    const browser = fakeBrowser();
    const done: string[] = [];
    runWhenIdle(['a'].map((n) => () => done.push(n)));
    await browser.frame();
    holdUntilDrawn();
    holdUntilDrawn();
    browser.idle(50);
    expect(done).toEqual([]);
    await browser.frame();
    browser.idle(50);
    expect(done).toEqual(['a']);
  });

  it('a page that paints no frames (in the background) ends the hold after a while', async () => {
    const browser = fakeBrowser();
    const done: string[] = [];
    runWhenIdle(['a'].map((n) => () => done.push(n)));
    await browser.frame();
    holdUntilDrawn();
    browser.idle(50);
    expect(done).toEqual([]);
    await vi.advanceTimersByTimeAsync(HOLD_FALLBACK_MS);
    browser.idle(50);
    expect(done).toEqual(['a']);
  });

  it('without idle callbacks, the next step waits for the frame too', async () => {
    const browser = fakeBrowser();
    vi.stubGlobal('requestIdleCallback', undefined);
    const done: string[] = [];
    runWhenIdle(['a'].map((n) => () => done.push(n)));
    await browser.frame();
    holdUntilDrawn();
    await vi.advanceTimersByTimeAsync(20);
    expect(done).toEqual([]);
    await browser.frame();
    await vi.advanceTimersByTimeAsync(20);
    expect(done).toEqual(['a']);
  });
});

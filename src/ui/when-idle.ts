import { afterNextFrame } from './next-task';

/**
 * Resolves once the page is idle (at the latest after a second): after the frame that draws what was
 * just rendered, so that work done then (a copy written to the device, orders computed ahead) does
 * not delay that frame. A zero timeout where the browser has no idle callbacks.
 */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 0),
  );
}

/** Idle time (ms) left before the next frame that a step of runWhenIdle waits for: a step never delays a frame. */
export const IDLE_STEP_MS = 10;

/** A page in the background paints no frames: a hold ends after this long without one. */
export const HOLD_FALLBACK_MS = 250;

let holding = 0;

/**
 * Something was just rendered: no step of runWhenIdle starts before the frame that draws it. Between
 * a render and its frame the page is idle for a moment, and a step begun then (up to 15 ms on a busy
 * machine) would put off that frame, the one that shows the result of a click.
 */
export function holdUntilDrawn(): void {
  if (typeof requestAnimationFrame !== 'function') return;
  const hold = ++holding;
  const release = () => {
    clearTimeout(fallback);
    if (holding === hold) holding = 0;
  };
  const fallback = setTimeout(release, HOLD_FALLBACK_MS);
  // Idle periods come after a frame's rendering, so the frame's animation callbacks end the hold.
  requestAnimationFrame(release);
}

/**
 * Runs `steps` in order while the page is idle, one step per idle period with at least
 * IDLE_STEP_MS left before the next frame, so that work that can be done ahead neither makes a long
 * task nor delays a frame; where the browser has no idle callbacks, one step per task. The first
 * step waits for the next frame, which draws what was just rendered, and no step starts between a
 * render and its frame (holdUntilDrawn). Returns a function that stops the steps not yet run.
 */
export function runWhenIdle(steps: readonly (() => void)[]): () => void {
  let next = 0;
  let stopped = false;
  const run = () => {
    if (stopped) return;
    steps[next++]!();
    if (next < steps.length) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback !== 'function') setTimeout(() => (holding ? schedule() : run()), 0);
    else requestIdleCallback((deadline) => (!holding && deadline.timeRemaining() >= IDLE_STEP_MS ? run() : schedule()));
  };
  if (steps.length > 0) void afterNextFrame().then(schedule);
  return () => {
    stopped = true;
  };
}

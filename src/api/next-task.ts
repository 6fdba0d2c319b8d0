/**
 * Resolves in a later task, so that the browser can paint and answer input in between: the start
 * of the app is cut into tasks that each stay short (a long task is what makes a page feel frozen).
 * `scheduler.yield()` where the browser has it (the continuation keeps its place ahead of other
 * queued work), a zero timeout elsewhere.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

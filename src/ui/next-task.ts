// The start's yield lives beside the API client, which yields before its first request too.
export { nextTask } from '@/api/next-task';

/**
 * Resolves in a task after the next frame, so that the layout of what was just drawn is done by the
 * frame and not forced by the next script that reads a size. A page in the background paints no
 * frames: a timeout goes on without it there.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 250);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}

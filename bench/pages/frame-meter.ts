/** Frame timing for the bench pages: runs `step` on every animation frame for a while and records frame intervals. */

export interface FrameStats {
  frames: number;
  fps: number;
  p95FrameMs: number;
  maxFrameMs: number;
}

export function nextPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}

export function summarizeFrames(stamps: readonly number[]): FrameStats {
  const gaps = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const sorted = [...gaps].sort((a, b) => a - b);
  const duration = (stamps.at(-1) ?? 0) - (stamps[0] ?? 0);
  return {
    frames: gaps.length,
    fps: duration > 0 ? (gaps.length * 1000) / duration : 0,
    p95FrameMs: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0,
    maxFrameMs: sorted.at(-1) ?? 0,
  };
}

/** Calls `step(frameIndex)` on each frame for `durationMs`, then resolves with the frame statistics. */
export function animate(durationMs: number, step: (frame: number) => void): Promise<FrameStats> {
  return new Promise((resolve) => {
    const stamps: number[] = [];
    const tick = (t: number) => {
      stamps.push(t);
      if (t - stamps[0]! >= durationMs) {
        resolve(summarizeFrames(stamps));
        return;
      }
      step(stamps.length - 1);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Records frames while an outside driver (mouse, keyboard) acts, until `stop()` is called. */
export function recordFrames(): { stop: () => FrameStats } {
  const stamps: number[] = [];
  let running = true;
  const tick = (t: number) => {
    stamps.push(t);
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop: () => {
      running = false;
      return summarizeFrames(stamps);
    },
  };
}

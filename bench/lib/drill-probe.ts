/**
 * In-page probe for one drill: takes the click event's timestamp and watches the DOM until the
 * unit heading shows the target's name, the key-figures panel is there and no panel is still
 * loading; then waits for the next frame (the paint). It marks the click and the end for a trace
 * (`console.timeStamp`: `drill:start`, `drill:end`; bench/lib/main-thread-cpu.ts). Kept as source
 * text so that no build helper leaks into the page; the result is read from `window.__drillProbe`.
 */

export interface ProbeResult {
  /** Milliseconds from the click event to the DOM being complete, and to the next frame after it. */
  dom: number;
  paint: number;
}

const PROBE = `(expectedName) => {
  window.__drillProbe = new Promise((resolve, reject) => {
    let clickAt = null;
    document.addEventListener('click', (e) => { clickAt = e.timeStamp; console.timeStamp('drill:start'); }, { capture: true, once: true });
    const complete = () => {
      const title = document.querySelector('main h2.unit-title');
      return title && title.textContent === expectedName && document.querySelector('#key-figures') !== null && document.querySelector('main .panel-state--loading') === null;
    };
    const observer = new MutationObserver(() => {
      if (clickAt === null || !complete()) return;
      const domAt = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => { console.timeStamp('drill:end'); resolve({ dom: domAt - clickAt, paint: performance.now() - clickAt }); }, 0));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('drill to "' + expectedName + '" did not complete within 15 s')); }, 15000);
  });
}`;

/** The expression that arms the probe for a drill to the unit named `expectedName`. */
export const armProbe = (expectedName: string): string => `(${PROBE})(${JSON.stringify(expectedName)})`;
export const PROBE_RESULT = 'window.__drillProbe';

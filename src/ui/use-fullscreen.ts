/**
 * Full screen through the Fullscreen API, for one element (the map) or, without a ref, the whole
 * page (the presentation). `onExit` runs when full screen ends without this code asking (the
 * browser's own Esc), so a presentation can end with it. `supported` is false where the browser
 * refuses full screen.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export function useFullscreen(ref?: RefObject<HTMLElement | null>, onExit?: () => void) {
  const target = useCallback((): HTMLElement | null => (ref ? ref.current : typeof document === 'undefined' ? null : document.documentElement), [ref]);
  // An element is not mounted yet on the first render: only the page can already be in full screen.
  const [active, setActive] = useState(() => !ref && typeof document !== 'undefined' && document.fullscreenElement !== null);
  const leaving = useRef(false);
  const exitRef = useRef(onExit);
  useEffect(() => {
    exitRef.current = onExit;
  }, [onExit]);
  useEffect(() => {
    const onChange = () => {
      const now = document.fullscreenElement !== null && document.fullscreenElement === target();
      setActive(now);
      if (!now && !leaving.current) exitRef.current?.();
      leaving.current = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [target]);
  const enter = useCallback(() => {
    const el = target();
    if (document.fullscreenElement || !el?.requestFullscreen) return;
    void el.requestFullscreen().catch(() => undefined);
  }, [target]);
  const exit = useCallback(() => {
    if (!document.fullscreenElement) return;
    leaving.current = true;
    void document.exitFullscreen().catch(() => undefined);
  }, []);
  const toggle = useCallback(() => (document.fullscreenElement ? exit() : enter()), [enter, exit]);
  return { active, enter, exit, toggle, supported: typeof document !== 'undefined' && document.fullscreenEnabled === true };
}

/**
 * Full screen for the whole page through the Fullscreen API. `onExit` runs when full screen ends
 * without this code asking (the browser's own Esc), so the presentation can end with it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function usePageFullscreen(onExit?: () => void) {
  const [active, setActive] = useState(() => typeof document !== 'undefined' && document.fullscreenElement !== null);
  const leaving = useRef(false);
  const exitRef = useRef(onExit);
  useEffect(() => {
    exitRef.current = onExit;
  }, [onExit]);
  useEffect(() => {
    const onChange = () => {
      const now = document.fullscreenElement !== null;
      setActive(now);
      if (!now && !leaving.current) exitRef.current?.();
      leaving.current = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const enter = useCallback(() => {
    if (document.fullscreenElement || !document.documentElement.requestFullscreen) return;
    void document.documentElement.requestFullscreen().catch(() => undefined);
  }, []);
  const exit = useCallback(() => {
    if (!document.fullscreenElement) return;
    leaving.current = true;
    void document.exitFullscreen().catch(() => undefined);
  }, []);
  const toggle = useCallback(() => (document.fullscreenElement ? exit() : enter()), [enter, exit]);
  return { active, enter, exit, toggle, supported: typeof document !== 'undefined' && document.fullscreenEnabled === true };
}

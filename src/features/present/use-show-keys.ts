/** The presentation keys on the whole window (see show-keys.ts); typing in a field and shortcuts with Ctrl, Alt or ⌘ are left alone. */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { keyCommand, type ShowAction } from './show-keys';

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
const pressable = (target: EventTarget | null): boolean => target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);

export function useShowKeys(state: { current: number; count: number; blank: boolean }, onAction: (action: ShowAction) => void): string {
  const [buffer, setBuffer] = useState('');
  const latest = useRef({ ...state, buffer, onAction });
  // In the commit, not after the paint: a key pressed once the screen shows a change (a blank screen
  // lifted from the other window) must be read against that change, not the state before it.
  useLayoutEffect(() => {
    latest.current = { ...state, buffer, onAction };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      // Space and Enter on a focused button press that button.
      if ((e.key === ' ' || e.key === 'Enter') && pressable(e.target)) return;
      const s = latest.current;
      const result = keyCommand(e.key, { current: s.current, count: s.count, blank: s.blank, buffer: s.buffer });
      if (result.handled) e.preventDefault();
      // Keys pressed faster than the slide renders (a clicker's double press) move on from the slide just asked for.
      latest.current = { ...s, buffer: result.buffer, current: result.action?.type === 'go' ? result.action.slide : s.current };
      setBuffer(result.buffer);
      if (result.action) s.onAction(result.action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return buffer;
}

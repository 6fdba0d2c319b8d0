/**
 * Keeps the windows showing the same deck (the audience's, the presenter's) in step: each window
 * sends what its user changed (slide, blank screen, deck) and applies what the others send.
 * Only user actions are sent, never changes received, so messages cannot bounce back and forth.
 */
import { useCallback, useEffect, useRef } from 'react';
import { openChannel, type PresentMessage, type SyncChannel } from './deck-channel';

export type SyncPatch = Omit<PresentMessage, 'type' | 'deck'>;

export function usePresentSync(deck: string, apply: (remote: SyncPatch) => void): (patch: SyncPatch) => void {
  const channel = useRef<SyncChannel | null>(null);
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  }, [apply]);
  useEffect(() => {
    const c = openChannel((m) => {
      if (m.deck !== deck) return;
      const { type: _type, deck: _deck, ...patch } = m;
      applyRef.current(patch);
    });
    channel.current = c;
    return () => {
      c.close();
      channel.current = null;
    };
  }, [deck]);
  return useCallback((patch: SyncPatch) => channel.current?.post({ type: 'present', deck, ...patch }), [deck]);
}

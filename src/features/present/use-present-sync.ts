/**
 * Keeps this window and the others showing the same deck (the audience's, the presenter's) in
 * step: each local change of slide, blank screen or deck is sent; a change received is applied
 * here, and not sent back.
 */
import { useEffect, useRef } from 'react';
import { openChannel, type PresentState, type SyncChannel } from './deck-channel';

export interface SyncedState {
  slide: number | null;
  blank: boolean;
  slides: string | null;
}

/** `apply` takes a remote state in and returns the state this window then has (which is not sent back). */
export function usePresentSync(deck: string, local: SyncedState, apply: (remote: SyncedState) => SyncedState): void {
  const channel = useRef<SyncChannel | null>(null);
  const lastRemote = useRef<string | null>(null);
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  }, [apply]);

  useEffect(() => {
    const c = openChannel((m: PresentState) => {
      if (m.deck !== deck) return;
      const next = applyRef.current({ slide: m.slide, blank: m.blank, slides: m.slides });
      lastRemote.current = JSON.stringify({ slide: next.slide, blank: next.blank, slides: next.slides });
    });
    channel.current = c;
    return () => {
      c.close();
      channel.current = null;
    };
  }, [deck]);

  const { slide, blank, slides } = local;
  useEffect(() => {
    const text = JSON.stringify({ slide, blank, slides });
    if (text === lastRemote.current) return;
    channel.current?.post({ type: 'state', deck, slide, blank, slides });
  }, [deck, slide, blank, slides]);
}

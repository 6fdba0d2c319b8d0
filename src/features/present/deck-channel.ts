/**
 * Keeps the audience window and the presenter window on the same slide: messages over a
 * BroadcastChannel, or, where there is none, through localStorage and its storage events.
 */
export const CHANNEL_NAME = 'du-an-8-present';
const STORAGE_KEY = 'du-an-8:present-sync';

/** A change made in one window, for the others: only the fields that changed. */
export interface PresentMessage {
  type: 'present';
  /** The deck's key (unit, indicator, period): windows of other decks ignore the message. */
  deck: string;
  /** Slide number, 1-based. */
  slide?: number;
  blank?: boolean;
  /** The deck's URL encoding; null for the default deck. */
  slides?: string | null;
}

/** A message from another window, or null when it is not one of ours. */
export function parseMessage(data: unknown): PresentMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'present' || typeof m.deck !== 'string') return null;
  const out: PresentMessage = { type: 'present', deck: m.deck };
  if (m.slide !== undefined) {
    if (!(typeof m.slide === 'number' && Number.isInteger(m.slide) && m.slide >= 1)) return null;
    out.slide = m.slide;
  }
  if (m.blank !== undefined) {
    if (typeof m.blank !== 'boolean') return null;
    out.blank = m.blank;
  }
  if (m.slides !== undefined) {
    if (m.slides !== null && typeof m.slides !== 'string') return null;
    out.slides = m.slides;
  }
  return out;
}

export interface SyncChannel {
  post: (message: PresentMessage) => void;
  close: () => void;
}

export function openChannel(onMessage: (message: PresentMessage) => void, { preferBroadcast = true } = {}): SyncChannel {
  if (preferBroadcast && typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (e: MessageEvent) => {
      const m = parseMessage(e.data);
      if (m) onMessage(m);
    };
    return { post: (m) => channel.postMessage(m), close: () => channel.close() };
  }
  const onStorage = (e: StorageEvent) => {
    if (e.key !== STORAGE_KEY || !e.newValue) return;
    try {
      const m = parseMessage((JSON.parse(e.newValue) as { message?: unknown }).message);
      if (m) onMessage(m);
    } catch {
      // Not ours.
    }
  };
  window.addEventListener('storage', onStorage);
  return {
    post: (message) => {
      try {
        // A nonce makes every write a change, so the other windows always get the event.
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ message, nonce: `${Date.now()}-${Math.random()}` }));
      } catch {
        // Without storage the windows cannot be kept in step; each still works alone.
      }
    },
    close: () => window.removeEventListener('storage', onStorage),
  };
}
